/**
 * Reading an export file: size, JSON, encryption, format version, shape, and then per case the
 * hash chain and the replay through the statechart. Nothing is written here; every rejection is
 * a sentence in Dutch that names the problem, never a thrown TypeError.
 */
import { controleerZegel, ZEGEL_KLOPT_NIET } from './zegel';
import * as v from 'valibot';
import { herhaal } from '$machines/replay';
import { verifieerCasus } from '$lib/dossier/keten';
import { handtekeningKlopt } from '$lib/dossier/ondertekening';
import { logregelFout } from '$lib/dossier/schrijfregels';
import { GEHEIM } from '$lib/kluis/middleware';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { effectief } from '$lib/dossier/effectief';
import { exportSchema, FORMAAT, plaatsVan, type Exportbestand } from './formaat';
import { migreer, MIGRATIES, type Migratie } from './migraties';
import { envelopSchema, ontsleutel, VERSLEUTELD } from './versleuteling';

/**
 * Larger than any real export (500 cases with 50,000 entries is about 50 MB, see bench/), small
 * enough that a wrong file is refused before it is read into memory.
 */
export const MAX_BYTES = 100 * 1024 * 1024;

export type Gelezen =
	{ ok: true; bestand: Exportbestand } | { ok: false; fout: string; wachtwoordNodig?: true };

const NIET_MELDCODEWIJZER =
	'Dit is geen exportbestand van Meldcodewijzer. Kies een bestand dat met "Exporteren" is gemaakt.';

/**
 * Keys an export never has: those that could reach an object's prototype, and the one the
 * encryption at rest stores a sealed record under (a plain entry carrying it would be read as
 * sealed, and the dossier as locked).
 */
const VERBODEN = new Set(['__proto__', 'constructor', 'prototype', GEHEIM]);

/**
 * A JSON.parse reviver (called for every key of 50,000 entries) took a large part of an import:
 * the keys are checked in the same walk that checks the nesting (`vreemd`). JSON.parse makes a
 * key `__proto__` an own property (it never sets the prototype), so the walk finds it.
 */
function alsJson(tekst: string): { ok: true; waarde: unknown } | { ok: false; fout: string } {
	try {
		return { ok: true, waarde: JSON.parse(tekst) };
	} catch {
		return {
			ok: false,
			fout: 'Dit bestand is geen geldige JSON: het is beschadigd of onvolledig (afgebroken tijdens het kopiëren?).'
		};
	}
}

const VERBODEN_SLEUTEL: Gelezen = {
	ok: false,
	fout: 'Dit bestand bevat een niet-toegestane sleutel en wordt niet gelezen.'
};

/** Deeper than this is no export (a case nests a few levels); checked without recursion. */
const MAX_NESTING = 100;

/** A forbidden key anywhere, or nesting deeper than MAX_NESTING; checked without recursion. */
function vreemd(waarde: unknown): 'verboden' | 'diep' | null {
	const stapel: unknown[] = [waarde];
	const diepte: number[] = [0];
	let diep = false;
	while (stapel.length > 0) {
		const w = stapel.pop();
		const d = diepte.pop()!;
		if (typeof w !== 'object' || w === null) continue;
		if (d > MAX_NESTING) {
			diep = true;
			continue;
		}
		if (Array.isArray(w)) {
			for (const kind of w)
				if (typeof kind === 'object' && kind !== null) {
					stapel.push(kind);
					diepte.push(d + 1);
				}
			continue;
		}
		for (const k in w) {
			if (!Object.hasOwn(w, k)) continue;
			if (VERBODEN.has(k)) return 'verboden';
			const kind = (w as Record<string, unknown>)[k];
			if (typeof kind === 'object' && kind !== null) {
				stapel.push(kind);
				diepte.push(d + 1);
			}
		}
	}
	return diep ? 'diep' : null;
}

function isObject(w: unknown): w is Record<string, unknown> {
	return typeof w === 'object' && w !== null && !Array.isArray(w);
}

