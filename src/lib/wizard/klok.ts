/**
 * The wizard's clock: now and today, local, as ISO 8601. Apart from tijd.ts (the dates in Dutch
 * for people, with date-fns) so that a page that only stamps events loads no date library: the
 * acute button in the header stamps its event with `nu()`, so whatever this module imports is on
 * every page's first load, and date-fns' `format` with its default locale was the largest module
 * there (issue 15, cold start).
 */

const twee = (n: number) => String(n).padStart(2, '0');

/** A local calendar date as YYYY-MM-DD (what date-fns' formatISO gives for representation 'date'). */
function lokaleDatum(d: Date): string {
	return `${String(d.getFullYear()).padStart(4, '0')}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
}

/**
 * Now, as ISO 8601 with milliseconds and the local offset, e.g. 2026-11-23T10:15:00.250+01:00.
 * Milliseconds, because two things done within one second (a decision, then a new case) must
 * still keep their order in "Verder met …" and in the record.
 *
 * The same as date-fns' `format(d, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx")`, written out by hand
 * (tests/unit/wizard/klok.test.ts compares them).
 */
export function nu(d: Date = new Date()): string {
	const minuten = -d.getTimezoneOffset();
	const teken = minuten < 0 ? '-' : '+';
	const a = Math.abs(minuten);
	return (
		`${lokaleDatum(d)}T${twee(d.getHours())}:${twee(d.getMinutes())}:${twee(d.getSeconds())}` +
		`.${String(d.getMilliseconds()).padStart(3, '0')}${teken}${twee(Math.floor(a / 60))}:${twee(a % 60)}`
	);
}

/** Today's local date, YYYY-MM-DD. */
export function vandaag(d: Date = new Date()): string {
	return lokaleDatum(d);
}
