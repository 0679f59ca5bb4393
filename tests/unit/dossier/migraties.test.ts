import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { beslissingVan } from '$machines/beslissing';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { Variant } from '$machines/meldcode.machine';
import { herhaal } from '$machines/replay';
import { DossierDB } from '$lib/dossier/db';
import { alsRegels, logboekVan, verwijderCasus, voegCorrectieToe } from '$lib/dossier/dossier';
import { handtekeningKlopt } from '$lib/dossier/ondertekening';
import { metHash, verifieer } from '$lib/dossier/keten';
import { samenvatting } from '$lib/dossier/samenvatting';
import {
	GENESIS,
	type BeslissingRecord,
	type CasusRecord,
	type ConceptRecord,
	type CorrectieRecord,
	type LogRecord
} from '$lib/dossier/types';
import { HUIDIGE_VERSIE, VERSIES } from '$lib/dossier/versies';
import { TOT_HULP, TOT_VRAAG1, TOT_VRAAG2, MELDEN } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { nieuweDB, weg } from './hulp';

/**
 * The fields of a case row that a schema version introduced: data written at an earlier version
 * does not have them. A new version that adds a field adds it here.
 */
const VELD_SINDS: Partial<Record<keyof CasusRecord, number>> = { zoeknaam: 2 };

const OUDER = VERSIES.filter((v) => v.versie < HUIDIGE_VERSIE);

/**
 * Every upgrade function is watched (as tldraw's migration tests do), so the last test can prove
 * that each one really ran on data here: a version added without a case in this file fails.
 */
const UPGRADES = VERSIES.filter((v) => v.upgrade).map(
	(v) => [v.versie, vi.spyOn(v, 'upgrade')] as const
);
afterAll(() => {
	for (const [, spy] of UPGRADES) spy.mockRestore();
});

/** A stored log as the dossier writes it: decisions, then a correction, hash-chained. */
async function logVan(caseId: string, events: readonly MeldcodeEvent[]): Promise<LogRecord[]> {
	const log: LogRecord[] = [];
	const vorigeHash = () => log.at(-1)?.hash ?? GENESIS;
	for (const [i, e] of events.entries())
		log.push(
			await metHash<BeslissingRecord>({
				soort: 'beslissing',
				caseId,
				volgnummer: i + 1,
				at: e.at,
				door: { rol: i % 2 ? 'ib-er' : 'leerkracht', naam: 'Sanne' },
				beslissing: beslissingVan(e),
				...(e.type === 'CONSULTATIE'
					? { gegevens: { soort: 'consultatie', datum: '2026-11-20', anoniemVeiligThuis: false } }
					: {}),
				vorigeHash: vorigeHash()
			})
		);
	log.push(
		await metHash<CorrectieRecord>({
			soort: 'correctie',
			caseId,
			volgnummer: log.length + 1,
			corrigeert: 2,
			tekst: 'Signalen aangevuld met de observatie van de gymdocent.',
			reden: 'Later gehoord.',
			at: '2026-11-30T08:15:00.000Z',
			door: { rol: 'ib-er' },
			vorigeHash: vorigeHash()
		})
	);
	return log;
}

interface Voorbeeld {
	casus: CasusRecord;
	log: LogRecord[];
	concepten: ConceptRecord[];
}

async function voorbeeld(
	id: string,
	pseudoniem: string,
	variant: Variant,
	events: readonly MeldcodeEvent[]
): Promise<Voorbeeld> {
	const log = await logVan(id, events);
	const regels = alsRegels(log);
	const { snapshot, geweigerd } = herhaal({ caseId: id, variant }, events);
	expect(geweigerd).toEqual([]);
	return {
		casus: {
			id,
			pseudoniem,
			zoeknaam: pseudoniem.toLocaleLowerCase('nl'),
			leeftijd: 10,
			variant,
			aangemaakt: '2026-11-02T07:45:00.000Z',
			bijgewerkt: log.at(-1)!.at,
			...samenvatting(snapshot, regels)
		},
		log,
		concepten: [
			{
				sleutel: `${id}:stap1:toelichting`,
				caseId: id,
				waarde: 'Half af: nog navragen bij de moeder.',
				bijgewerkt: '2026-11-30T09:00:00.000Z'
			},
			{
				sleutel: `${id}:afweging-2:toelichting`,
				caseId: id,
				waarde: '',
				bijgewerkt: '2026-11-30T09:01:00.000Z'
			}
		]
	};
}

