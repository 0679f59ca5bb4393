import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VragenlijstDB, type AntwoordSetRecord } from '$lib/vragenlijst/db';
import { setsVan } from '$lib/vragenlijst/opslag';
import { HUIDIGE_VERSIE, VERSIES } from '$lib/vragenlijst/versies';

const SET: AntwoordSetRecord = {
	id: 'a',
	vragenlijst: 'zelfscan',
	titel: 'Utrecht',
	datum: '2026-06-01',
	antwoorden: { v1: { keuze: 'ja' }, v1a: { keuze: 'nog-onvoldoende' } },
	bijgewerkt: '2026-06-01T10:00:00+02:00'
};

describe('the questionnaire database versions', () => {
	it('are numbered 1, 2, 3 … without gaps, each with a reason', () => {
		expect(VERSIES.map((v) => v.versie)).toEqual(VERSIES.map((_, i) => i + 1));
		for (const v of VERSIES) expect(v.naam).toMatch(/\S/);
	});

	it('is a database of its own, apart from the dossier', () => {
		expect(new VragenlijstDB().name).toBe('meldcodewijzer-vragenlijsten');
	});

	for (const oud of VERSIES.map((v) => v.versie))
		it(`data written at version ${oud} opens at version ${HUIDIGE_VERSIE} with nothing lost`, async () => {
			const naam = `migratie-${oud}`;
			const vroeger = new VragenlijstDB(naam, oud);
			await vroeger.table('antwoordsets').add(SET);
			vroeger.close();

			const nu = new VragenlijstDB(naam);
			await nu.open();
			expect(nu.verno).toBe(HUIDIGE_VERSIE);
			expect(await setsVan('zelfscan', nu)).toEqual([SET]);
			await nu.delete();
		});
});
