/**
 * The wizard's clock. The machine never reads a clock; the UI stamps every event with the local
 * time and offset, so "today" for a term (afweging 5) is the user's own calendar day.
 */
import { format, formatISO, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/**
 * Now, as ISO 8601 with milliseconds and the local offset, e.g. 2026-11-23T10:15:00.250+01:00.
 * Milliseconds, because two things done within one second (a decision, then a new case) must
 * still keep their order in "Verder met …" and in the record.
 */
export function nu(): string {
	return format(new Date(), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** Today's local date, YYYY-MM-DD. */
export function vandaag(): string {
	return formatISO(new Date(), { representation: 'date' });
}

/** A date or time in Dutch for people: "23 november 2026". */
export function datumTekst(iso: string): string {
	return format(parseISO(iso), 'd MMMM yyyy', { locale: nl });
}

export function tijdTekst(iso: string): string {
	return format(parseISO(iso), "d MMMM yyyy 'om' HH:mm", { locale: nl });
}
