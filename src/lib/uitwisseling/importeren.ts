/**
 * Importing a read and checked export file into this device's dossier: new cases are added,
 * cases that are already here are merged (see samenvoegen.ts). All of it happens in ONE Dexie
 * transaction: when any case fails (its copy here is damaged, the merge would not replay, the
 * disk is full), the transaction aborts and the dossier is exactly as it was.
 */
import { Dexie } from 'dexie';
import { herhaal } from '$machines/replay';
import type { DossierDB } from '$lib/dossier/db';
import { inBlokken, verzegelBlok, type BlokRecord } from '$lib/dossier/blokken';
import { hashBinnen, logboekVan, verwijderVanaf } from '$lib/dossier/dossier';
import { bestaandeSleutel } from '$lib/dossier/eigen-sleutel';
import { kopAnkers, verifieerCasus } from '$lib/dossier/keten';
import type { Ondertekenaar } from '$lib/dossier/ondertekening';
import { samenvatting } from '$lib/dossier/samenvatting';
import type { CasusRecord, LogRecord, SamenvoegingRecord } from '$lib/dossier/types';
import { opslagMelding } from '$lib/wizard/opslagmelding';
import type { Actor } from '$lib/logboek/logboek';
import { effectief } from '$lib/dossier/effectief';
import type { CasusExport, Exportbestand } from './formaat';
import { isGecontroleerd, kopBuitenKetenTekst, logFout, naspelingVan } from './lezen';
import { aantalNieuw, inhoud, plan, verloren, type Plan } from './samenvoegen';

export interface CasusOverzicht {
	id: string;
	pseudoniem: string;
	soort: 'nieuw' | Plan['soort'];
	/** Entries (at any depth) this device did not have yet. */
	nieuweRegels: number;
	/** Both copies decided after their common entry: someone has to choose. */
	conflict: boolean;
	/**
	 * Issue 14, defect 6: where the file's case header (pseudonym, age, route, start) differs from
	 * this device's. The device's own stays; said, not ignored.
	 */
	kopVerschilt: string[];
	/** Whether an entry in the file records the header, so the chain covers it (format 2). */
	kopInKeten: boolean;
	/**
	 * For a case new here whose header no entry covers (a file of format 1, or a case begun before
	 * format 2 with nothing recorded since): why, in Dutch, for the preview. Otherwise null.
	 */
	kopBuitenKeten: string | null;
}

/** The header fields of a known case that differ in the file, in Dutch, for the preview. */
export function kopVerschillen(
	hier: Pick<CasusRecord, 'pseudoniem' | 'leeftijd' | 'variant' | 'aangemaakt'>,
	bestand: Pick<CasusRecord, 'pseudoniem' | 'leeftijd' | 'variant' | 'aangemaakt'>
): string[] {
	const uit: string[] = [];
	if (hier.pseudoniem !== bestand.pseudoniem)
		uit.push(`pseudoniem "${bestand.pseudoniem}" (hier "${hier.pseudoniem}")`);
	if (hier.leeftijd !== bestand.leeftijd)
		uit.push(`leeftijd ${bestand.leeftijd} (hier ${hier.leeftijd})`);
	if (hier.variant !== bestand.variant)
		uit.push(`stappenplan ${bestand.variant} (hier ${hier.variant})`);
	if (Date.parse(hier.aangemaakt) !== Date.parse(bestand.aangemaakt))
		uit.push(`begonnen op ${bestand.aangemaakt} (hier ${hier.aangemaakt})`);
	return uit;
}

export interface Overzicht {
	casussen: CasusOverzicht[];
	nieuw: number;
	samengevoegd: number;
	bekend: number;
	regels: number;
	conflicten: number;
}

export type Geimporteerd = { ok: true; overzicht: Overzicht } | { ok: false; fout: string };

/** A rejection with its reason in Dutch; thrown inside the transaction so that it aborts. */
class ImportFout extends Error {}

function overzicht(casussen: CasusOverzicht[]): Overzicht {
	return {
		casussen,
		nieuw: casussen.filter((c) => c.soort === 'nieuw').length,
		samengevoegd: casussen.filter((c) => c.soort !== 'nieuw' && c.soort !== 'bekend').length,
		bekend: casussen.filter((c) => c.soort === 'bekend').length,
		regels: casussen.reduce((n, c) => n + c.nieuweRegels, 0),
		conflicten: casussen.filter((c) => c.conflict).length
	};
}

async function lokaal(db: DossierDB, id: string) {
	const [rij, log] = await Promise.all([db.casussen.get(id), logboekVan(db, id)]);
	return { rij, log };
}

