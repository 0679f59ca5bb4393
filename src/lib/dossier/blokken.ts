/**
 * A case's log stored in blocks (schema version 5): one IndexedDB record holds up to
 * `MAX_BLOK` consecutive entries. IndexedDB's cost is per record, not per byte (measured in
 * Chromium: 50,000 records 14 s to write, the same entries in 500 records 0.4 s), and so is
 * sealing them: AES-GCM in WebCrypto over 500 blocks took 0.7 s, where JavaScript AES per entry
 * took 8.2 s. Imports and the upgrade write blocks; a single decision made on a screen is still one
 * entry in `logboek` (sealed by the middleware), and the log of a case is both, by number.
 *
 * A block is never changed (the table refuses updates, see db.ts): the log stays append-only.
 * Compaction (dossier.ts `verdicht`) moves single rows into blocks and may replace a case's last,
 * not yet full block by one with the same entries followed by the new ones, in one transaction;
 * no entry is ever altered or dropped (tests/unit/dossier/verdichten.test.ts).
 * The readable fields are the case id and the first and last entry number, which the per-entry
 * table showed as well; everything else is sealed, with those fields as the authenticated
 * context, so a block cannot be moved to another case or place.
 *
 * WebCrypto's promises cannot be awaited inside an IndexedDB transaction (it would commit
 * half-way): blocks are sealed before the transaction that writes them and opened after the one
 * that read them. Inside a transaction only the synchronous variants (@noble/ciphers, the same
 * AES-256-GCM, byte for byte) are used.
 */
import { context, GEHEIM, OntsleutelFout, opentRij } from '$lib/kluis/middleware';
import { ontzegel, verzegel, willekeurig, type Verzegeld } from '$lib/kluis/sleutel';
import type { Sleutelbos } from '$lib/kluis/sleutelbos';
import type { LogRecord } from './types';

export const BLOK_TABEL = 'logblokken';

/** Entries per block: big enough that a 1,000-entry case is a handful of records. */
export const MAX_BLOK = 256;

export interface BlokRecord {
	caseId: string;
	/** The number of the block's first entry: with the case id, the key. */
	volgnummer: number;
	/** The number of its last entry. */
	tot: number;
	/**
	 * The entries, when the dossier has no passphrase. Typed loosely: Dexie's key-path types
	 * recurse into a samenvoeging's nested entries without end.
	 */
	regels?: unknown[];
	/** The entries sealed (JSON, AES-256-GCM under the data key). */
	[GEHEIM]?: Verzegeld;
	/**
	 * Entries as the schema-5 upgrade found them in `logboek`: each plain or sealed by the
	 * middleware for that table. Rewritten as `regels` or sealed when the passphrase changes.
	 */
	oud?: unknown[];
}

const tekst = new TextEncoder();
const lezer = new TextDecoder();

function blokContext(b: Pick<BlokRecord, 'caseId' | 'volgnummer' | 'tot'>): Uint8Array {
	return context(BLOK_TABEL, { caseId: b.caseId, volgnummer: b.volgnummer, tot: b.tot });
}

const sleutels = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/** The data key as a WebCrypto key, imported once per key (a new key is a new array). */
function cryptoSleutel(ruw: Uint8Array): Promise<CryptoKey> {
	let k = sleutels.get(ruw);
	if (!k) {
		k = crypto.subtle.importKey('raw', ruw as BufferSource, 'AES-GCM', false, [
			'encrypt',
			'decrypt'
		]);
		sleutels.set(ruw, k);
	}
	return k;
}

/** Consecutive entries of one case, cut in blocks of at most MAX_BLOK. */
export function inBlokken(regels: readonly LogRecord[]): LogRecord[][] {
	const uit: LogRecord[][] = [];
	for (let i = 0; i < regels.length; i += MAX_BLOK) uit.push(regels.slice(i, i + MAX_BLOK));
	return uit;
}

function kop(regels: readonly LogRecord[]) {
	return {
		caseId: regels[0]!.caseId,
		volgnummer: regels[0]!.volgnummer,
		tot: regels.at(-1)!.volgnummer
	};
}

