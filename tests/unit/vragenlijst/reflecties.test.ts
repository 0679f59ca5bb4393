/**
 * Reflections live in the dossier (schema version 4): sealed with its key when a passphrase is
 * set, moved over from the questionnaire database where earlier versions kept them readable,
 * deleted with their case, re-sealed with a new passphrase and part of an inzage export.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { nieuweCasus, verwijderCasus } from '$lib/dossier/dossier';
import { ontgrendel, stelWachtwoordIn, vergrendel, wijzigWachtwoord } from '$lib/kluis/kluis';
import { maakExport } from '$lib/uitwisseling/exporteren';
import { IN_DOSSIER, verhuisReflecties } from '$lib/vragenlijst/bewaarplaats';
import { VragenlijstDB, type AntwoordSetRecord } from '$lib/vragenlijst/db';
import { bewaarAntwoorden, laadSet, maakSet, setsVan } from '$lib/vragenlijst/opslag';
import { gegevensVoor, nieuweDB, weg } from '../dossier/hulp';

const SNEL = 1_000;
const WACHTWOORD = 'paars konijn op de fiets';
const LEERPUNT = 'Qwxyz-leerpunt: eerder de moeder bellen';
const TEAM = 'Qwxyz-team Noord';

let dossier: DossierDB;
let oud: VragenlijstDB;
let caseId: string;

function reflectie(id: string, over: Partial<AntwoordSetRecord> = {}): AntwoordSetRecord {
	return {
		id,
		vragenlijst: 'reflectie',
		titel: TEAM,
		datum: '2026-11-01',
		casusId: caseId,
		antwoorden: { v3b: { teksten: { '': LEERPUNT } } },
		bijgewerkt: '2026-11-01T10:00:00+01:00',
		...over
	};
}

/** Everything a database holds, read past Dexie, as text (bytes as Latin-1). */
async function rauw(db: { backendDB(): IDBDatabase }): Promise<string> {
	const idb = db.backendDB();
	const namen = [...idb.objectStoreNames];
	const tx = idb.transaction(namen, 'readonly');
	const delen = await Promise.all(
		namen.map(
			(n) =>
				new Promise<unknown[]>((klaar, fout) => {
					const r = tx.objectStore(n).getAll();
					r.onsuccess = () => klaar(r.result);
					r.onerror = () => fout(r.error);
				})
		)
	);
	return JSON.stringify(delen, (_, v) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v));
}

beforeEach(async () => {
	dossier = nieuweDB();
	oud = new VragenlijstDB(`vragenlijsten-${crypto.randomUUID()}`);
	const g = gegevensVoor('school', { pseudoniem: 'Qwxyz-Jantje' });
	caseId = g.id;
	await nieuweCasus(dossier, g);
});
afterEach(async () => {
	await weg(dossier);
	await oud.delete({ disableAutoOpen: true });
});

