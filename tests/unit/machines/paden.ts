/**
 * Path generation over the meldcode statechart with `xstate/graph`, shared by the path tests and
 * the journey list in docs/journeys.txt.
 */
import { getAdjacencyMap, type StatePath } from 'xstate/graph';
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

type Stap = { state: MeldcodeSnapshot; event: MeldcodeEvent };
/** `getAdjacencyMap`'s result for this machine (its own types do not fit the machine's). */
type Buren = Record<
	string,
	{
		state: MeldcodeSnapshot;
		transitions: Record<string, { state: MeldcodeSnapshot; event: MeldcodeEvent }>;
	}
>;

/**
 * The simple paths from the start of `opties` to every state where `toState` holds: the same
 * paths, in the same order and with the same snapshots, as xstate's `getSimplePaths`. That one
 * walks the whole graph once for every node as a possible end and then keeps the outcomes
 * (about 40 walks where one is needed: seconds per call); this walks it once and files each path
 * under its end. What it shares with `getSimplePaths` is kept as written there: the states come
 * from `getAdjacencyMap`, `states` keeps the last snapshot seen per node (also along an edge
 * that is not taken), and the result is ordered by end node in the order of the map.
 */
function eenvoudigePaden(o: ReturnType<typeof opties>): Pad[] {
	const naarDoel = o.toState;
	const adjacency = getAdjacencyMap(meldcodeMachine as never, o as never) as unknown as Buren;
	const begin = o.fromState ?? adjacency[Object.keys(adjacency)[0]!]!.state;
	const states = new Map<string, MeldcodeSnapshot>();
	const opPad = new Set<string>();
	const stappen: Stap[] = [];
	const perDoel = new Map<string, Pad[]>();

	function loop(van: string): void {
		const state = states.get(van)!;
		opPad.add(van);
		if (naarDoel(state)) {
			const lijst = perDoel.get(van) ?? [];
			perDoel.set(van, lijst);
			lijst.push(alsPad(state, stappen));
		}
		for (const { state: volgende, event } of Object.values(adjacency[van]!.transitions)) {
			const naar = o.serializeState(volgende);
			states.set(naar, volgende);
			if (opPad.has(naar)) continue;
			stappen.push({ state: states.get(van)!, event });
			loop(naar);
		}
		stappen.pop();
		opPad.delete(van);
	}

	const start = o.serializeState(begin);
	states.set(start, begin);
	loop(start);
	return Object.keys(adjacency).flatMap((k) => perDoel.get(k) ?? []);
}

/** A path in the shape of xstate/graph: the first step is the start, with event xstate.init. */
function alsPad(eind: MeldcodeSnapshot, stappen: readonly Stap[]): Pad {
	const init = { type: 'xstate.init' } as unknown as MeldcodeEvent;
	const steps: Stap[] = stappen.map((s, i) => ({
		state: s.state,
		event: i === 0 ? init : stappen[i - 1]!.event
	}));
	steps.push(
		stappen.length > 0
			? { state: eind, event: stappen.at(-1)!.event }
			: { state: eind, event: init }
	);
	return { state: eind, weight: stappen.length, steps };
}

const bewaard = new Map<string, Pad[]>();

/**
 * Every simple path from the start to a first outcome, then from every outcome that is not final
 * (a report was made, help runs, a case was closed) onwards to the next outcome. Together these
 * take every transition of the chart; enumerating whole simple paths through repeated rounds
 * (close, reopen, report again) instead would run into the hundreds of thousands.
 *
 * Made once per variant and list of events in a test file: tests share the result and must not
 * change it.
 */
export function paden(variant: Variant, events: readonly MeldcodeEvent[]): Pad[] {
	const sleutelVan = `${variant}|${JSON.stringify(events)}`;
	const klaar = bewaard.get(sleutelVan);
	if (klaar) return klaar;
	const eerste = eenvoudigePaden(opties(variant, events));
	const uitkomsten = new Map<string, MeldcodeSnapshot>();
	for (const p of eerste)
		if (p.state.status === 'active') uitkomsten.set(sleutel(p.state), p.state);
	const vervolg = [...uitkomsten.values()].flatMap((fromState) =>
		eenvoudigePaden(opties(variant, events, fromState))
	);
	const alle = [...eerste, ...vervolg];
	bewaard.set(sleutelVan, alle);
	return alle;
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