export interface LeesOpties {
	wachtwoord?: string;
	migraties?: readonly Migratie[];
}

/** A file as picked by the user: its size is checked before a byte is read. */
export async function leesBestandVan(bestand: Blob, opties: LeesOpties = {}): Promise<Gelezen> {
	if (bestand.size > MAX_BYTES) return teGroot(bestand.size);
	let tekst: string;
	try {
		tekst = new TextDecoder('utf-8', { fatal: true }).decode(await bestand.arrayBuffer());
	} catch {
		return {
			ok: false,
			fout: 'Dit bestand is geen tekst (UTF-8) en dus geen export van Meldcodewijzer.'
		};
	}
	return lees(tekst, opties);
}

function teGroot(bytes: number): Gelezen {
	return {
		ok: false,
		fout: `Dit bestand is te groot (${(bytes / 1024 / 1024).toFixed(1)} MB; de grens is ${MAX_BYTES / 1024 / 1024} MB). Een export van Meldcodewijzer is veel kleiner: kies het juiste bestand.`
	};
}

/**
 * The text's size in UTF-8, counted without encoding it: a Blob of 50 MB only to learn its size
 * took half a second of an import. A UTF-16 unit is 1 to 3 bytes (a surrogate pair 4 together).
 */
export function utf8Bytes(tekst: string): number {
	if (tekst.length > MAX_BYTES) return tekst.length;
	let n = tekst.length;
	for (let i = 0; i < tekst.length; i++) {
		const c = tekst.charCodeAt(i);
		if (c < 0x80) continue;
		if (c < 0x800 || (c >= 0xd800 && c <= 0xdfff)) n += 1;
		else n += 2;
	}
	return n;
}

export async function lees(tekst: string, opties: LeesOpties = {}): Promise<Gelezen> {
	try {
		return await leesOnveilig(tekst, opties);
	} catch {
		// Every known problem has its own message above; this is the net under them.
		return { ok: false, fout: ONVERWACHT };
	}
}

const TE_DIEP =
	'Dit bestand is vreemd opgebouwd (te diep genest) en is geen export van Meldcodewijzer.';

export const ONVERWACHT =
	'Dit bestand kon niet worden gelezen door een onverwachte fout. Er is niets veranderd.';

async function leesOnveilig(tekst: string, opties: LeesOpties): Promise<Gelezen> {
	const ontleed = await ontleedOnveilig(tekst, opties);
	if (!ontleed.ok) return ontleed;
	const { bestand } = ontleed;
	const fout = (await controleerBestand(bestand)).find((u) => !u.ok);
	if (fout && !fout.ok) return { ok: false, fout: fout.melding };
	// After the chains (a seal over entries whose hashes are wrong proves nothing).
	if ((await controleerZegel(bestand)).soort === 'klopt-niet')
		return { ok: false, fout: ZEGEL_KLOPT_NIET };
	// Frozen, so what was checked is what gets imported: nothing can change it in between.
	for (const { logboek } of bestand.casussen) gecontroleerd.add(Object.freeze(logboek));
	return { ok: true, bestand };
}

/**
 * A file read up to its shape (size, JSON, encryption, format version and migration, schema),
 * without the per-case checks: for the command-line verifier, which reports every case.
 * `lees` is this followed by `controleerBestand`.
 */
export async function ontleed(tekst: string, opties: LeesOpties = {}): Promise<Gelezen> {
	try {
		return await ontleedOnveilig(tekst, opties);
	} catch {
		return { ok: false, fout: ONVERWACHT };
	}
}

