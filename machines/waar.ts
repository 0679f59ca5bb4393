import type { StateValueFrom } from 'xstate';
import type { MeldcodeSnapshot } from './replay.js';
import type { Bron } from './sources.js';
import type { meldcodeMachine, StapNummer } from './meldcode.machine.js';

/** Every dotted path into a state value type: `a`, `a.b`, `a.b.c`. */
type Paden<T> = T extends string
	? T
	: T extends object
		? { [K in keyof T & string]-?: K | `${K}.${Paden<NonNullable<T[K]>>}` }[keyof T & string]
		: never;

type ZonderStappenplan<P> = P extends `stappenplan.${infer R}` ? R : P;

/**
 * Where a case can be, typed from the statechart itself: a screen that compares `casus.waar`
 * with a state that does not exist (a typo, a renamed state) no longer compiles. Includes the
 * compound states on the way (`stap4`, `stap5.melden`), which `waarIn` never returns but which
 * are no typo either.
 */
export type Waar = ZonderStappenplan<Paden<StateValueFrom<typeof meldcodeMachine>>>;

/**
 * The state as a dotted path below `stappenplan`, e.g. `stap4.vraag2`, `stap5.melden.doen`,
 * `medewerker.aard` or `doorverwezen`: the key the wizard uses to pick a screen.
 */
export function waarIn(snapshot: MeldcodeSnapshot): Waar {
	const pad: string[] = [];
	let v: unknown = snapshot.value;
	while (v && typeof v === 'object') {
		const [k, sub] = Object.entries(v)[0]!;
		pad.push(k);
		v = sub;
	}
	if (typeof v === 'string') pad.push(v);
	// The walk above follows the snapshot's value, which has exactly the type `Waar` is made of.
	return (pad[0] === 'stappenplan' ? pad.slice(1).join('.') : pad.join('.')) as Waar;
}

export interface StapInfo {
	/** 0 = start, 1–6 = stap; absent for closed cases and the staff route. */
	stap?: number;
	/** 1–5 while an afwegingsvraag is open. */
	vraag?: number;
	titel: string;
	bron: Bron | '';
}

/** What the deepest active state says about itself (its `meta`): title, step, source. */
export function stapInfo(snapshot: MeldcodeSnapshot): StapInfo {
	const metas = Object.entries(snapshot.getMeta()) as [string, StapInfo | undefined][];
	const diepste = metas
		.filter(([, m]) => m?.titel)
		.sort(([a], [b]) => b.split('.').length - a.split('.').length)[0];
	return diepste?.[1] ?? { titel: '', bron: '' };
}

/**
 * How a step of this round ended, for the stepper: finished along its own way, or stap 3 ended
 * without the conversation (a legal reason, 004 · Stap 3). A step before the current one that is
 * neither was jumped over (acute danger, meldnorm 1) and must not be shown as done.
 */
export function stapAfgerond(
	snapshot: MeldcodeSnapshot,
	stap: StapNummer
): 'gedaan' | 'zonder-gesprek' | undefined {
	const c = snapshot.context;
	if (stap === 3)
		return c.stap3 === null ? undefined : c.stap3.gevoerd ? 'gedaan' : 'zonder-gesprek';
	return c.gedaan.includes(stap) ? 'gedaan' : undefined;
}
