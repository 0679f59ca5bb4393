/**
 * Handing a case from one device to the other, as the tests of hand-offs do it: export, read,
 * import, and the chain checked on arrival.
 */
import { expect } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer } from '$lib/dossier/dossier';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import type { Overzicht } from '$lib/uitwisseling/importeren';
import type { Casus } from '$lib/wizard/casus.svelte';
import type { Actor } from '$lib/logboek/logboek';
import { gegevensBij } from '../dossier/hulp';
import { casusMet, IB, leesEnImporteer } from './hulp';

export async function geefDoor(
	van: DossierDB,
	naar: DossierDB,
	id: string,
	door: Actor = IB
): Promise<Overzicht> {
	const r = await leesEnImporteer(
		naar,
		await alsTekst(await maakExport(van, { casus: id })),
		{},
		door
	);
	if (!r.ok) throw new Error(r.fout);
	expect((await controleer(naar, id)).ok).toBe(true);
	return r.overzicht;
}

export async function leg(casus: Casus, ...events: Parameters<Casus['vastleggen']>[0][]) {
	for (const e of events) expect(await casus.vastleggen(e, gegevensBij(e))).toEqual({ ok: true });
}

export async function metCasus(db: DossierDB, events: Parameters<typeof casusMet>[1]) {
	return (await casusMet(db, events)).id;
}
