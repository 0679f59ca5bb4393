/**
 * One policy for an entry the statechart does not accept on replay (issue 14, one log core):
 * shown with the same sentence in every view that replays the log (case page, case list, report,
 * note), never dropped silently, never a reason to fail. Such an entry can come only from a log
 * written under other rules; here it is written straight into IndexedDB.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { metHash, type ZonderHash } from '$lib/dossier/keten';
import type { LogRecord } from '$lib/dossier/types';
import { maakRapport } from '$lib/rapport/rapport';
import { notitieVoor } from '$lib/rapport/notitie';
import { overzichtVan } from '$lib/rapport/overzicht';
import { geweigerdTekst } from '$lib/wizard/geweigerd-tekst';
import { TOT_VRAAG2 } from '../machines/helpers';
import { casusMet, NU } from '../uitwisseling/hulp';
import { laad, nieuweDB, rauwSchrijven, weg } from './hulp';

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

/** A case at afweging 2 whose log ends with a second START_STAPPENPLAN (the machine refuses it). */
async function metGeweigerdeRegel(): Promise<{ id: string; nr: number }> {
	const { id } = await casusMet(db, TOT_VRAAG2, { pseudoniem: 'GW' });
	const log = await logboekVan(db, id);
	const eerste = log.find((r) => r.soort === 'beslissing')!;
	const laatste = log.at(-1)!;
	const {
		hash: _h,
		ondertekening: _o,
		kop: _k,
		...inhoud
	} = eerste as LogRecord & {
		kop?: unknown;
	};
	void [_h, _o, _k];
	const regel = await metHash({
		...inhoud,
		volgnummer: laatste.volgnummer + 1,
		vorigeHash: laatste.hash,
		at: NU
	} as ZonderHash);
	await rauwSchrijven(db, [regel]);
	const rij = await db.casussen.get(id);
	if (rij && 'aantalRegels' in rij)
		await db.casussen.update(id, { aantalRegels: regel.volgnummer, laatsteHash: regel.hash });
	return { id, nr: regel.volgnummer };
}

describe('een regel die het stappenplan niet aanneemt (één beleid)', () => {
	it('de zin noemt de regel(s), in het enkelvoud en meervoud', () => {
		expect(geweigerdTekst([])).toBeNull();
		expect(geweigerdTekst([7])).toMatch(/^Let op: regel 7 past niet in het stappenplan/);
		expect(geweigerdTekst([3, 7, 9])).toMatch(/^Let op: de regels 3, 7 en 9 passen niet/);
	});

	it('staat op de casuspagina, in de casuslijst, in het rapport en in de notitie, en de casus blijft op zijn stap', async () => {
		const { id, nr } = await metGeweigerdeRegel();
		const zin = geweigerdTekst([nr])!;

		const casus = (await laad(db, id))!;
		expect(casus.geweigerd).toEqual([nr]);
		expect(casus.waar).toMatch(/afweging2|vraag2/i);

		const rij = (await db.casussen.get(id))!;
		const log = await logboekVan(db, id);
		expect(overzichtVan(rij, log).geweigerd).toEqual([nr]);

		const rapport = maakRapport(rij, log, await controleer(db, id), NU);
		expect(rapport.geweigerd).toEqual([nr]);
		const deel = rapport.delen.find((d) => d.items.some((i) => i.volgnummer === nr))!;
		expect(notitieVoor(rapport, deel, { leerlingvolgsysteem: 'X' })).toContain(`(${zin})`);
	});
});
