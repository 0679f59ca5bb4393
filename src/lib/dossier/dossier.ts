/**
 * The dossier's operations: create a case, append to its log (one transaction: the entry and the
 * case row together, or neither), read it back, verify it, delete a whole case.
 */
import type { MeldcodeSnapshot } from '$machines/replay';
import type { LogRegel } from '$lib/logboek/logboek';
import { effectief } from '$lib/dossier/effectief';
import type { DossierDB } from './db';
import { Dexie } from 'dexie';
import {
	kopVan,
	metHash,
	verifieer,
	verifieerCasus,
	type Verificatie,
	type ZonderHash
} from './keten';
import { normaliseerPseudoniem, pseudoniemProblemen } from './grenzen';
import { samenvatting } from './samenvatting';
import {
	inBlokken,
	MAX_BLOK,
	openBlok,
	openBlokNu,
	openRij,
	samen,
	verzegelBlokNu,
	type BlokRecord
} from './blokken';
import { bekendeKop, onthoudKop } from './kop';
import { correctieTekstProblemen, problemenMetCorrectie } from './schrijfregels';
import { ondertekenaarVoor } from './eigen-sleutel';
import { onderteken, type Ondertekenaar } from './ondertekening';
import {
	GENESIS,
	type BeslissingRecord,
	type CasusGegevens,
	type CasusKop,
	type CasusRecord,
	type CorrectieRecord,
	type LogRecord
} from './types';

export async function nieuweCasus(db: DossierDB, g: CasusGegevens): Promise<CasusRecord> {
	// The same rule as the form and the import: NFC, visible, within the limit.
	const problemen = pseudoniemProblemen(g.pseudoniem);
	if (problemen.length > 0) throw new Error(problemen.join(' '));
	const pseudoniem = normaliseerPseudoniem(g.pseudoniem);
	const casus: CasusRecord = {
		...g,
		pseudoniem,
		zoeknaam: pseudoniem.toLocaleLowerCase('nl'),
		bijgewerkt: g.aangemaakt,
		status: 'open',
		uitkomst: null,
		volgendeDatum: null,
		volgendeWat: null
	};
	await db.casussen.add(casus);
	return casus;
}

/** Another tab (or device) wrote to this case first: named like IndexedDB's own conflict. */
export function elders(): Error {
	const fout = new Error('Deze casus is intussen ergens anders bijgewerkt (een ander tabblad?)');
	fout.name = 'ConstraintError';
	return fout;
}

/**
 * Hashing is WebCrypto, not IndexedDB: inside a Dexie transaction it must be wrapped in
 * Dexie.waitFor, or the transaction may commit while the hash is still being computed. With a
 * key, the entry is signed over its hash in the same wait (ondertekening.ts).
 */
export function hashBinnen<T extends LogRecord>(
	inhoud: ZonderHash<T>,
	sleutel?: Ondertekenaar | null
): Promise<T> {
	return Dexie.waitFor(
		metHash<T>(inhoud).then(async (r) =>
			sleutel ? { ...r, ondertekening: await onderteken(r.hash, sleutel) } : r
		)
	);
}

/** The case row must still exist: a case deleted in another tab gets no orphaned log rows. */
export async function bestaand(db: DossierDB, caseId: string): Promise<CasusRecord> {
	const rij = await db.casussen.get(caseId);
	if (!rij)
		throw new Error(
			'Deze casus staat niet meer op dit apparaat (verwijderd in een ander tabblad?)'
		);
	return rij;
}

/**
 * The header for the entry about to be written, as long as no entry of the case carries it
 * (entry 1 of a new case; the next entry of a case begun before export format 2): from then
 * on the header is covered by the chain (issue 14, defect 6). The row remembers where, so no
 * write has to read the log to know.
 */
export function kopVoor(rij: CasusRecord): { kop?: CasusKop } {
	return rij.kopIn ? {} : { kop: kopVan(rij) };
}

/** The row's `kopIn` after writing entry `volgnummer` with `kopVoor(rij)`. */
export function kopInNa(rij: CasusRecord, volgnummer: number): { kopIn?: number } {
	return rij.kopIn ? {} : { kopIn: volgnummer };
}

