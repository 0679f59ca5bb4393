/**
 * The retention rule of the case list (src/lib/dossier/bewaartermijn.ts): which closed cases
 * are past the organisation's retention term. Times are noon UTC, the same calendar day in every
 * time zone a school is in, so the edges below hold wherever the test runs.
 */
import { describe, expect, it } from 'vitest';
import { bewaartermijnVerstreken } from '$lib/dossier/bewaartermijn';
import { casusRecord } from '../../factories/casus';

const gesloten = (bijgewerkt: string) =>
	casusRecord({ status: 'afgesloten', uitkomst: 'monitoring', bijgewerkt });

describe('bewaartermijnVerstreken', () => {
	it('an open case is never past its term, however old', () => {
		const oud = casusRecord({ status: 'open', bijgewerkt: '2000-01-01T12:00:00.000Z' });
		expect(bewaartermijnVerstreken(oud, 1, '2026-12-04')).toBe(false);
	});

	it('the term ends on its last day and is past from the day after', () => {
		const c = gesloten('2026-03-15T12:00:00.000Z');
		expect(bewaartermijnVerstreken(c, 24, '2028-03-14')).toBe(false);
		expect(bewaartermijnVerstreken(c, 24, '2028-03-15')).toBe(false);
		expect(bewaartermijnVerstreken(c, 24, '2028-03-16')).toBe(true);
	});

	it('a referred case (doorverwezen) counts as closed', () => {
		const c = casusRecord({ status: 'doorverwezen', bijgewerkt: '2026-01-10T12:00:00.000Z' });
		expect(bewaartermijnVerstreken(c, 1, '2026-02-10')).toBe(false);
		expect(bewaartermijnVerstreken(c, 1, '2026-02-11')).toBe(true);
	});

	it('months are calendar months: the end of a longer month ends on the last day of a shorter one', () => {
		const c = gesloten('2026-08-31T12:00:00.000Z');
		// 31 August + 6 months = 28 February 2027 (no 31 February).
		expect(bewaartermijnVerstreken(c, 6, '2027-02-28')).toBe(false);
		expect(bewaartermijnVerstreken(c, 6, '2027-03-01')).toBe(true);
	});

	it('29 February + 12 months ends on 28 February', () => {
		const c = gesloten('2028-02-29T12:00:00.000Z');
		expect(bewaartermijnVerstreken(c, 12, '2029-02-28')).toBe(false);
		expect(bewaartermijnVerstreken(c, 12, '2029-03-01')).toBe(true);
	});

	it('counts from the last change, not from the start of the case', () => {
		const c = casusRecord({
			status: 'afgesloten',
			aangemaakt: '2020-01-01T12:00:00.000Z',
			bijgewerkt: '2026-06-01T12:00:00.000Z'
		});
		expect(bewaartermijnVerstreken(c, 12, '2027-06-01')).toBe(false);
		expect(bewaartermijnVerstreken(c, 12, '2027-06-02')).toBe(true);
	});

	it('a year turn: December + 1 month is January of the next year', () => {
		const c = gesloten('2026-12-31T12:00:00.000Z');
		expect(bewaartermijnVerstreken(c, 1, '2027-01-31')).toBe(false);
		expect(bewaartermijnVerstreken(c, 1, '2027-02-01')).toBe(true);
	});
});
