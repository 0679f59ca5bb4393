/**
 * Every path through the statechart, generated with xstate/graph, checked against the rules that
 * must hold on all of them; and the journey list in docs/journeys.txt, so that every change to
 * the decision logic shows up in review as a changed line.
 */
import { describe, expect, it } from 'vitest';
import { getStateNodes } from 'xstate/graph';
import { REDENEN_ZONDER_GESPREK } from '../../../machines/afwegingskader.js';
import {
	isDatum,
	TOELICHTING_NIET_VERPLICHT,
	type MeldcodeEvent
} from '../../../machines/meldcode.events.js';
import { meldcodeMachine, type Variant } from '../../../machines/meldcode.machine.js';
import { stap } from '../../../machines/replay.js';
import { paden, regel, type Pad } from './paden.js';
import { ev, ZONDER_HERZIEN } from './voorbeelden.js';

/**
 * Besides every valid sample, incomplete ones: without reasoning, with an illegal reason to skip
 * a conversation, afweging 4 ja without term or casemanager, afweging 5 ja without monitoring.
 * The machine must refuse all of them; if it took one, the path checks below would fail.
 */
const ONVOLLEDIG = [
	...ZONDER_HERZIEN.map((e) => ({ ...e, toelichting: '  ' })),
	...ZONDER_HERZIEN.map((e) => ({ ...e, at: 'gisteren' })),
	{ ...ev('GESPREK_OVERSLAAN'), reden: 'geen tijd' },
	{ ...ev('MELDING_BESPREKEN_OVERSLAAN'), reden: 'ouders boos' },
	ev('AFWEGING_4', { termijn: '' }),
	ev('AFWEGING_4', { termijn: 'over zes weken' }),
	ev('AFWEGING_4', { casemanager: '' }),
	ev('AFWEGING_5', { monitoring: '' }),
	{ ...ev('AFWEGING_2'), antwoord: 'misschien' },
	{ ...ev('AFWEGING_1'), antwoord: 'twijfel' }
] as MeldcodeEvent[];

const VARIANTEN: Variant[] = ['basismodel', 'school'];
const ALLE_PADEN = Object.fromEntries(
	VARIANTEN.map((v) => [v, paden(v, [...ZONDER_HERZIEN, ...ONVOLLEDIG])])
) as Record<Variant, Pad[]>;

function stateValue(pad: readonly string[]): unknown {
	return pad.reduceRight<unknown>((sub, key) => (sub === null ? key : { [key]: sub }), null);
}