/** A case's log as IndexedDB holds it: its single rows and its blocks, over the same key range. */
function logVan(db: DossierDB, caseId: string) {
	const van: [string, number] = [caseId, 0];
	const tot: [string, number] = [caseId, Infinity];
	return {
		rijen: db.logboek.where('[caseId+volgnummer]').between(van, tot),
		blokken: db.logblokken.where('[caseId+volgnummer]').between(van, tot)
	};
}

/** The last entry of a case, from its single rows or its last block (opened synchronously). */
export async function laatste(db: DossierDB, caseId: string): Promise<LogRecord | undefined> {
	const { rijen, blokken } = logVan(db, caseId);
	const [rij, blok] = await samenGelezen(db, () => Promise.all([rijen.last(), blokken.last()]));
	if (blok && blok.tot > (rij?.volgnummer ?? 0)) return openBlokNu(db.sleutelbos, blok).at(-1);
	return rij;
}

/**
 * Appends a decision. The log row's number must be the next one: if another tab appended in the
 * meantime, the compound key refuses the duplicate and nothing is written.
 */
export async function voegBeslissingToe(
	db: DossierDB,
	caseId: string,
	regel: LogRegel,
	snapshot: MeldcodeSnapshot,
	alleRegels: readonly LogRegel[]
): Promise<BeslissingRecord> {
	// Before the transaction: making a key on first use is WebCrypto work in tables of its own.
	const sleutel = await ondertekenaarVoor(db, regel.door);
	const record = await schrijfBeslissing(db, caseId, regel, snapshot, alleRegels, sleutel);
	// Only once committed: an aborted append leaves the remembered head where it was (kop.ts).
	onthoudKop(db, caseId, record);
	if (record.volgnummer % VERDICHT_VANAF === 0) verdichtLater(db, caseId);
	return record;
}

async function schrijfBeslissing(
	db: DossierDB,
	caseId: string,
	regel: LogRegel,
	snapshot: MeldcodeSnapshot,
	alleRegels: readonly LogRegel[],
	sleutel: Awaited<ReturnType<typeof ondertekenaarVoor>>
): Promise<BeslissingRecord> {
	return db.transaction('rw', db.casussen, db.logboek, db.logblokken, async () => {
		const rij = await bestaand(db, caseId);
		// The head this tab remembers, when the case row still names it (kop.ts); else read it.
		const vorige = bekendeKop(db, rij) ?? (await laatste(db, caseId));
		const volgnummer = (vorige?.volgnummer ?? 0) + 1;
		if (volgnummer !== regel.volgnummer) throw elders();
		const record = await hashBinnen<BeslissingRecord>(
			{
				soort: 'beslissing',
				caseId,
				volgnummer,
				at: regel.beslissing.at,
				door: regel.door,
				beslissing: regel.beslissing,
				...(regel.gegevens ? { gegevens: regel.gegevens } : {}),
				...kopVoor(rij),
				vorigeHash: vorige?.hash ?? GENESIS
			},
			sleutel
		);
		await db.logboek.add(record);
		await db.casussen.update(caseId, {
			...samenvatting(snapshot, alleRegels),
			bijgewerkt: regel.beslissing.at,
			aantalRegels: volgnummer,
			laatsteHash: record.hash,
			...kopInNa(rij, volgnummer)
		});
		return record;
	});
}

