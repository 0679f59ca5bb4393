/**
 * The rules of seed 004 that issue 13 added or corrected, one block per rule, named after it.
 * Each test fails on the machine of rules version 1; each block also checks that a decision
 * recorded under version 1 is still judged as it was then (see regelversies.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import { MELDEN, MET_VT_TOT_VRAAG3, TOT_VRAAG2, na, stuur } from './helpers.js';
import { ev } from './voorbeelden.js';

const VARIANTEN: Variant[] = ['basismodel', 'school'];

/** The same decision as recorded before rules had a version. */
const v1 = <T extends MeldcodeEvent>(e: T): T => ({ ...e, regels: undefined });

describe('regel 2: besluit II mag na een melding niet worden overgeslagen', () => {
	const gemeldVoorVeiligheid = (v: Variant) =>
		na(v, ...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'twijfel' }), ...MELDEN);
	const afsluitend = (v: Variant) => ev(v === 'school' ? 'NAAR_STAP6' : 'AFSLUITEN');

	it.each(VARIANTEN)('%s: geen stap 6 en geen afsluiten met besluit II open', (v) => {
		const s = gemeldVoorVeiligheid(v);
		expect(s.context.besluitII).toBeNull();
		expect(stuur(s, ev('NAAR_STAP6')).geaccepteerd).toBe(false);
		expect(stuur(s, ev('AFSLUITEN')).geaccepteerd).toBe(false);
		expect(stuur(s, ev('VERDER_MET_VEILIG_THUIS')).waar).toBe('stap4.vraag3');
	});

	it.each(VARIANTEN)('%s: ook na acuut gevaar vóór de weging eerst besluit II', (v) => {
		const s = na(v, ev('START_STAPPENPLAN'), ev('ACUUT'), ...MELDEN);
		expect(stuur(s, afsluitend(v)).geaccepteerd).toBe(false);
	});

	it.each(VARIANTEN)('%s: met besluit II genomen kan het verder', (v) => {
		const s = na(v, ...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }));
		expect(s.context.besluitII).toBe('geen-hulp');
		expect(stuur(s, afsluitend(v)).geaccepteerd).toBe(true);
	});

	it.each(VARIANTEN)('%s: een besluit van vóór regelversie 2 blijft staan', (v) => {
		expect(stuur(gemeldVoorVeiligheid(v), v1(afsluitend(v))).geaccepteerd).toBe(true);
	});
});
