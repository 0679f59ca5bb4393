/** The case list as data (src/lib/rapport/casuslijst.ts): order, search, status line, access request. */
import { describe, expect, it } from 'vitest';
import {
	agendaItems,
	openMetTermijnen,
	oudste,
	pseudoniemen,
	statusRegel,
	volgorde,
	zichtbaar
} from '$lib/rapport/casuslijst';
import type { Overzicht } from '$lib/rapport/overzicht';
import type { Termijn } from '$lib/dossier/termijnen';
import { casusRecord } from '../../factories/casus';

const termijn = (datum: string) => ({ datum, soort: 'evaluatie' }) as unknown as Termijn;
const overzicht = (...datums: string[]): Overzicht => ({
	termijnen: datums.map(termijn),
	wachtOpAkkoord: 0,
	afgesloten: false,
	geweigerd: []
});

describe('volgorde', () => {
	it('due first (earliest date, from the log once read), then other open cases, then closed ones', () => {
		const gesloten = casusRecord({ status: 'afgesloten', bijgewerkt: '2026-12-01T10:00:00Z' });
		const zonder = casusRecord({ bijgewerkt: '2026-11-01T10:00:00Z' });
		const laat = casusRecord({ volgendeDatum: '2026-12-20' });
		const vroeg = casusRecord({ volgendeDatum: '2026-12-30' });
		const overzichten = new Map([[vroeg.id, overzicht('2026-12-10')]]);
		const rijen = [gesloten, zonder, laat, vroeg].sort(volgorde(overzichten));
		expect(rijen.map((c) => c.id)).toEqual([vroeg.id, laat.id, zonder.id, gesloten.id]);
	});

	it('newest first among cases without a date', () => {
		const oud = casusRecord({ bijgewerkt: '2026-01-01T10:00:00Z' });
		const nieuw = casusRecord({ bijgewerkt: '2026-06-01T10:00:00Z' });
		expect([oud, nieuw].sort(volgorde(new Map())).map((c) => c.id)).toEqual([nieuw.id, oud.id]);
	});
});

describe('zichtbaar', () => {
	it('searches the pseudonym without case and with spaces around ignored', () => {
		const ab = casusRecord({ pseudoniem: 'AB' });
		const cd = casusRecord({ pseudoniem: 'CD' });
		expect(zichtbaar([ab, cd], '  ab ', new Map())).toEqual([ab]);
		expect(zichtbaar([ab, cd], '', new Map())).toHaveLength(2);
	});
});

describe('statusRegel', () => {
	it('joins status and outcome, unless the outcome already says the status', () => {
		expect(statusRegel({ status: 'open', uitkomst: null })).toBe('Open');
		expect(statusRegel({ status: 'open', uitkomst: 'hulp-loopt' })).toBe('Open · Hulp loopt');
		expect(statusRegel({ status: 'doorverwezen', uitkomst: 'doorverwezen' })).toBe(
			'Doorverwezen (medewerker)'
		);
		expect(statusRegel({ status: 'afgesloten', uitkomst: 'geen-vermoeden' })).toBe(
			'Afgesloten, geen vermoeden'
		);
	});
});

describe('oudste, openMetTermijnen, agendaItems, pseudoniemen', () => {
	it('finds the oldest case, or none', () => {
		expect(oudste([])).toBeNull();
		const a = casusRecord({ aangemaakt: '2026-03-01T10:00:00+01:00' });
		const b = casusRecord({ aangemaakt: '2026-02-01T10:00:00Z' });
		expect(oudste([a, b])).toBe(b.aangemaakt);
	});

	it('the calendar covers open cases with due dates, and carries only the pseudonym', () => {
		const open = casusRecord({ pseudoniem: 'XY' });
		const dicht = casusRecord({ status: 'afgesloten' });
		const overzichten = new Map([
			[open.id, overzicht('2026-12-10', '2026-12-20')],
			[dicht.id, overzicht('2026-12-11')]
		]);
		expect(openMetTermijnen([open, dicht], overzichten)).toEqual([open]);
		const items = agendaItems([open], overzichten);
		expect(items.map((i) => [i.caseId, i.pseudoniem, i.termijn.datum])).toEqual([
			[open.id, 'XY', '2026-12-10'],
			[open.id, 'XY', '2026-12-20']
		]);
	});

	it('an access request lists each pupil once, initials compared without case, sorted', () => {
		const rijen = [
			casusRecord({ pseudoniem: 'de' }),
			casusRecord({ pseudoniem: 'AB' }),
			casusRecord({ pseudoniem: 'DE' })
		];
		expect(pseudoniemen(rijen)).toEqual(['AB', 'DE']);
	});
});
