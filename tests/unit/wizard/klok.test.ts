/**
 * nu() and vandaag() (klok.ts) are written by hand (they are on every page's first load, date-fns' format
 * is not): they must give exactly what date-fns gave, in every offset, also around midnight and
 * a daylight-saving change.
 */
import { format, formatISO } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { nu, vandaag } from '../../../src/lib/wizard/klok';

const oorspronkelijk = process.env.TZ;
afterEach(() => {
	if (oorspronkelijk === undefined) delete process.env.TZ;
	else process.env.TZ = oorspronkelijk;
});

const MOMENTEN = [
	'2026-11-23T09:00:00.000Z',
	'2026-11-23T23:59:59.999Z',
	'2026-03-29T00:59:59.001Z',
	'2026-03-29T01:00:00.050Z',
	'2026-10-25T00:30:00.500Z',
	'2027-01-01T00:00:00.007Z',
	'0999-06-15T12:00:00.000Z'
];

describe('de klok van de wizard', () => {
	it.each(['Europe/Amsterdam', 'UTC', 'America/St_Johns', 'Asia/Kolkata', 'Pacific/Kiritimati'])(
		'geeft in %s hetzelfde als date-fns',
		(tz) => {
			process.env.TZ = tz;
			for (const m of MOMENTEN) {
				const d = new Date(m);
				expect(nu(d)).toBe(format(d, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx"));
				expect(vandaag(d)).toBe(formatISO(d, { representation: 'date' }));
			}
		}
	);

	it('zonder argument: nu, met milliseconden en de eigen offset', () => {
		expect(nu()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
		expect(vandaag()).toMatch(/^\d{4}-\d\d-\d\d$/);
	});
});
