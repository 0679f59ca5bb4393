/**
 * Issue 13, rule 10: "5 werkdagen" skips the Dutch holidays of the Algemene termijnenwet, taken
 * from a maintained library (scripts/vrije-dagen.ts), not only weekends as date-fns'
 * addBusinessDays did.
 */
import { addBusinessDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import vrij from 'virtual:vrije-dagen';
import { isWerkdag, plusWerkdagen } from '$lib/dossier/werkdagen';

const plus5 = (datum: string) => format(plusWerkdagen(parseISO(datum), 5), 'yyyy-MM-dd');

describe('regel 10: 5 werkdagen slaan de Nederlandse feestdagen over', () => {
	it.each([
		// Goede Vrijdag 3 April and tweede paasdag 6 April 2026.
		['donderdag voor Pasen', '2026-04-02', '2026-04-13'],
		// Koningsdag on Tuesday 27 April 2027.
		['maandag voor Koningsdag', '2027-04-26', '2027-05-04'],
		// 5 mei 2026 is a Tuesday: the termijnenwet counts it every year, not only each fifth.
		['donderdag voor 5 mei', '2026-04-30', '2026-05-08'],
		// 2027: 5 mei on Wednesday, Hemelvaartsdag on Thursday 6 May.
		['donderdag voor 5 mei en Hemelvaart', '2027-04-29', '2027-05-10'],
		// Hemelvaartsdag Thursday 14 May 2026.
		['woensdag voor Hemelvaart', '2026-05-13', '2026-05-21'],
		// Tweede pinksterdag Monday 25 May 2026.
		['vrijdag voor Pinksteren', '2026-05-22', '2026-06-01'],
		// Both kerstdagen and Nieuwjaarsdag: 25 December 2026 and 1 January 2027 are Fridays.
		['donderdag voor de kerst', '2026-12-24', '2027-01-04']
	])('gemeld op de %s', (_, gemeld, verwacht) => {
		expect(plus5(gemeld)).toBe(verwacht);
	});

	it('Koningsdag valt op zaterdag 26 april als de 27e een zondag is: maandag 28 april is een werkdag', () => {
		expect(vrij.dagen).toContain('2025-04-26');
		expect(vrij.dagen).not.toContain('2025-04-27');
		expect(isWerkdag(parseISO('2025-04-28'))).toBe(true);
		expect(plus5('2025-04-25')).toBe('2025-05-02');
	});

	it('in 2027 precies de dagen van de termijnenwet (en Goede Vrijdag), plus Pasen en Pinksteren', () => {
		expect(vrij.dagen.filter((d) => d.startsWith('2027-'))).toEqual([
			'2027-01-01', // Nieuwjaarsdag
			'2027-03-26', // Goede Vrijdag
			'2027-03-28', // Pasen (zondag)
			'2027-03-29', // tweede paasdag
			'2027-04-27', // Koningsdag
			'2027-05-05', // Bevrijdingsdag
			'2027-05-06', // Hemelvaartsdag
			'2027-05-16', // Pinksteren (zondag)
			'2027-05-17', // tweede pinksterdag
			'2027-12-25', // eerste kerstdag
			'2027-12-26' // tweede kerstdag
		]);
	});

	it.each([
		['Oudejaarsdag', '2026-12-31'],
		['Dodenherdenking', '2026-05-04'],
		['Prinsjesdag', '2026-09-15'],
		['Sinterklaasavond', '2025-12-05'],
		['Koninkrijksdag', '2025-12-15']
	])('%s is een gewone werkdag', (_, datum) => {
		expect(isWerkdag(parseISO(datum))).toBe(true);
	});

	it('zonder feestdagen in de buurt telt het als addBusinessDays, ook vanaf een weekenddag', () => {
		// No holiday between 2 January and Goede Vrijdag (26 March) 2027.
		for (let dag = 2; dag <= 70; dag++) {
			const d = new Date(2027, 0, dag);
			expect(plusWerkdagen(d, 5)).toEqual(addBusinessDays(d, 5));
		}
	});

	it('buiten de berekende jaren tellen alleen weekenden (een klok op 1970 geeft toch een datum)', () => {
		expect(vrij.van).toBeLessThanOrEqual(2000);
		expect(vrij.tot).toBeGreaterThanOrEqual(2099);
		// Thursday 1 January 1970: Nieuwjaarsdag, but outside the list.
		expect(plus5('1970-01-01')).toBe(
			format(addBusinessDays(parseISO('1970-01-01'), 5), 'yyyy-MM-dd')
		);
	});
});
