/**
 * The signaleringslijsten (bijlage 2 and 3) against the source text: every item of the source is
 * in the data, under the same heading and in the same order, and the data holds nothing else.
 */
import { describe, expect, it } from 'vitest';
import {
	LEEFTIJDSGROEPEN,
	LIJST_VOORVOEGSEL,
	SIGNALERINGSLIJSTEN,
	leeftijdsgroepVoor,
	signaleringslijstVoor,
	signaleringslijstVoorLeeftijd,
	signalenInGroep,
	signaalVoor,
	type Leeftijdsgroep,
	type Signaleringslijst
} from '$lib/content';
import { normaliseer, signaleringslijstUitBron, vereistSeed004 } from './bron-tekst';

const BIJLAGE = { '4-12': 2, '12-18': 3 } as const;
const KOPPEN = ['Slachtoffer', 'Specifiek voor seksueel misbruik', 'Pleger'];

function kopVan(lijst: Signaleringslijst, groepId: string): string | undefined {
	return lijst.groepen.find((g) => g.id === groepId)?.kop;
}

vereistSeed004();

describe.each(LEEFTIJDSGROEPEN)('signaleringslijst %s', (groep) => {
	const lijst = SIGNALERINGSLIJSTEN[groep];
	const bron = signaleringslijstUitBron(BIJLAGE[groep]);

	it('extracts a plausible number of items, under the three headings of the source', () => {
		expect(bron.length).toBeGreaterThan(40);
		expect([...new Set(bron.map((i) => i.kop))]).toEqual(KOPPEN);
		// No bullet text may have swallowed a heading or a second bullet.
		for (const item of bron) {
			expect(item.tekst, item.tekst).not.toMatch(/\bo [A-Z]|Bron:|Specifiek voor|Pleger/);
		}
	});

	it('has every source item, under the same heading', () => {
		const data = new Map(lijst.signalen.map((s) => [normaliseer(s.bron), s]));
		for (const item of bron) {
			const signaal = data.get(item.tekst);
			expect(signaal, `ontbreekt: ${item.tekst}`).toBeDefined();
			expect(kopVan(lijst, signaal!.groep), item.tekst).toBe(item.kop);
		}
	});

	it('has no item that is not in the source', () => {
		const bronTeksten = new Set(bron.map((i) => i.tekst));
		for (const signaal of lijst.signalen) {
			expect(bronTeksten.has(normaliseer(signaal.bron)), `niet in de bron: ${signaal.bron}`).toBe(
				true
			);
		}
		expect(lijst.signalen).toHaveLength(bron.length);
	});

	it('keeps the order of the source', () => {
		expect(lijst.signalen.map((s) => normaliseer(s.bron))).toEqual(bron.map((i) => i.tekst));
	});

	it('has the three groups of the source, each with signals', () => {
		expect(lijst.groepen.map((g) => g.kop)).toEqual(KOPPEN);
		for (const g of lijst.groepen) {
			expect(g.ref).toEqual(lijst.ref);
			expect(signalenInGroep(lijst, g.id).length).toBeGreaterThan(0);
		}
	});

	it('has unique kebab-case ids, a label and the list source on every signal', () => {
		const ids = lijst.signalen.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const s of lijst.signalen) {
			expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(s.label.trim().length, s.id).toBeGreaterThan(0);
			expect(s.label, s.id).toBe(s.label.trim());
			expect(s.ref).toEqual(lijst.ref);
		}
	});
});

describe('choosing a list', () => {
	it('selects by age band', () => {
		expect(signaleringslijstVoor('4-12').leeftijdsgroep).toBe('4-12');
		expect(signaleringslijstVoor('12-18').leeftijdsgroep).toBe('12-18');
		expect(SIGNALERINGSLIJSTEN['4-12'].ref.section).toBe('bijlage-2');
		expect(SIGNALERINGSLIJSTEN['12-18'].ref.section).toBe('bijlage-3');
	});

	it('selects by age: under 12 the 4-12 list, from 12 the 12-18 list', () => {
		expect(leeftijdsgroepVoor(4)).toBe('4-12');
		expect(leeftijdsgroepVoor(11)).toBe('4-12');
		expect(leeftijdsgroepVoor(12)).toBe('12-18');
		expect(leeftijdsgroepVoor(17)).toBe('12-18');
		expect(signaleringslijstVoorLeeftijd(8).leeftijdsgroep).toBe('4-12');
		expect(() => leeftijdsgroepVoor(-1)).toThrow(RangeError);
		expect(() => leeftijdsgroepVoor(Number.NaN)).toThrow(RangeError);
	});
});

describe('signal ids across the two lists', () => {
	it('are unique over both lists, each starting with its list prefix', () => {
		const alle = Object.values(SIGNALERINGSLIJSTEN).flatMap((l) => l.signalen.map((s) => s.id));
		expect(new Set(alle).size).toBe(alle.length);
		for (const [groep, l] of Object.entries(SIGNALERINGSLIJSTEN))
			for (const s of l.signalen)
				expect(s.id.startsWith(LIJST_VOORVOEGSEL[groep as Leeftijdsgroep])).toBe(true);
	});

	it('read an old, bare id in the list of the entry, else of the case age', () => {
		const kind = SIGNALERINGSLIJSTEN['4-12'].signalen.find((s) => s.id === 'b2-verwaarloosd')!;
		const jongere = SIGNALERINGSLIJSTEN['12-18'].signalen.find((s) => s.id === 'b3-verwaarloosd')!;
		expect(kind.label).not.toBe(jongere.label);
		expect(signaalVoor('verwaarloosd', { leeftijd: 9 })).toBe(kind);
		expect(signaalVoor('verwaarloosd', { leeftijd: 14 })).toBe(jongere);
		expect(signaalVoor('verwaarloosd', { lijst: '12-18', leeftijd: 9 })).toBe(jongere);
		// A prefixed id decides its own list, whatever the age.
		expect(signaalVoor('b2-verwaarloosd', { leeftijd: 14 })).toBe(kind);
		expect(signaalVoor('bestaat-niet', { leeftijd: 9 })).toBeUndefined();
		expect(signaalVoor('verwaarloosd', { leeftijd: Number.NaN })).toBeUndefined();
	});
});