async function ontleedOnveilig(tekst: string, opties: LeesOpties): Promise<Gelezen> {
	const bytes = utf8Bytes(tekst);
	if (bytes > MAX_BYTES) return teGroot(bytes);
	const json = alsJson(tekst);
	if (!json.ok) return json;
	let waarde = json.waarde;
	const buiten = vreemd(waarde);
	if (buiten === 'verboden') return VERBODEN_SLEUTEL;
	if (!isObject(waarde)) return { ok: false, fout: NIET_MELDCODEWIJZER };
	if (buiten === 'diep') return { ok: false, fout: TE_DIEP };

	if (waarde.format === VERSLEUTELD) {
		const envelop = v.safeParse(envelopSchema, waarde);
		if (!envelop.success)
			return {
				ok: false,
				fout: `Dit versleutelde bestand is beschadigd: ${plaatsVan(envelop.issues[0])} klopt niet.`
			};
		if (!opties.wachtwoord)
			return {
				ok: false,
				fout: 'Dit bestand is versleuteld. Vul het wachtwoord in.',
				wachtwoordNodig: true
			};
		const open = await ontsleutel(envelop.output, opties.wachtwoord);
		if (!open.ok) return { ...open, wachtwoordNodig: true };
		const binnen = alsJson(open.tekst);
		if (!binnen.ok) return binnen;
		waarde = binnen.waarde;
		const erin = vreemd(waarde);
		if (erin === 'verboden') return VERBODEN_SLEUTEL;
		if (!isObject(waarde) || waarde.format === VERSLEUTELD)
			return { ok: false, fout: NIET_MELDCODEWIJZER };
		if (erin === 'diep') return { ok: false, fout: TE_DIEP };
	}

	if (waarde.format !== FORMAAT) return { ok: false, fout: NIET_MELDCODEWIJZER };
	const gemigreerd = migreer(waarde, opties.migraties ?? MIGRATIES);
	if (!gemigreerd.ok) return gemigreerd;

	const vorm = v.safeParse(exportSchema, gemigreerd.bestand);
	if (!vorm.success) {
		const issue = vorm.issues[0];
		return {
			ok: false,
			fout: `Dit bestand heeft niet de opbouw van een Meldcodewijzer-export: bij ${plaatsVan(issue)} ontbreekt iets of staat iets wat niet kan.`
		};
	}
	return { ok: true, bestand: vorm.output as unknown as Exportbestand };
}

/** Logs whose chain and replay `lees` has checked (and frozen): importing them as a new case needs no second check. */
const gecontroleerd = new WeakSet<readonly LogRecord[]>();

export function isGecontroleerd(logboek: readonly LogRecord[]): boolean {
	return gecontroleerd.has(logboek);
}

/** The outcome of every check on one case of a file. */
export type CasusUitslag =
	| {
			ok: true;
			casus: CasusRecord;
			aantal: number;
			/** The entry whose hash first covers the header, or null: the header is outside the chain. */
			kopIn: number | null;
			/**
			 * Signed entries (at any depth) and the first whose signature does not verify; null
			 * when not asked for (see `controleerBestand`).
			 */
			handtekeningen: { ondertekend: number; totaal: number; eersteFout: number | null } | null;
	  }
	| {
			ok: false;
			casus: CasusRecord;
			/** The first entry that fails, when the problem is one entry's. */
			volgnummer: number | null;
			/** What is wrong, in Dutch. */
			reden: string;
			/** The whole sentence the import shows. */
			melding: string;
	  };

/**
 * Every case of a parsed file through `controleerCasus`; by default up to the first that fails
 * (what `lees` needs), with `alle` every case (what the command-line verifier prints).
 *
 * `handtekeningen`: also verify every entry's signature (ECDSA, one WebCrypto call each: some
 * 20 s for 50,000 entries). The command-line verifier asks for it, since it reports a failing
 * signature as a failure. The import does not refuse on it (the chain proves the content), and
 * shows each entry's signature where it shows the entry (the preview, the history), so it does
 * not wait for all of them first.
 */