/** A correction of an entry's reasoning: a new entry pointing at the old one, with why. */
export async function voegCorrectieToe(
	db: DossierDB,
	caseId: string,
	c: Pick<CorrectieRecord, 'corrigeert' | 'tekst' | 'reden' | 'at' | 'door'> & {
		/** The number the caller expects this entry to get; a mismatch means another tab wrote first. */
		volgnummer?: number;
	}
): Promise<CorrectieRecord> {
	const vooraf = correctieTekstProblemen(c);
	if (vooraf.length > 0) throw new Error(vooraf.join(' '));
	const sleutel = await ondertekenaarVoor(db, c.door);
	return db.transaction('rw', db.casussen, db.logboek, db.logblokken, async () => {
		const rij = await bestaand(db, caseId);
		const vorige = await laatste(db, caseId);
		const volgnummer = (vorige?.volgnummer ?? 0) + 1;
		if (c.volgnummer !== undefined && c.volgnummer !== volgnummer) throw elders();
		// The same rule an import applies to every correction in a file (schrijfregels.ts).
		const problemen = problemenMetCorrectie(c, await regelVan(db, caseId, c.corrigeert));
		if (problemen.length > 0) throw new Error(problemen.join(' '));
		const record = await hashBinnen<CorrectieRecord>(
			{
				soort: 'correctie',
				caseId,
				volgnummer,
				at: c.at,
				door: c.door,
				corrigeert: c.corrigeert,
				tekst: c.tekst,
				reden: c.reden,
				...kopVoor(rij),
				vorigeHash: vorige?.hash ?? GENESIS
			},
			sleutel
		);
		await db.logboek.add(record);
		await db.casussen.update(caseId, {
			bijgewerkt: c.at,
			aantalRegels: volgnummer,
			laatsteHash: record.hash,
			...kopInNa(rij, volgnummer)
		});
		return record;
	});
}

/**
 * Removes a case's entries from number `vanaf` on (an import adopting the other copy's chain,
 * which holds each of them verbatim: see samenvoegen.ts). A block that starts before `vanaf` is
 * replaced by one with only its earlier entries, taken from `log` (the case's opened log).
 */
export async function verwijderVanaf(
	db: DossierDB,
	caseId: string,
	log: readonly LogRecord[],
	vanaf: number
): Promise<void> {
	await db.logboek
		.where('[caseId+volgnummer]')
		.between([caseId, vanaf], [caseId, Infinity])
		.delete();
	const blokken = await logVan(db, caseId).blokken.toArray();
	for (const b of blokken.filter((b) => b.tot >= vanaf)) {
		await db.logblokken.delete([caseId, b.volgnummer]);
		if (b.volgnummer < vanaf)
			await db.logblokken.add(
				verzegelBlokNu(
					db.sleutelbos,
					log.filter((r) => r.volgnummer >= b.volgnummer && r.volgnummer < vanaf)
				)
			);
	}
}

/** One entry by number, from the single rows or from the block that holds it. */
export async function regelVan(
	db: DossierDB,
	caseId: string,
	volgnummer: number
): Promise<LogRecord | undefined> {
	if (!Number.isInteger(volgnummer) || volgnummer < 1) return undefined;
	const [rij, blok] = await samenGelezen(db, () =>
		Promise.all([
			db.logboek.get([caseId, volgnummer]),
			db.logblokken
				.where('[caseId+volgnummer]')
				.between([caseId, 0], [caseId, volgnummer], true, true)
				.last()
		])
	);
	if (rij) return rij;
	if (!blok || blok.tot < volgnummer) return undefined;
	return openBlokNu(db.sleutelbos, blok).find((r) => r.volgnummer === volgnummer);
}

/** What IndexedDB holds of a case's log: its single rows (opened) and its blocks (still sealed). */
export interface RuwLog {
	rijen: LogRecord[];
	blokken: BlokRecord[];
}

export async function ruwLogboek(db: DossierDB, caseId: string): Promise<RuwLog> {
	// Both tables in one transaction: compaction (verdicht) moves rows into a block in one.
	return samenGelezen(db, async () => {
		const log = logVan(db, caseId);
		const [rijen, blokken] = await Promise.all([log.rijen.toArray(), log.blokken.toArray()]);
		return { rijen, blokken };
	});
}

/**
 * Runs `lees` in the current transaction, or in a read transaction over both log tables: a
 * read of the rows and one of the blocks in two transactions could straddle a compaction and
 * see an entry twice or not at all.
 */
function samenGelezen<T>(db: DossierDB, lees: () => Promise<T>): Promise<T> {
	return Dexie.currentTransaction ? lees() : db.transaction('r', db.logboek, db.logblokken, lees);
}

