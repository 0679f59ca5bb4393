/**
 * How an imported copy of a case joins the copy on this device (hand-off: leerkracht → IB-er →
 * directeur and back). The log stays one linear chain per case; a merge never changes an entry.
 *
 * k = the number of leading entries both copies share (equal hashes). Then:
 * - bekend: every entry of the file is already here (at the top or inside a samenvoeging).
 * - vooruit: this copy is a prefix of the file: the file's entries k+1…n are appended as they
 *   are; their hashes already chain onto entry k.
 * - overnemen: both went on, but every entry this copy has after k is already in the file
 *   (typically inside the samenvoeging the other side made when it imported ours). The file's
 *   chain replaces our tail; nothing is lost because each entry removed is in the file verbatim
 *   (`plan` checks this, and the import checks it again before deleting).
 * - samenvoegen: both went on with entries the other lacks: one new entry (samenvoeging) holds
 *   the file's entries k+1…n verbatim, after our own.
 */
import type { LogRecord } from '$lib/dossier/types';

export type Plan =
	| { soort: 'bekend' }
	| { soort: 'vooruit'; toevoegen: LogRecord[] }
	| { soort: 'overnemen'; weg: LogRecord[]; toevoegen: LogRecord[] }
	| { soort: 'samenvoegen'; vanaf: number; regels: LogRecord[] };

/** Every entry's hash, those inside samenvoegingen (at any depth) included. */
export function alleHashes(log: readonly LogRecord[], in_: Set<string> = new Set()): Set<string> {
	for (const r of log) {
		in_.add(r.hash);
		if (r.soort === 'samenvoeging') alleHashes(r.regels, in_);
	}
	return in_;
}

export function gemeenschappelijk(a: readonly LogRecord[], b: readonly LogRecord[]): number {
	let k = 0;
	while (k < a.length && k < b.length && a[k]!.hash === b[k]!.hash) k++;
	return k;
}

/** Both logs must be verified chains of the same case. */
export function plan(lokaal: readonly LogRecord[], bestand: readonly LogRecord[]): Plan {
	const k = gemeenschappelijk(lokaal, bestand);
	const hier = alleHashes(lokaal);
	const nieuw = bestand.slice(k);
	if (nieuw.every((r) => hier.has(r.hash))) return { soort: 'bekend' };
	if (k === lokaal.length) return { soort: 'vooruit', toevoegen: nieuw };
	const daar = alleHashes(bestand);
	const eigen = lokaal.slice(k);
	if (eigen.every((r) => daar.has(r.hash)))
		return { soort: 'overnemen', weg: eigen, toevoegen: nieuw };
	return { soort: 'samenvoegen', vanaf: k, regels: nieuw };
}

/** How many entries (at any depth) the file adds to this copy. */
export function aantalNieuw(lokaal: readonly LogRecord[], bestand: readonly LogRecord[]): number {
	const hier = alleHashes(lokaal);
	let n = 0;
	for (const h of alleHashes(bestand)) if (!hier.has(h)) n++;
	return n;
}