/** A block of consecutive entries, sealed with WebCrypto: call it before the transaction. */
export async function verzegelBlok(
	bos: Sleutelbos,
	regels: readonly LogRecord[]
): Promise<BlokRecord> {
	const k = kop(regels);
	if (bos.modus === 'uit') return { ...k, regels: [...regels] };
	const sleutel = await cryptoSleutel(bos.nodig());
	const iv = willekeurig(12);
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv: iv as BufferSource, additionalData: blokContext(k) as BufferSource },
		sleutel,
		tekst.encode(JSON.stringify(regels))
	);
	return { ...k, [GEHEIM]: { iv, data: new Uint8Array(data) } };
}

/** The same, synchronously: for use inside a transaction (re-encryption, replacing a tail). */
export function verzegelBlokNu(bos: Sleutelbos, regels: readonly LogRecord[]): BlokRecord {
	const k = kop(regels);
	if (bos.modus === 'uit') return { ...k, regels: [...regels] };
	const inhoud = tekst.encode(JSON.stringify(regels));
	return { ...k, [GEHEIM]: verzegel(bos.nodig(), inhoud, blokContext(k)) };
}

function uitOud(bos: Sleutelbos, b: BlokRecord): LogRecord[] {
	return b.oud!.map((r) => opentRij(bos, 'logboek', r) as LogRecord);
}

/** The entries of a block, opened with WebCrypto: call it after the transaction. */
export async function openBlok(bos: Sleutelbos, b: BlokRecord): Promise<LogRecord[]> {
	if (b.regels) return b.regels as LogRecord[];
	if (b.oud) return uitOud(bos, b);
	const v = b[GEHEIM];
	if (!v) throw new OntsleutelFout(BLOK_TABEL);
	const sleutel = await cryptoSleutel(bos.nodig());
	let inhoud: ArrayBuffer;
	try {
		inhoud = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: v.iv as BufferSource, additionalData: blokContext(b) as BufferSource },
			sleutel,
			v.data as BufferSource
		);
	} catch {
		throw new OntsleutelFout(BLOK_TABEL);
	}
	return JSON.parse(lezer.decode(inhoud)) as LogRecord[];
}

/**
 * A single `logboek` row as IndexedDB holds it (read past the middleware), opened with
 * WebCrypto: the same seal the middleware makes with @noble/ciphers, byte for byte, so many
 * rows can be opened after the transaction that read them, in parallel, instead of one by one
 * in JavaScript inside it. A plain row (no passphrase, or written before one) is returned as is.
 */
export async function openRij(bos: Sleutelbos, rij: unknown): Promise<LogRecord> {
	if (typeof rij !== 'object' || rij === null || !(GEHEIM in rij)) return rij as LogRecord;
	const { [GEHEIM]: v, ...open } = rij as Record<string, unknown> & { [GEHEIM]: Verzegeld };
	const sleutel = await cryptoSleutel(bos.nodig());
	let inhoud: ArrayBuffer;
	try {
		inhoud = await crypto.subtle.decrypt(
			{
				name: 'AES-GCM',
				iv: v.iv as BufferSource,
				additionalData: context('logboek', open) as BufferSource
			},
			sleutel,
			v.data as BufferSource
		);
	} catch {
		throw new OntsleutelFout('logboek');
	}
	return { ...open, ...(JSON.parse(lezer.decode(inhoud)) as object) } as unknown as LogRecord;
}

/** The same, synchronously, inside a transaction. */
export function openBlokNu(bos: Sleutelbos, b: BlokRecord): LogRecord[] {
	if (b.regels) return b.regels as LogRecord[];
	if (b.oud) return uitOud(bos, b);
	const v = b[GEHEIM];
	if (!v) throw new OntsleutelFout(BLOK_TABEL);
	const sleutel = bos.nodig();
	let inhoud: Uint8Array;
	try {
		inhoud = ontzegel(sleutel, v, blokContext(b));
	} catch {
		throw new OntsleutelFout(BLOK_TABEL);
	}
	return JSON.parse(lezer.decode(inhoud)) as LogRecord[];
}

/** Entries from blocks and single rows together, in the order of their numbers. */
export function samen(blokken: readonly LogRecord[][], rijen: readonly LogRecord[]): LogRecord[] {
	const alle = blokken.flat();
	if (rijen.length === 0) return alle;
	if (alle.length === 0) return [...rijen];
	return [...alle, ...rijen].sort((a, b) => a.volgnummer - b.volgnummer);
}
