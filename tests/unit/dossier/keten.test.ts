import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import {
	hashVan,
	kopAfwijkingen,
	kopAnkers,
	kopVan,
	metHash,
	verifieer,
	verifieerCasus,
	type ZonderHash
} from '$lib/dossier/keten';
import { GENESIS, type BeslissingRecord, type LogRecord } from '$lib/dossier/types';
import { beslissingVan } from '$machines/beslissing';
import { TOT_HULP } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import {
	gegevensVoor,
	laad,
	legVast,
	nieuweDB,
	omgekeerd,
	rauwSchrijven,
	rauwVerwijderen,
	weg
} from './hulp';

const TIJD_LATER = '2026-11-24T08:00:00.000Z';

let db: DossierDB;
let id: string;
/** The stored log of a case at afweging 5 with one correction: 10 decisions + 1 correction. */
let log: LogRecord[];

beforeEach(async () => {
	db = nieuweDB();
	const g = gegevensVoor('school');
	id = g.id;
	await nieuweCasus(db, g);
	const casus = (await laad(db, id))!;
	await legVast(casus, TOT_HULP);
	const c = await casus.corrigeer(3, 'Met J. de Vries besproken.', 'naam vergeten', TIJD_LATER);
	expect(c).toEqual({ ok: true });
	log = await logboekVan(db, id);
});
afterEach(() => weg(db));

