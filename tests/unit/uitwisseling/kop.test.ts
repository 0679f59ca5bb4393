/**
 * Issue 14, defect 6: the case header (pseudonym, age, route, start) is bound to the chain since
 * export format 2. The first entry written for a case records the header (`kop`), so a file
 * whose header was edited no longer matches its own chain: refused on a new device as on one
 * that knows the case, nothing written. Files of format 1 (and cases begun before format 2 with
 * nothing recorded since) still import; the preview says their header is outside the chain, and
 * on a device that knows the case it names each difference and keeps this device's header.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { FORMAAT_VERSIE, type Exportbestand } from '$lib/uitwisseling/formaat';
import { lees } from '$lib/uitwisseling/lezen';
import { bekijk, importeer, kopVerschillen } from '$lib/uitwisseling/importeren';
import { TOT_VRAAG2 } from '../machines/helpers';
import { laad } from '../dossier/hulp';
import { casusMet, dump, IB, leesEnImporteer, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

/** A file of format 1, exported by the app before the header was bound to the chain. */
const V1 = readFileSync(
	join(import.meta.dirname, '../../fixtures/uitwisseling/v1-casus.json'),
	'utf8'
);

async function bestandVan(db: DossierDB, id: string): Promise<Exportbestand> {
	return JSON.parse(await alsTekst(await maakExport(db, { casus: id }))) as Exportbestand;
}

async function leesOk(tekst: string): Promise<Exportbestand> {
	const r = await lees(tekst);
	if (!r.ok) throw new Error(r.fout);
	return r.bestand;
}

const WIJZIGINGEN = [
	['pseudoniem', { pseudoniem: 'XY' }, /pseudoniem "XY", vastgelegd "KL"/],
	['leeftijd', { leeftijd: 15 }, /leeftijd 15, vastgelegd 9/],
	['stappenplan', { variant: 'basismodel' }, /stappenplan basismodel, vastgelegd school/],
	['begin', { aangemaakt: '2026-01-01T00:00:00.000Z' }, /begonnen op 2026-01-01/]
] as const;

describe('de kop in de keten (formaatversie 2)', () => {
	it('regel 1 van een nieuwe casus legt de kop vast, en de casusrij weet waar', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		const log = await logboekVan(a, id);
		const rij = (await a.casussen.get(id))!;
		expect(log[0]!.kop).toEqual({
			pseudoniem: 'KL',
			leeftijd: 9,
			variant: 'school',
			aangemaakt: rij.aangemaakt
		});
		expect(log.slice(1).every((r) => r.kop === undefined)).toBe(true);
		expect(rij.kopIn).toBe(1);
		expect(await controleer(a, id)).toEqual({ ok: true, aantal: log.length });
		const bestand = await bestandVan(a, id);
		expect(bestand.formatVersion).toBe(FORMAAT_VERSIE);
		expect((await bekijk(b, await leesOk(JSON.stringify(bestand)))).casussen[0]).toMatchObject({
			kopInKeten: true,
			kopBuitenKeten: null
		});
	});

	it.each(WIJZIGINGEN)(
		'een bestand met alleen een ander(e) %s wordt op een nieuw apparaat geweigerd, niets geschreven',
		async (_naam, wijziging, melding) => {
			const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
			const bestand = await bestandVan(a, id);
			bestand.casussen[0]!.casus = { ...bestand.casussen[0]!.casus, ...wijziging };
			const voor = await dump(b);
			const r = await leesEnImporteer(b, JSON.stringify(bestand));
			expect(r.ok).toBe(false);
			if (r.ok) return;
			expect(r.fout).toMatch(/^Dit bestand is gewijzigd na export: regel 1 van casus /);
			expect(r.fout).toMatch(/De kop van de casus is gewijzigd nadat regel 1 hem vastlegde/);
			expect(r.fout).toMatch(melding);
			expect(await dump(b)).toBe(voor);
		}
	);

	it('ook als het bestand zich voordoet als formaatversie 1: de regel volgt de keten, niet het etiket', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		const bestand = await bestandVan(a, id);
		const oud = {
			...bestand,
			formatVersion: 1,
			casussen: [{ ...bestand.casussen[0]!, casus: { ...bestand.casussen[0]!.casus, leeftijd: 4 } }]
		};
		expect(await lees(JSON.stringify(oud))).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/De kop van de casus is gewijzigd .*leeftijd 4, vastgelegd 9/)
		});
	});

	it('ook op een apparaat dat de casus kent: geweigerd, de casus daar blijft zoals hij was', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		expect(
			(
				await importeer(b, await leesOk(await alsTekst(await maakExport(a, { casus: id }))), {
					door: IB,
					at: NU
				})
			).ok
		).toBe(true);
		const voor = await dump(b);
		const bestand = await bestandVan(a, id);
		bestand.casussen[0]!.casus = { ...bestand.casussen[0]!.casus, pseudoniem: 'XY' };
		expect((await leesEnImporteer(b, JSON.stringify(bestand))).ok).toBe(false);
		expect(await dump(b)).toBe(voor);
	});

	it('de keten op het eigen apparaat merkt een gewijzigde kop op', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		// What no screen of the app can do: the header of the row changed behind its back.
		await a.casussen.update(id, { leeftijd: 12 });
		expect(await controleer(a, id)).toMatchObject({
			ok: false,
			volgnummer: 1,
			reden: expect.stringMatching(/leeftijd 12, vastgelegd 9/)
		});
	});
});

