import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus, verwijderCasus } from '$lib/dossier/dossier';
import type { ConceptRecord } from '$lib/dossier/types';
import type { Variant } from '$machines/meldcode.machine';
import { TOT_HULP, TOT_VRAAG1 } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from './hulp';

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

function concept(caseId: string, veld: string): ConceptRecord {
	return {
		sleutel: `${caseId}:${veld}`,
		caseId,
		waarde: `concept ${veld}`,
		bijgewerkt: '2026-11-24T10:00:00.000Z'
	};
}

/** A case with a log (decisions and a correction) and drafts. */
async function casusMetAlles(variant: Variant, pseudoniem: string, tot = TOT_HULP) {
	const g = gegevensVoor(variant, { pseudoniem });
	await nieuweCasus(db, g);
	const casus = (await laad(db, g.id))!;
	await legVast(casus, tot);
	expect(await casus.corrigeer(2, 'Aangevuld.', 'Vergeten.', '2026-11-24T09:00:00.000Z')).toEqual({
		ok: true
	});
	await db.concepten.bulkAdd([concept(g.id, 'stap1:toelichting'), concept(g.id, 'stap2:metWie')]);
	return g.id;
}

/** Everything stored about one case. */
async function allesVan(id: string) {
	return {
		casus: await db.casussen.get(id),
		log: await logboekVan(db, id),
		concepten: await db.concepten.where('caseId').equals(id).sortBy('sleutel')
	};
}

describe('een casus verwijderen', () => {
	it('haalt de casus, het hele logboek en alle concepten weg, en niets van een andere casus', async () => {
		const weg1 = await casusMetAlles('school', 'AB');
		const blijft = await casusMetAlles('basismodel', 'CD', TOT_VRAAG1);
		await db.meta.put({ sleutel: 'schemaVersie', waarde: 2 });
		const voor = await allesVan(blijft);
		expect(voor.log).toHaveLength(7);
		expect(voor.concepten).toHaveLength(2);
		expect((await allesVan(weg1)).log).toHaveLength(11);

		await verwijderCasus(db, weg1);

		expect(await allesVan(weg1)).toEqual({ casus: undefined, log: [], concepten: [] });
		expect(await allesVan(blijft)).toEqual(voor);
		expect(await db.casussen.toArray()).toEqual([voor.casus]);
		expect(await db.logboek.count()).toBe(7);
		expect(await db.concepten.count()).toBe(2);
		expect(await db.meta.toArray()).toEqual([{ sleutel: 'schemaVersie', waarde: 2 }]);
		expect(await controleer(db, blijft)).toEqual({ ok: true, aantal: 7 });
	});

	it('laat casussen met een id dat er op lijkt staan', async () => {
		const kort = gegevensVoor('school', { id: 'casus-1' });
		const lang = gegevensVoor('school', { id: 'casus-10' });
		for (const g of [kort, lang]) {
			await nieuweCasus(db, g);
			await legVast((await laad(db, g.id))!, TOT_VRAAG1.slice(0, 2));
			await db.concepten.add(concept(g.id, 'stap1:toelichting'));
		}
		const voor = await allesVan('casus-10');

		await verwijderCasus(db, 'casus-1');

		expect(await allesVan('casus-1')).toEqual({ casus: undefined, log: [], concepten: [] });
		expect(await allesVan('casus-10')).toEqual(voor);
	});

	it('is geen fout bij een casus die er niet (meer) is, en verandert dan niets', async () => {
		const id = await casusMetAlles('school', 'EF', TOT_VRAAG1);
		const voor = await allesVan(id);
		await verwijderCasus(db, id);
		await verwijderCasus(db, id);
		await expect(verwijderCasus(db, 'bestaat-niet')).resolves.toBeUndefined();
		expect(voor.log.length).toBeGreaterThan(0);
		expect(await db.logboek.count()).toBe(0);
		expect(await db.casussen.count()).toBe(0);
	});

	it('een verwijderde casus kan niet meer worden geladen of aangevuld', async () => {
		const id = await casusMetAlles('school', 'GH', TOT_VRAAG1);
		const open = (await laad(db, id))!;
		await verwijderCasus(db, id);
		expect(await laad(db, id)).toBeNull();
		// A tab that still had it open cannot bring back half a log.
		const r = await open.vastleggen(TOT_HULP[6]!);
		expect(r.ok).toBe(false);
		expect(await db.logboek.count()).toBe(0);
		expect(await db.casussen.count()).toBe(0);
	});
});
