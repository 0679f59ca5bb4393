import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { CasusRecord } from '$lib/dossier/types';
import { waarom } from '$lib/waarom/uit-log';
import { BRON } from '$machines/sources';
import { TOT_HULP, TOT_VRAAG2 } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';
let db: DossierDB;
let rij: CasusRecord;

beforeEach(async () => {
	db = nieuweDB();
	rij = await nieuweCasus(db, gegevensVoor('school'));
});
afterEach(() => weg(db));

describe('waarom deze uitkomst', () => {
	it('geeft elke beslissing met antwoord, bron en de bereikte toestand, tot de uitkomst', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, TOT_HULP);
		const w = waarom(rij, await logboekVan(db, rij.id));
		expect(w.schakels).toHaveLength(TOT_HULP.length);
		const a1 = w.schakels.find((s) => s.vraagId === 'afweging-1')!;
		expect(a1).toMatchObject({ antwoord: 'ja', bron: BRON.afweging1 });
		expect(a1.naar).toEqual({ titel: 'Afweging 2: veiligheid', bron: BRON.afweging2 });
		expect(w.uitkomst).toEqual(w.schakels.at(-1)!.naar);
		expect(w.schakels.map((s) => s.volgnummer)).toEqual(
			[...w.schakels.map((s) => s.volgnummer)].sort((a, b) => a - b)
		);
	});

	it('toont de toelichting zoals laatst verbeterd, met een teken dat ze verbeterd is', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, TOT_VRAAG2);
		await casus.corrigeer(3, 'Met J. de Vries besproken.', 'naam vergeten', LATER);
		const w = waarom(rij, await logboekVan(db, rij.id));
		const s = w.schakels.find((x) => x.volgnummer === 3)!;
		expect(s).toMatchObject({ toelichting: 'Met J. de Vries besproken.', gecorrigeerd: true });
		expect(w.schakels.filter((x) => x.gecorrigeerd)).toHaveLength(1);
	});

	it('stopt bij een gevraagde beslissing: waarom de casus toen daar stond', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, TOT_HULP);
		const log = await logboekVan(db, rij.id);
		const heel = waarom(rij, log);
		const a1 = heel.schakels.find((s) => s.vraagId === 'afweging-1')!;
		const toen = waarom(rij, log, a1.volgnummer);
		expect(toen.schakels.at(-1)).toEqual(a1);
		expect(toen.uitkomst).toEqual({ titel: 'Afweging 2: veiligheid', bron: BRON.afweging2 });
		expect(heel.uitkomst).not.toEqual(toen.uitkomst);
	});
});
