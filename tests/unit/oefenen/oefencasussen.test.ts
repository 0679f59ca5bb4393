/**
 * Issue 18, part 1: every practice case's model route goes through the real statechart to the
 * outcome the case promises, the cases together cover every outcome the issue names, and the
 * grading of a user's choices (src/lib/oefenen/beoordeling.ts) says right and wrong where it should.
 */
import { describe, expect, it } from 'vitest';
import { toegestaneAntwoorden, type VraagNummer } from '$machines/afwegingskader';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { BRON } from '$machines/sources';
import { herhaal } from '$machines/replay';
import { waarIn } from '$machines/waar';
import { OEFENCASUSSEN, type Oefencasus, type OefenKeuze } from '$lib/content/oefencasussen';
import { REF, isSourceRef } from '$lib/content/source';
import {
	beoordeel,
	beslispuntVan,
	keuzeTekst,
	laatsteOordeel,
	voortgang
} from '$lib/oefenen/beoordeling';

const DAG = '2026-12-04';
const AT = `${DAG}T09:00:00.000Z`;

/**
 * A complete event for a choice of the model route: what a user types in the wizard besides the
 * choice itself (the reasoning, with whom, the term: today, as the practice asks).
 */
function vulAan(k: OefenKeuze): MeldcodeEvent {
	const b = { at: AT, toelichting: 'Oefening: zo staat het in de casus.' };
	const a = { ...b, afgestemdMet: 'aandachtsfunctionaris' };
	switch (k.type) {
		case 'CONSULTATIE':
			return { type: 'CONSULTATIE', metWie: 'IB-er', rol: 'intern begeleider', ...b };
		case 'WEGING_VOORBEREID':
			return { type: 'WEGING_VOORBEREID', deelnemers: ['IB-er'], melder: 'directeur', ...b };
		case 'MELDING_GEDAAN':
			return { type: 'MELDING_GEDAAN', melder: 'directeur', ...b };
		case 'AFWEGING_4':
			return k.antwoord === 'ja'
				? {
						type: 'AFWEGING_4',
						antwoord: 'ja',
						termijn: DAG,
						casemanager: 'IB-er',
						resultaten: 'Op tijd op school.',
						taken: 'IB-er coördineert.',
						...a
					}
				: ({ ...k, ...a } as MeldcodeEvent);
		case 'AFWEGING_5':
			return k.antwoord === 'ja'
				? { type: 'AFWEGING_5', antwoord: 'ja', monitoring: 'Elke maand kort overleg.', ...a }
				: ({ ...k, ...a } as MeldcodeEvent);
		default:
			return (k.type.startsWith('AFWEGING_') ? { ...k, ...a } : { ...k, ...b }) as MeldcodeEvent;
	}
}

const modelroute = (c: Oefencasus) => c.route.map((s) => vulAan(s.keuze));

function loop(c: Oefencasus, events: MeldcodeEvent[]) {
	return herhaal({ caseId: `oefening-${c.id}`, variant: 'school' }, events);
}

describe('practice cases', () => {
	it('are at least eight, with unique ids', () => {
		expect(OEFENCASUSSEN.length).toBeGreaterThanOrEqual(8);
		expect(new Set(OEFENCASUSSEN.map((c) => c.id)).size).toBe(OEFENCASUSSEN.length);
	});

	describe.each(OEFENCASUSSEN.map((c) => [c.id, c] as const))('%s', (_, c) => {
		it('its model route is accepted by the real machine and ends where the case says', () => {
			const r = loop(c, modelroute(c));
			expect(r.geweigerd, `geweigerd: ${r.geweigerd.join(', ')}`).toEqual([]);
			expect(waarIn(r.snapshot)).toBe(c.einde);
		});

		it('grades each of its own expected choices as right, and has graded choices', () => {
			const oordelen = beoordeel(c, modelroute(c));
			expect(oordelen.length).toBeGreaterThan(0);
			expect(oordelen.every((o) => o.goed === true)).toBe(true);
			expect(voortgang(oordelen)).toEqual({
				goed: oordelen.length,
				beoordeeld: oordelen.length,
				totaal: oordelen.length
			});
		});

		it('grades only real decision points, each with a reason and a source', () => {
			const machineBronnen = new Set<unknown>(Object.values(BRON));
			const refs = new Set<unknown>(Object.values(REF));
			for (const s of c.route) {
				if (!s.beoordeeld) continue;
				expect(beslispuntVan(s.keuze.type), s.keuze.type).not.toBeNull();
				expect(s.beoordeeld.waarom.trim().length).toBeGreaterThan(20);
				const b = s.beoordeeld.bron;
				expect(isSourceRef(b) ? refs.has(b) : machineBronnen.has(b), String(b)).toBe(true);
				expect(keuzeTekst(s.keuze)).not.toBe(s.keuze.type);
			}
		});

		it('accepts every "also right" choice as a real answer that leads the same way', () => {
			for (const [i, s] of c.route.entries()) {
				for (const ander of s.beoordeeld?.ookGoed ?? []) {
					expect(ander.type).toBe(s.keuze.type);
					if (ander.type.startsWith('AFWEGING_') && ander.antwoord)
						expect(toegestaneAntwoorden(Number(ander.type.slice(-1)) as VraagNummer)).toContain(
							ander.antwoord
						);
					const events = modelroute(c);
					events[i] = vulAan(ander);
					const r = loop(c, events);
					expect(r.geweigerd).toEqual([]);
					expect(waarIn(r.snapshot)).toBe(c.einde);
				}
			}
		});

		it('has a story for the screens that are in its route', () => {
			expect(c.verhaal.length).toBeGreaterThan(0);
			const r = loop(c, modelroute(c));
			expect(r.geweigerd).toEqual([]);
			// Every state the story speaks at is one the model route passes through.
			const langs = new Set<string>(['start']);
			let events: MeldcodeEvent[] = [];
			for (const e of modelroute(c)) {
				events = [...events, e];
				langs.add(waarIn(loop(c, events).snapshot));
			}
			for (const waar of Object.keys(c.bijStap)) expect([...langs], waar).toContain(waar);
		});
	});

	it('together cover every outcome of issue 18', () => {
		const routes = OEFENCASUSSEN.map((c) => ({ c, events: modelroute(c) }));
		const heeft = (pred: (c: Oefencasus, e: MeldcodeEvent[]) => boolean) =>
			routes.some(({ c, events }) => pred(c, events));
		const met = (e: MeldcodeEvent[], type: string, veld?: Record<string, string>) =>
			e.some(
				(x) =>
					x.type === type &&
					Object.entries(veld ?? {}).every(
						([k, v]) => (x as unknown as Record<string, unknown>)[k] === v
					)
			);
		// Geen vermoeden.
		expect(heeft((c) => c.einde === 'afgeslotenGeenVermoeden')).toBe(true);
		// Twijfel → melden.
		expect(
			heeft((c, e) => met(e, 'AFWEGING_2', { antwoord: 'twijfel' }) && c.einde === 'stap5.gemeld')
		).toBe(true);
		// Hulp → resultaat ja and nee.
		expect(heeft((c, e) => met(e, 'AFWEGING_5', { antwoord: 'ja' }))).toBe(true);
		expect(
			heeft((c, e) => met(e, 'AFWEGING_5', { antwoord: 'nee' }) && c.einde === 'stap5.gemeld')
		).toBe(true);
		// Staff-member route.
		expect(heeft((c) => c.einde === 'doorverwezen')).toBe(true);
		// Disclosure and acute danger.
		expect(heeft((c, e) => met(e, 'ACUUT', { soort: 'disclosure' }))).toBe(true);
		expect(heeft((c, e) => met(e, 'ACUUT', { soort: 'acuut' }))).toBe(true);
		// A conversation skipped with a legal reason.
		expect(heeft((c, e) => met(e, 'GESPREK_OVERSLAAN'))).toBe(true);
		// And the model routes end with meldnorm 1, 2 and 3 between them.
		const normen = new Set(
			routes.map(({ c, events }) => loop(c, events).snapshot.context.meldnorm)
		);
		expect([...normen]).toEqual(expect.arrayContaining([1, 2, 3]));
	});
});

