/**
 * The hash chain that makes the log tamper-evident: every entry carries a SHA-256 over its own
 * content and the previous entry's hash. Content is serialised canonically (RFC 8785), so the
 * same entry always gives the same bytes.
 *
 * An import checks 50,000 entries: the `canonicalize` package (a Set per call, a JavaScript loop
 * over every string) was the largest part of that check (bench/profiel.ts import), so `kanoniek`
 * writes the same bytes (the tests compare it with canonicalize). The digest stays WebCrypto:
 * measured in Chromium on 50,000 entries of 1 KB, @noble/hashes' synchronous SHA-256 took
 * 1.5–2.2 s, 50,000 awaited WebCrypto digests 0.6–0.9 s.
 */
import { normaliseerPseudoniem } from './grenzen';
import { GENESIS, type CasusKop, type LogRecord } from './types';

/** An entry's hashed content: everything but its hash and its signature (which signs the hash). */
export type ZonderHash<T extends LogRecord = LogRecord> = T extends LogRecord
	? Omit<T, 'hash' | 'ondertekening'>
	: never;

/**
 * The part of an entry its hash covers. A signature is never part of what it signs, so it is
 * left out even when a caller passes a whole entry along.
 */
export function gehashteInhoud(regel: object): object {
	if (!('hash' in regel) && !('ondertekening' in regel)) return regel;
	const kopie: Record<string, unknown> = { ...regel };
	delete kopie.hash;
	delete kopie.ondertekening;
	return kopie;
}

/**
 * RFC 8785 (JSON Canonicalization Scheme) as the `canonicalize` package writes it: object keys
 * sorted by UTF-16 code units, members whose value is undefined left out, numbers and strings
 * as JSON.stringify writes them (which is what RFC 8785 prescribes); NaN, infinities and lone
 * surrogates refused. Entries are JSON data, so no cycles; toJSON is followed as canonicalize
 * follows it.
 */
const LOS_SURROGAAT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Native where the browser has it (2023 on); the same test as a regular expression elsewhere. */
function welgevormd(s: string): boolean {
	return typeof s.isWellFormed === 'function' ? s.isWellFormed() : !LOS_SURROGAAT.test(s);
}

export function kanoniek(w: unknown): string {
	if (typeof w === 'string') {
		if (!welgevormd(w)) throw new Error('Lone surrogate is not allowed');
		return JSON.stringify(w);
	}
	if (typeof w === 'number') {
		if (!Number.isFinite(w)) throw new Error('NaN or Infinity is not allowed');
		return JSON.stringify(w);
	}
	if (w === null || typeof w !== 'object') return JSON.stringify(w);
	// As canonicalize: an object that serialises itself (a Date) is canonicalised as it does.
	if (typeof (w as { toJSON?: unknown }).toJSON === 'function')
		return kanoniek((w as { toJSON: () => unknown }).toJSON());
	if (Array.isArray(w)) {
		let uit = '[';
		for (let i = 0; i < w.length; i++) {
			const x: unknown = w[i];
			uit += (i > 0 ? ',' : '') + (x === undefined || typeof x === 'symbol' ? 'null' : kanoniek(x));
		}
		return uit + ']';
	}
	const o = w as Record<string, unknown>;
	let uit = '{';
	let eerste = true;
	for (const k of Object.keys(o).sort()) {
		const x = o[k];
		if (x === undefined || typeof x === 'symbol') continue;
		uit += (eerste ? '' : ',') + kanoniek(k) + ':' + kanoniek(x);
		eerste = false;
	}
	return uit + '}';
}

const utf8 = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export async function hashVan(inhoud: ZonderHash): Promise<string> {
	const tekst = kanoniek(gehashteInhoud(inhoud));
	if (tekst === undefined) throw new Error('Deze regel kan niet worden vastgelegd.');
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(tekst)));
	let hex = '';
	for (const b of digest) hex += HEX[b];
	return hex;
}

export async function metHash<T extends LogRecord>(inhoud: ZonderHash<T>): Promise<T> {
	return { ...inhoud, hash: await hashVan(inhoud) } as unknown as T;
}