describe('reflecties in het dossier', () => {
	it('alleen de reflectievragen; de zelfscan en de randvoorwaarden blijven waar ze waren', () => {
		expect([...IN_DOSSIER]).toEqual(['reflectie']);
	});

	it('met een wachtwoord staat geen tekst van een reflectie leesbaar in IndexedDB', async () => {
		await stelWachtwoordIn(dossier, WACHTWOORD, SNEL);
		const set = await maakSet(
			{ vragenlijst: 'reflectie', titel: TEAM, datum: '2026-11-01', casusId: caseId },
			dossier
		);
		await bewaarAntwoorden(set.id, { v3b: { teksten: { '': LEERPUNT } } }, dossier);
		expect((await laadSet(set.id, dossier))?.antwoorden).toEqual({
			v3b: { teksten: { '': LEERPUNT } }
		});
		const tekst = await rauw(dossier);
		expect(tekst).toContain(set.id);
		for (const geheim of ['Qwxyz', 'Noord', 'moeder', 'v3b']) expect(tekst).not.toContain(geheim);

		vergrendel(dossier);
		await expect(laadSet(set.id, dossier)).rejects.toThrow(/vergrendeld/);
	});

	it('een nieuw wachtwoord versleutelt ook de reflecties opnieuw', async () => {
		await stelWachtwoordIn(dossier, WACHTWOORD, SNEL);
		await dossier.antwoordsets.add(reflectie('r1'));
		await wijzigWachtwoord(dossier, WACHTWOORD, 'zeven groene kikkers zingen', SNEL);
		vergrendel(dossier);
		expect(await ontgrendel(dossier, 'zeven groene kikkers zingen')).toBe(true);
		expect(await laadSet('r1', dossier)).toEqual(reflectie('r1'));
		expect(await rauw(dossier)).not.toContain('Qwxyz');
	});

	it('worden gewist met hun casus, en andere blijven staan', async () => {
		await dossier.antwoordsets.bulkAdd([
			reflectie('r1'),
			reflectie('r2', { casusId: 'een-andere-casus' }),
			reflectie('r3', { casusId: undefined })
		]);
		await verwijderCasus(dossier, caseId);
		expect((await dossier.antwoordsets.toArray()).map((s) => s.id).sort()).toEqual(['r2', 'r3']);
	});

	it('staan in een inzage-export bij hun casus, en niet in een gewone export', async () => {
		await dossier.antwoordsets.bulkAdd([
			reflectie('r1'),
			reflectie('r2', { casusId: 'een-andere-casus' })
		]);
		const inzage = await maakExport(dossier, { pseudoniem: 'qwxyz-jantje' });
		expect(inzage.casussen.map((c) => c.reflecties)).toEqual([[reflectie('r1')]]);
		const gewoon = await maakExport(dossier, { casus: caseId });
		expect(gewoon.casussen[0]).not.toHaveProperty('reflecties');
	});
});

describe('verhuizen uit de vragenlijstdatabase (dossier versie 4)', () => {
	const SCAN: AntwoordSetRecord = {
		id: 's1',
		vragenlijst: 'zelfscan',
		titel: 'Utrecht',
		datum: '2026-06-01',
		antwoorden: { v1: { keuze: 'ja' } },
		bijgewerkt: '2026-06-01T10:00:00+02:00'
	};

	it('verhuist reflecties versleuteld naar het dossier en haalt ze weg uit de oude plek', async () => {
		await stelWachtwoordIn(dossier, WACHTWOORD, SNEL);
		await oud.antwoordsets.bulkAdd([
			reflectie('r1'),
			reflectie('r2', { casusId: undefined }),
			SCAN
		]);
		expect(await rauw(oud)).toContain(LEERPUNT);

		expect(await verhuisReflecties(dossier, oud)).toBe(2);
		const verhuisd = await setsVan('reflectie', dossier);
		expect(verhuisd.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
			reflectie('r1'),
			reflectie('r2', { casusId: undefined })
		]);
		expect(await oud.antwoordsets.toArray()).toEqual([SCAN]);
		expect(await rauw(oud)).not.toContain('Qwxyz');
		expect(await rauw(dossier)).not.toContain('Qwxyz');
		// Nothing left to move: a second run changes nothing.
		expect(await verhuisReflecties(dossier, oud)).toBe(0);
		expect(await dossier.antwoordsets.count()).toBe(2);
	});

	it('na een crash halverwege: wat al in het dossier staat (en daar gewijzigd is) blijft zo', async () => {
		const gewijzigd = reflectie('r1', { titel: 'Later gewijzigd' });
		await dossier.antwoordsets.add(gewijzigd);
		await oud.antwoordsets.bulkAdd([reflectie('r1'), reflectie('r2')]);
		await verhuisReflecties(dossier, oud);
		expect(await laadSet('r1', dossier)).toEqual(gewijzigd);
		expect(await laadSet('r2', dossier)).toEqual(reflectie('r2'));
		expect(await oud.antwoordsets.count()).toBe(0);
	});
});
