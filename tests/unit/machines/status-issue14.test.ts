/**
 * Issue 14, defect 4: what the machine says about a case must match where it is. The outcome is
 * not "hulp loopt" once the route leads to a (new) melding, and a step jumped over by acute
 * danger is not "gedaan".
 */
import { describe, expect, it } from 'vitest';
import { stapAfgerond } from '../../../machines/waar.js';
import type { StapNummer } from '../../../machines/meldcode.machine.js';
import type { MeldcodeSnapshot } from '../../../machines/replay.js';
import { MELDEN, TOT_HULP, TOT_VRAAG1, TOT_VRAAG4, na, waar } from './helpers.js';
import { ev } from './voorbeelden.js';

const afgerond = (s: MeldcodeSnapshot) =>
	([0, 1, 2, 3, 4, 5, 6] as StapNummer[]).map((n) => stapAfgerond(s, n) ?? '-');

describe('uitkomst op weg naar een melding', () => {
	it('afweging 5 nee: geen "hulp loopt" meer naast "de melding vooraf bespreken"', () => {
		const s = na('school', ...TOT_HULP, ev('AFWEGING_5', { antwoord: 'nee' }));
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(s.context.besluitII).toBe('hulp');
		expect(s.context.uitkomst).toBeNull();
		// Once made, the melding is the outcome.
		expect(
			na('school', ...TOT_HULP, ev('AFWEGING_5', { antwoord: 'nee' }), ...MELDEN).context.uitkomst
		).toBe('gemeld');
	});

	it('onveiligheid houdt aan terwijl hulp loopt, en acuut terwijl hulp loopt: geen uitkomst tot de melding', () => {
		expect(na('school', ...TOT_HULP, ev('ONVEILIGHEID_HOUDT_AAN')).context.uitkomst).toBeNull();
		expect(na('school', ...TOT_HULP, ev('ACUUT')).context.uitkomst).toBeNull();
	});

	it('na monitoring, meldnorm 3 in stap 6: monitoring is niet meer de uitkomst', () => {
		const s = na(
			'school',
			...TOT_HULP,
			ev('AFWEGING_5', { antwoord: 'ja' }),
			ev('ONVEILIGHEID_HOUDT_AAN')
		);
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(s.context.uitkomst).toBeNull();
	});

	it('een eerdere melding blijft de uitkomst bij een nieuwe melding (meldnorm 3)', () => {
		const s = na(
			'school',
			...TOT_VRAAG4,
			ev('AFWEGING_4', { antwoord: 'nee' }),
			...MELDEN,
			ev('NAAR_STAP6'),
			ev('ONVEILIGHEID_HOUDT_AAN')
		);
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(s.context.uitkomst).toBe('gemeld');
	});
});

describe('welke stappen zijn gedaan', () => {
	it('langs de eigen weg: elke stap voor de huidige is gedaan', () => {
		expect(afgerond(na('school', ...TOT_HULP))).toEqual([
			'gedaan',
			'gedaan',
			'gedaan',
			'gedaan',
			'gedaan',
			'-',
			'-'
		]);
		expect(afgerond(na('school', ...TOT_HULP, ev('AFWEGING_5', { antwoord: 'ja' })))).toEqual([
			'gedaan',
			'gedaan',
			'gedaan',
			'gedaan',
			'gedaan',
			'gedaan',
			'-'
		]);
	});

	it('acuut in stap 1: stap 1 tot en met 4 zijn niet gedaan', () => {
		const s = na('school', ev('START_STAPPENPLAN'), ev('ACUUT'));
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(afgerond(s)).toEqual(['gedaan', '-', '-', '-', '-', '-', '-']);
		// After the melding and into stap 6: stap 5 done, 1–4 still not.
		const verder = na(
			'school',
			ev('START_STAPPENPLAN'),
			ev('ACUUT'),
			...MELDEN,
			ev('VERDER_MET_VEILIG_THUIS')
		);
		expect(waar(verder)).toBe('stap4.vraag3');
		expect(afgerond(verder).slice(1, 5)).toEqual(['-', '-', '-', '-']);
	});

	it('gesprek overgeslagen: stap 3 is zonder gesprek afgerond; later gevoerd: gedaan', () => {
		const zonder = [...TOT_VRAAG1.slice(0, 4), ev('GESPREK_OVERSLAAN'), ev('WEGING_VOORBEREID')];
		expect(stapAfgerond(na('school', ...zonder), 3)).toBe('zonder-gesprek');
		expect(stapAfgerond(na('school', ...zonder, ev('GESPREK_LATER_GEVOERD')), 3)).toBe('gedaan');
	});

	it('heropenen: een nieuwe ronde begint zonder gedane stappen na de start', () => {
		const s = na('school', ...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }), ev('HEROPENEN'));
		expect(waar(s)).toBe('stap1');
		expect(afgerond(s)).toEqual(['gedaan', '-', '-', '-', '-', '-', '-']);
	});
});

describe('uitkomst per ronde', () => {
	it('na heropenen telt de melding van de vorige ronde niet als uitkomst van deze', () => {
		const s = na(
			'basismodel',
			...TOT_VRAAG4.slice(0, -1),
			ev('AFWEGING_3', { antwoord: 'nee' }),
			...MELDEN,
			ev('AFSLUITEN'),
			ev('HEROPENEN'),
			...TOT_VRAAG4.slice(1),
			ev('AFWEGING_4', { antwoord: 'twijfel' })
		);
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(s.context.meldingen).toBe(1);
		expect(s.context.uitkomst).toBeNull();
	});

	it('na een melding voor de veiligheid en hulp met Veilig Thuis: acuut laat "gemeld" staan', () => {
		const s = na(
			'school',
			...TOT_VRAAG1,
			ev('AFWEGING_1', { antwoord: 'ja' }),
			ev('AFWEGING_2', { antwoord: 'ja' }),
			...MELDEN,
			ev('VERDER_MET_VEILIG_THUIS'),
			ev('AFWEGING_3', { antwoord: 'ja' }),
			ev('AFWEGING_4'),
			ev('ACUUT')
		);
		expect(s.context.uitkomst).toBe('gemeld');
	});
});
