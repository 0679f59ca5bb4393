import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { beslissingVan } from '$machines/beslissing';
import { herhaal } from '$machines/replay';
import { MAX_BLOK } from '$lib/dossier/blokken';
import type { DossierDB } from '$lib/dossier/db';
import {
	alsRegels,
	controleer,
	logboekVan,
	verdicht,
	VERDICHT_VANAF,
	voegBeslissingToe
} from '$lib/dossier/dossier';
import { metHash, verifieer } from '$lib/dossier/keten';
import { samenvatting } from '$lib/dossier/samenvatting';
import {
	GENESIS,
	type BeslissingRecord,
	type CasusRecord,
	type LogRecord
} from '$lib/dossier/types';
import { stelWachtwoordIn } from '$lib/kluis/kluis';
import { maakExport } from '$lib/uitwisseling/exporteren';
import { TOT_VRAAG1 } from '../machines/helpers';
import { nieuweDB, weg } from './hulp';

const GEHEIM_WOORD = 'Qwxyz-verdicht';
let db: DossierDB;

beforeEach(async () => {
	db = nieuweDB();
	await db.open();
	await stelWachtwoordIn(db, 'paars konijn op de fiets', 1_000);
});
afterEach(() => weg(db));

/** A chained log of `n` entries (the events repeat: only the chain matters here). */
async function langLog(caseId: string, n: number): Promise<LogRecord[]> {
	const log: LogRecord[] = [];
	for (let i = 0; i < n; i++) {
		const e = TOT_VRAAG1[i % TOT_VRAAG1.length]!;
		log.push(
			await metHash<BeslissingRecord>({
				soort: 'beslissing',
				caseId,
				volgnummer: i + 1,
				at: e.at,
				door: { rol: 'ib-er', naam: `${GEHEIM_WOORD} ${i}` },
				beslissing: beslissingVan(e),
				vorigeHash: log.at(-1)?.hash ?? GENESIS
			})
		);
	}
	return log;
}

/** A case of `n` single rows; `extra` more entries are made (returned in `log`) but not stored. */
async function casusMetRijen(n: number, extra = 0): Promise<{ id: string; log: LogRecord[] }> {
	const id = crypto.randomUUID();
	const alles = await langLog(id, n + extra);
	const log = alles.slice(0, n);
	const regels = alsRegels(log);
	const { snapshot } = herhaal(
		{ caseId: id, variant: 'school' },
		regels.map((r) => r.beslissing.event)
	);
	const rij: CasusRecord = {
		id,
		pseudoniem: 'AB',
		zoeknaam: 'ab',
		leeftijd: 10,
		variant: 'school',
		aangemaakt: '2026-11-02T07:45:00.000Z',
		bijgewerkt: log.at(-1)!.at,
		...samenvatting(snapshot, regels),
		aantalRegels: log.length,
		laatsteHash: log.at(-1)!.hash
	};
	await db.transaction('rw', db.casussen, db.logboek, async () => {
		await db.casussen.add(rij);
		await db.logboek.bulkAdd(log);
	});
	return { id, log: alles };
}

function rauw(tabel: string): Promise<Record<string, unknown>[]> {
	return new Promise((klaar, fout) => {
		const r = db.backendDB().transaction(tabel).objectStore(tabel).getAll();
		r.onsuccess = () => klaar(r.result);
		r.onerror = () => fout(r.error);
	});
}

function zonderBytes(x: unknown): string {
	return JSON.stringify(x, (_, v) =>
		v instanceof Uint8Array ? Array.from(v, (b) => String.fromCharCode(b)).join('') : v
	);
}

it('verdichten zet losse regels (met een niet vol laatste blok) om in verzegelde blokken; het logboek, de keten en de export blijven gelijk', async () => {
	const n = MAX_BLOK + 40;
	const { id, log: alles } = await casusMetRijen(n, VERDICHT_VANAF);
	expect(await verdicht(db, id)).toBe(n);
	expect(await rauw('logboek')).toHaveLength(0);
	expect((await rauw('logblokken')).map((b) => [b.volgnummer, b.tot])).toEqual([
		[1, MAX_BLOK],
		[MAX_BLOK + 1, n]
	]);
	// Fewer rows than VERDICHT_VANAF stay rows; that many more grow the last block (replaced).
	await db.logboek.bulkAdd(alles.slice(n, n + VERDICHT_VANAF - 1));
	expect(await verdicht(db, id)).toBe(0);
	await db.logboek.bulkAdd(alles.slice(n + VERDICHT_VANAF - 1));
	expect(await verdicht(db, id)).toBe(VERDICHT_VANAF);
	expect(await rauw('logboek')).toHaveLength(0);
	const blokken = await rauw('logblokken');
	expect(blokken.map((b) => [b.volgnummer, b.tot])).toEqual([
		[1, MAX_BLOK],
		[MAX_BLOK + 1, n + VERDICHT_VANAF]
	]);
	const log = alles;
	expect(zonderBytes(blokken)).not.toContain(GEHEIM_WOORD);
	expect(await logboekVan(db, id)).toEqual(log);
	// The case row was not told of the rows added here: the chain itself is checked.
	expect(await verifieer(await logboekVan(db, id))).toEqual({ ok: true, aantal: log.length });
	expect((await maakExport(db, { casus: id })).casussen[0]!.logboek).toEqual(log);
	// Nothing left that fills a block.
	expect(await verdicht(db, id)).toBe(0);
});

it('vergrendeld of mislukt verandert verdichten niets', async () => {
	const { id, log } = await casusMetRijen(VERDICHT_VANAF + 3);
	db.sleutelbos.vergeet();
	await expect(verdicht(db, id)).rejects.toThrow(/vergrendeld/);
	expect(await rauw('logboek')).toHaveLength(log.length);
	expect(await rauw('logblokken')).toHaveLength(0);
});

it('na elke zestiende beslissing wordt de casus op de achtergrond verdicht', async () => {
	const { id, log } = await casusMetRijen(VERDICHT_VANAF - 1);
	const e = TOT_VRAAG1[0]!;
	const regel = {
		volgnummer: VERDICHT_VANAF,
		door: { rol: 'ib-er' as const },
		beslissing: beslissingVan(e)
	};
	const regels = [...alsRegels(log), regel];
	const { snapshot } = herhaal(
		{ caseId: id, variant: 'school' },
		regels.map((r) => r.beslissing.event)
	);
	await voegBeslissingToe(db, id, regel, snapshot, regels);
	await vi.waitFor(async () => expect(await rauw('logblokken')).toHaveLength(1));
	expect(await rauw('logboek')).toHaveLength(0);
	expect(await controleer(db, id)).toEqual({ ok: true, aantal: VERDICHT_VANAF });
});
