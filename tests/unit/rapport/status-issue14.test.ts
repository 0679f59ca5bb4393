/**
 * Issue 14, defect 4: the report's status lines match where the case is. After afweging 5 "nee"
 * the outcome is no longer "Hulp loopt"; a closed case does not "wait" for a sign-off.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { CasusRecord } from '$lib/dossier/types';
import { maakRapport } from '$lib/rapport/rapport';
import { overzichtVan } from '$lib/rapport/overzicht';
import { TOT_HULP, TOT_VRAAG1 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2027-02-01T15:00:00.000Z';
let db: DossierDB;
let rij: CasusRecord;

beforeEach(async () => {
	db = nieuweDB();
	rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem: 'ST' }));
});
afterEach(() => weg(db));

async function rapport() {
	const log = await logboekVan(db, rij.id);
	return maakRapport(rij, log, await controleer(db, rij.id), LATER);
}

describe('status in het rapport', () => {
	it('afweging 5 nee: geen "Hulp loopt" naast "De melding vooraf bespreken"', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, [...TOT_HULP, ev('AFWEGING_5', { antwoord: 'nee', at: LATER })]);
		const r = await rapport();
		expect(r.huidig).toBe('De melding vooraf bespreken');
		expect(r.uitkomst).toBe('Nog geen uitkomst');
	});

	it('afgesloten zonder akkoord: niet "wacht op", wel dat het akkoord ontbreekt', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, [...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' })]);
		const r = await rapport();
		expect(r.huidig).toBe('Afgesloten, geen vermoeden');
		expect(r.wachtOpAkkoord).toHaveLength(1);
		expect(r.zonderAkkoord).toBe(
			'Afgesloten zonder akkoord van de directeur; het akkoord kan nog worden vastgelegd.'
		);
		expect(overzichtVan(rij, await logboekVan(db, rij.id)).afgesloten).toBe(true);
	});

	it('open: wacht op akkoord', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, TOT_HULP);
		expect((await rapport()).zonderAkkoord).toBe('Wacht op akkoord van de directeur.');
	});
});
