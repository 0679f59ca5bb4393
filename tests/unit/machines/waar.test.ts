/**
 * `waar` is typed from the statechart (machines/waar.ts): a screen comparing it with a state that
 * does not exist fails `npm run check`. The @ts-expect-error lines below fail the check if a typo
 * ever compiles again.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { waarIn, type Waar } from '../../../machines/waar.js';
import { na, TOT_HULP, TOT_VRAAG1 } from './helpers.js';
import { paden } from './paden.js';
import { ZONDER_HERZIEN } from './voorbeelden.js';

describe('waarIn', () => {
	it('gives the dotted path below stappenplan', () => {
		expect(waarIn(na('school', ...TOT_VRAAG1))).toBe('stap4.vraag1');
		expect(waarIn(na('school', ...TOT_HULP))).toBe('stap5.hulpLoopt');
	});

	it('is typed: real states compile, a typo does not', () => {
		expectTypeOf<'stap4.vraag1'>().toExtend<Waar>();
		expectTypeOf<'stap5.melden.doen'>().toExtend<Waar>();
		expectTypeOf<'medewerker.aard'>().toExtend<Waar>();
		expectTypeOf<'doorverwezen'>().toExtend<Waar>();
		// @ts-expect-error there is no afweging 9
		const typo: Waar = 'stap4.vraag9';
		// @ts-expect-error states keep their spelling
		const hoofdletter: Waar = 'Stap1';
		expect([typo, hoofdletter]).toHaveLength(2);
	});

	it('every path on every generated journey is a dotted path of the chart', () => {
		const gezien = new Set<string>();
		for (const pad of paden('school', ZONDER_HERZIEN))
			for (const s of pad.steps) gezien.add(waarIn(s.state));
		expect(gezien.size).toBeGreaterThan(15);
		for (const w of gezien) expect(w).toMatch(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9]+)*$/);
	});
});
