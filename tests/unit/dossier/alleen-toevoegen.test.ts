import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import {
	alsRegels,
	controleer,
	logboekVan,
	nieuweCasus,
	voegCorrectieToe
} from '$lib/dossier/dossier';
import type { LogRecord } from '$lib/dossier/types';
import type { Casus } from '$lib/wizard/casus.svelte';
import { TOT_VRAAG1 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from './hulp';

const LATER = '2026-11-24T08:00:00.000Z';
const ALLEEN_TOEVOEGEN = /alleen-toevoegen: een correctie is een nieuwe regel/;

let db: DossierDB;
let id: string;
let casus: Casus;
/** The log after stap 1–4 up to afweging 1: six decisions. */
let voor: LogRecord[];

beforeEach(async () => {
	db = nieuweDB();
	const g = gegevensVoor('basismodel');
	id = g.id;
	await nieuweCasus(db, g);
	casus = (await laad(db, id))!;
	await legVast(casus, TOT_VRAAG1);
	voor = await logboekVan(db, id);
	expect(voor).toHaveLength(6);
});
afterEach(() => weg(db));

describe('het logboek weigert elke wijziging', () => {
	it.each<[string, () => Promise<unknown>]>([
		['update', () => db.logboek.update([id, 2], { at: LATER })],
		['put op een bestaande sleutel', () => db.logboek.put({ ...voor[1]!, at: LATER })],
		['bulkPut op een bestaande sleutel', () => db.logboek.bulkPut([{ ...voor[1]!, at: LATER }])],
		['modify met wijzigingen', () => db.logboek.where('caseId').equals(id).modify({ at: LATER })],
		[
			'modify met een functie',
			() =>
				db.logboek
					.where('[caseId+volgnummer]')
					.equals([id, 2])
					.modify((r) => {
						r.door = { rol: 'directeur' };
					})
		]
	])('%s wordt geweigerd en de regel blijft zoals hij was', async (_, wijzig) => {
		await expect(wijzig()).rejects.toThrow(ALLEEN_TOEVOEGEN);
		expect(await logboekVan(db, id)).toEqual(voor);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 6 });
	});

	it('een tweede regel met een bestaand volgnummer wordt geweigerd door de sleutel', async () => {
		await expect(db.logboek.add({ ...voor[1]!, at: LATER })).rejects.toMatchObject({
			name: 'ConstraintError'
		});
		expect(await logboekVan(db, id)).toEqual(voor);
	});

	it('toevoegen blijft wel mogelijk', async () => {
		expect(await casus.vastleggen(ev('AFWEGING_1', { antwoord: 'ja' }))).toEqual({ ok: true });
		expect(await logboekVan(db, id)).toEqual([...voor, expect.objectContaining({ volgnummer: 7 })]);
	});
});

describe('twee tabbladen die tegelijk vastleggen', () => {
	it('één wint, de ander hoort dat de casus ergens anders is bijgewerkt, en niets gaat verloren', async () => {
		const tabA = (await laad(db, id))!;
		const tabB = (await laad(db, id))!;
		expect([tabA.waar, tabB.waar]).toEqual(['stap4.vraag1', 'stap4.vraag1']);

		const [a, b] = await Promise.all([
			tabA.vastleggen(ev('AFWEGING_1', { antwoord: 'ja' })),
			tabB.vastleggen(ev('AFWEGING_1', { antwoord: 'nee' }))
		]);

		const uitslagen = [a, b];
		expect(uitslagen.filter((u) => u.ok)).toHaveLength(1);
		const winnaar = a.ok ? tabA : tabB;
		const verliezer = a.ok ? tabB : tabA;
		const fout = (a.ok ? b : a) as { ok: false; problemen: string[] };
		expect(fout.problemen).toHaveLength(1);
		expect(fout.problemen[0]).toMatch(/^Niet bewaard: .*ergens anders bijgewerkt/i);

		// The loser did not move on; the winner did.
		expect(verliezer.waar).toBe('stap4.vraag1');
		expect(verliezer.regels).toHaveLength(6);
		expect(winnaar.regels).toHaveLength(7);

		// Every earlier entry is still there, unchanged, plus exactly the winner's; the chain holds.
		const na = await logboekVan(db, id);
		expect(na.slice(0, 6)).toEqual(voor);
		expect(na).toHaveLength(7);
		expect(na[6]).toMatchObject({
			volgnummer: 7,
			beslissing: { event: winnaar.regels[6]!.beslissing.event }
		});
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 7 });

		// The loser reloads, sees the winner's decision and can go on from there.
		const opnieuw = (await laad(db, id))!;
		expect(opnieuw.waar).toBe(winnaar.waar);
		expect(opnieuw.regels).toEqual(winnaar.regels);
		const volgende = opnieuw.waar === 'stap4.vraag2' ? ev('AFWEGING_2') : ev('HEROPENEN');
		expect(await opnieuw.vastleggen(volgende)).toEqual({ ok: true });
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 8 });
	});

	it('een tab die achterloopt kan ook later niets overschrijven', async () => {
		const oud = (await laad(db, id))!;
		expect(await casus.vastleggen(ev('AFWEGING_1', { antwoord: 'ja' }))).toEqual({ ok: true });
		expect(await casus.vastleggen(ev('AFWEGING_2', { antwoord: 'nee' }))).toEqual({ ok: true });
		const na = await logboekVan(db, id);

		const r = await oud.vastleggen(ev('AFWEGING_1', { antwoord: 'nee' }));
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problemen[0]).toMatch(/ergens anders bijgewerkt/);
		const c = await oud.corrigeer(2, 'Nieuwe tekst.', 'Verkeerd opgeschreven.', LATER);
		expect(c.ok).toBe(false);
		expect(!c.ok && c.problemen[0]).toMatch(/ergens anders bijgewerkt/);

		expect(oud.waar).toBe('stap4.vraag1');
		expect(await logboekVan(db, id)).toEqual(na);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 8 });
	});
});

