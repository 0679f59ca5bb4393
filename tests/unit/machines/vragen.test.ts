/**
 * The questions screens ask the machine (machines/vragen.ts): on every state of every generated
 * path, each answers exactly as sending a real, complete decision would; the probes are complete;
 * and the term of afweging 5 is reached on its day, not the day before.
 */
import { describe, expect, it } from 'vitest';
import type { VraagNummer } from '../../../machines/afwegingskader.js';
import { problemenMet, type MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import { stap, type MeldcodeSnapshot } from '../../../machines/replay.js';
import {
	kanAcuutVastleggen,
	kanAntwoorden,
	kanBeslissen,
	proefAntwoord,
	proefBeslissing,
	termijnBereikt,
	type KaleBeslissing
} from '../../../machines/vragen.js';
import { na, TOT_STAP3, TOT_HULP } from './helpers.js';
import { paden, sleutel } from './paden.js';
import { ev, TERMIJN, TIJD, VOORBEELDEN, ZONDER_HERZIEN } from './voorbeelden.js';

const KAAL: KaleBeslissing[] = [
	'SIGNALEN_OVER_MEDEWERKER',
	'GESPREK_LATER_GEVOERD',
	'VERDER_MET_VEILIG_THUIS',
	'NAAR_STAP6',
	'AFSLUITEN',
	'HEROPENEN',
	'ONVEILIGHEID_HOUDT_AAN'
];
const VRAGEN: VraagNummer[] = [1, 2, 3, 4, 5];

/** Every distinct state met on the generated paths of a variant. */
function toestanden(variant: Variant): MeldcodeSnapshot[] {
	const per = new Map<string, MeldcodeSnapshot>();
	for (const pad of paden(variant, ZONDER_HERZIEN))
		for (const s of pad.steps) per.set(sleutel(s.state), s.state);
	return [...per.values()];
}

const neemt = (s: MeldcodeSnapshot, e: MeldcodeEvent) => stap(s, e).beslissing !== null;

describe('the probes are complete decisions', () => {
	it('every probe passes the event check, so only the state and the case decide', () => {
		for (const type of KAAL) expect(problemenMet(proefBeslissing(type, TIJD)), type).toEqual([]);
		for (const nummer of VRAGEN)
			for (const e of VOORBEELDEN[`AFWEGING_${nummer}`])
				expect(problemenMet(proefAntwoord(nummer, e.antwoord, TIJD)), e.type).toEqual([]);
	});
});

describe.each(['basismodel', 'school'] as Variant[])('%s: on every generated state', (variant) => {
	const alle = toestanden(variant);

	it('reaches enough states to mean something', () => {
		expect(alle.length).toBeGreaterThan(20);
	});

	it('kanBeslissen says yes exactly where the machine takes the real decision', () => {
		let ja = 0;
		for (const s of alle)
			for (const type of KAAL) {
				const echt = neemt(s, ev(type));
				expect(kanBeslissen(s, type, TIJD), `${type} in ${JSON.stringify(s.value)}`).toBe(echt);
				if (echt) ja++;
			}
		expect(ja).toBeGreaterThan(0);
	});

	it('kanAntwoorden says yes exactly where the machine takes the real answer', () => {
		for (const s of alle)
			for (const nummer of VRAGEN)
				for (const e of VOORBEELDEN[`AFWEGING_${nummer}`])
					expect(
						kanAntwoorden(s, nummer, e.antwoord, e.at),
						`${e.type} ${e.antwoord} in ${JSON.stringify(s.value)}`
					).toBe(neemt(s, e));
	});

	it('kanAcuutVastleggen says yes exactly where the machine takes acute danger', () => {
		for (const s of alle)
			for (const e of VOORBEELDEN.ACUUT)
				expect(kanAcuutVastleggen(s, e.soort, TIJD)).toBe(neemt(s, e));
	});
});

describe('answers closed by the case', () => {
	it('after a skipped conversation, afweging 1 "nee" is not offered (rule 3)', () => {
		const s = na('school', ...TOT_STAP3, ev('GESPREK_OVERSLAAN'), ev('WEGING_VOORBEREID'));
		expect(kanAntwoorden(s, 1, 'ja', TIJD)).toBe(true);
		expect(kanAntwoorden(s, 1, 'nee', TIJD)).toBe(false);
		// ...and the conversation can still be recorded, which opens "nee" again.
		expect(kanBeslissen(s, 'GESPREK_LATER_GEVOERD', TIJD)).toBe(true);
		const daarna = stap(s, ev('GESPREK_LATER_GEVOERD')).snapshot;
		expect(kanAntwoorden(daarna, 1, 'nee', TIJD)).toBe(true);
	});
});

describe('termijnBereikt: afweging 5 on the agreed day, not before', () => {
	const hulp = { termijn: '2027-01-15', casemanager: 'A' };

	it('is false without help, the day before, and true on and after the term', () => {
		expect(termijnBereikt({ hulp: null }, '2099-01-01')).toBe(false);
		expect(termijnBereikt({ hulp }, '2027-01-14')).toBe(false);
		expect(termijnBereikt({ hulp }, '2027-01-15')).toBe(true);
		expect(termijnBereikt({ hulp }, '2027-02-01')).toBe(true);
	});

	it('is the guard the machine uses: afweging 5 is taken from the term on', () => {
		const s = na('school', ...TOT_HULP);
		expect(s.context.hulp?.termijn).toBe(TERMIJN);
		const dagVoor = '2027-01-14T23:59:00+01:00';
		const opDag = '2027-01-15T00:01:00+01:00';
		expect(termijnBereikt(s.context, dagVoor.slice(0, 10))).toBe(false);
		expect(kanAntwoorden(s, 5, 'nee', dagVoor)).toBe(false);
		expect(termijnBereikt(s.context, opDag.slice(0, 10))).toBe(true);
		expect(kanAntwoorden(s, 5, 'nee', opDag)).toBe(true);
	});
});
