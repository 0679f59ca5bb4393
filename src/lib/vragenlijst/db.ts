/**
 * The questionnaire database (IndexedDB through Dexie): one row per answer set — one reflection,
 * one checklist, one municipality's scan on one date.
 */
import { Dexie, type Table } from 'dexie';
import { heropenNaMislukkenOpenen } from '$lib/dossier/heropenen';
import type { Antwoorden, VragenlijstId } from './types';
import { definieerVersies, HUIDIGE_VERSIE } from './versies';

export const DB_NAAM = 'meldcodewijzer-vragenlijsten';

export interface AntwoordSetRecord {
	id: string;
	vragenlijst: VragenlijstId;
	/** What the set is about: a municipality for a scan, a team or a name for a reflection. */
	titel: string;
	/** The day it is about, `yyyy-MM-dd`. */
	datum: string;
	/** The case a reflection looks back on, if any. */
	casusId?: string;
	/** All answers, also to questions hidden by a condition (see logica.ts). */
	antwoorden: Antwoorden;
	/** ISO time of the last change. */
	bijgewerkt: string;
}

export class VragenlijstDB extends Dexie {
	antwoordsets!: Table<AntwoordSetRecord, string>;

	constructor(naam = DB_NAAM, versie = HUIDIGE_VERSIE) {
		super(naam);
		definieerVersies(this, versie);
		heropenNaMislukkenOpenen(this);
	}
}
