/**
 * Making an export file: one case, all cases, or everything about one pupil pseudonym (for an
 * inzageverzoek). Read in one transaction, so a decision recorded in another tab meanwhile is
 * either wholly in the file or not at all.
 */
import type { DossierDB } from '$lib/dossier/db';
import { openRuweLog, ruweLogboeken } from '$lib/dossier/dossier';
import type { CasusRecord } from '$lib/dossier/types';
import {
	APP_VERSIE,
	FORMAAT,
	FORMAAT_VERSIE,
	type CasusExport,
	type Exportbestand
} from './formaat';
import { versleutel } from './versleuteling';
import { maakZegel } from './zegel';
import { ondertekenaarVoor } from '$lib/dossier/eigen-sleutel';
import type { Actor } from '$lib/logboek/logboek';
import { bestandsTijd, veiligeNaam } from '$lib/wizard/bestandsnaam';

export type Keuze = { casus: string } | { alle: true } | { pseudoniem: string };

export interface ExportOpties {
	/**
	 * Who exports: the file is sealed with their key (zegel.ts). Without it (a device that cannot
	 * keep keys, the benchmarks, some tests) the file has no seal, and its import preview says so.
	 */
	door?: Actor;
	/** Cancels making the file (nothing is written anywhere either way). */
	signaal?: AbortSignal;
	/** Called as cases are opened: how many of how many. */
	voortgang?: (klaar: number, totaal: number) => void;
}

export async function maakExport(
	db: DossierDB,
	keuze: Keuze,
	nu: Date = new Date(),
	{ signaal, voortgang, door }: ExportOpties = {}
): Promise<Exportbestand> {
	const tabellen = [db.casussen, db.logboek, db.logblokken, db.concepten, db.antwoordsets];
	// Read raw in one transaction (a consistent moment); the log's blocks are opened after it,
	// with WebCrypto, which cannot be awaited inside one.
	const { bestand, ruw } = await db.transaction('r', tabellen, async () => {
		let rijen: CasusRecord[];
		if ('casus' in keuze) {
			const rij = await db.casussen.get(keuze.casus);
			rijen = rij ? [rij] : [];
		} else if ('pseudoniem' in keuze) {
			const naam = keuze.pseudoniem.trim().toLocaleLowerCase('nl');
			// Not through an index: the pseudonym is sealed at rest (schema version 3), so the
			// (short) list of cases is read and compared after decryption.
			rijen = (await db.casussen.toArray()).filter((c) => c.zoeknaam === naam);
		} else rijen = await db.casussen.toArray();
		rijen.sort((a, b) => a.aangemaakt.localeCompare(b.aangemaakt) || a.id.localeCompare(b.id));
		const inzage = 'pseudoniem' in keuze;
		const casussen: CasusExport[] = [];
		// Everything: one read of each log table; otherwise only the cases chosen.
		const ruw = await ruweLogboeken('alle' in keuze ? undefined : rijen.map((c) => c.id));
		for (const casus of rijen) {
			signaal?.throwIfAborted();
			casussen.push({
				casus,
				logboek: [],
				// An inzageverzoek covers everything stored, so also what was typed but not recorded.
				...(inzage
					? {
							concepten: await db.concepten.where('caseId').equals(casus.id).toArray(),
							reflecties: await db.antwoordsets.where('casusId').equals(casus.id).toArray()
						}
					: {})
			});
		}
		const bestand: Exportbestand = {
			format: FORMAAT,
			formatVersion: FORMAAT_VERSIE,
			appVersion: APP_VERSIE,
			schemaVersie: db.verno,
			geexporteerd: nu.toISOString(),
			...(inzage ? { inzage: { pseudoniem: keuze.pseudoniem.trim() } } : {}),
			casussen
		};
		return { bestand, ruw };
	});
	for (const [i, c] of bestand.casussen.entries()) {
		signaal?.throwIfAborted();
		c.logboek = await openRuweLog(db, ruw.get(c.casus.id));
		voortgang?.(i + 1, bestand.casussen.length);
	}
	const sleutel = door ? await ondertekenaarVoor(db, door) : null;
	if (door && sleutel) bestand.zegel = await maakZegel(bestand, door, sleutel);
	return bestand;
}

/**
 * `meldcodewijzer-casus-AB-2026-11-23-101530.json`: what, whose and when, to the second, so two
 * exports of one day do not overwrite each other. The pseudonym (of one case, or of an
 * inzageverzoek) is left out of an encrypted file's name: file names end up in mail subjects and
 * download lists, and the name would say what the encryption hides.
 */
export function bestandsnaam(
	keuze: Keuze,
	nu: Date,
	versleuteld: boolean,
	pseudoniem = 'pseudoniem' in keuze ? keuze.pseudoniem : ''
): string {
	const wat = 'casus' in keuze ? 'casus' : 'pseudoniem' in keuze ? 'inzage' : 'alle-casussen';
	const wie =
		!versleuteld && !('alle' in keuze) && pseudoniem.trim() ? veiligeNaam(pseudoniem) : '';
	return ['meldcodewijzer', wat, wie, bestandsTijd(nu), versleuteld ? 'versleuteld' : '']
		.filter(Boolean)
		.join('-')
		.concat('.json');
}

/** The file's text, encrypted with the passphrase when one is given. */
export async function alsTekst(bestand: Exportbestand, wachtwoord?: string): Promise<string> {
	// Compact: a dossier of years is tens of megabytes, a third of it indentation when pretty.
	const tekst = JSON.stringify(bestand);
	if (!wachtwoord) return tekst;
	return JSON.stringify(await versleutel(tekst, wachtwoord));
}
