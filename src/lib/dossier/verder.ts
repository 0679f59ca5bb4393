/**
 * "Verder met …" on the start page: after a crash or a reload the app opens there, so it offers
 * the open cases changed last. Loaded by a dynamic import after the start page is up (it pulls in
 * Dexie and the statechart), and it never asks for the passphrase: a locked dossier shows no
 * pseudonym, only that there are cases to unlock.
 */
import { stapInfo } from '$machines/waar';
import { leesKluis } from '$lib/kluis/kluis';
import { DB_NAAM } from './db';
import { casusUit, dossier, dossierZonderToegang } from './open.svelte';
import { teHervatten, type Verder, type VerderCasus } from './hervatten';

export type { Verder, VerderCasus };

async function bestaat(): Promise<boolean> {
	// Not on a first visit: opening the dossier here would create an empty one.
	if (!indexedDB.databases) return true;
	return (await indexedDB.databases()).some((d) => d.name === DB_NAAM);
}

export async function verderMet(): Promise<Verder> {
	if (!(await bestaat())) return { soort: 'niets' };
	const db = await dossierZonderToegang();
	const modus = (await leesKluis(db))?.modus;
	const vrij = modus === 'uit' || (modus === 'aan' && db.sleutelbos.open);
	if (!vrij) {
		// Counting reads no record, so it needs no key; no choice made yet means no cases either.
		if (modus !== 'aan') return { soort: 'niets' };
		return (await db.casussen.count()) > 0 ? { soort: 'vergrendeld' } : { soort: 'niets' };
	}
	// Free to read: this resolves at once and never shows the lock screen.
	await dossier();
	const casussen: VerderCasus[] = [];
	for (const rij of teHervatten(await db.casussen.toArray())) {
		// The step from the log (replayed), not from the row: the row holds no step.
		const casus = await casusUit(db, rij.id).catch(() => null);
		const info = casus ? stapInfo(casus.snapshot) : null;
		casussen.push({
			id: rij.id,
			pseudoniem: rij.pseudoniem,
			stap: info?.stap,
			titel: info?.titel ?? ''
		});
	}
	return casussen.length ? { soort: 'casussen', casussen } : { soort: 'niets' };
}
