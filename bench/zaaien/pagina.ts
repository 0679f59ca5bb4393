/**
 * Runs inside the app's own page (same origin, so the same IndexedDB), bundled by bundel.ts and
 * injected with page.evaluate. It writes and appends through the app's own code: DossierDB with
 * its encryption middleware, the passphrase through `stelWachtwoordIn` (real PBKDF2 iteration
 * count), hashes through `metHash`, case rows through `samenvatting`, single appends through
 * `voegBeslissingToe`. So the records are exactly the ones the app writes, and the app reads
 * them back as its own.
 *
 * Exposed as `window.__bench`; every function opens its own connection and closes it again.
 */
import { DossierDB } from '../../src/lib/dossier/db.js';
import {
	alsRegels,
	logboekVan,
	verdicht,
	voegBeslissingToe
} from '../../src/lib/dossier/dossier.js';
import { metHash } from '../../src/lib/dossier/keten.js';
import { samenvatting } from '../../src/lib/dossier/samenvatting.js';
import { GENESIS, type BeslissingRecord, type CasusRecord } from '../../src/lib/dossier/types.js';
import { kiesZonderWachtwoord, ontgrendel, stelWachtwoordIn } from '../../src/lib/kluis/kluis.js';
import type { LogRegel } from '../../src/lib/logboek/logboek.js';
import { alsTekst, maakExport } from '../../src/lib/uitwisseling/exporteren.js';
import { importeer as importeerBestand } from '../../src/lib/uitwisseling/importeren.js';
import { lees as leesTekst } from '../../src/lib/uitwisseling/lezen.js';
import type { Variant } from '../../machines/meldcode.machine.js';
import { beginToestand, stap } from '../../machines/replay.js';
import type { MeldcodeSnapshot } from '../../machines/replay.js';
import { metNieuweToelichting, Wandelaar, willekeur, type Regel } from './wandeling.js';

/** Distinct journeys per variant that ordinary cases share (with their own texts). */
const VOORRAAD = 12;

export interface CasusOpdracht {
	id: string;
	pseudoniem: string;
	leeftijd: number;
	variant: Variant;
	lengte: number;
	/** End the log in this state (e.g. `stap4.vraag1`), for the step-change benchmark. */
	eindigOp?: string;
}

export interface Zaaiopdracht {
	casussen: CasusOpdracht[];
	/** null: the user chose to work without a passphrase (no encryption). */
	wachtwoord: string | null;
	zaad: number;
}

export interface Zaaitijden {
	regels: number;
	sleutelMs: number;
	wandelenMs: number;
	hashenMs: number;
	schrijvenMs: number;
	/**
	 * Compaction afterwards (dossier.ts `verdicht`): the app moves every full block of single rows
	 * into a sealed block after the append that fills it, so a log that grew by appends is stored
	 * that way; the seeding writes the rows in bulk and then compacts each case once.
	 */
	verdichtenMs: number;
	totaalMs: number;
	/** The number of entries of each case, in the order given. */
	lengtes: number[];
}

const DOOR = { rol: 'ib-er' as const, naam: 'B. Benchmark' };
const wandelaar = new Wandelaar();

async function open(wachtwoord: string | null): Promise<DossierDB> {
	const db = new DossierDB();
	await db.open();
	if (wachtwoord !== null && !(await ontgrendel(db, wachtwoord)))
		throw new Error('benchmark: wachtwoord klopt niet');
	return db;
}