function bepaal(
	rij: CasusRecord | undefined,
	log: LogRecord[],
	item: CasusExport,
	gemigreerdVan?: number
): { overzicht: CasusOverzicht; plan: Plan | null } {
	const { casus, logboek } = item;
	const soort = rij ? plan(log, logboek) : null;
	const kopInKeten = kopAnkers(logboek).length > 0;
	const na = !soort
		? logboek
		: soort.soort === 'samenvoegen'
			? [
					...log,
					{
						soort: 'samenvoeging',
						volgnummer: log.length + 1,
						vanaf: soort.vanaf,
						regels: soort.regels,
						hash: 'nog-niet-vastgelegd'
					} as LogRecord
				]
			: soort.soort === 'bekend'
				? log
				: [...log, ...soort.toevoegen];
	return {
		plan: soort,
		overzicht: {
			id: casus.id,
			pseudoniem: rij?.pseudoniem ?? casus.pseudoniem,
			soort: soort?.soort ?? 'nieuw',
			nieuweRegels: rij ? aantalNieuw(log, logboek) : inhoud(logboek).size,
			conflict: soort?.soort === 'samenvoegen' && heeftConflict(na),
			kopVerschilt: rij ? kopVerschillen(rij, casus) : [],
			kopInKeten,
			kopBuitenKeten: rij || kopInKeten ? null : kopBuitenKetenTekst(gemigreerdVan)
		}
	};
}

function heeftConflict(log: readonly LogRecord[]): boolean {
	return effectief(log).open !== null;
}

/** What the import would do, without writing: shown before the user confirms. */
export async function bekijk(db: DossierDB, bestand: Exportbestand): Promise<Overzicht> {
	const uit: CasusOverzicht[] = [];
	for (const item of bestand.casussen) {
		const { rij, log } = await lokaal(db, item.casus.id);
		uit.push(bepaal(rij, log, item, bestand.gemigreerdVan).overzicht);
	}
	return overzicht(uit);
}

export interface ImportOpties {
	door: Actor;
	at: string;
	/** Cancels the import; nothing is written, also when it is already writing. */
	signaal?: AbortSignal;
	/** Called as cases are prepared: how many of how many. */
	voortgang?: (klaar: number, totaal: number) => void;
}

/**
 * The blocks of the cases that are new here, sealed before the transaction (WebCrypto cannot be
 * awaited inside one). Only for logs `lees` checked and froze; whether the case is still new is
 * decided again inside the transaction, and a prepared block that is not needed is dropped.
 */
