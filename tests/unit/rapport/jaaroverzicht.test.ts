import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import {
	alsCsv,
	combineer,
	leesJaarbestand,
	maakJaarbestand,
	mediaan,
	optellen,
	rijen,
	schooljaarVan,
	telling,
	type Tellingen
} from '$lib/rapport/jaaroverzicht';
import { telCasus } from '$lib/rapport/jaartelling';
import { MELDEN, TOT_HULP, TOT_STAP3, TOT_VRAAG2, TOT_VRAAG3 } from '../machines/helpers';
import { ev, OP_TERMIJN } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

describe('schooljaar: 1 augustus tot en met 31 juli, op de eigen kalenderdag', () => {
	it('legt de grens tussen 31 juli en 1 augustus', () => {
		expect(schooljaarVan('2026-07-31T23:59:59.999+02:00')).toBe('2025-2026');
		// 22:00 UTC on 31 July, but 1 August for the user who recorded it.
		expect(schooljaarVan('2026-08-01T00:00:00.000+02:00')).toBe('2026-2027');
		expect(schooljaarVan('2026-08-01')).toBe('2026-2027');
		expect(schooljaarVan('2027-01-01T09:00:00.000+01:00')).toBe('2026-2027');
		expect(schooljaarVan('2027-07-31T12:00:00Z')).toBe('2026-2027');
		expect(() => schooljaarVan('geen datum')).toThrow(RangeError);
	});
});

describe('kleine aantallen: onder de 5 staat er "< 5"', () => {
	it('geldt voor elk aantal van 0 tot en met 4', () => {
		expect([0, 1, 2, 3, 4, 5, 12].map(telling)).toEqual([
			'< 5',
			'< 5',
			'< 5',
			'< 5',
			'< 5',
			'5',
			'12'
		]);
	});

	it('ook in de CSV, en bij het combineren telt de som', () => {
		const school = (meldingen: number): Tellingen => {
			const t = optellen([]);
			t.casussen = 7;
			t.meldingen[2] = meldingen;
			return t;
		};
		const een = rijen(school(3));
		expect(een.find((r) => r.label.startsWith('Meldingen op meldnorm 2'))?.waarde).toBe('< 5');
		const csv = alsCsv('2026-2027', 'De Linde', een);
		expect(csv).toContain('"Meldingen op meldnorm 2 (geen effectieve hulp mogelijk)";"< 5"');
		expect(csv).toContain('"Casussen begonnen";"7"');
		expect(csv).not.toMatch(/;"[1-4]"/);

		const bestanden = [school(3), school(2)].map((t, i) => {
			const r = leesJaarbestand(maakJaarbestand(`School ${i}`, '2026-2027', t), `s${i}.json`);
			if (!r.ok) throw new Error(r.fout);
			return r.bestand;
		});
		const c = combineer(bestanden);
		expect(
			c.ok && rijen(c.totaal).find((r) => r.label.startsWith('Meldingen op meldnorm 2'))?.waarde
		).toBe('5');
		// One school alone, combined, is still that school: the rule holds for the sum too.
		const alleen = combineer(bestanden.slice(0, 1));
		expect(alleen.ok && alleen.totaal.meldingen[2]).toBe(3);
		expect(
			alleen.ok &&
				rijen(alleen.totaal).find((r) => r.label.startsWith('Meldingen op meldnorm 2'))?.waarde
		).toBe('< 5');
	});

	it('toont een mediaan alleen over 5 of meer casussen', () => {
		const t = optellen([]);
		t.dagen['start-stap1'] = { 2: 2, 4: 2 };
		expect(rijen(t).find((r) => r.label.includes('signalen vastgelegd (stap 1)'))?.waarde).toBe(
			'< 5 casussen'
		);
		t.dagen['start-stap1'] = { 2: 2, 4: 2, 10: 1 };
		expect(rijen(t).find((r) => r.label.includes('signalen vastgelegd (stap 1)'))?.waarde).toBe(
			'4 (5 casussen)'
		);
		expect(mediaan({ 1: 1, 2: 1, 3: 1, 8: 1 })).toEqual({ n: 4, mediaan: 2.5 });
	});
});

