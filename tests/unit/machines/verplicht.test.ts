/** What a decision cannot be recorded without, and what it can (machines/meldcode.events.ts). */
import { describe, expect, it } from 'vitest';
import { problemenMet, TOELICHTING_VERPLICHT, type MeldcodeEvent } from '$machines/meldcode.events';
import { ev } from './voorbeelden';

const zonder = (e: MeldcodeEvent) => ({ ...e, toelichting: '' }) as MeldcodeEvent;

describe('verplichte toelichting', () => {
	it('stap 4: hoe het gesprek over een melding wordt voorbereid, is niet verplicht', () => {
		// No melding may be in view yet; who weighs and who would report still are required.
		expect(problemenMet(zonder(ev('WEGING_VOORBEREID')))).toEqual([]);
		expect(
			problemenMet({
				...zonder(ev('WEGING_VOORBEREID')),
				deelnemers: [],
				melder: ' '
			} as MeldcodeEvent)
		).toEqual([
			'Met wie weeg je? Noem minstens één deelnemer.',
			'Leg vast wie de melding doet als het zover komt.'
		]);
	});

	it('een toelichting die geen tekst is, blijft een fout (een beschadigd of vreemd logboek)', () => {
		const e = { ...ev('WEGING_VOORBEREID'), toelichting: undefined } as unknown as MeldcodeEvent;
		expect(problemenMet(e)).toContain(TOELICHTING_VERPLICHT);
	});

	it.each(['CONSULTATIE', 'AFWEGING_1', 'MELDING_GEDAAN', 'AFSLUITEN'] as const)(
		'%s: zonder waarom geen beslissing',
		(type) => {
			expect(problemenMet(zonder(ev(type)))).toContain(TOELICHTING_VERPLICHT);
		}
	);
});
