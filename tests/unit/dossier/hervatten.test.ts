import { describe, expect, it } from 'vitest';
import { teHervatten, verderTekst } from '$lib/dossier/hervatten';
import type { CasusRecord } from '$lib/dossier/types';
import { casusRecord } from '../../factories/casus';

const rij = (id: string, bijgewerkt: string, status: CasusRecord['status'] = 'open') =>
	casusRecord({ id, pseudoniem: id.toUpperCase(), leeftijd: 8, bijgewerkt, status });

describe('teHervatten', () => {
	it('alleen open casussen, laatst gewijzigd eerst, hoogstens drie', () => {
		const rijen = [
			rij('a', '2026-03-01T10:00:00.000Z'),
			rij('b', '2026-03-05T10:00:00.000Z', 'afgesloten'),
			rij('c', '2026-03-04T10:00:00.000Z'),
			rij('d', '2026-03-02T10:00:00.000Z', 'doorverwezen'),
			rij('e', '2026-03-03T10:00:00.000Z'),
			rij('f', '2026-02-01T10:00:00.000Z')
		];
		expect(teHervatten(rijen).map((r) => r.id)).toEqual(['c', 'e', 'a']);
		// The input is left as it was (it is the list the caller read).
		expect(rijen.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});

	it('op het moment, niet op de tekst: een andere tijdzone-afwijking en milliseconden tellen mee', () => {
		const rijen = [
			// 10:30 in winter time is 09:30 UTC: earlier than b, though its string sorts after.
			rij('a', '2026-10-25T10:30:00+01:00'),
			rij('b', '2026-10-25T10:00:00+00:00'),
			// The same second, 250 ms apart: the later one first.
			rij('c', '2026-10-25T11:00:00.250+00:00'),
			rij('d', '2026-10-25T11:00:00.500+00:00')
		];
		expect(teHervatten(rijen, 4).map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
	});

	it('geen open casussen: niets', () => {
		expect(teHervatten([rij('a', '2026-03-01T10:00:00.000Z', 'afgesloten')])).toEqual([]);
	});
});

describe('verderTekst', () => {
	it.each([
		[{ stap: 4 }, 'Verder met AB, stap 4'],
		[{ stap: 0 }, 'Verder met AB, bij het begin'],
		[{}, 'Verder met AB']
	])('%o', (deel, tekst) => {
		expect(verderTekst({ id: 'x', pseudoniem: 'AB', titel: '', ...deel })).toBe(tekst);
	});
});
