import { describe, expect, it } from 'vitest';
import {
	laatsteReservekopie,
	reservekopieGemaakt,
	reservekopieNodig,
	RESERVEKOPIE_SLEUTEL
} from '$lib/uitwisseling/reservekopie';

const NU = new Date('2026-12-03T12:00:00+01:00');

describe('reservekopieNodig', () => {
	it('na de ingestelde termijn sinds de laatste reservekopie', () => {
		expect(reservekopieNodig('2026-11-03T11:00:00+01:00', '2026-01-01', NU, 30)).toBe(true);
		expect(reservekopieNodig('2026-11-04T12:00:00+01:00', '2026-01-01', NU, 30)).toBe(false);
		expect(reservekopieNodig('2026-11-26T12:00:00+01:00', '2026-01-01', NU, 7)).toBe(true);
	});

	it('zonder reservekopie: gerekend vanaf de oudste casus', () => {
		expect(reservekopieNodig(null, '2026-11-20T09:00:00+01:00', NU, 30)).toBe(false);
		expect(reservekopieNodig(null, '2026-10-20T09:00:00+01:00', NU, 30)).toBe(true);
	});

	it('geen casussen, of "nooit": geen herinnering', () => {
		expect(reservekopieNodig(null, null, NU, 30)).toBe(false);
		expect(reservekopieNodig(null, '2020-01-01T09:00:00Z', NU, 0)).toBe(false);
	});
});

describe('laatsteReservekopie', () => {
	const opslag = () => {
		const m = new Map<string, string>();
		return {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v)
		};
	};

	it('onthoudt het tijdstip; een bewerkte waarde telt niet als reservekopie', () => {
		const o = opslag();
		expect(laatsteReservekopie(o)).toBeNull();
		reservekopieGemaakt('2026-12-03T10:00:00.000+01:00', o);
		expect(laatsteReservekopie(o)).toBe('2026-12-03T10:00:00.000+01:00');
		o.setItem(RESERVEKOPIE_SLEUTEL, 'gisteren');
		expect(laatsteReservekopie(o)).toBeNull();
	});

	it('een volle of geblokkeerde opslag: niets breekt', () => {
		const vol = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new DOMException('vol', 'QuotaExceededError');
			}
		};
		expect(() => reservekopieGemaakt('2026-12-03T10:00:00Z', vol)).not.toThrow();
		expect(laatsteReservekopie(vol)).toBeNull();
	});
});
