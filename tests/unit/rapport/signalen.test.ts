/**
 * Issue 14, defect 2: a ticked signal is printed in the words of the list it was ticked in. Both
 * lists used to share ids with different wording, so a 4–12 signal came out in 12–18 words.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { SIGNALERINGSLIJSTEN } from '$lib/content';
import { notitieVoor } from '$lib/rapport/notitie';
import { maakRapport } from '$lib/rapport/rapport';
import type { Stap1Gegevens } from '$lib/logboek/logboek';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';
const label = (lijst: '4-12' | '12-18', id: string) =>
	SIGNALERINGSLIJSTEN[lijst].signalen.find((s) => s.id === id)!.label;
const KIND = label('4-12', 'b2-verwaarloosd');
const JONGERE = label('12-18', 'b3-verwaarloosd');

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

/** A case of this age with one stap-1 entry holding these screen data. */
async function rapportMet(leeftijd: number, gegevens: Stap1Gegevens) {
	const rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem: 'SG', leeftijd }));
	const casus = (await laad(db, rij.id))!;
	expect((await casus.vastleggen(ev('START_STAPPENPLAN'))).ok).toBe(true);
	expect((await casus.vastleggen(ev('SIGNALEN_VASTGELEGD'), gegevens)).ok).toBe(true);
	const r = maakRapport(rij, await logboekVan(db, rij.id), await controleer(db, rij.id), LATER);
	const stap1 = r.delen.find((d) => d.sleutel === 'stap1')!;
	const item = stap1.items[0]!;
	if (item.soort !== 'beslissing') throw new Error('geen beslissing');
	return { signalen: item.signalen, notitie: notitieVoor(r, stap1, { leerlingvolgsysteem: 'X' }) };
}

const stap1 = (over: Partial<Stap1Gegevens>): Stap1Gegevens => ({
	soort: 'stap1',
	signalen: [],
	waarnemingen: [],
	letsel: false,
	...over
});

describe('aangevinkte signalen in het rapport en de notitie', () => {
	it('the two lists word this signal differently (the premise of the defect)', () => {
		expect(KIND).not.toBe(JONGERE);
		expect(JONGERE).toMatch(/ontbijt of lunch/);
	});

	it('print a 4–12 signal in the words of bijlage 2, with the list named in the entry', async () => {
		const { signalen, notitie } = await rapportMet(
			9,
			stap1({ lijst: '4-12', signalen: [{ id: 'b2-verwaarloosd', notitie: 'ma en di' }] })
		);
		expect(signalen).toEqual([`${KIND} (ma en di)`]);
		expect(notitie).toContain(`Signalen: ${KIND} (ma en di)`);
		expect(notitie).not.toContain(JONGERE);
	});

	it('read an old log with the shared id in the list of the case age', async () => {
		const kind = await rapportMet(9, stap1({ signalen: [{ id: 'verwaarloosd' }] }));
		expect(kind.signalen).toEqual([KIND]);
		expect(kind.notitie).toContain(`Signalen: ${KIND}`);
		const jongere = await rapportMet(15, stap1({ signalen: [{ id: 'verwaarloosd' }] }));
		expect(jongere.signalen).toEqual([JONGERE]);
	});

	it('show an id neither list knows as it is, never a crash', async () => {
		const { signalen } = await rapportMet(
			9,
			stap1({ signalen: [{ id: 'uit-een-nieuwere-versie' }] })
		);
		expect(signalen).toEqual(['uit-een-nieuwere-versie']);
	});
});