describe('het jaaroverzicht van bekende logboeken', () => {
	let db: DossierDB;
	beforeEach(() => {
		db = nieuweDB();
	});
	afterEach(() => weg(db));

	/** Days after 1 November 2026, as the wizard stamps them (local time with offset). */
	const dag = (n: number) => `2026-11-${String(n + 1).padStart(2, '0')}T10:00:00.000+01:00`;
	/** The events, each `stappen[i]` days after the start. */
	const op = (events: readonly MeldcodeEvent[], stappen: readonly number[]) =>
		events.map((e, i) => ({ ...e, at: i < stappen.length ? dag(stappen[i]!) : e.at }));

	async function casus(events: readonly MeldcodeEvent[], aangemaakt = dag(0)) {
		const rij = await nieuweCasus(db, gegevensVoor('school', { aangemaakt }));
		await legVast((await laad(db, rij.id))!, events);
		return rij;
	}

	it('telt casussen, adviesvragen, meldingen per meldnorm, medewerkers, nazorg en de mediaan', async () => {
		const advies = ev('CONSULTATIE', {
			metWie: 'Veilig Thuis',
			rol: 'adviseur',
			kenmerk: 'A-1',
			veiligThuisAdvies: true
		});
		// Start, stap 1 (day 2), consultation (day 3), stap 2 done (day 5), conversation (day 8), …
		const meldnorm1 = [
			...TOT_STAP3,
			ev('GESPREK_GEVOERD'),
			ev('WEGING_VOORBEREID'),
			...TOT_VRAAG2.slice(6),
			ev('AFWEGING_2', { antwoord: 'ja' }),
			...MELDEN
		];
		const meldnorm2 = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN];
		const rijenVan = [
			await casus(op(meldnorm1, [0, 2, 3, 5, 8, 9, 10, 10, 11, 12])),
			await casus(op(meldnorm2, [0, 2, 3, 5, 8, 9, 10, 11, 12, 13, 14])),
			await casus(
				op(
					[...TOT_STAP3.slice(0, 3), advies, ...TOT_STAP3.slice(3), ...meldnorm2.slice(4)],
					[0, 4, 5, 5, 9, 12, 13, 14, 15, 16, 16, 17]
				)
			),
			await casus(op([ev('START_STAPPENPLAN'), ev('SIGNALEN_OVER_MEDEWERKER')], [0, 1])),
			await casus(
				op(
					[
						...TOT_HULP,
						ev('AFWEGING_5', { at: OP_TERMIJN }),
						ev('NAZORG', { at: '2027-02-01T09:00:00.000+01:00' })
					],
					[0, 6, 7, 9, 12, 13, 14, 15, 16, 17]
				)
			),
			// Begun on 31 July 2026: the school year before.
			await casus(
				[ev('START_STAPPENPLAN', { at: '2026-07-31T15:00:00.000+02:00' })],
				'2026-07-31T15:00:00.000+02:00'
			)
		];
		const perJaar = new Map<string, Tellingen>();
		for (const rij of rijenVan) telCasus(rij, await logboekVan(db, rij.id), perJaar);

		expect([...perJaar.keys()].sort()).toEqual(['2025-2026', '2026-2027']);
		expect(perJaar.get('2025-2026')?.casussen).toBe(1);
		const t = perJaar.get('2026-2027')!;
		expect(t.casussen).toBe(5);
		expect(t.adviesvragen).toBe(1);
		expect(t.meldingen).toEqual({ 1: 1, 2: 2, 3: 0 });
		expect(t.medewerker).toBe(1);
		expect(t.nazorg).toBe(1);
		// Start → stap 1 in 2, 2, 4 and 6 days (the staff-member case never reached stap 1).
		expect(t.dagen['start-stap1']).toEqual({ 2: 2, 4: 1, 6: 1 });
		expect(mediaan(t.dagen['start-stap1'])).toEqual({ n: 4, mediaan: 3 });
		expect(t.dagen['besluit-melding']).toEqual({ 2: 2, 1: 1 });

		const r = rijen(t);
		expect(r.find((x) => x.label === 'Casussen begonnen')?.waarde).toBe('5');
		expect(r.find((x) => x.label === 'Adviesvragen bij Veilig Thuis')?.waarde).toBe('< 5');
		// No pseudonym, no free text, no date: only labels and counts.
		const tekst = JSON.stringify(r) + maakJaarbestand('De Linde', '2026-2027', t);
		for (const rij of rijenVan) expect(tekst).not.toContain(rij.pseudoniem);
		expect(tekst).not.toContain('Omdat de feiten dit laten zien.');
		expect(tekst).not.toContain('A-1');
	});
});

