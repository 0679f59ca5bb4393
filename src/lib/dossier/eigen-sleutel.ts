/**
 * The signing keys of the people who use this device (issue 14), one per name and role, made on
 * first need: the first entry someone records, or "Sleutel maken" in the settings. The private
 * key is generated non-extractable and kept as a CryptoKey in IndexedDB (schema 6): it can sign
 * on this device and can never be copied off it, not by a script and not by an export.
 *
 * A new key joins this device's team roster at once, so its owner's own entries show as known
 * here and the roster file made on this device carries it to colleagues.
 */
import type { Rol } from '$lib/logboek/logboek';
import type { DossierDB } from './db';
import { nieuwSleutelpaar, type Ondertekenaar } from './ondertekening';

export interface SleutelRecord extends Ondertekenaar {
	/** Role and name, as one key: `persoonVan`. */
	persoon: string;
	naam: string;
	rol: Rol;
	aangemaakt: string;
}

/** The key's owner as one string; a name is compared as typed, trimmed. */
export function persoonVan(door: { rol: Rol; naam?: string }): string {
	return `${door.rol}\u0000${door.naam?.trim() ?? ''}`;
}

const bezig = new WeakMap<DossierDB, Map<string, Promise<SleutelRecord>>>();

/** This person's key on this device, if one was made. */
export async function bestaandeSleutel(
	db: DossierDB,
	door: { rol: Rol; naam?: string }
): Promise<SleutelRecord | undefined> {
	return db.sleutels.where('persoon').equals(persoonVan(door)).first();
}

/**
 * This person's key, made now when there is none. Call it outside a transaction: making a key
 * is WebCrypto work and writes two tables. Two calls at once for the same person share one key.
 */
export function eigenSleutel(
	db: DossierDB,
	door: { rol: Rol; naam?: string },
	at = new Date().toISOString()
): Promise<SleutelRecord> {
	const persoon = persoonVan(door);
	let perDb = bezig.get(db);
	if (!perDb) bezig.set(db, (perDb = new Map()));
	let p = perDb.get(persoon);
	if (!p) {
		p = (async () => {
			const er = await bestaandeSleutel(db, door);
			if (er) return er;
			const paar = await nieuwSleutelpaar();
			const record: SleutelRecord = {
				...paar,
				persoon,
				naam: door.naam?.trim() ?? '',
				rol: door.rol,
				aangemaakt: at
			};
			await db.transaction('rw', db.sleutels, db.team, async () => {
				await db.sleutels.add(record);
				await db.team.put({
					sleutel: record.sleutel,
					naam: record.naam,
					rol: record.rol,
					publiek: record.publiek
				});
			});
			return record;
		})();
		perDb.set(persoon, p);
		// A failure is not remembered: the next entry tries again.
		p.catch(() => perDb.delete(persoon));
	}
	return p;
}

/**
 * The key to sign a new entry with, or null when this device cannot make or keep one (a browser
 * without WebCrypto keys in IndexedDB). The entry is then recorded unsigned: a decision about a
 * child's safety is never lost for want of a signature; the views say it is not signed.
 */
export async function ondertekenaarVoor(
	db: DossierDB,
	door: { rol: Rol; naam?: string }
): Promise<Ondertekenaar | null> {
	try {
		return await eigenSleutel(db, door);
	} catch {
		return null;
	}
}

/** All keys made on this device, oldest first (for the settings page). */
export async function eigenSleutels(db: DossierDB): Promise<SleutelRecord[]> {
	return (await db.sleutels.toArray()).sort((a, b) => a.aangemaakt.localeCompare(b.aangemaakt));
}