/** Compaction starts once a case has this many single rows (and after every such append). */
export const VERDICHT_VANAF = 16;

/**
 * Compaction: a case's single rows (at least VERDICHT_VANAF, consecutive after its blocks) are
 * moved into sealed blocks, together with the entries of its last block when that one is not
 * full, in one transaction: a crash leaves the rows and the old block, or the new blocks, never
 * both or neither. Nothing about an entry changes (same content, so the same hash and
 * signature); the log is stored in fewer records, as an import or the schema-5 upgrade stores
 * it. A decision made on a screen is still one row (one small write, durable before it is
 * shown); afterwards it joins a block, so a log of years is read (opened, exported) as a few
 * hundred records instead of 50,000 (bench/: export of everything). Returns how many single
 * rows moved.
 */
export async function verdicht(db: DossierDB, caseId: string): Promise<number> {
	return db.transaction('rw', db.logboek, db.logblokken, async () => {
		const { rijen, blokken } = logVan(db, caseId);
		if ((await rijen.count()) < VERDICHT_VANAF) return 0;
		const alle = await rijen.toArray();
		const laatsteBlok = await blokken.last();
		// Only a run of consecutive numbers that follows the last block (as appends make it).
		let n = 0;
		let verwacht = (laatsteBlok?.tot ?? 0) + 1;
		while (n < alle.length && alle[n]!.volgnummer === verwacht) {
			n++;
			verwacht++;
		}
		if (n < VERDICHT_VANAF) return 0;
		const mee = alle.slice(0, n);
		let regels = mee;
		if (laatsteBlok && laatsteBlok.tot - laatsteBlok.volgnummer + 1 < MAX_BLOK) {
			// The block is replaced by one holding the same entries and the next ones.
			regels = [...openBlokNu(db.sleutelbos, laatsteBlok), ...mee];
			await db.logblokken.delete([caseId, laatsteBlok.volgnummer]);
		}
		await db.logblokken.bulkAdd(inBlokken(regels).map((b) => verzegelBlokNu(db.sleutelbos, b)));
		await db.logboek.bulkDelete(mee.map((r) => [caseId, r.volgnummer] as [string, number]));
		return mee.length;
	});
}

/**
 * Compaction of one case after an append, when the page is idle: off the path of the step
 * change, and a failure (locked, another tab compacting) only leaves the rows as they are.
 */
export function verdichtLater(db: DossierDB, caseId: string): void {
	const doe = () => void verdicht(db, caseId).catch(() => undefined);
	if (typeof requestIdleCallback === 'function') requestIdleCallback(doe, { timeout: 5_000 });
	else setTimeout(doe, 0);
}

/** The entries of a raw log in order, its blocks opened with WebCrypto (outside a transaction). */
export async function openLog(db: DossierDB, ruw: RuwLog): Promise<LogRecord[]> {
	const blokken = await Promise.all(ruw.blokken.map((b) => openBlok(db.sleutelbos, b)));
	return samen(blokken, ruw.rijen);
}

/**
 * The logs of many cases exactly as IndexedDB holds them, single rows still sealed: read past the
 * encryption middleware, which would open each of 50,000 rows one by one in JavaScript inside
 * the transaction (most of an export's time, see bench/). Call it inside a transaction over
 * `logboek` and `logblokken`; open the result after it with `openRuweLog`. Without `ids`, every
 * case in one read of each table (getAll returns them by key: by case, then by number).
 */
