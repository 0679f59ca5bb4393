/**
 * The practice dossier: a database of its own (`OEFEN_DB_NAAM`), with the real dossier's schema
 * and write rules, for the practice cases of the oefenmodus. The wizard is pointed at it by the
 * database its case is opened from (`casusUit`, `opslagVoor` and `koppelAanDossier` all take the
 * database), so no step component knows it is practice and none can reach the real dossier.
 *
 * It is not locked with the passphrase: it holds fictional cases only, and the practice screens
 * ask not to type real names. It has no lock screen of its own, so a practice case opens without
 * unlocking the real dossier.
 */
import type { DossierDB } from './db';
import { dossierStatus } from './status.svelte';

let geopend: Promise<DossierDB> | null = null;

export function oefenDossier(): Promise<DossierDB> {
	geopend ??= import('./db').then(({ DossierDB, OEFEN_DB_NAAM }) => {
		const db = new DossierDB(OEFEN_DB_NAAM);
		// As the real dossier: another tab with a newer schema asks this one to reload.
		db.on('versionchange', () => {
			db.close();
			dossierStatus.nieuwereVersie = true;
			return false;
		});
		return db;
	});
	return geopend;
}
