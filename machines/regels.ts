/**
 * The version of the rules the statechart applies.
 *
 * Every decision is judged by the rules in force when it was taken: the UI stamps each new event
 * with `REGELS_VERSIE` (stored with it in the log), and a rule added or changed later applies only
 * to events of that version or newer. An event without a stamp was recorded before rules had a
 * version: version 1, the release before issue 13. So a stored log always replays to what was
 * decided then; tests/unit/machines/regelversies.test.ts replays golden logs of every version.
 *
 * Bump this number with every change that would let the machine decide an old log differently,
 * and generate the golden logs of the new version (tests/fixtures/regels/maak.ts).
 *
 * 1 · the release before issue 13.
 * 2 · issue 13: besluit II not skipped; no route without a melding after a skipped conversation;
 *     twijfel at afweging 3 and 4; meldnorm 3 in stap 6; the agreements of afweging 4; stap 2
 *     needs the aandachtsfunctionaris.
 * 3 · issue 13, rule 6: every afweging answer records with whom it was discussed (stap 4/5).
 */
export const REGELS_VERSIE = 3;

export type RegelsVersie = number;

/** The rules version an event was recorded under (1 for events from before versioning). */
export function regelsVan(event: { regels?: unknown }): RegelsVersie {
	return typeof event.regels === 'number' && Number.isInteger(event.regels) && event.regels > 0
		? event.regels
		: 1;
}
