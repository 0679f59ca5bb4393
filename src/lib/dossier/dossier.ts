/**
 * The dossier's operations: create a case, append to its log (one transaction: the entry and the
 * case row together, or neither), read it back, verify it, delete a whole case.
 */
import type { MeldcodeSnapshot } from '$machines/replay';
import type { CasusGegevens } from '$lib/wizard/casus.svelte';
import type { Correctie, LogRegel } from '$lib/wizard/logboek';
import type { DossierDB } from './db';
import { metHash, verifieer, type Verificatie } from './keten';
import { samenvatting } from './samenvatting';
import {
	GENESIS,
	type BeslissingRecord,
	type CasusRecord,
	type CorrectieRecord,
	type LogRecord
} from './types';

export async function nieuweCasus(db: DossierDB, g: CasusGegevens): Promise<CasusRecord> {
	const casus: CasusRecord = {
		...g,
		zoeknaam: g.pseudoniem.toLocaleLowerCase('nl'),
		bijgewerkt: g.aangemaakt,
		status: 'open',
		uitkomst: null,
		volgendeDatum: null,
		volgendeWat: null
	};
	await db.casussen.add(casus);
	return casus;
}

async function laatste(db: DossierDB, caseId: string): Promise<LogRecord | undefined> {
	return db.logboek.where('[caseId+volgnummer]').between([caseId, 0], [caseId, Infinity]).last();
}

/**
 * Appends a decision. The log row's number must be the next one: if another tab appended in the
 * meantime, the compound key refuses the duplicate and nothing is written.
 */
export async function voegBeslissingToe(
	db: DossierDB,
	caseId: string,
	regel: LogRegel,
	snapshot: MeldcodeSnapshot,
	alleRegels: readonly LogRegel[]
): Promise<BeslissingRecord> {
	return db.transaction('rw', db.casussen, db.logboek, async () => {
		const vorige = await laatste(db, caseId);
		const volgnummer = (vorige?.volgnummer ?? 0) + 1;
		if (volgnummer !== regel.volgnummer)
			throw new Error(
				'Deze casus is intussen ergens anders bijgewerkt (een ander tabblad?). Laad de casus opnieuw.'
			);
		const record = await metHash<BeslissingRecord>({
			soort: 'beslissing',
			caseId,
			volgnummer,
			at: regel.beslissing.at,
			door: regel.door,
			beslissing: regel.beslissing,
			...(regel.gegevens ? { gegevens: regel.gegevens } : {}),
			vorigeHash: vorige?.hash ?? GENESIS
		});
		await db.logboek.add(record);
		await db.casussen.update(caseId, {
			...samenvatting(snapshot, alleRegels),
			bijgewerkt: regel.beslissing.at
		});
		return record;
	});
}

/** A correction of an entry's reasoning: a new entry pointing at the old one, with why. */
export async function voegCorrectieToe(
	db: DossierDB,
	caseId: string,
	c: Pick<CorrectieRecord, 'corrigeert' | 'tekst' | 'reden' | 'at' | 'door'>
): Promise<CorrectieRecord> {
	if (!c.tekst.trim() || !c.reden.trim())
		throw new Error('Een correctie heeft een nieuwe tekst en een reden nodig.');
	return db.transaction('rw', db.casussen, db.logboek, async () => {
		const vorige = await laatste(db, caseId);
		const doel = await db.logboek.get([caseId, c.corrigeert]);
		if (!doel) throw new Error(`Regel ${c.corrigeert} bestaat niet in deze casus.`);
		const record = await metHash<CorrectieRecord>({
			soort: 'correctie',
			caseId,
			volgnummer: (vorige?.volgnummer ?? 0) + 1,
			...c,
			vorigeHash: vorige?.hash ?? GENESIS
		});
		await db.logboek.add(record);
		await db.casussen.update(caseId, { bijgewerkt: c.at });
		return record;
	});
}

export async function logboekVan(db: DossierDB, caseId: string): Promise<LogRecord[]> {
	return db.logboek.where('[caseId+volgnummer]').between([caseId, 0], [caseId, Infinity]).toArray();
}

export async function controleer(db: DossierDB, caseId: string): Promise<Verificatie> {
	return verifieer(await logboekVan(db, caseId));
}

/** Deleting a case removes it whole: its row, its log and its drafts, together. */
export async function verwijderCasus(db: DossierDB, caseId: string): Promise<void> {
	await db.transaction('rw', db.casussen, db.logboek, db.concepten, async () => {
		await db.logboek.where('caseId').equals(caseId).delete();
		await db.concepten.where('caseId').equals(caseId).delete();
		await db.casussen.delete(caseId);
	});
}

/** The decisions of a log as the wizard keeps them, each with the corrections of its text. */
export function alsRegels(log: readonly LogRecord[]): LogRegel[] {
	const correcties = new Map<number, Correctie[]>();
	for (const r of log)
		if (r.soort === 'correctie') {
			const { volgnummer, at, door, tekst, reden } = r;
			correcties.set(r.corrigeert, [
				...(correcties.get(r.corrigeert) ?? []),
				{ volgnummer, at, door, tekst, reden }
			]);
		}
	return log
		.filter((r): r is BeslissingRecord => r.soort === 'beslissing')
		.map((r) => ({
			volgnummer: r.volgnummer,
			door: r.door,
			beslissing: r.beslissing,
			...(r.gegevens ? { gegevens: r.gegevens } : {}),
			...(correcties.has(r.volgnummer) ? { correcties: correcties.get(r.volgnummer)! } : {})
		}));
}
