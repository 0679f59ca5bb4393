/**
 * The due dates as an iCalendar file (RFC 5545, written by the `ics` package) to import into
 * any calendar. A calendar is not a private place (it syncs, it is shared with a secretary), so an
 * event holds the pupil's pseudonym and what is due in fixed words, and nothing else: no
 * reasoning, no names, no observations, no link.
 *
 * The UID is stable per case and kind of due item, and SEQUENCE is the number of the decision
 * the date follows from: importing the file again updates an event (a new evaluation date moves
 * it) instead of adding a second one.
 */
import { createEvents, type EventAttributes } from 'ics';
import { TERMIJN_WAT, type Termijn } from './termijnen';

export interface AgendaItem {
	caseId: string;
	pseudoniem: string;
	termijn: Termijn;
}

/** The one free text in every event, the same for all. */
export const AGENDA_OMSCHRIJVING =
	'Herinnering uit Meldcodewijzer. Open de casus in de app op je eigen apparaat.';

export function uidVoor(caseId: string, termijn: Pick<Termijn, 'soort'>): string {
	return `${caseId}.${termijn.soort}@meldcodewijzer`;
}

export function titelVoor(pseudoniem: string, termijn: Pick<Termijn, 'soort'>): string {
	return `Meldcode ${pseudoniem}: ${TERMIJN_WAT[termijn.soort]}`;
}

function datumDelen(datum: string): [number, number, number] {
	const [j, m, d] = datum.split('-').map(Number);
	return [j!, m!, d!];
}

export function agendaBestand(items: readonly AgendaItem[]): string {
	const events: EventAttributes[] = items.map(({ caseId, pseudoniem, termijn }) => ({
		uid: uidVoor(caseId, termijn),
		sequence: termijn.volgnummer,
		title: titelVoor(pseudoniem, termijn),
		description: AGENDA_OMSCHRIJVING,
		// An all-day event on the due date, in the user's own calendar.
		start: datumDelen(termijn.datum),
		duration: { days: 1 },
		transp: 'TRANSPARENT',
		classification: 'CONFIDENTIAL',
		alarms: [
			{ action: 'display', description: 'Meldcodewijzer', trigger: { hours: 0, before: true } }
		]
	}));
	const { error, value } = createEvents(events, {
		productId: 'meldcodewijzer/agenda',
		calName: 'Meldcodewijzer'
	});
	if (error || value === null)
		throw new Error(`Het agendabestand kon niet worden gemaakt: ${error?.message ?? 'onbekend'}`);
	return value;
}
