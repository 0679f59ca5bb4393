/**
 * What the case list shows beside each case, from its log: every due date and the stap-5
 * decisions still waiting for the directeur's sign-off. Entries of kinds this version does not
 * know are left out of the replay (they take no part in the route), never a reason to fail.
 */
import { wachtOpAkkoord } from '$lib/dossier/akkoord-regels';
import { verloop } from '$lib/dossier/verloop';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { effectief } from '$lib/dossier/effectief';
import { termijnen, type Termijn } from '$lib/dossier/termijnen';

export interface Overzicht {
	termijnen: Termijn[];
	/** How many stap-5 decisions wait for the directeur's sign-off. */
	wachtOpAkkoord: number;
	/** The replayed case is closed: an unsigned decision no longer "waits". */
	afgesloten: boolean;
	/** Entries the machine did not accept on replay, by number (geweigerd-tekst.ts). */
	geweigerd: number[];
}

export function overzichtVan(
	rij: Pick<CasusRecord, 'id' | 'variant'>,
	log: readonly LogRecord[]
): Overzicht {
	const { regels, akkoorden } = effectief(log);
	const { snapshot, stap5, geweigerd } = verloop(rij, regels);
	return {
		termijnen: termijnen(snapshot, regels),
		wachtOpAkkoord: wachtOpAkkoord(stap5, akkoorden).length,
		afgesloten: snapshot.hasTag('afgesloten'),
		geweigerd: geweigerd.map((i) => regels[i]!.volgnummer)
	};
}
