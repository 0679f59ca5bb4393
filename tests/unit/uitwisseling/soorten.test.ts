import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { DossierDB } from '$lib/dossier/db';
import { alsRegels, controleer, logboekVan } from '$lib/dossier/dossier';
import { metHash, type ZonderHash } from '$lib/dossier/keten';
import type { LogRecord } from '$lib/dossier/types';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { voegKeuzeToe } from '$lib/uitwisseling/keuze';
import { inhoud } from '$lib/uitwisseling/samenvoegen';
import { TOT_VRAAG2 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensBij, laad } from '../dossier/hulp';
import { casusMet, IB, leesEnImporteer, NU, tweeApparaten } from './hulp';

/**
 * Entry kinds this version does not know (one a later version adds, such as a signature)
 * travel with the file, verified by the chain, and merge like any other entry.
 */
let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

async function akkoord(db: DossierDB, caseId: string): Promise<LogRecord> {
	return db.transaction('rw', db.logboek, db.logblokken, db.casussen, async () => {
		const log = await logboekVan(db, caseId);
		const vorige = log.at(-1)!;
		const record = await Dexie.waitFor(
			metHash({
				soort: 'handtekening',
				caseId,
				volgnummer: vorige.volgnummer + 1,
				at: NU,
				door: { rol: 'directeur', naam: 'D. Irecteur' },
				vorigeHash: vorige.hash,
				stap: 5,
				toelichting: 'Akkoord met de melding.'
			} as unknown as ZonderHash)
		);
		await db.logboek.add(record);
		await db.casussen.update(caseId, { aantalRegels: record.volgnummer, laatsteHash: record.hash });
		return record;
	});
}

it('een onbekende soort (handtekening) gaat mee, blijft gelijk en wordt samengevoegd', async () => {
	const { id } = await casusMet(a, TOT_VRAAG2);
	const heen = await alsTekst(await maakExport(a, { casus: id }));
	expect((await leesEnImporteer(b, heen)).ok).toBe(true);
	// The directeur signs off on B; A decides on meanwhile.
	const ok = await akkoord(b, id);
	const casusA = (await laad(a, id))!;
	const e = ev('AFWEGING_2', { antwoord: 'nee' });
	expect(await casusA.vastleggen(e, gegevensBij(e))).toEqual({ ok: true });

	const terug = await alsTekst(await maakExport(b, { casus: id }));
	const r = await leesEnImporteer(a, terug);
	expect(r).toMatchObject({ ok: true, overzicht: { regels: 1, conflicten: 0 } });
	const log = await logboekVan(a, id);
	expect(inhoud(log).has(ok.hash)).toBe(true);
	expect((await controleer(a, id)).ok).toBe(true);
	// The replay reads only the kinds it knows; the decision on A still counts.
	expect(alsRegels(log).at(-1)!.beslissing.event.type).toBe('AFWEGING_2');
	// No conflict, so no choice can be recorded.
	const s = log.at(-1)!;
	await expect(
		voegKeuzeToe(a, id, { samenvoeging: s.hash, tak: 'hier', reden: 'x', at: NU, door: IB })
	).rejects.toThrow(/geen twee versies om uit te kiezen/);

	// Back on B: adopted, the akkoord entry exactly once.
	expect((await leesEnImporteer(b, await alsTekst(await maakExport(a, { casus: id })))).ok).toBe(
		true
	);
	expect(await logboekVan(b, id)).toEqual(log);
});
