/**
 * The machine emits its stap-5 decisions (machines/besluit.ts, issue 14): beside the recorded
 * decision, a `besluit.genomen` for the event that took besluit I or II. Named cases after seed
 * 004, then on every state of every generated path and every sample event (revisions included):
 * the emitted decision is exactly the change of the decision fields that event made, and the
 * stand the machine keeps is always the stand after the last accepted event.
 */
import { describe, expect, it } from 'vitest';
import { standVan, type BesluitGenomen } from '../../../machines/besluit.js';
import type { MeldcodeContext, Variant } from '../../../machines/meldcode.machine.js';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import { beginToestand, stap, type MeldcodeSnapshot } from '../../../machines/replay.js';
import { MELDEN, na, TOT_HULP, TOT_VRAAG1, TOT_VRAAG2, TOT_VRAAG3, TOT_VRAAG4 } from './helpers.js';
import { paden, sleutel } from './paden.js';
import { ALLE_VOORBEELDEN, ev, OP_TERMIJN, ZONDER_HERZIEN } from './voorbeelden.js';

function besluitNa(
	events: readonly MeldcodeEvent[],
	laatste: MeldcodeEvent,
	variant: Variant = 'school'
) {
	const r = stap(na(variant, ...events), laatste);
	expect(r.beslissing, laatste.type).not.toBeNull();
	return r.besluit;
}

const besluit = (b: BesluitGenomen['besluit'], ook?: 'niet-melden'): BesluitGenomen => ({
	type: 'besluit.genomen',
	besluit: b,
	...(ook ? { ook } : {})
});

describe('de machine zegt welk besluit van stap 5 een beslissing nam', () => {
	it('afweging 1 nee: besluit I, niet melden (geen vermoeden)', () => {
		expect(besluitNa(TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }))).toEqual(
			besluit('niet-melden')
		);
	});

	it('afweging 2 ja: besluit I, melden (de veiligheid is in het geding)', () => {
		expect(besluitNa(TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }))).toEqual(besluit('melden'));
	});

	it('afweging 3 nee: melden', () => {
		expect(besluitNa(TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }))).toEqual(besluit('melden'));
	});

	it('afweging 4 ja: besluit II hulp, en daarmee besluit I niet melden, in één keer', () => {
		expect(besluitNa(TOT_VRAAG4, ev('AFWEGING_4'))).toEqual(besluit('hulp', 'niet-melden'));
	});

	it('afweging 5 nee op de termijn: opnieuw melden (meldnorm 3)', () => {
		expect(besluitNa(TOT_HULP, ev('AFWEGING_5', { antwoord: 'nee', at: OP_TERMIJN }))).toEqual(
			besluit('melden')
		);
	});

	it('acuut: melden (meldnorm 1), vanuit elke stap', () => {
		expect(besluitNa(TOT_VRAAG1, ev('ACUUT'))).toEqual(besluit('melden'));
	});

	it('stappen zonder besluit emitteren er geen: wegen voorbereiden, de melding doen', () => {
		expect(besluitNa(TOT_VRAAG1.slice(0, -1), TOT_VRAAG1.at(-1)!)).toBeNull();
		expect(
			besluitNa([...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }), MELDEN[0]!], MELDEN[1]!)
		).toBeNull();
	});
});

/** The oracle: the change of the decision fields between two contexts, as the views once derived it. */
function verandering(voor: MeldcodeContext, na_: MeldcodeContext): BesluitGenomen | null {
	const melden =
		na_.besluitI === 'melden' &&
		(voor.besluitI !== 'melden' || (na_.meldnorm !== null && na_.meldnorm !== voor.meldnorm));
	if (melden) return besluit('melden');
	if (na_.besluitII !== null && na_.besluitII !== voor.besluitII)
		return besluit(
			na_.besluitII,
			na_.besluitII === 'hulp' && na_.besluitI === 'niet-melden' && voor.besluitI !== 'niet-melden'
				? 'niet-melden'
				: undefined
		);
	if (na_.besluitI === 'niet-melden' && voor.besluitI !== 'niet-melden')
		return besluit('niet-melden');
	return null;
}

describe.each(['basismodel', 'school'] as Variant[])(
	'%s: op elke gegenereerde toestand',
	(variant) => {
		const toestanden = new Map<string, MeldcodeSnapshot>();
		toestanden.set('begin', beginToestand({ caseId: 'b', variant }));
		for (const pad of paden(variant, ZONDER_HERZIEN))
			for (const s of pad.steps) toestanden.set(sleutel(s.state), s.state);

		it('het uitgezonden besluit is precies wat die beslissing aan besluit I en II veranderde', () => {
			let besluiten = 0;
			let stappen = 0;
			for (const s of toestanden.values())
				for (const e of ALLE_VOORBEELDEN) {
					const r = stap(s, e);
					if (!r.beslissing) continue;
					stappen++;
					expect(r.besluit, `${e.type} in ${JSON.stringify(s.value)}`).toEqual(
						verandering(s.context, r.snapshot.context)
					);
					// The stand kept is the stand after this event: the next one compares with it.
					expect(r.snapshot.context.besluitStand).toEqual(standVan(r.snapshot.context));
					if (r.besluit) besluiten++;
				}
			expect(stappen).toBeGreaterThan(200);
			expect(besluiten).toBeGreaterThan(20);
		});
	}
);