export async function controleerBestand(
	bestand: Exportbestand,
	{ alle = false, handtekeningen = false }: { alle?: boolean; handtekeningen?: boolean } = {}
): Promise<CasusUitslag[]> {
	const ids = new Set<string>();
	const uit: CasusUitslag[] = [];
	for (const [i, { casus, logboek }] of bestand.casussen.entries()) {
		const u: CasusUitslag = ids.has(casus.id)
			? {
					ok: false,
					casus,
					volgnummer: null,
					reden: 'Deze casus staat twee keer in het bestand.',
					melding: `Dit bestand bevat ${casusNaam(casus, i)} twee keer.`
				}
			: await controleerCasus(casus, logboek, i, handtekeningen);
		ids.add(casus.id);
		uit.push(u);
		if (!u.ok && !alle) break;
	}
	return uit;
}

function casusNaam(casus: Pick<CasusRecord, 'pseudoniem'>, i: number): string {
	return `casus ${casus.pseudoniem} (${i + 1}e in het bestand)`;
}

/**
 * One case of a file: its entries belong to it, its chain holds and its header matches every
 * entry that recorded it (`verifieerCasus`), nothing is cut off its end, and every entry meets
 * the rules of a local write (the replay and schrijfregels.ts). The ONE implementation behind
 * the import (and so its preview) and `npm run verifieer` (scripts/verifieer.ts).
 */
export async function controleerCasus(
	casus: CasusRecord,
	logboek: readonly LogRecord[],
	plek = 0,
	metHandtekeningen = false
): Promise<CasusUitslag> {
	const naam = casusNaam(casus, plek);
	const fout = (volgnummer: number | null, reden: string, melding: string): CasusUitslag => ({
		ok: false,
		casus,
		volgnummer,
		reden,
		melding
	});
	const vreemd = logboek.find((r) => r.caseId !== casus.id);
	if (vreemd)
		return fout(
			vreemd.volgnummer,
			`Regel ${vreemd.volgnummer} hoort bij een andere casus.`,
			`In ${naam} staat regel ${vreemd.volgnummer} die bij een andere casus hoort.`
		);
	const keten = await verifieerCasus(casus, logboek);
	if (!keten.ok)
		return fout(
			keten.volgnummer,
			keten.reden,
			`Dit bestand is gewijzigd na export: regel ${keten.volgnummer} van ${naam} klopt niet met de keten. ${keten.reden}`
		);
	if (
		casus.aantalRegels !== undefined &&
		(logboek.length !== casus.aantalRegels ||
			(casus.laatsteHash !== undefined && logboek.at(-1)?.hash !== casus.laatsteHash))
	)
		return fout(
			logboek.length < casus.aantalRegels ? logboek.length + 1 : logboek.length,
			`De casus had ${casus.aantalRegels} regels, het bestand bevat er ${logboek.length}.`,
			`Dit bestand is onvolledig of gewijzigd: ${naam} had ${casus.aantalRegels} regels, het bestand bevat er ${logboek.length}.`
		);

	// Signatures (issue 14), after the chain (a signature over an entry whose hash is wrong
	// proves nothing), in chain order at any depth. A signature that does not verify is not a
	// reason to refuse here: the chain already proves the content, and the import shows it per
	// entry ("handtekening klopt niet"); the verifier reports it as a failure (it proves nobody).
	const handtekeningen = metHandtekeningen ? await ondertekeningen(logboek) : null;

	const regelFout = logFout(casus, logboek);
	if (regelFout) {
		const nr = /regel (\d+)/i.exec(regelFout)?.[1];
		return fout(nr ? Number(nr) : null, regelFout, `In ${naam}: ${regelFout}`);
	}
	return { ok: true, casus, aantal: logboek.length, kopIn: keten.kopIn ?? null, handtekeningen };
}

/** How many entries (at any depth) carry a signature, and the first whose signature fails. */
async function ondertekeningen(
	log: readonly LogRecord[]
): Promise<{ ondertekend: number; totaal: number; eersteFout: number | null }> {
	let ondertekend = 0;
	let totaal = 0;
	let eersteFout: number | null = null;
	const loop = async (regels: readonly LogRecord[]) => {
		for (const r of regels) {
			if (r.soort === 'samenvoeging') await loop(r.regels);
			totaal++;
			if (!r.ondertekening) continue;
			ondertekend++;
			if (eersteFout === null && !(await handtekeningKlopt(r))) eersteFout = r.volgnummer;
		}
	};
	await loop(log);
	return { ondertekend, totaal, eersteFout };
}

