import { describe, expect, it } from 'vitest';
import {
	INRICHTVELDEN,
	instellingen,
	isIngericht,
	STANDAARD
} from '$lib/instellingen/instellingen.svelte';
import { organisatiebestandNaam, VELDEN } from '$lib/instellingen/organisatiebestand';

function geheugen(start: Record<string, string> = {}) {
	const m = new Map(Object.entries(start));
	return {
		getItem: (k: string) => m.get(k) ?? null,
		setItem: (k: string, w: string) => void m.set(k, w),
		m
	};
}

describe('ingericht', () => {
	it('is niet ingericht zolang alle namen en nummers de algemene zijn', () => {
		expect(isIngericht(STANDAARD)).toBe(false);
		// A device preference alone is no setup for the school.
		expect(isIngericht({ ...STANDAARD, vergrendelNaMinuten: 10, reservekopieElkeDagen: 7 })).toBe(
			false
		);
		expect(isIngericht({ ...STANDAARD, organisatie: '   ' })).toBe(false);
		for (const veld of INRICHTVELDEN)
			expect(isIngericht({ ...STANDAARD, [veld]: 'iets eigens' }), veld).toBe(true);
	});

	it('elk inrichtveld gaat mee in het organisatiebestand', () => {
		for (const veld of INRICHTVELDEN) expect(Object.keys(VELDEN)).toContain(veld);
	});

	it('"Niet nu" blijft bewaard, los van de instellingen', () => {
		const opslag = geheugen();
		instellingen.laden(opslag);
		expect(instellingen.vraagInrichten).toBe(true);
		instellingen.inrichtenAfgehandeld(opslag);
		expect(instellingen.vraagInrichten).toBe(false);
		instellingen.laden(opslag);
		expect(instellingen.vraagInrichten).toBe(false);
		expect([...opslag.m.keys()]).toEqual(['meldcodewijzer.inrichten.gezien']);
		// A damaged settings entry falls back to the defaults, but keeps the choice.
		opslag.m.set('meldcodewijzer.instellingen.v1', '{kapot');
		instellingen.laden(opslag);
		expect(instellingen.waarden).toEqual(STANDAARD);
		expect(instellingen.vraagInrichten).toBe(false);
		instellingen.laden(geheugen());
	});

	it('de bestandsnaam noemt de organisatie en het tijdstip', () => {
		const nu = new Date(2026, 11, 3, 14, 5);
		expect(organisatiebestandNaam({ organisatie: 'Basisschool Één & Twee!' }, nu)).toBe(
			'meldcodewijzer-organisatie-basisschool-een-twee-2026-12-03-1405.json'
		);
		expect(organisatiebestandNaam({ organisatie: '' }, nu)).toBe(
			'meldcodewijzer-organisatie-2026-12-03-1405.json'
		);
	});
});
