/**
 * Settling a merge conflict: a new entry (keuze) that names which line counts from now on, with
 * the reason. Nothing is removed; the line not chosen stays in the log and on the case page.
 * Written like every other entry: one transaction with the case row, which is derived again
 * from the log because the state may now follow the other line.
 */
import type { DossierDB } from '$lib/dossier/db';
import { hashBinnen, kopVoor, logboekVan } from '$lib/dossier/dossier';
import { ondertekenaarVoor } from '$lib/dossier/eigen-sleutel';
import { problemenMetKeuze } from '$lib/dossier/schrijfregels';
import type { KeuzeRecord } from '$lib/dossier/types';
import type { Actor } from '$lib/logboek/logboek';
import { effectief } from '$lib/dossier/effectief';
import { rijNa } from './importeren';

export async function voegKeuzeToe(
	db: DossierDB,
	caseId: string,
	k: {
		/** The hash of the samenvoeging whose two versions this settles. */
		samenvoeging: string;
		tak: KeuzeRecord['tak'];
		reden: string;
		at: string;
		door: Actor;
	}
): Promise<KeuzeRecord> {
	if (!k.reden.trim()) throw new Error('Schrijf op waarom deze versie telt.');
	const sleutel = await ondertekenaarVoor(db, k.door);
	return db.transaction('rw', db.casussen, db.logboek, db.logblokken, async () => {
		const rij = await db.casussen.get(caseId);
		if (!rij) throw new Error('Deze casus staat niet meer op dit apparaat.');
		const log = await logboekVan(db, caseId);
		// The same rule an import applies to every choice in a file (schrijfregels.ts).
		const problemen = problemenMetKeuze({ samenvoegingHash: k.samenvoeging, reden: k.reden }, log);
		if (problemen.length > 0) throw new Error(problemen.join(' '));
		const conflict = effectief(log).conflicten.find((c) => c.samenvoeging.hash === k.samenvoeging)!;
		const vorige = log.at(-1)!;
		const record = await hashBinnen<KeuzeRecord>(
			{
				soort: 'keuze',
				caseId,
				volgnummer: vorige.volgnummer + 1,
				at: k.at,
				door: k.door,
				samenvoeging: conflict.samenvoeging.volgnummer,
				samenvoegingHash: conflict.samenvoeging.hash,
				tak: k.tak,
				reden: k.reden.trim(),
				...kopVoor(rij),
				vorigeHash: vorige.hash
			},
			sleutel
		);
		await db.logboek.add(record);
		await db.casussen.put(rijNa(rij, rij, [...log, record]));
		return record;
	});
}