/** Why the header of a case new on this device is not covered by the chain, for the import preview
 * and the command-line verifier. */
export function kopBuitenKetenTekst(gemigreerdVan: number | undefined): string {
	const waarom =
		gemigreerdVan !== undefined && gemigreerdVan < 2
			? `dit bestand heeft formaatversie ${gemigreerdVan}, van vóór de kop in de keten kwam`
			: 'de casus is begonnen vóór de kop in de keten kwam, en er is sindsdien niets vastgelegd';
	return `De gegevens van deze casus (pseudoniem, leeftijd, stappenplan, begindatum) vallen niet onder de gecontroleerde keten: ${waarom}. Controleer of ze kloppen.`;
}

/**
 * What a log must meet to be imported: every decision replays, and every other entry meets the
 * rules a local write applies (dossier/schrijfregels.ts). The first problem in Dutch, or null.
 */
export function logFout(
	casus: Pick<CasusRecord, 'id' | 'variant'>,
	log: readonly LogRecord[]
): string | null {
	return replayFout(casus, log) ?? logregelFout(casus, log);
}

/**
 * Every decision must be one the statechart accepts at that point, on each line of a merge: a
 * log that does not replay would open as a case in a state nobody decided.
 */
export function replayFout(
	casus: Pick<CasusRecord, 'id' | 'variant'>,
	log: readonly LogRecord[]
): string | null {
	const { regels, conflicten } = effectief(log);
	const lijnen = [regels];
	// An open conflict may still be settled either way: the other line must replay too. A settled
	// one is still shown in every view: its other line must replay up to its own last decision
	// (what came after the choice belongs to the line chosen).
	for (const c of conflicten) {
		const ander = c.keuze?.tak === 'ingevoegd' ? 'hier' : 'ingevoegd';
		const lijn = effectief(log, new Map([[c.samenvoeging.hash, ander]])).regels;
		if (!c.keuze) lijnen.push(lijn);
		else {
			const niet = new Set((ander === 'hier' ? c.hier : c.ingevoegd).map((r) => r.hash));
			lijnen.push(lijn.slice(0, lijn.findLastIndex((r) => niet.has(r.hash)) + 1));
		}
	}
	for (const [i, regels] of lijnen.entries()) {
		const h = herhaal(
			{ caseId: casus.id, variant: casus.variant },
			regels.map((r) => r.beslissing.event)
		);
		if (h.geweigerd.length > 0) {
			const r = regels[h.geweigerd[0]!]!;
			return `regel ${r.volgnummer} is een beslissing die de meldcode op die plek niet toelaat.`;
		}
		if (i === 0)
			nagespeeld.set(log, {
				casus: { id: casus.id, variant: casus.variant },
				regels,
				snapshot: h.snapshot
			});
	}
	return null;
}

/**
 * The replay of a log `replayFout` accepted (its effective line), by the log itself: the import
 * derives a new case's row from it instead of replaying 50,000 decisions a second time. Only
 * for the same (frozen, see `lees`) array, case id and variant.
 */
const nagespeeld = new WeakMap<
	readonly LogRecord[],
	{
		casus: Pick<CasusRecord, 'id' | 'variant'>;
		regels: ReturnType<typeof effectief>['regels'];
		snapshot: ReturnType<typeof herhaal>['snapshot'];
	}
>();

export function naspelingVan(
	log: readonly LogRecord[],
	casus: Pick<CasusRecord, 'id' | 'variant'>
) {
	const n = nagespeeld.get(log);
	const zelfde = n && n.casus.id === casus.id && n.casus.variant === casus.variant;
	return zelfde && Object.isFrozen(log) ? n : undefined;
}
