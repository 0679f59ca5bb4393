/**
 * The limits of what a case can hold, in one place: the forms (maxlength and their checks), the
 * local writes and the import schema all read these numbers. When the forms allowed more than
 * the import (a 44-character pseudonym, a reasoning of 100,500 characters), the app's own backup
 * of such a case could not be read back (issue 19.5). Lengths are counted as the browser's
 * `maxlength` counts them (UTF-16 code units), so a field can never take more than is stored.
 */
export const GRENZEN = {
	/** Initials or a code: the app never needs a full name. */
	pseudoniem: 40,
	/** A reasoning, a correction, a note, a reason: longer is not something a person types here. */
	tekst: 100_000,
	/** The name of the person who decides ("Je werkt als"). */
	naam: 120,
	/** Other short fields of the file (ids, kinds, sources); at least `naam`. */
	kort: 500
} as const;

const getal = (n: number) => n.toLocaleString('nl-NL');

/** "De toelichting is te lang …", or nothing. */
export function teLang(label: string, waarde: string | undefined, max: number): string[] {
	if (waarde === undefined || waarde.length <= max) return [];
	return [
		`${label} is te lang (${getal(waarde.length)} tekens; de grens is ${getal(max)}). Kort de tekst in.`
	];
}

/**
 * Characters that show nothing: format characters (zero-width space and joiners, direction
 * marks and overrides, the byte-order mark, the soft hyphen), control characters, and the
 * "filler" letters that render as blank space.
 */
const ONZICHTBAAR = /[\p{Cf}\p{Cc}\u034f\u115f\u1160\u3164\uffa0\u2800]/u;
const ZICHTBAAR = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** A pseudonym as it is stored: Unicode NFC (the same letters give the same bytes), trimmed. */
export function normaliseerPseudoniem(p: string): string {
	return p.normalize('NFC').trim();
}

/** What is wrong with a pseudonym, as Dutch sentences; empty when it can be used. */
export function pseudoniemProblemen(p: string): string[] {
	const n = normaliseerPseudoniem(p);
	if (n === '') return ['Vul initialen of een code voor de leerling in.'];
	if (ONZICHTBAAR.test(n) || !ZICHTBAAR.test(n))
		return [
			'Het pseudoniem bevat onzichtbare tekens (of tekens die de leesrichting omdraaien). Gebruik alleen gewone letters, cijfers en leestekens.'
		];
	if (n.length > GRENZEN.pseudoniem)
		return [
			`Het pseudoniem is te lang (${n.length} tekens; de grens is ${GRENZEN.pseudoniem}). Gebruik initialen of een korte code.`
		];
	return [];
}
