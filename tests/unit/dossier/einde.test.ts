import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { TOT_VRAAG1 } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, rauwVerwijderen, weg } from './hulp';

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

describe('het einde van het logboek', () => {
	it('de casusregel onthoudt lengte en laatste hash, dus afgeknipte laatste regels vallen op', async () => {
		const g = gegevensVoor('school');
		await nieuweCasus(db, g);
		await legVast((await laad(db, g.id))!, TOT_VRAAG1);
		const log = await logboekVan(db, g.id);
		expect(await db.casussen.get(g.id)).toMatchObject({
			aantalRegels: log.length,
			laatsteHash: log.at(-1)!.hash
		});
		expect(await controleer(db, g.id)).toEqual({ ok: true, aantal: log.length });

		// The last two entries removed behind the app's back: the chain itself still links.
		await rauwVerwijderen(db, [g.id, log.length]);
		await rauwVerwijderen(db, [g.id, log.length - 1]);
		expect(await controleer(db, g.id)).toEqual({
			ok: false,
			volgnummer: log.length - 1,
			positie: log.length - 1,
			reden: `Het logboek eindigt bij regel ${log.length - 2}, maar er waren ${log.length} regels: de laatste ontbreken.`
		});
	});
});
