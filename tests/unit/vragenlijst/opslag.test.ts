import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VragenlijstDB } from '$lib/vragenlijst/db';
import {
	bewaarAntwoorden,
	laadSet,
	maakSet,
	setsVan,
	verwijderSet,
	wijzigGegevens
} from '$lib/vragenlijst/opslag';

let db: VragenlijstDB;
let n = 0;

beforeEach(() => {
	db = new VragenlijstDB(`vragenlijsten-test-${++n}`);
});
afterEach(async () => {
	await db.delete();
});

describe('answer sets', () => {
	it('a new set is stored with its municipality, date and case, without answers', async () => {
		const set = await maakSet(
			{ vragenlijst: 'reflectie', titel: ' Team Noord ', datum: '2026-11-23', casusId: 'c1' },
			db,
			new Date('2026-11-23T09:00:00Z')
		);
		expect(await laadSet(set.id, db)).toEqual({
			id: set.id,
			vragenlijst: 'reflectie',
			titel: 'Team Noord',
			datum: '2026-11-23',
			casusId: 'c1',
			antwoorden: {},
			bijgewerkt: expect.stringMatching(/^2026-11-23T/)
		});
	});

	it('answers saved in quick succession end with the last one', async () => {
		const set = await maakSet(
			{ vragenlijst: 'zelfscan', titel: 'Utrecht', datum: '2026-11-23' },
			db
		);
		await Promise.all(
			['J', 'Ja', 'Ja,', 'Ja, in'].map((t) =>
				bewaarAntwoorden(set.id, { v3b: { teksten: { '': t } } }, db)
			)
		);
		expect((await laadSet(set.id, db))?.antwoorden).toEqual({ v3b: { teksten: { '': 'Ja, in' } } });
	});

	it('two tabs answering different questions of one set both keep their answers', async () => {
		const set = await maakSet(
			{ vragenlijst: 'zelfscan', titel: 'Utrecht', datum: '2026-11-23' },
			db
		);
		await bewaarAntwoorden(set.id, { v1: { keuze: 'ja' } }, db);
		await bewaarAntwoorden(set.id, { v2: { keuze: 'nee' } }, db);
		await bewaarAntwoorden(set.id, { v1: { keuze: 'nee' } }, db);
		expect((await laadSet(set.id, db))?.antwoorden).toEqual({
			v1: { keuze: 'nee' },
			v2: { keuze: 'nee' }
		});
	});

	it('saving into a set that is gone says so in Dutch', async () => {
		await expect(bewaarAntwoorden('weg', {}, db)).rejects.toThrow(
			/staat niet \(meer\) op dit apparaat/
		);
	});

	it('lists per questionnaire, newest date first: the history', async () => {
		await maakSet({ vragenlijst: 'reflectie', titel: '', datum: '2026-01-10' }, db);
		await maakSet({ vragenlijst: 'reflectie', titel: '', datum: '2026-11-23' }, db);
		await maakSet({ vragenlijst: 'zelfscan', titel: 'Utrecht', datum: '2026-06-01' }, db);
		expect((await setsVan('reflectie', db)).map((s) => s.datum)).toEqual([
			'2026-11-23',
			'2026-01-10'
		]);
		expect((await setsVan('zelfscan', db)).map((s) => s.titel)).toEqual(['Utrecht']);
	});

	it('title and date can change; a set can be removed', async () => {
		const set = await maakSet(
			{ vragenlijst: 'zelfscan', titel: 'Utrect', datum: '2026-06-01' },
			db
		);
		await wijzigGegevens(set.id, { titel: 'Utrecht', datum: '2026-06-02' }, db);
		expect(await laadSet(set.id, db)).toMatchObject({ titel: 'Utrecht', datum: '2026-06-02' });
		await verwijderSet(set.id, db);
		expect(await laadSet(set.id, db)).toBeUndefined();
	});
});
