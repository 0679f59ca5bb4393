/**
 * Reading and writing answer sets. Writes go through one queue per database, so the last
 * answer typed is the last one stored even when the disk is slow: no earlier write can land
 * after a later one and undo it.
 */
import { formatISO } from 'date-fns';
import { Dexie, type Table } from 'dexie';
import { VragenlijstDB, type AntwoordSetRecord } from './db';
import type { Antwoorden, VragenlijstId } from './types';

let gedeeld: VragenlijstDB | undefined;

/** The app's database, opened on first use (so pages that never need it never load it). */
export function vragenlijstDB(): VragenlijstDB {
	gedeeld ??= new VragenlijstDB();
	return gedeeld;
}

/**
 * Where answer sets are stored: the questionnaire database, or the dossier for reflections (see
 * bewaarplaats.ts). Both have the same `antwoordsets` table.
 */
export interface SetDB {
	antwoordsets: Table<AntwoordSetRecord, string>;
}

const wachtrijen = new WeakMap<SetDB, Promise<unknown>>();

function inRij<T>(db: SetDB, taak: () => Promise<T>): Promise<T> {
	const vorige = wachtrijen.get(db) ?? Promise.resolve();
	const deze = vorige.catch(() => undefined).then(taak);
	wachtrijen.set(db, deze);
	return deze;
}

export interface NieuweSet {
	vragenlijst: VragenlijstId;
	titel: string;
	datum: string;
	casusId?: string;
}

export async function maakSet(
	nieuw: NieuweSet,
	db: SetDB = vragenlijstDB(),
	nu = new Date()
): Promise<AntwoordSetRecord> {
	const record: AntwoordSetRecord = {
		id: crypto.randomUUID(),
		vragenlijst: nieuw.vragenlijst,
		titel: nieuw.titel.trim(),
		datum: nieuw.datum,
		...(nieuw.casusId ? { casusId: nieuw.casusId } : {}),
		antwoorden: {},
		bijgewerkt: formatISO(nu)
	};
	await inRij(db, () => db.antwoordsets.add(record));
	return record;
}

/**
 * Stores some answers of a set, leaving its other answers as they are in the database: a second
 * tab answering other questions of the same set keeps its answers too.
 */
export function bewaarAntwoorden(
	id: string,
	antwoorden: Antwoorden,
	db: SetDB = vragenlijstDB(),
	nu = new Date()
): Promise<void> {
	return inRij(db, async () => {
		const aantal = await db.antwoordsets
			.where('id')
			.equals(id)
			.modify((set) => {
				Object.assign(set.antwoorden, antwoorden);
				set.bijgewerkt = formatISO(nu);
			});
		if (aantal === 0) throw new Error('Deze antwoordset staat niet (meer) op dit apparaat.');
	});
}

export function wijzigGegevens(
	id: string,
	gegevens: Pick<AntwoordSetRecord, 'titel' | 'datum'>,
	db: SetDB = vragenlijstDB(),
	nu = new Date()
): Promise<void> {
	return inRij(db, async () => {
		await db.antwoordsets.update(id, {
			titel: gegevens.titel.trim(),
			datum: gegevens.datum,
			bijgewerkt: formatISO(nu)
		});
	});
}

export function laadSet(id: string, db: SetDB = vragenlijstDB()) {
	return inRij(db, () => db.antwoordsets.get(id));
}

/** All sets of one questionnaire, newest date first (the history a person looks back on). */
export async function setsVan(
	vragenlijst: VragenlijstId,
	db: SetDB = vragenlijstDB()
): Promise<AntwoordSetRecord[]> {
	const sets = await inRij(db, () =>
		db.antwoordsets
			.where('[vragenlijst+datum]')
			.between([vragenlijst, Dexie.minKey], [vragenlijst, Dexie.maxKey])
			.toArray()
	);
	return sets.reverse();
}

export function verwijderSet(id: string, db: SetDB = vragenlijstDB()) {
	return inRij(db, () => db.antwoordsets.delete(id));
}