export async function ruweLogboeken(
	ids?: readonly string[]
): Promise<Map<string, { rijen: unknown[]; blokken: BlokRecord[] }>> {
	const tx = Dexie.currentTransaction;
	if (!tx) throw new Error('ruweLogboeken hoort in een transactie.');
	const alle = <T>(tabel: string, bereik?: IDBKeyRange) =>
		new Promise<T[]>((klaar, fout) => {
			const r = tx.idbtrans.objectStore(tabel).getAll(bereik);
			r.onsuccess = () => klaar(r.result as T[]);
			r.onerror = () => fout(r.error);
		});
	const uit = new Map<string, { rijen: unknown[]; blokken: BlokRecord[] }>();
	const bij = (id: string) => {
		let r = uit.get(id);
		if (!r) uit.set(id, (r = { rijen: [], blokken: [] }));
		return r;
	};
	const lees = async (bereik?: IDBKeyRange) => {
		const [rijen, blokken] = await Promise.all([
			alle<{ caseId: string }>('logboek', bereik),
			alle<BlokRecord>('logblokken', bereik)
		]);
		for (const r of rijen) bij(r.caseId).rijen.push(r);
		for (const b of blokken) bij(b.caseId).blokken.push(b);
	};
	if (!ids) await lees();
	else
		for (const id of ids) {
			bij(id);
			await lees(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
		}
	return uit;
}

/** A log `ruweLogboeken` read, opened with WebCrypto (rows and blocks in parallel), in order. */
export async function openRuweLog(
	db: DossierDB,
	ruw: { rijen: readonly unknown[]; blokken: readonly BlokRecord[] } | undefined
): Promise<LogRecord[]> {
	if (!ruw) return [];
	const [blokken, rijen] = await Promise.all([
		Promise.all(ruw.blokken.map((b) => openBlok(db.sleutelbos, b))),
		Promise.all(ruw.rijen.map((r) => openRij(db.sleutelbos, r)))
	]);
	return samen(blokken, rijen);
}

/**
 * A case's whole log. Inside a transaction the blocks are opened under Dexie.waitFor, which keeps
 * the transaction alive while WebCrypto works; outside one they are opened in parallel.
 */
export async function logboekVan(db: DossierDB, caseId: string): Promise<LogRecord[]> {
	const ruw = await ruwLogboek(db, caseId);
	if (ruw.blokken.length === 0) return ruw.rijen;
	return Dexie.currentTransaction ? Dexie.waitFor(openLog(db, ruw)) : openLog(db, ruw);
}

/**
 * The chain, and its end against the case row: entries cut off at the end leave a chain that
 * still links, but not the length and last hash the row remembers.
 */
export async function controleer(db: DossierDB, caseId: string): Promise<Verificatie> {
	const [log, rij] = await Promise.all([logboekVan(db, caseId), db.casussen.get(caseId)]);
	// With the header, where an entry recorded it: the same check as an import and the CLI.
	const volledig = rij ? await verifieerCasus(rij, log) : await verifieer(log);
	// The case page says "de keten klopt" or names the break; where the header is anchored is
	// for the import preview, so the answer keeps the shape it always had.
	const keten: Verificatie = volledig.ok ? { ok: true, aantal: volledig.aantal } : volledig;
	if (!keten.ok || rij?.aantalRegels === undefined) return keten;
	if (log.length < rij.aantalRegels || log.at(-1)?.hash !== rij.laatsteHash)
		return {
			ok: false,
			volgnummer: log.length + 1,
			positie: log.length + 1,
			reden: `Het logboek eindigt bij regel ${log.length}, maar er waren ${rij.aantalRegels} regels: de laatste ontbreken.`
		};
	return keten;
}

/** Deleting a case removes it whole: its row, its log and its drafts, together. */
export async function verwijderCasus(db: DossierDB, caseId: string): Promise<void> {
	const tabellen = [db.casussen, db.logboek, db.logblokken, db.concepten, db.antwoordsets];
	await db.transaction('rw', tabellen, async () => {
		await db.logboek.where('caseId').equals(caseId).delete();
		await db.logblokken.where('caseId').equals(caseId).delete();
		await db.concepten.where('caseId').equals(caseId).delete();
		// Reflections on the case go with it: they say as much about the pupil as the log does.
		await db.antwoordsets.where('casusId').equals(caseId).delete();
		await db.casussen.delete(caseId);
	});
}

/**
 * The decisions of a log as the wizard keeps them, each with the corrections of its text. A
 * merged log (issue 6) counts the decisions of the line that was chosen; see `effectief`.
 */
export function alsRegels(log: readonly LogRecord[]): LogRegel[] {
	return effectief(log).regels;
}