async function voorbeelden(): Promise<Voorbeeld[]> {
	return [
		await voorbeeld('c-ij', 'IJ', 'school', TOT_HULP),
		await voorbeeld('c-oz', 'ÖZ-07', 'basismodel', [
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'twijfel' }),
			...MELDEN
		]),
		await voorbeeld('c-kb', 'kb', 'school', TOT_VRAAG1)
	];
}

/** A case row as a given schema version stored it: without the fields of later versions. */
function zoalsOpgeslagenIn(versie: number, casus: CasusRecord): Partial<CasusRecord> {
	return Object.fromEntries(
		Object.entries(casus).filter(([veld]) => (VELD_SINDS[veld as keyof CasusRecord] ?? 1) <= versie)
	);
}

/** Stores, key paths and indexes as IndexedDB itself holds them. */
function schemaVan(db: DossierDB) {
	const idb = db.backendDB();
	const namen = [...idb.objectStoreNames].sort();
	const tx = idb.transaction(namen, 'readonly');
	return namen.map((naam) => {
		const store = tx.objectStore(naam);
		return {
			naam,
			sleutel: store.keyPath,
			indexen: [...store.indexNames].sort().map((i) => [i, store.index(i).keyPath])
		};
	});
}

describe('de schemaversies', () => {
	it('zijn doorgenummerd vanaf 1, elk met een naam, en de laatste is de huidige', () => {
		expect(VERSIES.map((v) => v.versie)).toEqual(VERSIES.map((_, i) => i + 1));
		for (const v of VERSIES) expect(v.naam.length).toBeGreaterThan(10);
		expect(HUIDIGE_VERSIE).toBe(VERSIES.length);
		expect(OUDER.length).toBeGreaterThan(0);
	});
});