async function bereidVoor(
	db: DossierDB,
	bestand: Exportbestand,
	{ signaal, voortgang }: Pick<ImportOpties, 'signaal' | 'voortgang'>
): Promise<Map<string, BlokRecord[]>> {
	const ids = bestand.casussen.map((c) => c.casus.id);
	const bekend = new Set((await db.casussen.bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
	const uit = new Map<string, BlokRecord[]>();
	for (const [i, item] of bestand.casussen.entries()) {
		signaal?.throwIfAborted();
		if (!bekend.has(item.casus.id) && isGecontroleerd(item.logboek) && item.logboek.length > 0)
			uit.set(
				item.casus.id,
				await Promise.all(inBlokken(item.logboek).map((b) => verzegelBlok(db.sleutelbos, b)))
			);
		voortgang?.(i + 1, bestand.casussen.length);
	}
	return uit;
}

export async function importeer(
	db: DossierDB,
	bestand: Exportbestand,
	{ door, at, signaal, voortgang }: ImportOpties
): Promise<Geimporteerd> {
	try {
		const blokken = await bereidVoor(db, bestand, { signaal, voortgang });
		// A samenvoeging written here is signed by whoever imports, with a key they already have:
		// making one here would write to the dossier even when the file is then refused.
		const sleutel = await bestaandeSleutel(db, door).catch(() => undefined);
		const uit = await db.transaction('rw', db.casussen, db.logboek, db.logblokken, async () => {
			const lijst: CasusOverzicht[] = [];
			for (const item of bestand.casussen) {
				// Throwing here aborts the transaction: a cancelled import writes nothing.
				signaal?.throwIfAborted();
				lijst.push(
					await casusInvoegen(
						db,
						item,
						door,
						at,
						blokken.get(item.casus.id),
						bestand.gemigreerdVan,
						sleutel
					)
				);
			}
			return lijst;
		});
		return { ok: true, overzicht: overzicht(uit) };
	} catch (e) {
		if (e instanceof ImportFout) return { ok: false, fout: `${e.message} Er is niets ingelezen.` };
		if (signaal?.aborted)
			return { ok: false, fout: 'Het inlezen is afgebroken. Er is niets ingelezen.' };
		return {
			ok: false,
			fout: `${opslagMelding(e).replace('Niet bewaard', 'Niet ingelezen')} Er is niets veranderd.`
		};
	}
}

async function casusInvoegen(
	db: DossierDB,
	item: CasusExport,
	door: Actor,
	at: string,
	voorbereid?: BlokRecord[],
	gemigreerdVan?: number,
	sleutel?: Ondertekenaar | null
): Promise<CasusOverzicht> {
	const id = item.casus.id;
	const { rij, log } = await lokaal(db, id);
	if (!rij && log.length > 0)
		throw new ImportFout(
			`Op dit apparaat staan logregels van casus ${item.casus.pseudoniem} zonder de casus zelf.`
		);
	if (rij) {
		const keten = await Dexie.waitFor(verifieerCasus(rij, log));
		if (!keten.ok)
			throw new ImportFout(
				`De casus ${rij.pseudoniem} op dit apparaat is zelf beschadigd (regel ${keten.volgnummer}: ${keten.reden}), dus er wordt niets bij samengevoegd.`
			);
	}
	const { plan: p, overzicht: o } = bepaal(rij, log, item, gemigreerdVan);
	let na: LogRecord[];
	if (!p) {
		na = item.logboek;
		// A new case as blocks, sealed before the transaction; one row per entry otherwise.
		if (voorbereid) await db.logblokken.bulkAdd(voorbereid);
		else await db.logboek.bulkAdd(na);
	} else if (p.soort === 'bekend') {
		return o;
	} else if (p.soort === 'vooruit') {
		await db.logboek.bulkAdd(p.toevoegen);
		na = [...log, ...p.toevoegen];
	} else if (p.soort === 'overnemen') {
		// Our tail is replaced by the file's chain. Nothing is lost: every entry removed here is
		// in the file verbatim (same hash, so same content), at the top or inside a samenvoeging;
		// a samenvoeging of ours may go only when all it held is in the file. Checked once more
		// here, right before the delete, inside the transaction.
		if (verloren(p.weg, item.logboek).length > 0)
			throw new ImportFout(`Bij casus ${o.pseudoniem} zou een regel verloren gaan.`);
		await verwijderVanaf(db, id, log, p.weg[0]!.volgnummer);
		await db.logboek.bulkAdd(p.toevoegen);
		na = item.logboek;
	} else {
		const laatste = log.at(-1)!;
		const record = await hashBinnen<SamenvoegingRecord>(
			{
				soort: 'samenvoeging',
				caseId: id,
				volgnummer: laatste.volgnummer + 1,
				at,
				door,
				vorigeHash: laatste.hash,
				vanaf: p.vanaf,
				regels: p.regels
			},
			sleutel
		);
		await db.logboek.add(record);
		na = [...log, record];
	}
	// A new case is exactly the file's log, which `lees` checked (chain and replay) and froze; a
	// merged log is new, so it is checked here, inside the transaction.
	if (!(na === item.logboek && isGecontroleerd(na))) {
		// With the header this device keeps: a merge must not bring in an entry that recorded
		// another one, or this case's own chain would fail its check from then on.
		const keten = await Dexie.waitFor(verifieerCasus(rij ?? item.casus, na));
		if (!keten.ok)
			throw new ImportFout(
				`Na het samenvoegen klopt de keten van casus ${o.pseudoniem} niet (regel ${keten.volgnummer}). ${keten.reden}`
			);
		const casus = { id, variant: rij?.variant ?? item.casus.variant };
		const fout = logFout(casus, na);
		if (fout)
			throw new ImportFout(`Casus ${o.pseudoniem} kan zo niet worden samengevoegd: ${fout}`);
	}
	await db.casussen.put(rijNa(rij, item.casus, na));
	return o;
}

function nuNagespeeld(basis: Pick<CasusRecord, 'id' | 'variant'>, log: readonly LogRecord[]) {
	const { regels } = effectief(log);
	const { snapshot } = herhaal(
		{ caseId: basis.id, variant: basis.variant },
		regels.map((r) => r.beslissing.event)
	);
	return { regels, snapshot };
}

/** The case row, derived again from the merged log, as voegBeslissingToe derives it. */
export function rijNa(
	rij: CasusRecord | undefined,
	uitBestand: CasusRecord,
	log: readonly LogRecord[]
): CasusRecord {
	const basis = rij ?? uitBestand;
	// A new case's log was replayed when `lees` checked it; a merged one is replayed here.
	const { regels, snapshot } = naspelingVan(log, basis) ?? nuNagespeeld(basis, log);
	// As when an entry is appended here: the time of the last entry, so the same log gives the
	// same row on every device.
	const laatsteAt = log.at(-1)?.at ?? basis.aangemaakt;
	const kopIn = kopAnkers(log)[0]?.volgnummer;
	return {
		id: basis.id,
		pseudoniem: basis.pseudoniem,
		zoeknaam: basis.pseudoniem.toLocaleLowerCase('nl'),
		leeftijd: basis.leeftijd,
		variant: basis.variant,
		aangemaakt: basis.aangemaakt,
		...samenvatting(snapshot, regels),
		bijgewerkt: laatsteAt,
		aantalRegels: log.length,
		laatsteHash: log.at(-1)?.hash,
		...(kopIn === undefined ? {} : { kopIn })
	};
}
