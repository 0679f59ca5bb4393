/**
 * Shared helpers for the dossier tests: a fresh database per test, sample cases, a case reloaded
 * from the database the way `laadCasus` does it, raw IndexedDB writes that bypass Dexie's hooks
 * (to tamper like an attacker with devtools would), and a seeded random generator.
 *
 * Every test file imports 'fake-indexeddb/auto' itself, as its first import.
 */
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { Variant } from '$machines/meldcode.machine';
import { DossierDB } from '$lib/dossier/db';

import { casusUit } from '$lib/dossier/open.svelte';
import type { LogRecord } from '$lib/dossier/types';
import { Casus, type CasusGegevens, type Opslag } from '$lib/wizard/casus.svelte';
import type { Gegevens } from '$lib/logboek/logboek';
import { TIJD } from '../machines/voorbeelden';
export { prng } from '../../prng';

/** A database of its own, never shared with another test. */
export function nieuweDB(versie?: number, naam = `t-${crypto.randomUUID()}`): DossierDB {
	return new DossierDB(naam, versie);
}

/** Closes and deletes a test database. */
export async function weg(db: DossierDB): Promise<void> {
	await db.delete({ disableAutoOpen: true });
}

let teller = 0;

export function gegevensVoor(variant: Variant, over: Partial<CasusGegevens> = {}): CasusGegevens {
	teller += 1;
	return {
		// As the app makes them (casus/nieuw): an import accepts nothing else.
		id: crypto.randomUUID(),
		pseudoniem: `AB${teller}`,
		leeftijd: 9,
		variant,
		aangemaakt: TIJD,
		...over
	};
}

/** What a case was, replayed from the database, exactly as the app loads it. */
export function laad(db: DossierDB, id: string, opslag?: Opslag): Promise<Casus | null> {
	return casusUit(db, id, opslag);
}

/** Records events that must all be accepted and stored. */
export async function legVast(casus: Casus, events: readonly MeldcodeEvent[]): Promise<void> {
	for (const e of events) {
		const r = await casus.vastleggen(e, gegevensBij(e));
		if (!r.ok) throw new Error(`${e.type} niet vastgelegd: ${r.problemen.join(' ')}`);
	}
}

/** Realistic screen data for the events whose screens collect it. */
export function gegevensBij(e: MeldcodeEvent): Gegevens | undefined {
	switch (e.type) {
		case 'SIGNALEN_VASTGELEGD':
			return {
				soort: 'stap1',
				signalen: [{ id: 'blauwe-plekken', notitie: 'op de bovenarm, na het weekend' }],
				waarnemingen: [
					{
						id: 'w1',
						soort: 'feit',
						tekst: 'Komt zonder jas op school.',
						herkomst: 'eigen-waarneming'
					},
					{ id: 'w2', soort: 'hypothese', tekst: 'Mogelijk geen geld thuis.', herkomst: 'collega' }
				],
				letsel: true
			};
		case 'CONSULTATIE':
			return { soort: 'consultatie', datum: '2026-11-20', anoniemVeiligThuis: true };
		case 'GESPREK_GEVOERD':
			return { soort: 'gesprek', agenda: ['zorgen-delen', 'reactie-ouder'], metWie: 'moeder' };
		default:
			return undefined;
	}
}

/** Writes rows straight into IndexedDB, past Dexie and its 'updating' hook. */
export function rauwSchrijven(db: DossierDB, rijen: readonly LogRecord[]): Promise<void> {
	return rauw(db, (store) => rijen.forEach((r) => store.put(r)));
}

/** Deletes a log row straight in IndexedDB. */
export function rauwVerwijderen(db: DossierDB, sleutel: [string, number]): Promise<void> {
	return rauw(db, (store) => store.delete(sleutel));
}

function rauw(db: DossierDB, doe: (store: IDBObjectStore) => void): Promise<void> {
	return new Promise((klaar, fout) => {
		const tx = db.backendDB().transaction('logboek', 'readwrite');
		doe(tx.objectStore('logboek'));
		tx.oncomplete = () => klaar();
		tx.onerror = () => fout(tx.error);
	});
}

/** The same value with the keys of every object in reverse order (JSON-like values only). */
export function omgekeerd<T>(waarde: T): T {
	if (Array.isArray(waarde)) return waarde.map(omgekeerd) as T;
	if (waarde && typeof waarde === 'object')
		return Object.fromEntries(
			Object.entries(waarde)
				.reverse()
				.map(([k, v]) => [k, omgekeerd(v)])
		) as T;
	return waarde;
}