async function zaai(o: Zaaiopdracht): Promise<Zaaitijden> {
	const t0 = performance.now();
	const db = new DossierDB();
	await db.open();
	if (o.wachtwoord === null) await kiesZonderWachtwoord(db);
	else await stelWachtwoordIn(db, o.wachtwoord);
	const t1 = performance.now();

	const rnd = willekeur(o.zaad);
	let wandelen = 0;
	let hashen = 0;
	let schrijven = 0;
	let totaal = 0;
	const lengtes: number[] = [];
	let rijen: CasusRecord[] = [];
	let log: BeslissingRecord[] = [];
	const schrijf = async () => {
		const t = performance.now();
		await db.transaction('rw', db.casussen, db.logboek, async () => {
			await db.casussen.bulkAdd(rijen);
			await db.logboek.bulkAdd(log);
		});
		schrijven += performance.now() - t;
		rijen = [];
		log = [];
	};

	// Ordinary cases take a prefix of one of a few walked journeys (a prefix of a valid journey is
	// valid), each entry with its own reasoning; a case with a target state gets its own walk.
	const gewoon = o.casussen.filter((c) => !c.eindigOp);
	const langste = Math.max(0, ...gewoon.map((c) => c.lengte));
	const voorraad = new Map<string, ReturnType<Wandelaar['wandel']>>();
	for (const [k, c] of o.casussen.entries()) {
		let t = performance.now();
		let regels: Regel[];
		let snapshot: MeldcodeSnapshot;
		if (c.eindigOp) {
			({ regels, snapshot } = wandelaar.wandel(c.variant, c.id, c.lengte, rnd, c.eindigOp));
		} else {
			const sleutel = `${c.variant}:${k % VOORRAAD}`;
			let w = voorraad.get(sleutel);
			if (!w) voorraad.set(sleutel, (w = wandelaar.wandel(c.variant, sleutel, langste, rnd)));
			regels = w.regels.slice(0, c.lengte).map((r, i) => metNieuweToelichting(r, rnd, i + 1));
			snapshot = w.snapshots[c.lengte - 1]!;
		}
		wandelen += performance.now() - t;

		t = performance.now();
		const aangemaakt = regels[0]?.beslissing.at ?? new Date().toISOString();
		let vorigeHash = GENESIS;
		const logRegels: LogRegel[] = [];
		for (const [i, r] of regels.entries()) {
			const record = await metHash<BeslissingRecord>({
				soort: 'beslissing',
				caseId: c.id,
				volgnummer: i + 1,
				at: r.beslissing.at,
				door: DOOR,
				beslissing: r.beslissing,
				...(r.gegevens ? { gegevens: r.gegevens } : {}),
				vorigeHash
			});
			vorigeHash = record.hash;
			log.push(record);
			logRegels.push({ volgnummer: i + 1, door: DOOR, beslissing: r.beslissing });
		}
		rijen.push({
			id: c.id,
			pseudoniem: c.pseudoniem,
			zoeknaam: c.pseudoniem.toLocaleLowerCase('nl'),
			leeftijd: c.leeftijd,
			variant: c.variant,
			aangemaakt,
			...samenvatting(snapshot, logRegels),
			bijgewerkt: regels.at(-1)?.beslissing.at ?? aangemaakt,
			aantalRegels: regels.length,
			laatsteHash: vorigeHash
		});
		hashen += performance.now() - t;
		totaal += regels.length;
		lengtes.push(regels.length);
		if (log.length >= 5_000) await schrijf();
	}
	if (rijen.length > 0) await schrijf();
	const tv = performance.now();
	for (const c of o.casussen) await verdicht(db, c.id);
	const verdichten = performance.now() - tv;
	db.close();
	return {
		regels: totaal,
		sleutelMs: t1 - t0,
		wandelenMs: wandelen,
		hashenMs: hashen,
		schrijvenMs: schrijven,
		verdichtenMs: verdichten,
		totaalMs: performance.now() - t0,
		lengtes
	};
}

/** The case as the app replays it: its decisions and the machine state they lead to. */
async function lees(db: DossierDB, caseId: string) {
	const rij = await db.casussen.get(caseId);
	if (!rij) throw new Error(`benchmark: casus ${caseId} ontbreekt`);
	const log = await logboekVan(db, caseId);
	const regels = alsRegels(log);
	let snapshot = beginToestand({ caseId, variant: rij.variant });
	for (const r of regels) snapshot = stap(snapshot, r.beslissing.event).snapshot;
	return { regels, snapshot, lengte: log.at(-1)?.volgnummer ?? 0 };
}

/**
 * Appends `aantal` decisions one at a time through the app's `voegBeslissingToe`, as the wizard
 * does (including the copy of all decisions it hands over); returns the time of each.
 */
async function voegToe(o: {
	caseId: string;
	aantal: number;
	wachtwoord: string | null;
	zaad: number;
}): Promise<number[]> {
	const db = await open(o.wachtwoord);
	const rnd = willekeur(o.zaad);
	let { regels, snapshot, lengte } = await lees(db, o.caseId);
	const tijden: number[] = [];
	for (let k = 0; k < o.aantal; k++) {
		const r = wandelaar.neem(snapshot, wandelaar.kies(snapshot, rnd), rnd, lengte + 1);
		const regel: LogRegel = {
			volgnummer: lengte + 1,
			door: DOOR,
			beslissing: r.regel.beslissing,
			...(r.regel.gegevens ? { gegevens: r.regel.gegevens } : {})
		};
		const t = performance.now();
		const alle = [...regels, regel];
		await voegBeslissingToe(db, o.caseId, regel, r.snapshot, alle);
		tijden.push(performance.now() - t);
		regels = alle;
		snapshot = r.snapshot;
		lengte += 1;
	}
	db.close();
	return tijden;
}

