/**
 * How an imported copy of a case joins the copy on this device (hand-off: leerkracht → IB-er →
 * directeur and back). The log stays one linear chain per case; a merge never changes an entry.
 *
 * k = the number of leading entries both copies share (equal hashes). "Content" below means the
 * entries themselves (decisions, corrections, choices, sign-offs, …) at any depth, not the
 * samenvoeging wrappers around them. Then:
 * - bekend: the file's entries after k add no content this copy lacks.
 * - vooruit: this copy is a prefix of the file: the file's entries k+1…n are appended as they
 *   are; their hashes already chain onto entry k.
 * - overnemen: both went on, but all content this copy has after k is in the file too
 *   (typically inside the samenvoeging the other side made when it imported ours). The file's
 *   chain replaces our tail. No entry is lost: every entry removed is in the file verbatim (same
 *   hash, so the same content); only a samenvoeging wrapper of ours may go, and everything it
 *   held is in the file. The import checks this again before it deletes anything.
 * - samenvoegen: both went on with content the other lacks: one new entry (samenvoeging) holds
 *   the file's entries k+1…n verbatim, after our own.
 * Two devices that imported each other's files crosswise end up with the same content in a
 * different order; both then see the other's file as bekend, and the next real entry on either
 * side is adopted by the other (overnemen), so they converge without growing.
 */
import type { LogRecord } from '$lib/dossier/types';

export type Plan =
	| { soort: 'bekend' }
	| { soort: 'vooruit'; toevoegen: LogRecord[] }
	| { soort: 'overnemen'; weg: LogRecord[]; toevoegen: LogRecord[] }
	| { soort: 'samenvoegen'; vanaf: number; regels: LogRecord[] };

/** The hashes of the content: every entry at any depth except the samenvoeging wrappers. */
export function inhoud(log: readonly LogRecord[], in_: Set<string> = new Set()): Set<string> {
	for (const r of log) {
		if (r.soort === 'samenvoeging') inhoud(r.regels, in_);
		else in_.add(r.hash);
	}
	return in_;
}

function binnen(deel: Set<string>, geheel: Set<string>): boolean {
	for (const h of deel) if (!geheel.has(h)) return false;
	return true;
}

export function gemeenschappelijk(a: readonly LogRecord[], b: readonly LogRecord[]): number {
	let k = 0;
	while (k < a.length && k < b.length && a[k]!.hash === b[k]!.hash) k++;
	return k;
}

/** Both logs must be verified chains of the same case. */
export function plan(lokaal: readonly LogRecord[], bestand: readonly LogRecord[]): Plan {
	const k = gemeenschappelijk(lokaal, bestand);
	const nieuw = bestand.slice(k);
	if (binnen(inhoud(nieuw), inhoud(lokaal))) return { soort: 'bekend' };
	if (k === lokaal.length) return { soort: 'vooruit', toevoegen: nieuw };
	const eigen = lokaal.slice(k);
	if (binnen(inhoud(eigen), inhoud(bestand)))
		return { soort: 'overnemen', weg: eigen, toevoegen: nieuw };
	return { soort: 'samenvoegen', vanaf: k, regels: nieuw };
}

/** Our entries that would be gone after adopting the file's chain: must be none. */
export function verloren(weg: readonly LogRecord[], bestand: readonly LogRecord[]): string[] {
	const daar = inhoud(bestand);
	return [...inhoud(weg)].filter((h) => !daar.has(h));
}

/** How many entries (content, at any depth) the file adds to this copy. */
export function aantalNieuw(lokaal: readonly LogRecord[], bestand: readonly LogRecord[]): number {
	const hier = inhoud(lokaal);
	let n = 0;
	for (const h of inhoud(bestand)) if (!hier.has(h)) n++;
	return n;
}
