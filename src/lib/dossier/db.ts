/**
 * The dossier database (IndexedDB through Dexie). The log refuses every update at the database
 * layer: a correction is a new entry, never an edit.
 */
import { Dexie, type Table } from 'dexie';
import type { CasusRecord, ConceptRecord, LogRecord } from './types';
import { definieerVersies, HUIDIGE_VERSIE } from './versies';

export const DB_NAAM = 'meldcodewijzer';

export class DossierDB extends Dexie {
	casussen!: Table<CasusRecord, string>;
	logboek!: Table<LogRecord, [string, number]>;
	concepten!: Table<ConceptRecord, string>;
	meta!: Table<{ sleutel: string; waarde: unknown }, string>;

	constructor(naam = DB_NAAM, versie = HUIDIGE_VERSIE) {
		super(naam);
		definieerVersies(this, versie);
		this.logboek.hook('updating', () => {
			throw new Error('Het logboek is alleen-toevoegen: een correctie is een nieuwe regel.');
		});
	}
}
