/**
 * Helpers for the export/import tests: a case with real decisions in a database, a dump of a
 * whole database (to prove a rejected import changed nothing), and reading + importing in one go.
 */
import { afterEach, beforeEach } from 'vitest';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { DossierDB } from '$lib/dossier/db';
import { nieuweCasus } from '$lib/dossier/dossier';
import type { Casus } from '$lib/wizard/casus.svelte';
import type { Actor } from '$lib/logboek/logboek';
import { importeer, type Geimporteerd } from '$lib/uitwisseling/importeren';
import { lees, type LeesOpties } from '$lib/uitwisseling/lezen';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

export const IB: Actor = { rol: 'ib-er', naam: 'Ine' };
export const NU = '2026-11-24T10:00:00.000Z';

export async function casusMet(
	db: DossierDB,
	events: readonly MeldcodeEvent[],
	over: Parameters<typeof gegevensVoor>[1] = {}
): Promise<{ id: string; casus: Casus }> {
	const g = gegevensVoor('school', over);
	await nieuweCasus(db, g);
	const casus = (await laad(db, g.id))!;
	await legVast(casus, events);
	return { id: g.id, casus };
}

/** Every table, every row, in key order: equal dumps mean an unchanged database. */
export async function dump(db: DossierDB): Promise<string> {
	const uit: Record<string, unknown[]> = {};
	for (const t of db.tables) uit[t.name] = await t.toArray();
	return JSON.stringify(uit);
}

export async function leesEnImporteer(
	db: DossierDB,
	tekst: string,
	opties: LeesOpties = {},
	door: Actor = IB
): Promise<Geimporteerd> {
	const gelezen = await lees(tekst, opties);
	if (!gelezen.ok) return gelezen;
	return importeer(db, gelezen.bestand, { door, at: NU });
}

/**
 * Two devices, each with its own fresh dossier per test (the sending and the receiving side);
 * `zet` receives them before every test, and both are deleted after it.
 */
export function tweeApparaten(zet: (a: DossierDB, b: DossierDB) => void): void {
	let a: DossierDB;
	let b: DossierDB;
	beforeEach(() => {
		a = nieuweDB();
		b = nieuweDB();
		zet(a, b);
	});
	afterEach(async () => {
		await weg(a);
		await weg(b);
	});
}
