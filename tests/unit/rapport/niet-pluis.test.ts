/**
 * Defect 5 of issue 14: the niet-pluis-gevoel typed before choosing the staff route on the start
 * screen is stored with that entry, reads back from the dossier, and is printed in the report and
 * the pupil-system note like the other texts.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { notitieVoor } from '$lib/rapport/notitie';
import { maakRapport, type RapportBeslissing } from '$lib/rapport/rapport';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, nieuweDB, weg } from '../dossier/hulp';

const NU = '2026-11-23T15:00:00.000Z';
const GEVOEL = 'Meester K. houdt Sam na de gym steeds alleen achter.';

let db: DossierDB;
afterEach(() => weg(db));

it('het niet-pluis-gevoel van het beginscherm staat bij de keuze voor de medewerkersroute', async () => {
	db = nieuweDB();
	const rij = await nieuweCasus(db, gegevensVoor('school'));
	const casus = (await laad(db, rij.id))!;
	expect(
		await casus.vastleggen(ev('SIGNALEN_OVER_MEDEWERKER'), { soort: 'niet-pluis', tekst: GEVOEL })
	).toEqual({ ok: true });

	// Read back from the dossier: the case replays with the text in place.
	const terug = (await laad(db, rij.id))!;
	expect(terug.regels[0]?.gegevens).toEqual({ soort: 'niet-pluis', tekst: GEVOEL });

	const log = await logboekVan(db, rij.id);
	const rapport = maakRapport(rij, log, await controleer(db, rij.id), NU);
	const items = rapport.delen
		.flatMap((d) => d.items)
		.filter((i): i is RapportBeslissing => i.soort === 'beslissing');
	expect(items).toHaveLength(1);
	expect(items[0]!.details).toContainEqual(['Niet-pluis-gevoel', GEVOEL]);
	const deel = rapport.delen.find((d) => d.items.includes(items[0]!))!;
	expect(notitieVoor(rapport, deel, { leerlingvolgsysteem: 'ParnasSys' })).toContain(
		`Niet-pluis-gevoel: ${GEVOEL}`
	);
});
