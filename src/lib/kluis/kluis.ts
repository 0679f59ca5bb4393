/**
 * Setting, checking and changing the passphrase of a dossier. The configuration lives in the
 * readable `meta` table beside the data (salt, iteration count, the wrapped data key), so a
 * copied database carries what it needs, and nothing that opens it without the passphrase.
 *
 * There is no way around a lost passphrase: no recovery key, no copy of the key anywhere. The
 * screens that set it say so.
 */
import type { DossierDB } from '$lib/dossier/db';
import {
	leidAf,
	nieuweAfleiding,
	nieuweDatasleutel,
	pakDatasleutelUit,
	PBKDF2_ITERATIES,
	verpakDatasleutel,
	type Afleiding,
	type Verzegeld
} from './sleutel';

export const KLUIS_SLEUTEL = 'kluis';
export const MINIMALE_LENGTE = 12;

export type KluisConfig =
	| { versie: 1; modus: 'uit'; gekozen: string }
	| { versie: 1; modus: 'aan'; ingesteld: string; afleiding: Afleiding; datasleutel: Verzegeld };

export async function leesKluis(db: DossierDB): Promise<KluisConfig | undefined> {
	const rij = await db.meta.get(KLUIS_SLEUTEL);
	return rij?.waarde as KluisConfig | undefined;
}

/** What is wrong with a new passphrase, in Dutch; empty when it is fine. */
export function problemenMetWachtwoord(wachtwoord: string, herhaling: string): string[] {
	const p: string[] = [];
	if ([...wachtwoord.normalize('NFC')].length < MINIMALE_LENGTE)
		p.push(
			`Kies een wachtwoord van minstens ${MINIMALE_LENGTE} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`
		);
	if (wachtwoord !== herhaling) p.push('De twee wachtwoorden zijn niet gelijk.');
	return p;
}

/** The user chose to work without a passphrase, knowing the risk; asked again only from settings. */
export async function kiesZonderWachtwoord(db: DossierDB, at = new Date().toISOString()) {
	const config: KluisConfig = { versie: 1, modus: 'uit', gekozen: at };
	await db.meta.put({ sleutel: KLUIS_SLEUTEL, waarde: config });
	db.sleutelbos.vergeet();
	db.sleutelbos.modus = 'uit';
}

/**
 * Re-encrypts every case, log entry and draft under `datasleutel`, and stores `config`, in one
 * transaction: a failure (a full disk, a closed tab) leaves the old records and the old key.
 * Clearing and re-adding (instead of updating) is what lets the append-only log be re-sealed:
 * the entries themselves, and so their hashes, do not change.
 */
async function herversleutel(db: DossierDB, datasleutel: Uint8Array, config: KluisConfig) {
	const bos = db.sleutelbos;
	const vorige = { modus: bos.modus, sleutel: bos.sleutel?.slice() ?? null };
	try {
		await db.transaction('rw', [db.casussen, db.logboek, db.concepten, db.meta], async () => {
			const [casussen, logboek, concepten] = await Promise.all([
				db.casussen.toArray(),
				db.logboek.toArray(),
				db.concepten.toArray()
			]);
			bos.zet(datasleutel);
			await Promise.all([db.casussen.clear(), db.logboek.clear(), db.concepten.clear()]);
			await Promise.all([
				db.casussen.bulkAdd(casussen),
				db.logboek.bulkAdd(logboek),
				db.concepten.bulkAdd(concepten)
			]);
			await db.meta.put({ sleutel: KLUIS_SLEUTEL, waarde: config });
		});
	} catch (fout) {
		bos.vergeet();
		if (vorige.sleutel) bos.zet(vorige.sleutel);
		bos.modus = vorige.modus;
		throw fout;
	}
}

async function configMet(
	wachtwoord: string,
	datasleutel: Uint8Array,
	iteraties: number
): Promise<KluisConfig> {
	const afleiding = nieuweAfleiding(iteraties);
	const kek = await leidAf(wachtwoord, afleiding);
	return {
		versie: 1,
		modus: 'aan',
		ingesteld: new Date().toISOString(),
		afleiding,
		datasleutel: verpakDatasleutel(kek, datasleutel)
	};
}

/**
 * Sets the first passphrase (also after having chosen none): everything already stored is
 * encrypted at once. The dossier is unlocked afterwards.
 */
export async function stelWachtwoordIn(
	db: DossierDB,
	wachtwoord: string,
	iteraties = PBKDF2_ITERATIES
): Promise<void> {
	const huidig = await leesKluis(db);
	if (huidig?.modus === 'aan')
		throw new Error('Er is al een wachtwoord ingesteld. Wijzig het bij Instellingen.');
	const datasleutel = nieuweDatasleutel();
	await herversleutel(db, datasleutel, await configMet(wachtwoord, datasleutel, iteraties));
}

/** Unlocks with the passphrase; false when it is wrong (nothing else is told). */
export async function ontgrendel(db: DossierDB, wachtwoord: string): Promise<boolean> {
	const config = await leesKluis(db);
	if (config?.modus !== 'aan') return true;
	const datasleutel = pakDatasleutelUit(
		await leidAf(wachtwoord, config.afleiding),
		config.datasleutel
	);
	if (!datasleutel) return false;
	db.sleutelbos.zet(datasleutel);
	return true;
}

export function vergrendel(db: DossierDB): void {
	db.sleutelbos.vergeet();
}

/**
 * A new passphrase and a new data key: every record is sealed again, so a copy of the database
 * taken before, together with the old passphrase, opens nothing written afterwards.
 */
export async function wijzigWachtwoord(
	db: DossierDB,
	oud: string,
	nieuw: string,
	iteraties = PBKDF2_ITERATIES
): Promise<'gewijzigd' | 'fout-wachtwoord'> {
	const config = await leesKluis(db);
	if (config?.modus !== 'aan') throw new Error('Er is nog geen wachtwoord ingesteld.');
	const kek = await leidAf(oud, config.afleiding);
	const huidige = pakDatasleutelUit(kek, config.datasleutel);
	if (!huidige) return 'fout-wachtwoord';
	// Read with the current key (the dossier may have been locked meanwhile), write with the new.
	db.sleutelbos.zet(huidige);
	const datasleutel = nieuweDatasleutel();
	await herversleutel(db, datasleutel, await configMet(nieuw, datasleutel, iteraties));
	return 'gewijzigd';
}
