/**
 * The wizard's clock. The machine never reads a clock; the UI stamps every event with the local
 * time and offset, so "today" for a term (afweging 5) is the user's own calendar day.
 */
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

// The clock itself has no date-fns (see klok.ts); these two are re-exported for the pages that
// import them from here.
export { nu, vandaag } from './klok';

/** A date or time in Dutch for people: "23 november 2026". */
export function datumTekst(iso: string): string {
	return format(parseISO(iso), 'd MMMM yyyy', { locale: nl });
}

export function tijdTekst(iso: string): string {
	return format(parseISO(iso), "d MMMM yyyy 'om' HH:mm", { locale: nl });
}
