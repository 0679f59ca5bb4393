/**
 * Who uses this device (role and optional name), remembered between visits so an IB-er who
 * reopens a case is not recorded as "leerkracht". Not pupil data; kept in localStorage.
 */
import * as v from 'valibot';
import { GRENZEN } from '$lib/dossier/grenzen';
import { ROLLEN, type Actor } from '$lib/logboek/logboek';

const SLEUTEL = 'meldcodewijzer.gebruiker.v1';

const ActorSchema = v.object({
	rol: v.fallback(v.picklist(Object.keys(ROLLEN) as (keyof typeof ROLLEN)[]), 'leerkracht'),
	naam: v.optional(v.pipe(v.string(), v.maxLength(GRENZEN.naam)))
});

export function leesGebruiker(): Actor {
	try {
		const ruw = globalThis.localStorage?.getItem(SLEUTEL);
		return v.parse(ActorSchema, ruw ? JSON.parse(ruw) : {});
	} catch {
		return { rol: 'leerkracht' };
	}
}

export function bewaarGebruiker(actor: Actor): void {
	try {
		globalThis.localStorage?.setItem(SLEUTEL, JSON.stringify(actor));
	} catch {
		// Not being able to remember the role is no reason to stop; it is asked again next time.
	}
}
