/**
 * Questions a screen asks the machine: "does the meldcode allow this decision now?". The screen
 * shows a button only when the machine would take the decision; the machine stays the only judge.
 *
 * XState's `snapshot.can()` runs every guard, and the first guard of each transition checks that
 * the event is complete (`geldig`: reasoning given, required fields filled). Before the user has
 * typed anything that guard would say no, so each question here asks `can()` with a complete
 * probe: the content is filled in and stamped with the current rules version, and only the state
 * and the facts of the case decide. The probes live here, beside the machine, and
 * tests/unit/machines/vragen.test.ts keeps them complete and in step with `stap()`.
 */
import type { Antwoord, VraagNummer } from './afwegingskader.js';
import type { MeldcodeContext } from './meldcode.machine.js';
import type { MeldcodeEvent, MeldcodeEventType } from './meldcode.events.js';
import { REGELS_VERSIE } from './regels.js';
import type { MeldcodeSnapshot } from './replay.js';

/** Decisions that carry nothing but a time and the reasoning. */
export type KaleBeslissing = Extract<
	MeldcodeEventType,
	| 'SIGNALEN_OVER_MEDEWERKER'
	| 'GESPREK_LATER_GEVOERD'
	| 'VERDER_MET_VEILIG_THUIS'
	| 'NAAR_STAP6'
	| 'AFSLUITEN'
	| 'HEROPENEN'
	| 'ONVEILIGHEID_HOUDT_AAN'
>;

/** Filled-in text for a probe; never stored, never shown. */
const INGEVULD = 'proef';

const basis = (at: string) => ({ at, toelichting: INGEVULD, regels: REGELS_VERSIE });

/**
 * The complete probe of a decision with nothing but time and reasoning, at time `at` (ISO 8601,
 * the caller's clock: the machine never reads one).
 */
export function proefBeslissing(type: KaleBeslissing, at: string): MeldcodeEvent {
	return { type, ...basis(at) } as MeldcodeEvent;
}

/** The complete probe of an answer to afwegingsvraag `nummer`, at time `at`. */
export function proefAntwoord(nummer: VraagNummer, antwoord: Antwoord, at: string): MeldcodeEvent {
	return {
		type: `AFWEGING_${nummer}`,
		antwoord,
		...basis(at),
		afgestemdMet: INGEVULD,
		// Afweging 4 "ja" agrees a term from today on; afweging 5 "ja" the monitoring.
		...(nummer === 4 && antwoord === 'ja'
			? { termijn: at.slice(0, 10), casemanager: INGEVULD, resultaten: INGEVULD, taken: INGEVULD }
			: {}),
		...(nummer === 5 && antwoord === 'ja' ? { monitoring: INGEVULD } : {})
	} as MeldcodeEvent;
}

/** Whether the machine takes this decision now (at time `at`). */
export function kanBeslissen(
	snapshot: MeldcodeSnapshot,
	type: KaleBeslissing,
	at: string
): boolean {
	return snapshot.can(proefBeslissing(type, at));
}

/** Whether this answer to afwegingsvraag `nummer` is open now (rule 3 closes some, see machine). */
export function kanAntwoorden(
	snapshot: MeldcodeSnapshot,
	nummer: VraagNummer,
	antwoord: Antwoord,
	at: string
): boolean {
	return snapshot.can(proefAntwoord(nummer, antwoord, at));
}

/** Whether acute danger or a disclosure can be recorded now (from almost anywhere). */
export function kanAcuutVastleggen(
	snapshot: MeldcodeSnapshot,
	soort: 'acuut' | 'disclosure',
	at: string
): boolean {
	return snapshot.can({ type: 'ACUUT', soort, ...basis(at) });
}

/**
 * Afweging 5 is answered at the agreed term, not before (004 · Stap 4, afweging 4 and 5): `dag`
 * (YYYY-MM-DD, the user's calendar day) has reached the term of the help that runs. The machine's
 * guard `termijnBereikt` and the help screen both ask this.
 */
export function termijnBereikt(context: Pick<MeldcodeContext, 'hulp'>, dag: string): boolean {
	return context.hulp !== null && dag >= context.hulp.termijn;
}
