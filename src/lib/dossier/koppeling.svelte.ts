/**
 * Which cases come from the dossier. A case built in memory (in a test, or before it is stored)
 * has no database: its forms keep no drafts and its log is not checked. The case page links a
 * case to the dossier as soon as it has one; forms that were already on screen (the acute dialog
 * in the header) notice, because the link is reactive.
 */
import { untrack } from 'svelte';
import type { Casus } from '$lib/wizard/casus.svelte';
import { ruimConceptenOp } from './concepten';
import type { DossierDB } from './db';

const gekoppeld = new WeakMap<Casus, Promise<DossierDB>>();
let versie = $state(0);

/**
 * Links a case to its database (once). Drafts of earlier moments of the case, left behind when a
 * tab closed between recording a decision and clearing its draft, are thrown away.
 */
export function koppelAanDossier(casus: Casus, db: DossierDB | Promise<DossierDB>): void {
	untrack(() => {
		if (gekoppeld.has(casus)) return;
		const bron = Promise.resolve(db);
		gekoppeld.set(casus, bron);
		versie += 1;
		const id = casus.gegevens.id;
		const beslissingen = casus.regels.length;
		bron.then((d) => ruimConceptenOp(d, id, beslissingen)).catch(() => undefined);
	});
}

/** The database of a case from the dossier, or null for a case in memory (reactive). */
export function dossierVan(casus: Casus): Promise<DossierDB> | null {
	void versie;
	return gekoppeld.get(casus) ?? null;
}
