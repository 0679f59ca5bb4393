/**
 * Path generation over the meldcode statechart with `xstate/graph`, shared by the path tests and
 * the journey list in docs/journeys.txt.
 */
import { getSimplePaths, type StatePath } from 'xstate/graph';
import { meldcodeMachine, type Variant } from '../../../machines/meldcode.machine.js';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { MeldcodeSnapshot } from '../../../machines/replay.js';
import { waar } from './helpers.js';

export type Pad = StatePath<MeldcodeSnapshot, MeldcodeEvent>;

/**
 * Two snapshots are the same node of the graph when they are in the same state with the same
 * facts the rules depend on. Counters (meldingen) and free text are left out, or every
 * consultation would make a new node and the graph would never end.
 */
export function sleutel(s: MeldcodeSnapshot): string {
	const c = s.context;
	return JSON.stringify([
		s.value,
		c.consultaties > 0,
		c.collegiaal > 0,
		c.stap3 && c.stap3.gevoerd,
		c.besluitI,
		c.besluitII,
		c.samenMetVeiligThuis,
		c.meldnorm,
		c.uitkomst,
		c.hulp !== null
	]);
}

const opties = (variant: Variant, events: readonly MeldcodeEvent[], van?: MeldcodeSnapshot) => ({
	input: { caseId: 'pad', variant },
	events,
	fromState: van,
	serializeState: (s: MeldcodeSnapshot) => sleutel(s),
	// A path ends at the first outcome other than the one it started from.
	toState: (s: MeldcodeSnapshot) => s.hasTag('uitkomst') && (!van || sleutel(s) !== sleutel(van))
});

/**
 * Every simple path from the start to a first outcome, then from every outcome that is not final
 * (a report was made, help runs, a case was closed) onwards to the next outcome. Together these
 * take every transition of the chart; enumerating whole simple paths through repeated rounds
 * (close, reopen, report again) instead would run into the hundreds of thousands.
 */
export function paden(variant: Variant, events: readonly MeldcodeEvent[]): Pad[] {
	const eerste = getSimplePaths(meldcodeMachine, opties(variant, events)) as Pad[];
	const uitkomsten = new Map<string, MeldcodeSnapshot>();
	for (const p of eerste)
		if (p.state.status === 'active') uitkomsten.set(sleutel(p.state), p.state);
	const vervolg = [...uitkomsten.values()].flatMap(
		(fromState) => getSimplePaths(meldcodeMachine, opties(variant, events, fromState)) as Pad[]
	);
	return [...eerste, ...vervolg];
}

/** One readable line per journey: the states passed, with the answer given where there was one. */
export function regel(pad: Pad): string {
	const delen = pad.steps.slice(1).map((stap, i) => {
		const van = waar(pad.steps[i]!.state);
		const e = stap.event;
		const keuze =
			'antwoord' in e ? e.antwoord : 'reden' in e ? e.reden : 'soort' in e ? e.soort : null;
		if (e.type === 'ACUUT') return `${van} ⚠ ${keuze}`;
		if (e.type === 'SIGNALEN_OVER_MEDEWERKER') return `${van} ⚠ medewerker`;
		if (e.type === 'ONVEILIGHEID_HOUDT_AAN') return `${van} ⚠ onveiligheid houdt aan`;
		if (e.type === 'HEROPENEN') return `${van} ↺ heropend`;
		if (e.type.startsWith('AFWEGING_')) {
			const vraag = `vraag${e.type.slice(-1)}:${keuze}`;
			// Afweging 5 is asked while help runs, not in stap 4: say where.
			return van.startsWith('stap4.') ? vraag : `${van} → ${vraag}`;
		}
		const naar = waar(stap.state);
		if (naar === van) return `${van} (${e.type.toLowerCase().replaceAll('_', ' ')})`;
		if ('reden' in e) return `${van}: zonder gesprek (${keuze})`;
		return keuze ? `${van}:${keuze}` : van;
	});
	return [...delen, waar(pad.state)].join(' → ');
}
