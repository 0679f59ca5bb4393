/**
 * Herzien (issue 13): undoing a mistaken answer without rewriting history. Until a melding has
 * been made on its basis, an afweging answer, or a skipped conversation, can be revised with a
 * reason: the case goes back to that question, and the log keeps the earlier answer beside the
 * revision. Not a rule of seed 004 but of how a record is kept: the meldcode wants every decision
 * documented (004 · Stap 1, "Leg de signalen vast"; Stap 4 and 5: "documenteren"); a record that
 * can only be "corrected" by reopening the whole case, or that keeps a wrong answer as if it
 * still counted, documents neither the mistake nor the decision that counts.
 *
 * The rule stands once, here; the machine's guard and the UI's question ask `waaromNietHerzien`.
 */
import type { VraagNummer } from './afwegingskader.js';

/** What can be revised: an afwegingsvraag, or the skipped conversation of stap 3. */
export type Herzienbaar = VraagNummer | 'gesprek';

/** In the order they are answered: revising one withdraws every answer after it. */
export const HERZIENBAAR: readonly Herzienbaar[] = ['gesprek', 1, 2, 3, 4, 5];

export function isHerzienbaar(waarde: unknown): waarde is Herzienbaar {
	return HERZIENBAAR.includes(waarde as Herzienbaar);
}

/** Revising `vraag` withdraws the answers to these too: they were given after it, on its basis. */
export function naHerzien(vraag: Herzienbaar): readonly Herzienbaar[] {
	return HERZIENBAAR.slice(HERZIENBAAR.indexOf(vraag));
}

export interface HerzienContext {
	/** The round's facts just before each revisable answer that stands now. */
	terug: Partial<Record<Herzienbaar, unknown>>;
	/** A melding was made in this round: the answers before it are its basis. */
	gemeldInRonde: boolean;
	/** Acute danger or a disclosure was recorded in this round: the melding goes first. */
	acuutInRonde: boolean;
	stap3: null | { gevoerd: boolean };
}

export const NA_MELDING =
	'Na de melding bij Veilig Thuis kan een antwoord niet meer worden herzien: de melding is op deze antwoorden gedaan. Klopt een toelichting niet, verbeter die dan bij "Eerdere beslissingen".';
export const NA_ACUUT =
	'Na acuut gevaar of een onthulling gaat de melding voor: een antwoord kan nu niet worden herzien. Klopt een toelichting niet, verbeter die dan bij "Eerdere beslissingen".';
export const GEEN_ANTWOORD =
	'Op deze vraag staat in deze ronde geen antwoord dat herzien kan worden.';

/**
 * Why `vraag` cannot be revised now, or null when it can. A melding made in this round rests on
 * the answers before it, and acute danger makes a melding regardless of any answer: neither may
 * be undone by going back. The conversation can be revised only while it stands as skipped (once
 * held, even later in stap 4, that is a fact, not an answer).
 */
export function waaromNietHerzien(c: HerzienContext, vraag: Herzienbaar): string | null {
	if (c.gemeldInRonde) return NA_MELDING;
	if (c.acuutInRonde) return NA_ACUUT;
	if (!c.terug[vraag]) return GEEN_ANTWOORD;
	if (vraag === 'gesprek' && c.stap3?.gevoerd !== false) return GEEN_ANTWOORD;
	return null;
}

/** The answers that can be revised now, in the order they were given. */
export function teHerzien(c: HerzienContext): Herzienbaar[] {
	return HERZIENBAAR.filter((v) => waaromNietHerzien(c, v) === null);
}
