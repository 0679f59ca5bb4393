/**
 * Numbered schema versions for a Dexie database (GitHub Desktop style): each version names what it
 * changes and why, a new one is added at the end and never changes an older one. Used by the
 * dossier (src/lib/dossier/versies.ts) and the questionnaires (src/lib/vragenlijst/versies.ts).
 */
import type { Dexie, Transaction } from 'dexie';

export interface Versie {
	versie: number;
	/** What this version changes, and why. */
	naam: string;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

/** Declares versions 1..tot of `versies` on a Dexie instance. */
export function declareer(db: Dexie, versies: readonly Versie[], tot: number) {
	for (const v of versies.filter((v) => v.versie <= tot)) {
		const versie = db.version(v.versie).stores(v.stores);
		if (v.upgrade) versie.upgrade(v.upgrade);
	}
}