/** Appends the shortest way back to state `doel` (not timed); returns how many entries. */
async function terugNaar(o: {
	caseId: string;
	doel: string;
	wachtwoord: string | null;
}): Promise<number> {
	const db = await open(o.wachtwoord);
	let { regels, snapshot, lengte } = await lees(db, o.caseId);
	const rnd = willekeur(lengte);
	const pad = wandelaar.pad(snapshot, o.doel);
	for (const e of pad) {
		const r = wandelaar.neem(snapshot, e, rnd, lengte + 1);
		const regel: LogRegel = { volgnummer: lengte + 1, door: DOOR, ...r.regel };
		regels = [...regels, regel];
		await voegBeslissingToe(db, o.caseId, regel, r.snapshot, regels);
		snapshot = r.snapshot;
		lengte += 1;
	}
	db.close();
	return pad.length;
}

/** The last export's text stays in the page: import reads it from here (no 40 MB round trip). */
let laatsteExport = '';

export interface Exporttijden {
	/** Reading and decrypting every case and entry (maakExport). */
	lezenMs: number;
	/** Serialising to the file's text (alsTekst, unencrypted file). */
	tekstMs: number;
	totaalMs: number;
	bytes: number;
}

/** Export of everything, as "Alle casussen exporteren" does it (without the download itself). */
async function exporteer(o: { wachtwoord: string | null }): Promise<Exporttijden> {
	const db = await open(o.wachtwoord);
	const t0 = performance.now();
	const bestand = await maakExport(db, { alle: true });
	const t1 = performance.now();
	laatsteExport = await alsTekst(bestand);
	const t2 = performance.now();
	db.close();
	return {
		lezenMs: t1 - t0,
		tekstMs: t2 - t1,
		totaalMs: t2 - t0,
		bytes: new Blob([laatsteExport]).size
	};
}

export interface Importtijden {
	/** Parse, schema, every hash chain, every decision replayed (lees). */
	controleMs: number;
	/** The one transaction that writes (and encrypts) everything (importeer). */
	schrijvenMs: number;
	totaalMs: number;
	casussen: number;
}

/** A fresh dossier of its own (another device), its passphrase set (or none chosen). */
async function maakLeeg(o: { wachtwoord: string | null; naam: string }): Promise<void> {
	const db = new DossierDB(o.naam);
	await db.open();
	if (o.wachtwoord === null) await kiesZonderWachtwoord(db);
	else await stelWachtwoordIn(db, o.wachtwoord);
	db.close();
}

/**
 * The last export imported into the fresh dossier `maakLeeg` made (another device): all new
 * cases, so every entry is verified and written. Opening and unlocking it is not timed.
 */
async function importeer(o: { wachtwoord: string | null; naam: string }): Promise<Importtijden> {
	const db = new DossierDB(o.naam);
	await db.open();
	if (o.wachtwoord !== null && !(await ontgrendel(db, o.wachtwoord)))
		throw new Error('benchmark: wachtwoord klopt niet');
	const t0 = performance.now();
	const gelezen = await leesTekst(laatsteExport);
	if (!gelezen.ok) throw new Error(`benchmark: export niet leesbaar: ${gelezen.fout}`);
	const t1 = performance.now();
	const r = await importeerBestand(db, gelezen.bestand, {
		door: DOOR,
		at: new Date().toISOString()
	});
	const t2 = performance.now();
	if (!r.ok) throw new Error(`benchmark: import mislukt: ${r.fout}`);
	const casussen = await db.casussen.count();
	await db.delete();
	return { controleMs: t1 - t0, schrijvenMs: t2 - t1, totaalMs: t2 - t0, casussen };
}

const api = { zaai, voegToe, terugNaar, exporteer, maakLeeg, importeer };
export type BenchApi = typeof api;
(globalThis as unknown as { __bench: BenchApi }).__bench = api;
