/**
 * Who recorded an entry, in words: "Intern begeleider (IB-er) (M. Bakker)". Robust against an
 * imported entry whose role this version does not know: it is shown as written.
 */
import { ROLLEN, type Actor } from '$lib/logboek/logboek';

export function wie(door: Actor | undefined): string {
	if (!door || typeof door !== 'object') return 'onbekend';
	const rol = Object.hasOwn(ROLLEN, door.rol)
		? ROLLEN[door.rol]
		: typeof door.rol === 'string'
			? door.rol
			: 'onbekend';
	return `${rol}${door.naam ? ` (${door.naam})` : ''}`;
}
