/**
 * Every schema version of the questionnaire database, numbered, in one place (as in
 * src/lib/dossier/versies.ts). A new version is added at the end and never changes an older
 * one; tests/unit/vragenlijst/migraties.test.ts opens each older version with data and upgrades.
 *
 * This is a database of its own, apart from the dossier: reflections and scans are not part of
 * a case's append-only log, and their schema can change without touching the dossier's.
 */
import type { Dexie } from 'dexie';
import { declareer, type Versie } from '$lib/schema-versies';

export type { Versie };

export const VERSIES: readonly Versie[] = [
	{
		versie: 1,
		naam: 'begin: antwoordsets per vragenlijst, op datum, en per casus',
		stores: {
			antwoordsets: 'id, vragenlijst, [vragenlijst+datum], casusId, bijgewerkt'
		}
	}
];

export const HUIDIGE_VERSIE = VERSIES.at(-1)!.versie;

/** Declares versions 1..tot on a Dexie instance (all of them by default). */
export function definieerVersies(db: Dexie, tot = HUIDIGE_VERSIE) {
	declareer(db, VERSIES, tot);
}
