/**
 * What a signature means, in the words the views show per entry (issue 14). One function, so the
 * import preview, the case history and the sign-off say the same thing.
 */
import type { Rol } from '$lib/logboek/logboek';
import type { OndertekeningStatus } from './ondertekening';

/** Roles as they read inside a sentence ("ondertekend door P. Jansen (directeur)"). */
export const ROL_IN_ZIN: Record<Rol, string> = {
	leerkracht: 'leerkracht',
	'ib-er': 'IB-er',
	'intern-vertrouwenspersoon': 'intern vertrouwenspersoon',
	aandachtsfunctionaris: 'aandachtsfunctionaris',
	directeur: 'directeur',
	anders: 'andere rol'
};

export function rolInZin(rol: string): string {
	return Object.hasOwn(ROL_IN_ZIN, rol) ? ROL_IN_ZIN[rol as Rol] : rol;
}

/**
 * `naOndertekend`: an earlier entry of the same log is signed. An unsigned entry after it was not
 * recorded before signing existed: its signature is missing (removed from the file, or written
 * by a device that could not sign), and the label says so instead of giving the innocent reason.
 */
export function ondertekeningTekst(s: OndertekeningStatus, naOndertekend = false): string {
	switch (s.soort) {
		case 'bekend':
			return `ondertekend door ${s.lid.naam} (${rolInZin(s.lid.rol)}), sleutel bekend`;
		case 'onbekend':
			return 'ondertekend, onbekende sleutel';
		case 'klopt-niet':
			return 'handtekening klopt niet';
		case 'niet':
			return naOndertekend
				? 'niet ondertekend (handtekening ontbreekt, terwijl een eerdere regel ondertekend is)'
				: 'niet ondertekend (vastgelegd vóór ondertekening)';
	}
}