describe('correcties', () => {
	it('zijn een nieuwe regel die naar de verbeterde wijst; de oude regel blijft', async () => {
		casus.door = { rol: 'ib-er', naam: 'Fatima' };
		const r = await casus.corrigeer(3, '  Met de aandachtsfunctionaris.  ', ' Onvolledig. ', LATER);
		expect(r).toEqual({ ok: true });

		const na = await logboekVan(db, id);
		expect(na.slice(0, 6)).toEqual(voor);
		expect(na[6]).toEqual({
			soort: 'correctie',
			caseId: id,
			volgnummer: 7,
			corrigeert: 3,
			tekst: 'Met de aandachtsfunctionaris.',
			reden: 'Onvolledig.',
			at: LATER,
			door: { rol: 'ib-er', naam: 'Fatima' },
			vorigeHash: voor[5]!.hash,
			hash: expect.stringMatching(/^[0-9a-f]{64}$/),
			// Signed by Fatima's own key on this device (issue 14), outside the hashed content.
			ondertekening: expect.objectContaining({ sleutel: expect.stringMatching(/^[0-9a-f]{64}$/) })
		});
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 7 });

		// As the wizard reads it: the correction on decision 3, and on no other decision.
		const regels = alsRegels(na);
		expect(regels.map((r) => r.volgnummer)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(regels[2]!.correcties).toEqual([
			{
				volgnummer: 7,
				at: LATER,
				door: { rol: 'ib-er', naam: 'Fatima' },
				tekst: 'Met de aandachtsfunctionaris.',
				reden: 'Onvolledig.',
				hash: na[6]!.hash,
				ondertekening: na[6]!.ondertekening
			}
		]);
		expect(regels.filter((r) => r.correcties)).toHaveLength(1);
		expect(regels[2]!.beslissing).toEqual((voor[2] as { beslissing: unknown }).beslissing);
		expect(casus.regels).toEqual(regels);

		// The next decision takes the number after the correction.
		expect(await casus.vastleggen(ev('AFWEGING_1', { antwoord: 'ja' }))).toEqual({ ok: true });
		expect((await logboekVan(db, id)).at(-1)).toMatchObject({ soort: 'beslissing', volgnummer: 8 });
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 8 });
	});

	it('stapelen in volgorde, en komen na herladen terug op dezelfde beslissing', async () => {
		await casus.corrigeer(2, 'Eerste verbetering.', 'Eerste reden.', LATER);
		await casus.corrigeer(5, 'Andere beslissing.', 'Andere reden.', LATER);
		await casus.corrigeer(2, 'Tweede verbetering.', 'Tweede reden.', LATER);

		const herladen = (await laad(db, id))!;
		expect(herladen.regels).toEqual(casus.regels);
		expect(herladen.regels[1]!.correcties!.map((c) => [c.volgnummer, c.tekst])).toEqual([
			[7, 'Eerste verbetering.'],
			[9, 'Tweede verbetering.']
		]);
		expect(herladen.regels[4]!.correcties!.map((c) => c.volgnummer)).toEqual([8]);
		expect(herladen.waar).toBe(casus.waar);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 9 });
	});

	it.each([
		['zonder tekst', '   ', 'Een reden.'],
		['zonder reden', 'Een tekst.', ''],
		['zonder beide', '', ' ']
	])('%s worden geweigerd, door de casus en door het dossier', async (_, tekst, reden) => {
		const r = await casus.corrigeer(2, tekst, reden, LATER);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.problemen.join(' ')).toMatch(/^Schrijf /);
		await expect(
			voegCorrectieToe(db, id, { corrigeert: 2, tekst, reden, at: LATER, door: casus.door })
		).rejects.toThrow('Een correctie heeft een nieuwe tekst en een reden nodig.');
		expect(await logboekVan(db, id)).toEqual(voor);
		expect(casus.regels[1]!.correcties).toBeUndefined();
	});

	it('van een regel die niet bestaat worden geweigerd', async () => {
		const r = await casus.corrigeer(42, 'Een tekst.', 'Een reden.', LATER);
		expect(r).toEqual({ ok: false, problemen: ['Regel 42 bestaat niet in deze casus.'] });
		const c = { tekst: 'Een tekst.', reden: 'Een reden.', at: LATER, door: casus.door };
		await expect(voegCorrectieToe(db, id, { ...c, corrigeert: 42 })).rejects.toThrow(
			'Regel 42 bestaat niet in deze casus.'
		);
		// Nor can a correction point into another case's log.
		const ander = gegevensVoor('school');
		await nieuweCasus(db, ander);
		await expect(voegCorrectieToe(db, ander.id, { ...c, corrigeert: 1 })).rejects.toThrow(
			'Regel 1 bestaat niet in deze casus.'
		);
		expect(await logboekVan(db, id)).toEqual(voor);
		expect(await logboekVan(db, ander.id)).toEqual([]);
	});
});
