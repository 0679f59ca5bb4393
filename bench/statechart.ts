/**
 * The statechart: how long one `stap()` takes, and how replaying a dossier's log grows with its
 * length. The state a user sees is always replayed from the log (machines/replay.ts), so this
 * is the cost of opening a case.
 */
import type { MeldcodeEvent } from '../machines/meldcode.events.js';
import type { MeldcodeInput } from '../machines/meldcode.machine.js';
import { beginToestand, herhaal, stap, type MeldcodeSnapshot } from '../machines/replay.js';
import { ev } from '../tests/unit/machines/voorbeelden.js';
import { median, summarise, type Result } from './stats.js';

const INPUT: MeldcodeInput = { caseId: 'bench', variant: 'school' };

/**
 * One round from stap 1 back to stap 1: every event of the first steps once, with the context
 * being built up and then cleared by HEROPENEN (a new round after "geen vermoeden").
 */
const RONDE: readonly MeldcodeEvent[] = [
	ev('SIGNALEN_VASTGELEGD'),
	ev('CONSULTATIE'),
	ev('CONSULTATIE_AFGEROND'),
	ev('GESPREK_GEVOERD'),
	ev('WEGING_VOORBEREID'),
	ev('AFWEGING_1', { antwoord: 'nee' }),
	ev('HEROPENEN')
];

/** Logs of n accepted events, in two shapes. */
const VORMEN = {
	/** START_STAPPENPLAN, then rounds of close (geen vermoeden) and reopen. */
	rondes: (n: number) =>
		Array.from({ length: n }, (_, i) => (i === 0 ? ev('START_STAPPENPLAN') : RONDE[(i - 1) % 7]!)),
	/** To stap 2, then consultation after consultation (one state, a growing counter). */
	consultaties: (n: number) =>
		Array.from({ length: n }, (_, i) =>
			i === 0 ? ev('START_STAPPENPLAN') : i === 1 ? ev('SIGNALEN_VASTGELEGD') : ev('CONSULTATIE')
		)
} satisfies Record<string, (n: number) => MeldcodeEvent[]>;

const LENGTES = [100, 1_000, 10_000] as const;
/** Replays per measurement, so that every measurement covers about 2,000 events or more. */
const HERHALINGEN: Record<(typeof LENGTES)[number], number> = { 100: 20, 1_000: 2, 10_000: 1 };
const RONDES_REPLAY = 7;

const STAP_RONDES = 10;
const STAP_AANROEPEN = 2_100; // a multiple of the 7 events of a round

/** Replays a log and checks that every event was accepted: a rejected event would not be measured. */
function herhaalGeldig(events: readonly MeldcodeEvent[]): void {
	const r = herhaal(INPUT, events);
	if (r.geweigerd.length > 0) {
		throw new Error(
			`benchmarklog niet geldig: events ${r.geweigerd.slice(0, 5).join(', ')} geweigerd`
		);
	}
}

/** Median time of a single `stap()` call, timed one call at a time over a round's events. */
function meetStap(): Result {
	// The snapshot before every event of one round, so each call is an accepted transition.
	const paren: [MeldcodeSnapshot, MeldcodeEvent][] = [];
	let snapshot = stap(beginToestand(INPUT), ev('START_STAPPENPLAN')).snapshot;
	for (const event of RONDE) {
		paren.push([snapshot, event]);
		const r = stap(snapshot, event);
		if (!r.beslissing) throw new Error(`${event.type} geweigerd in de benchmark`);
		snapshot = r.snapshot;
	}

	const eenRonde = (): number[] => {
		const tijden: number[] = [];
		for (let i = 0; i < STAP_AANROEPEN; i++) {
			const [s, e] = paren[i % paren.length]!;
			const t0 = process.hrtime.bigint();
			stap(s, e);
			tijden.push(Number(process.hrtime.bigint() - t0) / 1_000);
		}
		return tijden;
	};
	eenRonde(); // warm-up: let the JIT settle
	const medianen = Array.from({ length: STAP_RONDES }, () => median(eenRonde()));
	return summarise(
		'statechart.stap',
		'stap(): één event',
		'µs',
		medianen,
		`mediaan van ${STAP_AANROEPEN.toLocaleString('nl-NL')} losse aanroepen per run`
	);
}

/** Replay time per log length, measured round-robin so that all lengths share the same noise. */
function meetReplay(vorm: keyof typeof VORMEN): Result[] {
	const logs = LENGTES.map((n) => VORMEN[vorm](n));
	logs.forEach(herhaalGeldig);

	const meet = (k: number): number => {
		const n = LENGTES[k]!;
		const keer = HERHALINGEN[n];
		const t0 = performance.now();
		for (let i = 0; i < keer; i++) herhaal(INPUT, logs[k]!);
		return (performance.now() - t0) / keer;
	};
	LENGTES.forEach((_, k) => meet(k)); // warm-up

	const tijden: number[][] = LENGTES.map(() => []);
	for (let ronde = 0; ronde < RONDES_REPLAY; ronde++) {
		LENGTES.forEach((_, k) => tijden[k]!.push(meet(k)));
	}

	const results = LENGTES.map((n, k) =>
		summarise(
			`statechart.replay.${vorm}.${n}`,
			`herhaal() ${vorm}: ${n.toLocaleString('nl-NL')} events`,
			'ms',
			tijden[k]!,
			`${((median(tijden[k]!) * 1_000) / n).toFixed(1)} µs per event`
		)
	);
	// Growth per round (same round, same noise), against 100 events.
	for (const k of [1, 2]) {
		const factor = LENGTES[k]! / LENGTES[0];
		const ratios = tijden[k]!.map((t, ronde) => t / tijden[0]![ronde]!);
		const r = median(ratios);
		results.push(
			summarise(
				`statechart.replay.${vorm}.groei${factor}x`,
				`herhaal() ${vorm}: groei bij ${factor}× events`,
				'×',
				ratios,
				`${groei(r / factor)} (lineair = ${factor})`
			)
		);
	}
	return results;
}

/** Words for a growth ratio, relative to linear (1 = exactly linear). */
function groei(relatief: number): string {
	const tekst = `${relatief.toFixed(2)} × lineair`;
	if (relatief < 0.7) return `${tekst}: sneller dan lineair`;
	if (relatief <= 1.3) return `${tekst}: lineair`;
	return `${tekst}: meer dan lineair`;
}

/** What the names in the table mean; printed under it. */
export const STATECHART_LEGENDA = [
	'stap(): de 7 events van een ronde (hieronder), elk op de toestand ervoor; de mediaan laat GC-pauzes weg,',
	'  die wel in herhaal() zitten (µs per event = gemiddelde)',
	'rondes: START_STAPPENPLAN, dan steeds stap 1 → 2 (consultatie) → 3 → 4 → afweging 1 "nee" → afgesloten → HEROPENEN',
	'consultaties: START_STAPPENPLAN, SIGNALEN_VASTGELEGD, dan steeds CONSULTATIE (stap 2, teller loopt op)',
	'groei: tijd(n events) / tijd(100 events), per run in dezelfde run gemeten; lineair = 10 resp. 100'
];

export function statechartBenchmarks(): Result[] {
	return [meetStap(), ...meetReplay('rondes'), ...meetReplay('consultaties')];
}
