/**
 * The dossier rebuilds a case by replaying its recorded events. These tests drive a real actor
 * with random valid journeys (seeded, so a failure can be repeated) and check that replaying what
 * it emitted gives the same state, and that a damaged log is reported instead of skipped.
 */
import { describe, expect, it } from 'vitest';
import { __unsafe_getAllOwnEventDescriptors, createActor } from 'xstate';
import type { BeslissingVastgelegd } from '../../../machines/beslissing.js';
import { meldcodeMachine, type Variant } from '../../../machines/meldcode.machine.js';
import { herhaal, stap, beginToestand } from '../../../machines/replay.js';
import { ALLE_VOORBEELDEN, ev } from './voorbeelden.js';
import { TOT_VRAAG1 } from './helpers.js';
import { prng } from '../../prng';

/** A random walk: at each step one of the sample events the current state accepts. */
function willekeurigeReis(variant: Variant, seed: number, lengte: number) {
	const random = prng(seed);
	const actor = createActor(meldcodeMachine, { input: { caseId: `r${seed}`, variant } });
	const vastgelegd: BeslissingVastgelegd[] = [];
	actor.on('beslissing.vastgelegd', (b) => vastgelegd.push(b));
	actor.start();
	for (let i = 0; i < lengte && actor.getSnapshot().status === 'active'; i++) {
		const snapshot = actor.getSnapshot();
		// Only samples of an event type the current states handle can be accepted: asking the
		// machine about those alone gives the same list, in a fraction of the time.
		const soorten = new Set(__unsafe_getAllOwnEventDescriptors(snapshot));
		const mogelijk = ALLE_VOORBEELDEN.filter(
			(e) => soorten.has(e.type) && stap(snapshot, e).beslissing !== null
		);
		if (mogelijk.length === 0) break;
		actor.send(mogelijk[Math.floor(random() * mogelijk.length)]!);
	}
	return { snapshot: actor.getSnapshot(), vastgelegd };
}

describe('herhalen van het logboek', () => {
	it.each(
		(['basismodel', 'school'] as const).flatMap((v) =>
			Array.from({ length: 100 }, (_, i) => [v, i + 1] as const)
		)
	)('%s, reis %i: herhalen geeft dezelfde toestand', (variant, seed) => {
		const live = willekeurigeReis(variant, seed, 40);
		expect(live.vastgelegd.length).toBeGreaterThan(0);
		const herhaald = herhaal(
			{ caseId: `r${seed}`, variant },
			live.vastgelegd.map((b) => b.event)
		);
		expect(herhaald.geweigerd).toEqual([]);
		expect(herhaald.snapshot.value).toEqual(live.snapshot.value);
		expect(herhaald.snapshot.context).toEqual(live.snapshot.context);
		expect(herhaald.snapshot.status).toBe(live.snapshot.status);
		expect(herhaald.beslissingen).toEqual(live.vastgelegd);
	});

	it('een event dat niet past wordt gemeld, niet overgeslagen', () => {
		const events = [
			...TOT_VRAAG1.slice(0, 2),
			ev('AFWEGING_3', { antwoord: 'nee' }),
			ev('CONSULTATIE')
		];
		const r = herhaal({ caseId: 'x', variant: 'school' }, events);
		expect(r.geweigerd).toEqual([2]);
		expect(r.beslissingen).toHaveLength(3);
		expect(r.snapshot.context.consultaties).toBe(1);
	});

	it('de machine maakt zelf geen tijden of ids: dezelfde events geven dezelfde uitkomst', () => {
		const a = herhaal({ caseId: 'x', variant: 'school' }, TOT_VRAAG1);
		const b = herhaal({ caseId: 'x', variant: 'school' }, TOT_VRAAG1);
		expect(JSON.stringify(a.snapshot.toJSON())).toBe(JSON.stringify(b.snapshot.toJSON()));
		expect(beginToestand({ caseId: 'x', variant: 'basismodel' }).context.variant).toBe(
			'basismodel'
		);
	});
});
