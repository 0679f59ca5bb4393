/**
 * Werkdagen: Monday to Friday, except the Dutch days that the Algemene termijnenwet counts as
 * holidays. Which days those are, and why, is in `scripts/vrije-dagen.ts`: they are computed at
 * build time from the `date-holidays` library and bundled as a plain list, so this works offline
 * and reads no clock.
 */
import { addDays, format, isWeekend } from 'date-fns';
import vrij from 'virtual:vrije-dagen';

const VRIJ = new Set(vrij.dagen);

/**
 * Is this date (in the user's own calendar) a werkdag? Outside the years the list covers
 * (`vrij.van`–`vrij.tot`, far past any real case) only weekends count as free: a device clock
 * set to 1970 still gets a date rather than an error.
 */
export function isWerkdag(datum: Date): boolean {
	return !isWeekend(datum) && !VRIJ.has(format(datum, 'yyyy-MM-dd'));
}

/**
 * The date `aantal` werkdagen after `datum`: the day itself does not count, the first werkdag
 * after it is 1 (as date-fns' addBusinessDays, which counted weekends only).
 */
export function plusWerkdagen(datum: Date, aantal: number): Date {
	let dag = datum;
	for (let geteld = 0; geteld < aantal;) {
		dag = addDays(dag, 1);
		if (isWerkdag(dag)) geteld++;
	}
	return dag;
}