describe('de hashketen van het logboek', () => {
	it('klopt na een reeks beslissingen en een correctie', async () => {
		expect(log.map((r) => r.volgnummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(log.at(-1)).toMatchObject({ soort: 'correctie', corrigeert: 3 });
		expect(log[0]!.vorigeHash).toBe(GENESIS);
		for (let i = 1; i < log.length; i++) expect(log[i]!.vorigeHash).toBe(log[i - 1]!.hash);
		expect(new Set(log.map((r) => r.hash)).size).toBe(log.length);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 11 });
	});

	it('is een SHA-256 over de canonieke JSON van de regel zonder hash en ondertekening', async () => {
		const regel = log[4]!;
		// The signature signs the hash, so it cannot be inside what the hash covers.
		expect(regel.ondertekening).toBeDefined();
		const { hash, ondertekening, ...inhoud } = regel;
		void ondertekening;
		const canoniek = JSON.stringify(sorteer(inhoud));
		expect(hash).toBe(createHash('sha256').update(canoniek, 'utf8').digest('hex'));
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('geeft voor dezelfde inhoud altijd dezelfde hash, in welke volgorde de sleutels ook staan', async () => {
		const { hash, ...inhoud } = log[2]!;
		expect(Object.keys(omgekeerd(inhoud))).toEqual(Object.keys(inhoud).reverse());
		expect(await hashVan(omgekeerd(inhoud) as ZonderHash)).toBe(hash);
		expect(await hashVan(structuredClone(inhoud) as ZonderHash)).toBe(hash);
		// A stored row read back with its keys in another order still verifies.
		expect(await verifieer(log.map(omgekeerd))).toEqual({ ok: true, aantal: 11 });
		// And any other content does not give that hash.
		expect(await hashVan({ ...inhoud, at: TIJD_LATER } as ZonderHash)).not.toBe(hash);
	});

	it('meldt een veranderd teken in een toelichting in de database, bij precies die regel', async () => {
		const origineel = log[2] as BeslissingRecord;
		const tekst = origineel.beslissing.toelichting;
		const vervalst = structuredClone(origineel);
		vervalst.beslissing.toelichting = tekst.slice(0, 5) + 'X' + tekst.slice(6);
		expect(vervalst.beslissing.toelichting).toHaveLength(tekst.length);
		await rauwSchrijven(db, [vervalst]);

		expect(await controleer(db, id)).toEqual({
			ok: false,
			volgnummer: 3,
			positie: 3,
			reden: 'Regel 3 is gewijzigd nadat hij werd vastgelegd.'
		});
	});

	it.each<[string, (r: BeslissingRecord) => void]>([
		['de tijd', (r) => (r.at = '2026-11-22T09:00:00.000Z')],
		['wie besliste', (r) => (r.door = { rol: 'directeur' })],
		['het antwoord', (r) => (r.beslissing.antwoord = 'nee')],
		['het event zelf', (r) => (r.beslissing.event.toelichting += ' ')],
		['de gegevens', (r) => delete r.gegevens],
		['de bron', (r) => (r.beslissing.bron = 'verzonnen' as never)]
	])('meldt ook een wijziging van %s bij die regel', async (_, wijzig) => {
		const kopie = structuredClone(log) as LogRecord[];
		wijzig(kopie[4] as BeslissingRecord);
		expect(await verifieer(kopie)).toEqual({
			ok: false,
			volgnummer: 5,
			positie: 5,
			reden: 'Regel 5 is gewijzigd nadat hij werd vastgelegd.'
		});
	});

	it('meldt een gewijzigde regel met een opnieuw berekende hash bij de regel erna', async () => {
		const vervalst = structuredClone(log[2]) as BeslissingRecord;
		vervalst.beslissing.toelichting = 'Achteraf anders opgeschreven.';
		const nieuweHash = await hashVan(zonderHash(vervalst));
		expect(nieuweHash).not.toBe(vervalst.hash);
		await rauwSchrijven(db, [{ ...vervalst, hash: nieuweHash }]);

		expect(await controleer(db, id)).toEqual({
			ok: false,
			volgnummer: 4,
			positie: 4,
			reden: 'Regel 4 sluit niet aan op de regel ervoor.'
		});
	});

	it('meldt een verwijderde regel', async () => {
		await rauwVerwijderen(db, [id, 4]);
		expect(await logboekVan(db, id)).toHaveLength(10);

		expect(await controleer(db, id)).toEqual({
			ok: false,
			volgnummer: 5,
			positie: 4,
			reden: 'Regel 4 ontbreekt: na regel 3 volgt regel 5.'
		});
	});

	it('meldt een ontbrekende eerste regel', async () => {
		const uitslag = await verifieer(log.slice(1));
		expect(uitslag).toMatchObject({ ok: false, volgnummer: 2, positie: 1 });
		expect(uitslag.ok === false && uitslag.reden).toMatch(/^Regel 1 ontbreekt/);
	});

	it('meldt verwisselde regels bij de eerste plaats die niet klopt', async () => {
		const verwisseld = [...log];
		[verwisseld[5], verwisseld[6]] = [verwisseld[6]!, verwisseld[5]!];

		const uitslag = await verifieer(verwisseld);
		expect(uitslag).toMatchObject({ ok: false, volgnummer: 7, positie: 6 });
		expect(uitslag.ok === false && uitslag.reden).toMatch(/^Regel \d+ .+\.$/);
	});

	it('meldt een regel die twee keer in de lijst staat', async () => {
		const dubbel = [...log.slice(0, 5), log[3]!, ...log.slice(5)];
		expect(await verifieer(dubbel)).toEqual({
			ok: false,
			volgnummer: 4,
			positie: 6,
			reden: 'Regel 4 staat op de verkeerde plaats.'
		});
	});

	it('meldt een nagemaakte regel aan het eind die niet op de vorige aansluit', async () => {
		const laatste = log.at(-1)!;
		const nep = await metHash<BeslissingRecord>({
			soort: 'beslissing',
			caseId: id,
			volgnummer: laatste.volgnummer + 1,
			at: TIJD_LATER,
			door: { rol: 'directeur' },
			beslissing: beslissingVan(ev('AFWEGING_5', { antwoord: 'ja' })),
			// Linked to the entry before the last one: a forger who does not know the last hash.
			vorigeHash: log.at(-2)!.hash
		});
		// Appending is what the log allows, so Dexie itself accepts it; the chain gives it away.
		await db.logboek.add(nep);

		expect(await controleer(db, id)).toEqual({
			ok: false,
			volgnummer: 12,
			positie: 12,
			reden: 'Regel 12 sluit niet aan op de regel ervoor.'
		});
	});

	it('meldt een eerste regel die niet bij het begin van de keten hoort', async () => {
		const nep = await metHash({ ...zonderHash(log[0]!), vorigeHash: 'f'.repeat(64) });
		expect(await verifieer([nep, ...log.slice(1)])).toEqual({
			ok: false,
			volgnummer: 1,
			positie: 1,
			reden: 'Regel 1 sluit niet aan op de regel ervoor.'
		});
	});

	it('vindt geen fout in een leeg logboek', async () => {
		expect(await verifieer([])).toEqual({ ok: true, aantal: 0 });
	});
});

function zonderHash(r: LogRecord): ZonderHash {
	const kopie: Partial<LogRecord> = { ...r };
	delete kopie.hash;
	return kopie as ZonderHash;
}

/** Plain JSON with every object's keys sorted: RFC 8785 for strings, integers and booleans. */
function sorteer(waarde: unknown): unknown {
	if (Array.isArray(waarde)) return waarde.map(sorteer);
	if (waarde && typeof waarde === 'object')
		return Object.fromEntries(
			Object.keys(waarde)
				.sort()
				.map((k) => [k, sorteer((waarde as Record<string, unknown>)[k])])
		);
	return waarde;
}

describe('de kop van de casus in de keten (issue 14, defect 6)', () => {
	const kopVanRij = async () => kopVan((await db.casussen.get(id))!);

	it('regel 1 draagt de kop, en de hash van regel 1 dekt hem: wie hem weghaalt, breekt de keten', async () => {
		expect(log[0]!.kop).toEqual(await kopVanRij());
		expect(kopAnkers(log).map((a) => a.volgnummer)).toEqual([1]);
		expect(await verifieerCasus(await kopVanRij(), log)).toEqual({
			ok: true,
			aantal: log.length,
			kopIn: 1
		});
		const zonder = log.map((r, i) => (i === 0 ? { ...r, kop: undefined } : r));
		delete zonder[0]!.kop;
		expect(await verifieerCasus(await kopVanRij(), zonder)).toMatchObject({
			ok: false,
			volgnummer: 1,
			reden: 'Regel 1 is gewijzigd nadat hij werd vastgelegd.'
		});
	});

	it('een oud logboek zonder kop klopt nog, met de kop buiten de keten; hashes van bestaande regels veranderen niet', async () => {
		// An entry as written before format 2: the same content without `kop`, hashed the same way.
		const { hash: _h, kop: _k, ...oud } = log[0]! as BeslissingRecord;
		void _h;
		void _k;
		const eerste = await metHash<BeslissingRecord>(oud as ZonderHash<BeslissingRecord>);
		expect(await verifieerCasus(await kopVanRij(), [eerste])).toEqual({
			ok: true,
			aantal: 1,
			kopIn: null
		});
	});

	it('vergelijkt het begin als moment en het pseudoniem genormaliseerd (NFC)', async () => {
		const kop = await kopVanRij();
		expect(
			kopAfwijkingen(
				{ ...kop, aangemaakt: new Date(Date.parse(kop.aangemaakt)).toISOString() },
				kop
			)
		).toEqual([]);
		expect(
			kopAfwijkingen({ ...kop, pseudoniem: 'Be\u0301' }, { ...kop, pseudoniem: 'Bé' })
		).toEqual([]);
		expect(kopAfwijkingen({ ...kop, leeftijd: kop.leeftijd + 1 }, kop)).toEqual([
			`leeftijd ${kop.leeftijd + 1}, vastgelegd ${kop.leeftijd}`
		]);
	});

	it('een kop in een samengevoegde regel van een andere kopie telt ook, en wordt zo genoemd', async () => {
		const kop = await kopVanRij();
		// The other copy's entry 2 recorded another age: the chain holds, the header does not.
		const { hash: _h2, ...tweede } = log[1]! as BeslissingRecord;
		void _h2;
		const regel2 = await metHash<BeslissingRecord>({ ...tweede, kop: { ...kop, leeftijd: 16 } });
		const samenvoeging = await metHash({
			soort: 'samenvoeging',
			caseId: id,
			volgnummer: 2,
			at: TIJD_LATER,
			door: { rol: 'ib-er' },
			vorigeHash: log[0]!.hash,
			vanaf: 1,
			regels: [regel2]
		} as ZonderHash);
		const uit = await verifieerCasus(kop, [log[0]!, samenvoeging]);
		expect(uit).toMatchObject({
			ok: false,
			volgnummer: 2,
			reden: expect.stringMatching(
				/nadat regel 2 \(van een andere kopie, in regel 2\) hem vastlegde: leeftijd 9, vastgelegd 16/
			)
		});
	});
});