export type Verificatie =
	| {
			ok: true;
			aantal: number;
			/**
			 * Only from `verifieerCasus`: the volgnummer of the (top-level) entry whose hash first
			 * covers the case header, or null when no entry does (a case begun before export format 2,
			 * or a file of format 1): then the header is outside the chain, and views say so.
			 */
			kopIn?: number | null;
	  }
	| { ok: false; volgnummer: number; positie: number; reden: string };

/** Merges inside merges inside merges: deeper than this is not a real hand-off but a crafted file. */
export const MAX_DIEPTE = 16;

/**
 * Checks a case's entries as stored, in the order given (by volgnummer): numbering without gaps,
 * each link to the previous hash, each hash over its own content. Reports the first break.
 * The other copy's entries inside a samenvoeging are checked the same way, as a chain that goes
 * on from entry `vanaf` of this case, so a merged-in entry is as tamper-evident as our own.
 */
export async function verifieer(regels: readonly LogRecord[]): Promise<Verificatie> {
	const uitslag = await keten(regels, 1, GENESIS, [], 0);
	return uitslag ?? { ok: true, aantal: regels.length };
}

type Breuk = { ok: false; volgnummer: number; positie: number; reden: string };

async function keten(
	regels: readonly LogRecord[],
	begin: number,
	start: string,
	eerder: readonly string[],
	diepte: number
): Promise<Breuk | null> {
	let vorige = start;
	const hashes = [...eerder];
	for (const [i, regel] of regels.entries()) {
		const verwacht = begin + i;
		const fout = (reden: string) => ({
			ok: false as const,
			volgnummer: regel.volgnummer,
			positie: i + 1,
			reden
		});
		if (regel.volgnummer < verwacht)
			return fout(`Regel ${regel.volgnummer} staat op de verkeerde plaats.`);
		if (regel.volgnummer > verwacht) {
			const verderOp = regels.some((r, j) => j > i && r.volgnummer === verwacht);
			return fout(
				verderOp
					? `Regel ${verwacht} staat op de verkeerde plaats: op die plaats staat regel ${regel.volgnummer}.`
					: i === 0
						? `Regel ${verwacht} ontbreekt: het logboek begint bij regel ${regel.volgnummer}.`
						: `Regel ${verwacht} ontbreekt: na regel ${verwacht - 1} volgt regel ${regel.volgnummer}.`
			);
		}
		if (regel.vorigeHash !== vorige)
			return fout(`Regel ${regel.volgnummer} sluit niet aan op de regel ervoor.`);
		const { hash } = regel;
		if ((await hashVan(regel as unknown as ZonderHash)) !== hash)
			return fout(`Regel ${regel.volgnummer} is gewijzigd nadat hij werd vastgelegd.`);
		if (regel.soort === 'samenvoeging') {
			const { vanaf } = regel;
			if (!Number.isInteger(vanaf) || vanaf < 0 || vanaf >= regel.volgnummer)
				return fout(`Regel ${regel.volgnummer} voegt samen vanaf een regel die er niet is.`);
			if (diepte >= MAX_DIEPTE)
				return fout(`Regel ${regel.volgnummer} bevat te veel samenvoegingen in elkaar.`);
			if (regel.regels.some((r) => r.caseId !== regel.caseId))
				return fout(`Regel ${regel.volgnummer} voegt regels samen die bij een andere casus horen.`);
			const binnen = await keten(
				regel.regels,
				vanaf + 1,
				vanaf === 0 ? GENESIS : hashes[vanaf - 1]!,
				hashes.slice(0, vanaf),
				diepte + 1
			);
			if (binnen)
				return fout(
					`Regel ${regel.volgnummer} voegt regels van een andere kopie samen, en daarin klopt iets niet: ${binnen.reden}`
				);
		}
		hashes.push(hash);
		vorige = hash;
	}
	return null;
}