describe.each(OUDER.map((v) => [v.versie, v.naam] as const))(
	'een dossier van versie %i (%s), geopend door de huidige versie',
	(versie) => {
		it('verliest niets: dezelfde regels, een logboek dat klopt, en de nieuwe velden gevuld', async () => {
			const naam = `t-migratie-${versie}-${crypto.randomUUID()}`;
			const data = await voorbeelden();

			const oud = nieuweDB(versie, naam);
			await oud.open();
			expect(oud.verno).toBe(versie);
			await oud.transaction('rw', oud.casussen, oud.logboek, oud.concepten, oud.meta, async () => {
				await oud.casussen.bulkAdd(
					data.map((d) => zoalsOpgeslagenIn(versie, d.casus) as CasusRecord)
				);
				await oud.logboek.bulkAdd(data.flatMap((d) => d.log));
				await oud.concepten.bulkAdd(data.flatMap((d) => d.concepten));
				await oud.meta.add({ sleutel: 'laatsteExport', waarde: '2026-11-29T16:00:00.000Z' });
			});
			oud.close();

			const db = nieuweDB(undefined, naam);
			try {
				await db.open();
				expect(db.verno).toBe(HUIDIGE_VERSIE);

				const casussen = await db.casussen.orderBy('id').toArray();
				expect(casussen).toEqual(data.map((d) => d.casus).sort((a, b) => a.id.localeCompare(b.id)));
				for (const d of data) {
					const log = await logboekVan(db, d.casus.id);
					expect(log).toEqual(d.log);
					expect(await verifieer(log)).toEqual({ ok: true, aantal: d.log.length });
					expect(await db.concepten.where('caseId').equals(d.casus.id).sortBy('sleutel')).toEqual(
						d.concepten.toSorted((a, b) => (a.sleutel < b.sleutel ? -1 : 1))
					);
				}
				if (versie < 5) {
					// Version 5 moved every entry into blocks, one per case here (all under 256 entries).
					expect(await db.logboek.count()).toBe(0);
					expect(await db.logblokken.count()).toBe(data.length);
				} else {
					// Written at version 5 one by one (as a screen writes them): they stay single rows.
					expect(await db.logboek.count()).toBe(data.flatMap((d) => d.log).length);
					expect(await db.logblokken.count()).toBe(0);
				}
				expect(await db.meta.toArray()).toEqual([
					{ sleutel: 'laatsteExport', waarde: '2026-11-29T16:00:00.000Z' }
				]);

				// Version 2 derived the search name; version 3 keeps it, no longer indexed (a readable
				// index would show the pseudonym next to encrypted data), so the list searches in memory.
				const zoek = (tekst: string) =>
					casussen.filter((c) => c.zoeknaam.startsWith(tekst)).map((c) => c.id);
				expect(zoek('ij')).toEqual(['c-ij']);
				expect(zoek('öz')).toEqual(['c-oz']);
				expect(zoek('kb')).toEqual(['c-kb']);
				expect(db.casussen.schema.indexes.map((i) => i.name)).not.toContain('zoeknaam');
				expect(casussen.map((c) => c.zoeknaam).sort()).toEqual(['ij', 'kb', 'öz-07']);

				// The upgraded database has the very schema a new installation gets.
				const vers = nieuweDB();
				await vers.open();
				expect(schemaVan(db)).toEqual(schemaVan(vers));
				await weg(vers);

				// And it works as before: the log still refuses edits, a case can still be removed.
				await expect(
					versie < 5
						? db.logblokken.update(['c-kb', 1], { tot: 99 })
						: db.logboek.update(['c-kb', 1], { at: '2026-01-01T00:00:00.000Z' })
				).rejects.toThrow(/alleen-toevoegen/);

				// Version 6 (issue 14): no keys and no roster yet; the old entries stay unsigned and
				// valid, and the first new entry is signed by a key made now, non-extractable.
				expect(await db.sleutels.count()).toBe(0);
				expect(await db.team.count()).toBe(0);
				const nieuw = await voegCorrectieToe(db, 'c-ij', {
					corrigeert: 2,
					tekst: 'Aangevuld na de upgrade.',
					reden: 'Later gehoord.',
					at: '2026-12-01T08:00:00.000Z',
					door: { rol: 'ib-er', naam: 'Sanne' }
				});
				const ij = await logboekVan(db, 'c-ij');
				expect(ij.slice(0, -1).every((r) => r.ondertekening === undefined)).toBe(true);
				expect(await verifieer(ij)).toEqual({ ok: true, aantal: ij.length });
				expect(await handtekeningKlopt(nieuw)).toBe(true);
				const [sleutel] = await db.sleutels.toArray();
				expect(sleutel!.prive.extractable).toBe(false);
				expect(sleutel!.sleutel).toBe(nieuw.ondertekening!.sleutel);
				expect(await db.team.toArray()).toEqual([
					{ sleutel: sleutel!.sleutel, naam: 'Sanne', rol: 'ib-er', publiek: sleutel!.publiek }
				]);
				await verwijderCasus(db, 'c-kb');
				expect(await db.casussen.count()).toBe(2);
			} finally {
				await weg(db);
			}
		});
	}
);

describe('de upgrades', () => {
	it.each(UPGRADES.map(([versie, spy]) => [versie, spy] as const))(
		'van versie %i is hierboven minstens één keer op gegevens uitgevoerd',
		(_versie, spy) => {
			expect(spy).toHaveBeenCalled();
		}
	);
});
