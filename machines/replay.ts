/**
 * Rebuild a case's state from its recorded decisions, with XState's pure `transition()`.
 *
 * The dossier stores the machine events in order; the state a user sees is never stored but
 * always replayed, so it cannot drift from the record. An event the machine does not accept
 * (a damaged or foreign log) is reported, never silently skipped.
 */
import {
	createActor,
	initialTransition,
	type AnyActorScope,
	type ExecutableActionObject,
	type SnapshotFrom
} from 'xstate';
import { meldcodeMachine, type MeldcodeInput } from './meldcode.machine.js';
import type { BeslissingVastgelegd } from './beslissing.js';
import type { BesluitGenomen } from './besluit.js';
import type { MeldcodeEvent } from './meldcode.events.js';

export type MeldcodeSnapshot = SnapshotFrom<typeof meldcodeMachine>;

export interface Stap {
	snapshot: MeldcodeSnapshot;
	/** The decision the machine emitted, or null when it did not accept the event. */
	beslissing: BeslissingVastgelegd | null;
	/** The stap-5 decision the event took (besluit.ts), or null. */
	besluit: BesluitGenomen | null;
}

export function beginToestand(input: MeldcodeInput): MeldcodeSnapshot {
	return initialTransition(meldcodeMachine, input)[0];
}

/**
 * One inert actor scope for every `stap()`. XState's `transition()` builds a new actor per call,
 * and that actor's constructor computes an initial snapshot without input: our context factory
 * throws on it and XState catches the error, stack trace and all. That was about half the cost
 * of a step (bench/statechart.ts), and a case page replays its whole log. The machine has no
 * children, timers or system ids, so nothing leaks from one call into the next; the scope is
 * the same shape `transition()` passes, and actions are only collected, never run.
 */
let scope: AnyActorScope | null = null;

function inertScope(): AnyActorScope {
	if (scope) return scope;
	const self = createActor(meldcodeMachine, { input: { caseId: '', variant: 'school' } });
	scope = {
		self,
		defer: () => {},
		id: '',
		logger: () => {},
		sessionId: '',
		stopChild: () => {},
		system: self.system,
		emit: () => {},
		actionExecutor: () => {}
	} as AnyActorScope;
	return scope;
}

/** One event on a snapshot: the next snapshot and the recorded decision, if accepted. */
export function stap(snapshot: MeldcodeSnapshot, event: MeldcodeEvent): Stap {
	const s = inertScope();
	const acties: ExecutableActionObject[] = [];
	s.actionExecutor = (actie) => void acties.push(actie);
	const next = meldcodeMachine.transition(snapshot, event, s);
	// XState hands emitted events back as `xstate.emit` actions; its types do not list them.
	const emitted = (acties as { type: string; params?: { event?: { type: string } } }[])
		.filter((a) => a.type === 'xstate.emit')
		.map((a) => a.params?.event);
	const beslissing =
		(emitted.find((e) => e?.type === 'beslissing.vastgelegd') as BeslissingVastgelegd) ?? null;
	const besluit = (emitted.find((e) => e?.type === 'besluit.genomen') as BesluitGenomen) ?? null;
	return { snapshot: next, beslissing, besluit };
}

export interface Herhaling {
	snapshot: MeldcodeSnapshot;
	beslissingen: BeslissingVastgelegd[];
	/** Index (in the given list) of every event the machine did not accept. */
	geweigerd: number[];
}

export function herhaal(input: MeldcodeInput, events: readonly MeldcodeEvent[]): Herhaling {
	let snapshot = beginToestand(input);
	const beslissingen: BeslissingVastgelegd[] = [];
	const geweigerd: number[] = [];
	events.forEach((event, i) => {
		const r = stap(snapshot, event);
		snapshot = r.snapshot;
		if (r.beslissing) beslissingen.push(r.beslissing);
		else geweigerd.push(i);
	});
	return { snapshot, beslissingen, geweigerd };
}
