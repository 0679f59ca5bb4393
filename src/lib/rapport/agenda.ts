/**
 * The due dates as an iCalendar file (RFC 5545, written by the `ics` package) to import into
 * any calendar. A calendar is not a private place (it syncs, it is shared with a secretary), so an
 * event holds the pupil's pseudonym and what is due in fixed words, and nothing else: no
 * reasoning, no names, no observations, no link.
 *
 * The UID is stable per case and kind of due item, and SEQUENCE is the number of the decision
 * the date follows from: importing the file again updates an event (a new evaluation date moves
 * it) instead of adding a second one.
 *
 * Every duration is written as an end date and a trigger with at least one unit: the `ics`
 * package writes `{ days: 1 }` as `P1DT` and a zero trigger as `-PT`, which RFC 5545 does not
 * allow and calendars reject or read as "no alarm" (tests/unit/rapport/kalender.ts checks the
 * grammar).
 */
import { addDays, formatISO, parseISO } from 'date-fns';
import { createEvents, type EventAttributes } from 'ics';
import { bestandsTijd, veiligeNaam } from '$lib/wizard/bestandsnaam';
import { TERMIJN_WAT, type Termijn } from '$lib/dossier/termijnen';

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

/** When the alarm goes: 08:00 on the due day, the start of a school day. */
export const ALARM_UUR = 8;

/**
 * `meldcode-AB-2026-11-23-101530.ics` for one case, `meldcode-herinneringen-….ics` for all: the
 * calendar holds the pseudonym anyway, and the time keeps two files of one day apart.
 */
export function agendaBestandsnaam(pseudoniem: string | null, nu: Date): string {
	const wie = pseudoniem === null ? 'herinneringen' : veiligeNaam(pseudoniem);
	return `meldcode-${wie}-${bestandsTijd(nu)}.ics`;
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
		// An all-day event on the due date, in the user's own calendar (DTEND is exclusive).
		start: datumDelen(termijn.datum),
		end: datumDelen(formatISO(addDays(parseISO(termijn.datum), 1), { representation: 'date' })),
		transp: 'TRANSPARENT',
		classification: 'CONFIDENTIAL',
		alarms: [
			// Relative to the start of the day: PT8H.
			{
				action: 'display',
				description: 'Meldcodewijzer',
				trigger: { hours: ALARM_UUR, before: false }
			}
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
