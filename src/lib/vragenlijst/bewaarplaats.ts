/**
 * Where the answer sets of a questionnaire are kept. Reflections look back on one's own handling
 * of a case (often linked to it, and titled with a team or a name): they live in the dossier,
 * sealed with its key, behind its lock, deleted and exported with their case. The scan and the
 * checklist hold no case content and stay in the questionnaire database, readable without a
 * passphrase.
 *
 * Reflections stored before (schema version 4 of the dossier) are moved over the first time the
 * dossier is opened for them.
 */
import type { DossierDB } from '$lib/dossier/db';
import type { VragenlijstDB } from './db';
import { vragenlijstDB, type SetDB } from './opslag';
import type { VragenlijstId } from './types';

/** The questionnaires whose sets live in the dossier. */
export const IN_DOSSIER: ReadonlySet<VragenlijstId> = new Set(['reflectie']);

let verhuisd: Promise<void> | null = null;

/**
 * The store for a questionnaire's sets. For a reflection this waits for the dossier: on first use
 * the choice of a passphrase, when locked the lock screen (the page is then not shown at all).
 */
export async function bewaarplaatsVoor(vragenlijst: VragenlijstId): Promise<SetDB> {
	if (!IN_DOSSIER.has(vragenlijst)) return vragenlijstDB();
	const { dossier } = await import('$lib/dossier/open.svelte');
	const db = await dossier();
	verhuisd ??= verhuisReflecties(db, vragenlijstDB()).then(
		() => undefined,
		(fout: unknown) => {
			verhuisd = null;
			throw fout;
		}
	);
	await verhuisd;
	return db;
}

/**
 * Moves the sets of the questionnaires in `IN_DOSSIER` from the questionnaire database into the
 * dossier, where the middleware seals them. Two databases cannot share a transaction, so it is
 * written to be run again after a crash half-way: a set already in the dossier is kept as it is
 * there (it may have been changed since), and only then removed from the old place.
 */
export async function verhuisReflecties(dossier: DossierDB, oud: VragenlijstDB): Promise<number> {
	const sets = await oud.antwoordsets
		.where('vragenlijst')
		.anyOf([...IN_DOSSIER])
		.toArray();
	if (sets.length === 0) return 0;
	await dossier.transaction('rw', dossier.antwoordsets, async () => {
		const er = await dossier.antwoordsets.bulkGet(sets.map((s) => s.id));
		await dossier.antwoordsets.bulkAdd(sets.filter((_, i) => er[i] === undefined));
	});
	await oud.antwoordsets.bulkDelete(sets.map((s) => s.id));
	return sets.length;
}
