/**
 * The directeur's sign-off of a stap-5 decision, as an entry of its own in the append-only log:
 * hashed into the chain like a correction, pointing at the decision it signs (by number and
 * hash). Which decisions can be signed, and by whom, is in `akkoord-regels.ts`.
 */
import type { DossierDB } from './db';
import { effectief } from '$lib/dossier/effectief';
import { bestaand, elders, hashBinnen, kopInNa, kopVoor, laatste, logboekVan } from './dossier';
import { besluitSleutel, type Akkoord } from './akkoord-regels';
import { verloop } from './verloop';
import { problemenMetAkkoordIn } from './schrijfregels';
import { ondertekenaarVoor } from './eigen-sleutel';
import { GENESIS, type AkkoordRecord } from './types';

export async function voegAkkoordToe(
	db: DossierDB,
	caseId: string,
	a: Pick<Akkoord, 'akkoordOp' | 'akkoordOpHash' | 'at' | 'door' | 'notitie'> & {
		/** The number the caller expects this entry to get; a mismatch means another tab wrote first. */
		volgnummer?: number;
	}
): Promise<AkkoordRecord> {
	// Signed by the key of the name typed in the sign-off form, made on this device if need be:
	// whether the school knows that key as its directeur is for the roster to say (team.ts).
	const sleutel = a.door.naam?.trim()
		? await ondertekenaarVoor(db, { rol: a.door.rol, naam: a.door.naam })
		: null;
	return db.transaction('rw', db.casussen, db.logboek, db.logblokken, async () => {
		const rij = await bestaand(db, caseId);
		const log = await logboekVan(db, caseId);
		const vorige = await laatste(db, caseId);
		const volgnummer = (vorige?.volgnummer ?? 0) + 1;
		if (a.volgnummer !== undefined && a.volgnummer !== volgnummer) throw elders();
		// Checked against the stored log, not the screen: what is signed is what the record holds.
		// A decision without a hash from the screen is one of this chain's own, named by number.
		const akkoordOpHash =
			a.akkoordOpHash ??
			log.find((r) => r.soort === 'beslissing' && r.volgnummer === a.akkoordOp)?.hash;
		const doel = { ...a, ...(akkoordOpHash ? { akkoordOpHash } : {}) };
		const problemen = problemenMetAkkoordIn(rij, doel, log);
		if (problemen.length > 0) throw new Error(problemen.join(' '));
		const besluit = verloop(rij, effectief(log).regels).stap5.find(
			(b) => besluitSleutel(b) === akkoordOpHash
		)!.besluit;
		const notitie = a.notitie?.trim();
		const record = await hashBinnen<AkkoordRecord>(
			{
				soort: 'akkoord',
				caseId,
				volgnummer,
				at: a.at,
				door: { rol: a.door.rol, naam: a.door.naam!.trim() },
				akkoordOp: a.akkoordOp,
				akkoordOpHash: akkoordOpHash!,
				besluit,
				...(notitie ? { notitie } : {}),
				...kopVoor(rij),
				vorigeHash: vorige?.hash ?? GENESIS
			},
			sleutel
		);
		await db.logboek.add(record);
		await db.casussen.update(caseId, {
			bijgewerkt: a.at,
			aantalRegels: volgnummer,
			laatsteHash: record.hash,
			...kopInNa(rij, volgnummer)
		});
		return record;
	});
}
