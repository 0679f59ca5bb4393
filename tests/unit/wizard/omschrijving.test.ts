import { describe, expect, it } from 'vitest';
import { beslissingVan } from '$machines/beslissing';
import { BRON } from '$machines/sources';
import { bronLabel } from '$lib/wizard/bron';
import { omschrijving } from '$lib/wizard/omschrijving';
import { ALLE_VOORBEELDEN, ev } from '../machines/voorbeelden';

describe('een beslissing in woorden', () => {
	it('noemt afwegingen met nummer, titel en antwoord', () => {
		expect(omschrijving(beslissingVan(ev('AFWEGING_2', { antwoord: 'twijfel' })))).toBe(
			'Afweging 2 (veiligheid): twijfel'
		);
	});

	it('noemt de wettelijke reden om een gesprek over te slaan voluit', () => {
		expect(omschrijving(beslissingVan(ev('GESPREK_OVERSLAAN', { reden: 'contactbreuk' })))).toMatch(
			/^Stap 3: geen gesprek: Er zijn goede redenen/
		);
	});

	it('heeft voor elk soort beslissing een niet-lege omschrijving', () => {
		for (const e of ALLE_VOORBEELDEN)
			expect(omschrijving(beslissingVan(e)).length).toBeGreaterThan(5);
	});

	it('schrijft bronnen zoals een lezer ze zoekt', () => {
		expect(bronLabel(BRON.afweging2)).toBe('meldcode, stap 4, afweging 2');
		expect(bronLabel(BRON.optieI)).toBe('meldcode, stap 5, optie I: melden');
	});
});
