/** Bijlage 1 against the source text: the examples of acute and structurele onveiligheid. */
import { describe, expect, it } from 'vitest';
import { ONVEILIGHEIDSSITUATIES, onveiligheidssituatie } from '$lib/content';
import { normaliseer, vereistSeed004, voorbeeldenBijlage1UitBron } from './bron-tekst';

vereistSeed004();

describe('bijlage 1', () => {
	const bron = voorbeeldenBijlage1UitBron();

	it('extracts a plausible number of examples, under two situations', () => {
		expect(bron.length).toBeGreaterThan(15);
		expect([...new Set(bron.map((i) => i.kop))]).toEqual([
			'Acute Onveiligheid',
			'Structurele Onveiligheid'
		]);
	});

	it('has exactly the examples of the source, in order, under the same situation', () => {
		const data = ONVEILIGHEIDSSITUATIES.flatMap((s) =>
			s.voorbeelden.map((v) => ({ kop: s.kop, tekst: normaliseer(v.bron) }))
		);
		expect(data).toEqual(bron);
	});

	it('has the three situations, each with a definition', () => {
		expect(ONVEILIGHEIDSSITUATIES.map((s) => s.id)).toEqual([
			'acute-onveiligheid',
			'structurele-onveiligheid',
			'disclosure'
		]);
		for (const s of ONVEILIGHEIDSSITUATIES) {
			expect(s.definitie.length).toBeGreaterThan(20);
			expect(s.toelichting.length).toBeGreaterThan(0);
			expect(onveiligheidssituatie(s.id)).toBe(s);
		}
	});

	it('has unique ids and a label on every example', () => {
		for (const s of ONVEILIGHEIDSSITUATIES) {
			const ids = s.voorbeelden.map((v) => v.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const v of s.voorbeelden) expect(v.label.trim().length, v.id).toBeGreaterThan(0);
		}
	});
});