describe('bestanden van formaatversie 1', () => {
	it('het bestand van versie 1 wordt nog ingelezen; het voorbeeld zegt dat de kop buiten de keten valt', async () => {
		const bestand = await leesOk(V1);
		expect(bestand).toMatchObject({ formatVersion: FORMAAT_VERSIE, gemigreerdVan: 1 });
		const voorbeeld = (await bekijk(b, bestand)).casussen[0]!;
		expect(voorbeeld).toMatchObject({ soort: 'nieuw', kopInKeten: false, kopVerschilt: [] });
		expect(voorbeeld.kopBuitenKeten).toMatch(
			/^De gegevens van deze casus \(pseudoniem, leeftijd, stappenplan, begindatum\) vallen niet onder de gecontroleerde keten: dit bestand heeft formaatversie 1/
		);
		expect((await importeer(b, bestand, { door: IB, at: NU })).ok).toBe(true);
		const id = bestand.casussen[0]!.casus.id;
		expect(await controleer(b, id)).toEqual({ ok: true, aantal: 11 });
		const rij = (await b.casussen.get(id))!;
		expect(rij).toMatchObject({ pseudoniem: 'VE', leeftijd: 10 });
		expect(rij.kopIn).toBeUndefined();
	});

	it('een casus van vóór versie 2 legt zijn kop vast bij de volgende regel; daarna is een gewijzigde kop te zien', async () => {
		expect((await leesEnImporteer(a, V1)).ok).toBe(true);
		const id = (JSON.parse(V1) as Exportbestand).casussen[0]!.casus.id;
		const casus = (await laad(a, id))!;
		expect((await casus.corrigeer(3, 'Nog preciezer.', 'Aanvulling.', NU)).ok).toBe(true);
		const log = await logboekVan(a, id);
		expect(log.at(-1)).toMatchObject({ volgnummer: 12, kop: { pseudoniem: 'VE', leeftijd: 10 } });
		expect((await a.casussen.get(id))!.kopIn).toBe(12);

		const bestand = await bestandVan(a, id);
		expect((await bekijk(b, await leesOk(JSON.stringify(bestand)))).casussen[0]!.kopInKeten).toBe(
			true
		);
		bestand.casussen[0]!.casus = { ...bestand.casussen[0]!.casus, pseudoniem: 'ZZ' };
		expect(await lees(JSON.stringify(bestand))).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/regel 12 van casus ZZ .*nadat regel 12 hem vastlegde/)
		});
	});

	it('twee apparaten die elk de kop vastleggen, voegen zonder weigering samen', async () => {
		expect((await leesEnImporteer(a, V1)).ok).toBe(true);
		expect((await leesEnImporteer(b, V1)).ok).toBe(true);
		const id = (JSON.parse(V1) as Exportbestand).casussen[0]!.casus.id;
		expect((await (await laad(a, id))!.corrigeer(3, 'Hier.', 'Op a.', NU)).ok).toBe(true);
		expect((await (await laad(b, id))!.corrigeer(4, 'Daar.', 'Op b.', NU)).ok).toBe(true);
		expect(
			await leesEnImporteer(b, await alsTekst(await maakExport(a, { casus: id })))
		).toMatchObject({
			ok: true,
			overzicht: { samengevoegd: 1 }
		});
		expect(await controleer(b, id)).toMatchObject({ ok: true });
		expect((await b.casussen.get(id))!.kopIn).toBe(12);
	});

	it('op een apparaat dat de casus kent: het voorbeeld noemt de andere kop, en de kop hier blijft', async () => {
		expect((await leesEnImporteer(b, V1)).ok).toBe(true);
		// Someone edits the header of a version 1 file: no entry recorded it, so the chain holds.
		const bewerkt = JSON.parse(V1) as Exportbestand;
		bewerkt.casussen[0]!.casus = { ...bewerkt.casussen[0]!.casus, pseudoniem: 'XY', leeftijd: 15 };
		const gelezen = await leesOk(JSON.stringify(bewerkt));
		const voorbeeld = (await bekijk(b, gelezen)).casussen[0]!;
		expect(voorbeeld.kopVerschilt).toEqual([
			'pseudoniem "XY" (hier "VE")',
			'leeftijd 15 (hier 10)'
		]);
		// The preview names the case as this device knows it.
		expect(voorbeeld.pseudoniem).toBe('VE');
		expect((await importeer(b, gelezen, { door: IB, at: NU })).ok).toBe(true);
		expect(await b.casussen.get(gelezen.casussen[0]!.casus.id)).toMatchObject({
			pseudoniem: 'VE',
			leeftijd: 10
		});
	});

	it('kopVerschillen vergelijkt het begin als moment, niet als tekst', () => {
		const kop = {
			pseudoniem: 'AB',
			leeftijd: 9,
			variant: 'school' as const,
			aangemaakt: '2026-11-23T10:00:00+01:00'
		};
		expect(kopVerschillen(kop, { ...kop, aangemaakt: '2026-11-23T09:00:00.000Z' })).toEqual([]);
		expect(kopVerschillen(kop, { ...kop, variant: 'basismodel' })).toEqual([
			'stappenplan basismodel (hier school)'
		]);
	});
});