describe('alle paden door de meldcode', () => {
	it('genereert paden voor beide varianten', () => {
		for (const v of VARIANTEN) expect(ALLE_PADEN[v].length).toBeGreaterThan(100);
	});

	it('elke toestand is bereikbaar (stap 6 alleen in de schoolvariant)', () => {
		const alle = getStateNodes(meldcodeMachine.root).filter((n) => n.path.length > 0);
		const bereikt = (v: Variant, pad: string[]) =>
			ALLE_PADEN[v].some((p) => p.steps.some((s) => s.state.matches(stateValue(pad) as never)));
		for (const node of alle) {
			const inSchool = bereikt('school', node.path);
			expect(inSchool, `onbereikbaar: ${node.id}`).toBe(true);
			const inBasis = bereikt('basismodel', node.path);
			expect(inBasis, `basismodel ${node.id}`).toBe(node.path[1] !== 'stap6');
		}
	});

	// Some 10,000 steps per variant: each rule is checked in plain code first, and `expect` (with
	// the path's readable line as its message, which is costly to build) only runs when it fails.
	describe.each(VARIANTEN)('%s', (variant) => {
		const lijst = ALLE_PADEN[variant];

		it('elke genomen stap heeft een toelichting (waar die verplicht is) en een geldig tijdstip', () => {
			for (const pad of lijst)
				for (const s of pad.steps.slice(1)) {
					const verplicht = !TOELICHTING_NIET_VERPLICHT.has(s.event.type);
					const heeftTekst = s.event.toelichting.trim() !== '';
					if ((heeftTekst || !verplicht) && !Number.isNaN(Date.parse(s.event.at))) continue;
					if (verplicht) expect(s.event.toelichting.trim(), regel(pad)).not.toBe('');
					expect(Date.parse(s.event.at), regel(pad)).not.toBeNaN();
				}
		});

		it('elke stap geeft precies één vastgelegde beslissing met bron', () => {
			// Paths share their first steps, and the graph's snapshots are shared objects: each
			// step (a snapshot and an event) is checked once, on the first path that takes it.
			const gezien = new WeakMap<object, Set<MeldcodeEvent>>();
			for (const pad of lijst)
				for (let i = 1; i < pad.steps.length; i++) {
					const van = pad.steps[i - 1]!.state;
					const event = pad.steps[i]!.event;
					const events = gezien.get(van) ?? new Set<MeldcodeEvent>();
					gezien.set(van, events);
					if (events.has(event)) continue;
					events.add(event);
					const { beslissing } = stap(van, event);
					if (beslissing?.bron.startsWith('004 · ') && beslissing.toelichting === event.toelichting)
						continue;
					expect(beslissing, regel(pad)).not.toBeNull();
					expect(beslissing!.bron, regel(pad)).toMatch(/^004 · /);
					expect(beslissing!.toelichting, regel(pad)).toBe(event.toelichting);
				}
		});

		it('geen gesprek wordt overgeslagen zonder een van de twee wettelijke redenen', () => {
			const redenen = Object.keys(REDENEN_ZONDER_GESPREK);
			for (const pad of lijst)
				for (const { event } of pad.steps)
					if (event.type === 'GESPREK_OVERSLAAN' || event.type === 'MELDING_BESPREKEN_OVERSLAAN')
						if (!redenen.includes(event.reden)) expect(redenen, regel(pad)).toContain(event.reden);
		});

		it('geen afweging 4 ja zonder termijn en casemanager; hulp loopt altijd met termijn', () => {
			for (const pad of lijst)
				for (const { event, state } of pad.steps) {
					if (event.type === 'AFWEGING_4' && event.antwoord === 'ja') {
						expect(isDatum(event.termijn), regel(pad)).toBe(true);
						expect(event.casemanager.trim(), regel(pad)).not.toBe('');
					}
					if (state.matches({ stappenplan: { stap5: 'hulpLoopt' } }))
						expect(state.context.hulp, regel(pad)).not.toBeNull();
				}
		});

		it('elke melding rust op besluit I = melden en een meldnorm', () => {
			for (const pad of lijst)
				for (const { state } of pad.steps)
					if (state.matches({ stappenplan: { stap5: 'melden' } })) {
						const { besluitI, meldnorm } = state.context;
						if (besluitI === 'melden' && [1, 2, 3].includes(meldnorm!)) continue;
						expect(besluitI, regel(pad)).toBe('melden');
						expect([1, 2, 3], regel(pad)).toContain(meldnorm);
					}
		});

		it('regel 2: geen route naar stap 6 of afsluiten na een melding met besluit II open', () => {
			for (const pad of lijst)
				for (const { state } of pad.steps)
					if (
						state.context.besluitI === 'melden' &&
						(state.matches({ stappenplan: 'stap6' }) ||
							state.matches({ stappenplan: 'afgeslotenNaMelding' }))
					)
						expect(state.context.besluitII, regel(pad)).not.toBeNull();
		});

		it('regel 3: na een overgeslagen gesprek geen afsluiten of hulp zonder melding', () => {
			for (const pad of lijst)
				for (const { state } of pad.steps)
					if (
						state.context.stap3?.gevoerd === false &&
						!state.context.samenMetVeiligThuis &&
						(state.matches({ stappenplan: 'afgeslotenGeenVermoeden' }) ||
							state.matches({ stappenplan: { stap5: 'hulpLoopt' } }))
					)
						expect.fail(`zonder gesprek en zonder melding: ${regel(pad)}`);
		});

		it('elke uitkomst is benoemd', () => {
			for (const pad of lijst)
				if (pad.state.hasTag('uitkomst') && pad.state.context.uitkomst === null)
					expect(pad.state.context.uitkomst, regel(pad)).not.toBeNull();
		});
	});
});

describe('de reislijst (docs/journeys.txt)', () => {
	// One sample per branch: the two legal reasons, the two kinds of acute signal and advice from
	// Veilig Thuis are recorded, not branched on, and are covered by the rule tests. Generated while
	// collecting, as ALLE_PADEN: walking every path takes seconds.
	const takken = ZONDER_HERZIEN.filter(
		(e) =>
			!(
				('reden' in e && e.reden === 'contactbreuk') ||
				('soort' in e && e.soort === 'disclosure') ||
				// Advice from Veilig Thuis besides a consultation in the school changes no route.
				(e.type === 'CONSULTATIE' && e.veiligThuisAdvies)
			)
	);
	const reizen = Object.fromEntries(VARIANTEN.map((v) => [v, paden(v, takken)])) as Record<
		Variant,
		Pad[]
	>;

	it('noemt elke reis naar een uitkomst, voor beide varianten', async () => {
		const delen = VARIANTEN.map((v) => {
			const regels = reizen[v].filter((p) => p.state.hasTag('uitkomst')).map(regel);
			// Different facts behind the same visible route (say, the meldnorm) make one line.
			const uniek = [...new Set(regels)].sort();
			return [`# ${v} (${uniek.length} reizen)`, ...uniek].join('\n');
		});
		const tekst = [
			'# Alle reizen door de meldcode, gegenereerd door tests/unit/machines/paden.test.ts.',
			'# Een regel per pad van de start naar een eerste uitkomst, en van elke uitkomst die nog niet',
			'# definitief is naar de volgende. ⚠ = onderbreking, ↺ = heropend.',
			'# Bijwerken na een bewuste wijziging: npm run journeys',
			'',
			...delen
		].join('\n');
		expect(tekst).toContain('vraag2:twijfel → stap5.melden.bespreken');
		await expect(tekst + '\n').toMatchFileSnapshot('../../../docs/journeys.txt');
	});
});