describe('een herzien besluit telt niet als besluit', () => {
	let db: DossierDB;
	beforeEach(() => {
		db = nieuweDB();
	});
	afterEach(() => weg(db));

	it('de dagen tot het besluit gaan tot het besluit dat nog staat', async () => {
		const rij = await nieuweCasus(
			db,
			gegevensVoor('school', { aangemaakt: '2026-11-01T10:00:00.000+01:00' })
		);
		const op = (e: MeldcodeEvent, d: number) => ({
			...e,
			at: `2026-11-${String(d).padStart(2, '0')}T10:00:00.000+01:00`
		});
		await legVast((await laad(db, rij.id))!, [
			...TOT_VRAAG2.slice(0, 5).map((e, i) => op(e, [1, 2, 3, 4, 5][i]!)),
			op(ev('WEGING_VOORBEREID'), 5),
			op(ev('AFWEGING_1', { antwoord: 'ja' }), 6),
			// Melden on day 6, withdrawn on day 9; the answer that stands (help) is on day 12.
			op(ev('AFWEGING_2', { antwoord: 'ja' }), 6),
			op(ev('HERZIEN', { vraag: 2 }), 9),
			op(ev('AFWEGING_2', { antwoord: 'nee' }), 12),
			op(ev('AFWEGING_3', { antwoord: 'ja' }), 12),
			op(ev('AFWEGING_4'), 12)
		]);
		const perJaar = new Map<string, Tellingen>();
		telCasus(rij, await logboekVan(db, rij.id), perJaar);
		// Conversation on day 5, the decision that stands on day 12: 7 days, not 1.
		expect(perJaar.get('2026-2027')!.dagen['stap3-besluit']).toEqual({ 7: 1 });
		expect(perJaar.get('2026-2027')!.meldingen).toEqual({ 1: 0, 2: 0, 3: 0 });
	});
});

describe('het uitwisselbestand', () => {
	const geldig = () =>
		JSON.parse(maakJaarbestand('De Linde', '2026-2027', optellen([]))) as Record<string, unknown>;

	it('leest een eigen bestand terug', () => {
		const r = leesJaarbestand(JSON.stringify(geldig()), 'linde.json');
		expect(r.ok && r.bestand.school).toBe('De Linde');
	});

	it('weigert fout invoer met een Nederlandse melding die het bestand noemt', () => {
		const fout = (tekst: string) => {
			const r = leesJaarbestand(tekst, 'x.json');
			return r.ok ? '' : r.fout;
		};
		expect(fout('{')).toBe(
			'x.json: dit bestand is geen JSON en dus geen jaaroverzicht. Er is niets samengevoegd.'
		);
		expect(fout(JSON.stringify({ ...geldig(), format: 'meldcodewijzer-dossier' }))).toMatch(
			/geen jaaroverzicht van Meldcodewijzer/
		);
		expect(fout(JSON.stringify({ ...geldig(), formatVersion: 2 }))).toMatch(
			/nieuwere versie van de app \(formaat 2\)/
		);
		const min = geldig();
		(min.tellingen as Record<string, unknown>).casussen = -1;
		expect(fout(JSON.stringify(min))).toBe(
			'x.json: in het jaaroverzicht klopt "tellingen → casussen" niet: is negatief. Er is niets samengevoegd.'
		);
		const extra = geldig();
		(extra.tellingen as Record<string, unknown>).pseudoniemen = ['AB'];
		expect(fout(JSON.stringify(extra))).toMatch(/onbekend veld "tellingen → pseudoniemen"/);
		const dagen = geldig();
		(dagen.tellingen as { dagen: Record<string, unknown> }).dagen['start-stap1'] = { '3': -2 };
		expect(fout(JSON.stringify(dagen))).toMatch(
			/klopt "tellingen → dagen tussen de stappen → start-stap1" niet: is geen tabel van dagen en aantallen/
		);
		expect(fout(JSON.stringify({ ...geldig(), schooljaar: '2026-2028' }))).toMatch(
			/klopt "schooljaar" niet: is geen schooljaar/
		);
	});

	it('combineert alleen één schooljaar, en elke school één keer', () => {
		const b = (school: string, jaar: string) => {
			const r = leesJaarbestand(maakJaarbestand(school, jaar, optellen([])), `${school}.json`);
			if (!r.ok) throw new Error(r.fout);
			return r.bestand;
		};
		expect(combineer([b('A', '2026-2027'), b('B', '2025-2026')])).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/verschillende schooljaren/)
		});
		expect(combineer([b('A', '2026-2027'), b('A', '2026-2027')])).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/"A" staat twee keer/)
		});
		expect(combineer([b('A', '2026-2027'), b('B', '2026-2027')])).toMatchObject({
			ok: true,
			scholen: ['A', 'B']
		});
	});
});
