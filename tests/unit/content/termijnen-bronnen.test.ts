/**
 * Issue 13, rule 10: every source reference about due dates and reopening points to the section
 * of seed 004 that says it.
 */
import { describe, expect, it } from 'vitest';
import { MELDING_DOEN, REF } from '$lib/content';
import { beslissingVan } from '$machines/beslissing';
import { BRON } from '$machines/sources';
import { leesSeed004, normaliseer, sectie, vereistSeed004 } from './bron-tekst';

vereistSeed004();
const seed = leesSeed004();
const tekst = (regels: string[]) => normaliseer(regels.join(' '));
const afweging3 = tekst(sectie(seed, /^3\. Hulp/, /^4\. Aanvaarden hulp/));
const bijlage6 = tekst(sectie(seed, /Bijlage 6: Achtergrondinformatie/, /Bijlage 7:/));
const stap1 = tekst(sectie(seed, /^Stap 1: In kaart brengen/, /^Stap 2: Collegiale/));
const meldnormen = tekst(sectie(seed, /^Meldnormen: in welke/, /^Situaties van onveiligheid/));

describe('regel 10: bronnen bij termijnen en heropenen', () => {
	it('"5 werkdagen" staat in 004 bij afweging 3, niet in bijlage 6', () => {
		expect(afweging3).toMatch(/binnen 5 werkdagen een besluit en koppelt dit terug/);
		expect(bijlage6).not.toMatch(/werkdag/);
		expect(MELDING_DOEN.punten.find((p) => p.id === 'vijf-werkdagen')?.ref).toBe(REF.afweging3);
	});

	it('de terugkoppeling van Veilig Thuis rust op bijlage 6 (de melder hoort altijd terug)', () => {
		expect(bijlage6).toMatch(/De melder wordt altijd geïnformeerd/);
		const b = beslissingVan({
			type: 'VT_TERUGKOPPELING',
			at: '2026-11-23T09:00:00.000Z',
			toelichting: 'x'
		});
		expect(b.bron).toBe(BRON.veiligThuis);
	});

	it('heropenen bij nieuwe signalen rust op stap 1 (signalen in kaart), niet op de meldnormen', () => {
		const b = beslissingVan({
			type: 'HEROPENEN',
			at: '2026-11-23T09:00:00.000Z',
			toelichting: 'x'
		});
		expect(b.bron).toBe(BRON.stap1);
		expect(stap1).toMatch(/signalen/i);
		// The meldnormen say when to meld, not that a closed case starts again.
		expect(meldnormen).not.toMatch(/heropen|opnieuw/i);
	});
});