/** The header fields of a case row, and nothing else: what an entry's `kop` holds. */
export function kopVan(casus: CasusKop): CasusKop {
	return {
		pseudoniem: casus.pseudoniem,
		leeftijd: casus.leeftijd,
		variant: casus.variant,
		aangemaakt: casus.aangemaakt
	};
}

export interface KopAnker {
	/** The header as the entry recorded it. */
	kop: CasusKop;
	/** The top-level entry it is in (itself, or the samenvoeging that holds it). */
	volgnummer: number;
	positie: number;
	/** Set when the anchor is an entry of another copy inside that samenvoeging. */
	binnen?: number;
}

/**
 * Every entry that carries the header, in log order, at any depth: the other copy inside a
 * samenvoeging may have anchored the header before this one did. Iterative, as a crafted file
 * may nest (verifieer caps the depth, but this may run on a log that failed it).
 */
export function kopAnkers(regels: readonly LogRecord[]): KopAnker[] {
	const uit: KopAnker[] = [];
	for (const [i, r] of regels.entries()) {
		const stapel: LogRecord[] = [r];
		while (stapel.length > 0) {
			const x = stapel.shift()!;
			if (x.kop !== undefined)
				uit.push({
					kop: x.kop,
					volgnummer: r.volgnummer,
					positie: i + 1,
					...(x === r ? {} : { binnen: x.volgnummer })
				});
			if (x.soort === 'samenvoeging' && Array.isArray(x.regels)) stapel.unshift(...x.regels);
		}
	}
	return uit;
}

/**
 * Where a header differs from what an entry recorded, in Dutch ("leeftijd 15, vastgelegd 9").
 * The start is compared as a moment (a time zone written differently is the same start); the
 * pseudonym after the same normalisation the app applies when it is typed.
 */
export function kopAfwijkingen(kop: CasusKop, vastgelegd: CasusKop): string[] {
	const uit: string[] = [];
	const p = (x: unknown) => (typeof x === 'string' ? normaliseerPseudoniem(x) : x);
	if (p(kop.pseudoniem) !== p(vastgelegd.pseudoniem))
		uit.push(`pseudoniem "${kop.pseudoniem}", vastgelegd "${vastgelegd.pseudoniem}"`);
	if (kop.leeftijd !== vastgelegd.leeftijd)
		uit.push(`leeftijd ${kop.leeftijd}, vastgelegd ${vastgelegd.leeftijd}`);
	if (kop.variant !== vastgelegd.variant)
		uit.push(`stappenplan ${kop.variant}, vastgelegd ${vastgelegd.variant}`);
	const t = (x: unknown) => (typeof x === 'string' ? Date.parse(x) : NaN);
	if (!(t(kop.aangemaakt) === t(vastgelegd.aangemaakt)))
		uit.push(`begonnen op ${kop.aangemaakt}, vastgelegd ${vastgelegd.aangemaakt}`);
	return uit;
}

/**
 * A case as a whole: its chain (`verifieer`), and its header against every entry that recorded
 * it. The one check behind the import preview, the case page's "de keten klopt" and the
 * command-line verifier (scripts/verifieer.ts), so they can never disagree. The app offers no
 * way to change a header, so every anchor must match; a header change, should one be added,
 * is a new entry with the new `kop`, and this rule would then compare with the last one.
 */
export async function verifieerCasus(
	casus: CasusKop,
	regels: readonly LogRecord[]
): Promise<Verificatie> {
	const keten = await verifieer(regels);
	if (!keten.ok) return keten;
	const ankers = kopAnkers(regels);
	for (const a of ankers) {
		const anders = kopAfwijkingen(casus, a.kop);
		if (anders.length > 0)
			return {
				ok: false,
				volgnummer: a.volgnummer,
				positie: a.positie,
				reden: `De kop van de casus is gewijzigd nadat regel ${a.binnen ?? a.volgnummer}${a.binnen === undefined ? '' : ` (van een andere kopie, in regel ${a.volgnummer})`} hem vastlegde: ${anders.join('; ')}.`
			};
	}
	return { ...keten, kopIn: ankers[0]?.volgnummer ?? null };
}
