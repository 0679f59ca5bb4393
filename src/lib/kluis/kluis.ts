/**
 * Setting, checking and changing the passphrase of a dossier. The configuration lives in the
 * readable `meta` table beside the data (salt, iteration count, the wrapped data key), so a
 * copied database carries what it needs, and nothing that opens it without the passphrase.
 *
 * There is no way around a lost passphrase: no recovery key, no copy of the key anywhere. The
 * screens that set it say so.
 */
import type { Table } from 'dexie';
import { metOpaakSleutel } from '$lib/dossier/concepten';
import { openBlokNu, verzegelBlokNu } from '$lib/dossier/blokken';
import type { DossierDB } from '$lib/dossier/db';
import type { ConceptRecord } from '$lib/dossier/types';
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

/**
 * The first-use choice was already made, in another tab of this browser: nothing was changed.
 * Without this check a second tab choosing "no passphrase" overwrote the wrapped data key that the
 * first tab had just stored, and every record it sealed since could never be opened again.
 */
export class KeuzeAlGemaakt extends Error {
	constructor(readonly config: KluisConfig) {
		super(
			config.modus === 'aan'
				? 'In een ander tabblad is al een wachtwoord ingesteld. Er is niets veranderd: ontgrendel met dat wachtwoord.'
				: 'In een ander tabblad is al gekozen om zonder wachtwoord te werken. Er is niets veranderd; een wachtwoord instellen kan bij Instellingen.'
		);
		this.name = 'KeuzeAlGemaakt';
	}
}

/**
 * The user chose to work without a passphrase, knowing the risk; asked again only from settings.
 * Read and written in one transaction on `meta`, so two tabs cannot both make the first choice:
 * the second gets `KeuzeAlGemaakt`.
 */
export async function kiesZonderWachtwoord(db: DossierDB, at = new Date().toISOString()) {
	const config: KluisConfig = { versie: 1, modus: 'uit', gekozen: at };
	await db.transaction('rw', db.meta, async () => {
		const huidig = await leesKluis(db);
		if (huidig) throw new KeuzeAlGemaakt(huidig);
		await db.meta.put({ sleutel: KLUIS_SLEUTEL, waarde: config });
	});
	db.sleutelbos.vergeet();
	db.sleutelbos.modus = 'uit';
}

/** Whether two configurations wrap the same data key (the same seal, byte for byte). */
function zelfdeSleutel(a: KluisConfig | undefined, b: KluisConfig | undefined): boolean {
	if (a?.modus !== 'aan' || b?.modus !== 'aan') return a?.modus === b?.modus;
	const x = a.datasleutel;
	const y = b.datasleutel;
	return (
		x.iv.length === y.iv.length &&
		x.iv.every((v, i) => v === y.iv[i]) &&
		x.data.length === y.data.length &&
		x.data.every((v, i) => v === y.data[i])
	);
}

/**
 * Re-encrypts every case, log entry, draft and reflection under `datasleutel`, and stores `config`, in one
 * transaction: a failure (a full disk, a closed tab) leaves the old records and the old key.
 * Clearing and re-adding (instead of updating) is what lets the append-only log be re-sealed:
 * the entries themselves, and so their hashes, do not change.
 */
async function herversleutel(
	db: DossierDB,
	datasleutel: Uint8Array,
	config: KluisConfig,
	controle: (huidig: KluisConfig | undefined) => void
) {
	const bos = db.sleutelbos;
	const vorige = { modus: bos.modus, sleutel: bos.sleutel?.slice() ?? null };
	try {
		const tabellen = [db.casussen, db.logboek, db.concepten, db.antwoordsets] as const;
		// Absent only in a database opened at an older schema version (the migration tests).
		const blokTabel = db.tables.find((t) => t.name === 'logblokken') as DossierDB['logblokken'];
		const alle = [...tabellen, ...(blokTabel ? [blokTabel] : [])];
		await db.transaction('rw', [...alle, db.meta], async () => {
			// Checked inside the transaction: another tab may have set or changed the passphrase
			// since this one read the configuration (deriving a key takes a while).
			controle(await leesKluis(db));
			const rijen: unknown[][] = await Promise.all(tabellen.map((t) => t.toArray()));
			// Drafts stored with their name as a readable key get an opaque one now.
			rijen[2] = (rijen[2] as ConceptRecord[]).map(metOpaakSleutel);
			// The log's blocks are sealed by blokken.ts, not the middleware: opened and sealed
			// again here, synchronously (inside the transaction), with their entries unchanged.
			const blokken = ((await blokTabel?.toArray()) ?? []).map((b) => openBlokNu(bos, b));
			bos.zet(datasleutel);
			await Promise.all(alle.map((t) => t.clear()));
			await Promise.all(tabellen.map((t, i) => (t as Table<unknown, unknown>).bulkAdd(rijen[i]!)));
			if (blokTabel) await blokTabel.bulkAdd(blokken.map((regels) => verzegelBlokNu(bos, regels)));
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

const AL_INGESTELD = 'Er is al een wachtwoord ingesteld. Wijzig het bij Instellingen.';

/**
 * Sets the first passphrase (also after having chosen none): everything already stored is
 * encrypted at once. The dossier is unlocked afterwards. With `eersteKeuze` (the first-use
 * screen) it refuses when any choice was made meanwhile, also "no passphrase".
 */
export async function stelWachtwoordIn(
	db: DossierDB,
	wachtwoord: string,
	iteraties = PBKDF2_ITERATIES,
	{ eersteKeuze = false }: { eersteKeuze?: boolean } = {}
): Promise<void> {
	const controle = (huidig: KluisConfig | undefined) => {
		if (huidig && (eersteKeuze || huidig.modus === 'aan'))
			throw eersteKeuze ? new KeuzeAlGemaakt(huidig) : new Error(AL_INGESTELD);
	};
	controle(await leesKluis(db));
	const datasleutel = nieuweDatasleutel();
	const config = await configMet(wachtwoord, datasleutel, iteraties);
	await herversleutel(db, datasleutel, config, controle);
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
	await herversleutel(db, datasleutel, await configMet(nieuw, datasleutel, iteraties), (nu) => {
		if (!zelfdeSleutel(nu, config))
			throw new Error(
				'Het wachtwoord is intussen in een ander tabblad gewijzigd. Er is niets veranderd; vergrendel en ontgrendel met het nieuwe wachtwoord.'
			);
	});
	return 'gewijzigd';
}
