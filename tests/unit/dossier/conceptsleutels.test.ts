/**
 * A draft's name (case, moment, step, form, field label) is sealed with its value: the readable
 * key of a row is an opaque id. Drafts stored before, with their name as their key, stay readable
 * and are given an opaque key once the dossier is open, or when the passphrase is set.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import {
	bewaarConcepten,
	formulierPrefix,
	leesConcepten,
	momentPrefix,
	ruimConceptenOp,
	verzegelOudeConceptsleutels,
	wisConcepten
} from '$lib/dossier/concepten';
import type { ConceptRecord } from '$lib/dossier/types';
import { stelWachtwoordIn } from '$lib/kluis/kluis';
import { nieuweDB, weg } from './hulp';

const SNEL = 1_000;
const CASUS = '0b7c9a52-2f5e-4d8e-9a51-3c2d7e1f4a60';
const FORMULIER = formulierPrefix(CASUS, 3, 'stap2', 'Consultatie vastleggen');
const LABEL = 'Welk advies kreeg je over de thuissituatie?#0';

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

/** The readable part of every draft row: what IndexedDB can index, past the seal. */
async function rauweSleutels(): Promise<string> {
	const idb = db.backendDB();
	const rijen = await new Promise<Record<string, unknown>[]>((klaar, fout) => {
		const r = idb.transaction('concepten').objectStore('concepten').getAll();
		r.onsuccess = () => klaar(r.result);
		r.onerror = () => fout(r.error);
	});
	return JSON.stringify(rijen.map(({ sleutel, caseId }) => ({ sleutel, caseId })));
}

/** A draft row as versions before opaque keys stored it: the name is the key. */
const oudeRij = (naam: string, waarde: string): ConceptRecord => ({
	sleutel: naam,
	caseId: CASUS,
	waarde,
	bijgewerkt: '2026-11-30T09:00:00.000Z'
});

describe('concepten: de naam zit verzegeld, de sleutel zegt niets', () => {
	it('met een wachtwoord staat er geen stap of veldnaam leesbaar, en het concept komt terug', async () => {
		await stelWachtwoordIn(db, 'paars konijn op de fiets', SNEL);
		await bewaarConcepten(db, CASUS, new Map([[FORMULIER + LABEL, 'wachten']]));
		await bewaarConcepten(db, CASUS, new Map([[FORMULIER + LABEL, 'wachten op de wijkagent']]));
		expect(await db.concepten.count()).toBe(1);
		expect(await leesConcepten(db, FORMULIER)).toEqual(
			new Map([[LABEL, 'wachten op de wijkagent']])
		);
		const rauw = await rauweSleutels();
		expect(rauw).toContain(CASUS);
		for (const deel of ['stap2', 'Consultatie', 'advies', '|3|']) expect(rauw).not.toContain(deel);
	});

	it('lezen, wissen en opruimen per moment werken op de naam (moment 1 is niet moment 10)', async () => {
		await bewaarConcepten(
			db,
			CASUS,
			new Map([
				[`${momentPrefix(CASUS, 1)}a|b|c`, 'een'],
				[`${momentPrefix(CASUS, 10)}a|b|c`, 'tien']
			])
		);
		expect(await leesConcepten(db, momentPrefix(CASUS, 1))).toEqual(new Map([['a|b|c', 'een']]));
		await wisConcepten(db, momentPrefix(CASUS, 1));
		expect((await db.concepten.toArray()).map((r) => r.waarde)).toEqual(['tien']);
		await ruimConceptenOp(db, CASUS, 11);
		expect(await db.concepten.count()).toBe(0);
	});
});

describe('concepten van vóór de verzegelde namen', () => {
	beforeEach(async () => {
		await db.concepten.bulkAdd([
			oudeRij(FORMULIER + LABEL, 'wachten'),
			oudeRij(`${momentPrefix(CASUS, 1)}start|Begin|Gevoel#0`, 'eerder')
		]);
	});

	it('blijven leesbaar voor de app, en een nieuwe versie vervangt de oude rij', async () => {
		expect(await leesConcepten(db, FORMULIER)).toEqual(new Map([[LABEL, 'wachten']]));
		await bewaarConcepten(db, CASUS, new Map([[FORMULIER + LABEL, 'wachten op de wijkagent']]));
		expect(await leesConcepten(db, FORMULIER)).toEqual(
			new Map([[LABEL, 'wachten op de wijkagent']])
		);
		expect(await db.concepten.count()).toBe(2);
	});

	it('krijgen een nietszeggende sleutel zodra het dossier open is, zonder verlies', async () => {
		expect(await rauweSleutels()).toContain('Consultatie');
		expect(await verzegelOudeConceptsleutels(db)).toBe(2);
		expect(await rauweSleutels()).not.toContain('Consultatie');
		expect(await leesConcepten(db, FORMULIER)).toEqual(new Map([[LABEL, 'wachten']]));
		expect(await leesConcepten(db, momentPrefix(CASUS, 1))).toEqual(
			new Map([['start|Begin|Gevoel#0', 'eerder']])
		);
		expect(await verzegelOudeConceptsleutels(db)).toBe(0);
	});

	it('krijgen er ook een als het wachtwoord wordt ingesteld', async () => {
		await stelWachtwoordIn(db, 'paars konijn op de fiets', SNEL);
		const rauw = await rauweSleutels();
		for (const deel of ['stap2', 'Consultatie', 'start', 'Gevoel'])
			expect(rauw).not.toContain(deel);
		expect(await leesConcepten(db, FORMULIER)).toEqual(new Map([[LABEL, 'wachten']]));
	});
});
