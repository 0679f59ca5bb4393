/**
 * One case in the wizard: who it is about, the decisions so far, and the machine state those
 * decisions lead to. The state is never set by the UI: it is the result of replaying the log, so
 * what the screen shows cannot drift from what was recorded.
 */
import { problemenMet, type MeldcodeEvent } from '$machines/meldcode.events';
import type { Variant } from '$machines/meldcode.machine';
import { beginToestand, stap, type MeldcodeSnapshot } from '$machines/replay';
import type { Actor, Gegevens, LogRegel } from './logboek';
import { waarIn } from '$machines/waar';

export interface CasusGegevens {
	id: string;
	/** Initials or a code: the app never needs the pupil's full name. */
	pseudoniem: string;
	leeftijd: number;
	variant: Variant;
	aangemaakt: string;
}

export type Resultaat = { ok: true } | { ok: false; problemen: string[] };

/** Said when an event is complete but the rules do not allow it in this step. */
const NIET_NU = 'Dit kan in deze stap niet volgens de meldcode. Kijk welke keuzes hier wel kunnen.';

export class Casus {
	readonly gegevens: CasusGegevens;
	regels: LogRegel[] = $state([]);
	/** Who is working on the case now; every decision is recorded under this name and role. */
	door: Actor = $state({ rol: 'leerkracht' });
	snapshot: MeldcodeSnapshot = $state.raw() as MeldcodeSnapshot;

	readonly waar = $derived(waarIn(this.snapshot));

	constructor(gegevens: CasusGegevens, regels: LogRegel[] = []) {
		this.gegevens = gegevens;
		let s = beginToestand({ caseId: gegevens.id, variant: gegevens.variant });
		for (const r of regels) s = stap(s, r.beslissing.event).snapshot;
		this.snapshot = s;
		this.regels = regels;
	}

	/** The event if the rules accept it: recorded with who and which facts; otherwise why not. */
	verstuur(event: MeldcodeEvent, gegevens?: Gegevens): Resultaat {
		const problemen = problemenMet(event);
		if (problemen.length > 0) return { ok: false, problemen };
		const { snapshot, beslissing } = stap(this.snapshot, event);
		if (!beslissing) return { ok: false, problemen: [NIET_NU] };
		this.regels.push({
			volgnummer: this.regels.length + 1,
			door: { ...this.door },
			beslissing,
			...(gegevens ? { gegevens } : {})
		});
		this.snapshot = snapshot;
		return { ok: true };
	}

	/** Whether the machine would accept this event now (for showing or hiding a choice). */
	kan(event: MeldcodeEvent): boolean {
		return stap(this.snapshot, event).beslissing !== null;
	}
}
