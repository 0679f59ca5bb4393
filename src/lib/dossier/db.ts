/**
 * The dossier database (IndexedDB through Dexie). The log refuses every update at the database
 * layer: a correction is a new entry, never an edit. Cases, log, drafts and reflections on a case
 * (`antwoordsets` of the questionnaire 'reflectie', see src/lib/vragenlijst/) are encrypted at rest
 * once the user has set a passphrase (src/lib/kluis/); `meta` stays readable: it holds the
 * schema version and the wrapped key, no case content.
 */
import { Dexie, type Table } from 'dexie';
import { versleutelMiddleware } from '$lib/kluis/middleware';
import { Sleutelbos } from '$lib/kluis/sleutelbos';
import { heropenNaMislukkenOpenen } from './heropenen';
import type { AntwoordSetRecord } from '$lib/vragenlijst/db';
import type { CasusRecord, ConceptRecord, LogRecord } from './types';
import type { BlokRecord } from './blokken';
import type { SleutelRecord } from './eigen-sleutel';
import type { TeamLid } from './ondertekening';
import { definieerVersies, HUIDIGE_VERSIE } from './versies';

export const DB_NAAM = 'meldcodewijzer';
/**
 * The practice dossier (oefenmodus, oefendossier.ts): the same schema under another name, so the
 * real wizard writes practice cases there and the real dossier, its case list and its exports
 * never see them.
 */
export const OEFEN_DB_NAAM = 'meldcodewijzer-oefenen';

/** The tables whose records hold case content: sealed when encryption is on. */
export const VERSLEUTELDE_TABELLEN: ReadonlySet<string> = new Set([
	'casussen',
	'logboek',
	'concepten',
	'antwoordsets'
]);

export class DossierDB extends Dexie {
	casussen!: Table<CasusRecord, string>;
	logboek!: Table<LogRecord, [string, number]>;
	/** The log in blocks of entries (schema 5, blokken.ts): sealed by blokken.ts itself. */
	logblokken!: Table<BlokRecord, [string, number]>;
	concepten!: Table<ConceptRecord, string>;
	/** Reflections (questionnaire 'reflectie'), in the same shape as the questionnaire database. */
	antwoordsets!: Table<AntwoordSetRecord, string>;
	meta!: Table<{ sleutel: string; waarde: unknown }, string>;
	/** This device's own signing keys (schema 6, eigen-sleutel.ts): not sealed, a CryptoKey is no JSON. */
	sleutels!: Table<SleutelRecord, string>;
	/** The team roster of known public keys (schema 6, team.ts): names and roles, no pupil content. */
	team!: Table<TeamLid, string>;

	constructor(
		naam = DB_NAAM,
		versie = HUIDIGE_VERSIE,
		readonly sleutelbos = new Sleutelbos()
	) {
		super(naam);
		// Before the versions, so upgrades read and write through it too.
		this.use(versleutelMiddleware(sleutelbos, VERSLEUTELDE_TABELLEN));
		definieerVersies(this, versie);
		heropenNaMislukkenOpenen(this);
		const alleenToevoegen = () => {
			throw new Error('Het logboek is alleen-toevoegen: een correctie is een nieuwe regel.');
		};
		this.logboek.hook('updating', alleenToevoegen);
		if (versie >= 5) this.logblokken.hook('updating', alleenToevoegen);
	}
}
