/**
 * The retention rule of the case list: a closed case (afgesloten or doorverwezen) whose last
 * change lies longer ago than the organisation's retention term (settings, in months) is marked
 * so that someone exports it if needed and deletes it. An open case is never past its term.
 *
 * Months are calendar months (date-fns `addMonths`: 31 August + 6 months is 28 February); the
 * term ends on that day and is past from the day after, on the user's own calendar (`vandaag`,
 * YYYY-MM-DD).
 */
import { addMonths, formatISO, parseISO } from 'date-fns';
import type { CasusRecord } from './types';

export function bewaartermijnVerstreken(
	casus: Pick<CasusRecord, 'status' | 'bijgewerkt'>,
	maanden: number,
	vandaag: string
): boolean {
	if (casus.status === 'open') return false;
	const einde = addMonths(parseISO(casus.bijgewerkt), maanden);
	return formatISO(einde, { representation: 'date' }) < vandaag;
}