describe('grading a user’s choices', () => {
	const daan = OEFENCASUSSEN.find((c) => c.id === 'zonder-ontbijt')!;
	const levi = OEFENCASUSSEN.find((c) => c.id === 'brandwond')!;

	it('marks a different answer at a graded question as wrong, and says what was expected', () => {
		const events = modelroute(daan);
		const i = events.findIndex((e) => e.type === 'AFWEGING_2');
		const eigen = [...events.slice(0, i), vulAan({ type: 'AFWEGING_2', antwoord: 'nee' })];
		const o = laatsteOordeel(daan, eigen)!;
		expect(o.punt).toBe('afweging-2');
		expect(o.goed).toBe(false);
		expect(o.gekozen).toEqual({ type: 'AFWEGING_2', antwoord: 'nee' });
		expect(keuzeTekst(o.verwacht)).toBe('Afweging 2: twijfel');
		// The later graded question was not reached along this way.
		expect(beoordeel(daan, eigen).find((x) => x.punt === 'melding-bespreken')?.goed).toBeNull();
	});

	it('keeps the latest graded feedback on screen across steps that are no choice', () => {
		const events = modelroute(daan);
		const i = events.findIndex((e) => e.type === 'GESPREK_GEVOERD');
		const metWeging = events.slice(0, i + 2);
		expect(metWeging.at(-1)!.type).toBe('WEGING_VOORBEREID');
		expect(laatsteOordeel(daan, metWeging)?.punt).toBe('gesprek');
	});

	it('takes the revised answer, not the withdrawn one', () => {
		const events = modelroute(daan);
		const i = events.findIndex((e) => e.type === 'AFWEGING_2');
		const eigen = [
			...events.slice(0, i),
			vulAan({ type: 'AFWEGING_2', antwoord: 'nee' }),
			vulAan({ type: 'AFWEGING_3', antwoord: 'ja' }),
			{ type: 'HERZIEN', vraag: 2, at: AT, toelichting: 'Ik twijfel toch.' } as MeldcodeEvent,
			vulAan({ type: 'AFWEGING_2', antwoord: 'twijfel' })
		];
		const r = loop(daan, eigen);
		expect(r.geweigerd).toEqual([]);
		const a2 = beoordeel(daan, eigen).find((o) => o.punt === 'afweging-2')!;
		expect(a2.goed).toBe(true);
	});

	it('counts recording the signals in an acute case as missing the acute route', () => {
		const eigen = [vulAan({ type: 'START_STAPPENPLAN' }), vulAan({ type: 'SIGNALEN_VASTGELEGD' })];
		const o = laatsteOordeel(levi, eigen)!;
		expect(o.punt).toBe('acuut');
		expect(o.goed).toBe(false);
		// Pressing acute afterwards, at stap 2, is the standing choice then.
		const later = [...eigen, vulAan({ type: 'ACUUT', soort: 'acuut' })];
		expect(loop(levi, later).geweigerd).toEqual([]);
		expect(laatsteOordeel(levi, later)?.goed).toBe(true);
	});
});
