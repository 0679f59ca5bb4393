/**
 * The tamper set of issue 14: a signed export (a teacher's decisions, a correction, the
 * directeur's sign-off) edited the ways someone with a text editor and a SHA-256 tool would,
 * in one generated set of well over 200 files: header fields, texts with the hash chain rebuilt
 * (keeping the old signatures, or signing again with a key of their own), signatures swapped,
 * taken away or replaced, tail entries removed (with and without fixing the case row), entries
 * reordered with the chain rebuilt.
 *
 * Each file goes through the real functions, on a device that knows the case and the team's
 * keys, and on a new device that knows only the team's keys. Each must be refused with a Dutch
 * message and nothing written, or flagged: read in only with the import preview saying, for at
 * least one entry, what the preview shows (`ondertekeningTekst`: "handtekening klopt niet",
 * "onbekende sleutel", "handtekening ontbreekt"). A file that reads in unflagged is an attack
 * that passed, and fails the test. The figures are printed and written to uitslag-manipulatie.json.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import {
	nieuwSleutelpaar,
	onderteken,
	ondertekeningStatus,
	type Ondertekenaar,
	type Ondertekening,
	type TeamLid
} from '$lib/dossier/ondertekening';
import { ondertekeningTekst } from '$lib/dossier/ondertekening-tekst';
import { importeerTeam, teamLeden } from '$lib/dossier/team';
import type { LogRecord } from '$lib/dossier/types';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import type { Exportbestand } from '$lib/uitwisseling/formaat';
import { importeer } from '$lib/uitwisseling/importeren';
import { lees, ONVERWACHT } from '$lib/uitwisseling/lezen';
import { maakZegel, zegelTekst, type Exportzegel } from '$lib/uitwisseling/zegel';
import { TOT_HULP } from '../unit/machines/helpers';
import { nieuweDB, weg } from '../unit/dossier/hulp';
import { casusMet, dump, IB, NU } from '../unit/uitwisseling/hulp';
import { herketen, type Bestand, type Casus } from './aanvallen';

type Regel = Record<string, unknown> & { volgnummer: number; hash: string; soort: string };

const DIRECTEUR = { rol: 'directeur', naam: 'P. Jansen' } as const;

// Built before the tests are collected: the set of files is generated from this export.
const bron = nieuweDB();
const bekend = nieuweDB();
const nieuw = nieuweDB();
const { id, casus } = await casusMet(bron, TOT_HULP, { pseudoniem: 'MT' });
expect((await casus.corrigeer(2, 'Beter verwoord.', 'Preciezer.', NU)).ok).toBe(true);
casus.door = DIRECTEUR;
expect((await casus.akkoordGeven(casus.stap5.at(-1)!.volgnummer, 'Eens.', NU)).ok).toBe(true);
// Exported (and so sealed) by the directeur.
const basis: Bestand = JSON.parse(
	await alsTekst(await maakExport(bron, { casus: id }, new Date(NU), { door: DIRECTEUR }))
);
expect(basis.zegel).toBeDefined();
// Both devices know the team's keys (its roster file); one of them holds the case as well.
const team: TeamLid[] = await teamLeden(bron);
await importeerTeam(bekend, team);
await importeerTeam(nieuw, team);
const eigen = await lees(JSON.stringify(basis));
if (!eigen.ok) throw new Error(eigen.fout);
expect((await importeer(bekend, eigen.bestand, { door: IB, at: NU })).ok).toBe(true);
const aanvaller: Ondertekenaar = await nieuwSleutelpaar();

afterAll(async () => {
	await weg(bron);
	await weg(bekend);
	await weg(nieuw);
});

const regels = (c: Casus) => c.logboek as Regel[];

/** A device that knows the team's keys and nothing else. */
async function nieuwApparaat(): Promise<DossierDB> {
	const db = nieuweDB();
	await importeerTeam(db, team);
	return db;
}

let referentieDump: string | undefined;
/** What a new device holds after importing the untouched file. */
async function referentie(): Promise<string> {
	if (referentieDump) return referentieDump;
	const db = await nieuwApparaat();
	const r = await lees(JSON.stringify(basis));
	if (!r.ok) throw new Error(r.fout);
	expect((await importeer(db, r.bestand, { door: IB, at: NU })).ok).toBe(true);
	referentieDump = await dump(db);
	await weg(db);
	return referentieDump;
}

/** Every entry at any depth, in chain order (a samenvoeging's own entries after it). */
function plat(log: readonly LogRecord[], uit: LogRecord[] = []): LogRecord[] {
	for (const r of log) {
		uit.push(r);
		if (r.soort === 'samenvoeging') plat(r.regels, uit);
	}
	return uit;
}

/**
 * What the import preview says of what it cannot vouch for: the seal (ZegelStatus) and each
 * entry's signature (OndertekeningLijst).
 */
async function markeringen(bestand: Exportbestand): Promise<string[]> {
	const uit: string[] = [];
	const zegel = await zegelTekst(bestand, team);
	if (!zegel.ok) uit.push(zegel.tekst);
	for (const { logboek } of bestand.casussen) {
		let ondertekend = false;
		for (const r of plat(logboek)) {
			const s = await ondertekeningStatus(r, team);
			if (s.soort === 'bekend') ondertekend = true;
			else if (s.soort !== 'niet' || ondertekend)
				uit.push(`regel ${r.volgnummer}: ${ondertekeningTekst(s, ondertekend)}`);
			if (r.ondertekening) ondertekend = true;
		}
	}
	return uit;
}

interface Manipulatie {
	soort: string;
	naam: string;
	/** Changes a fresh copy of the sound export. */
	maak(b: Bestand): Promise<void> | void;
}

/**
 * 'zonder effect': read in unflagged, but what the device holds afterwards is exactly what the
 * untouched file gives (the edit was of a field the import derives itself, or brought nothing new).
 */
type Uitslag = 'geweigerd' | 'gemarkeerd' | 'zonder effect' | 'doorgelaten' | 'crash';

interface Uitkomst {
	soort: string;
	naam: string;
	apparaat: 'bekend' | 'nieuw';
	uitslag: Uitslag;
	melding: string;
	geschreven: boolean;
}

async function probeer(m: Manipulatie, db: DossierDB, apparaat: Uitkomst['apparaat']) {
	const b = structuredClone(basis);
	await m.maak(b);
	const voor = await dump(db);
	const uit = (uitslag: Uitslag, melding: string): Uitkomst => ({
		soort: m.soort,
		naam: m.naam,
		apparaat,
		uitslag,
		melding,
		geschreven: false
	});
	try {
		const gelezen = await lees(JSON.stringify(b));
		if (!gelezen.ok) {
			const u = uit(gelezen.fout === ONVERWACHT ? 'crash' : 'geweigerd', gelezen.fout);
			return { ...u, geschreven: (await dump(db)) !== voor };
		}
		const vlaggen = await markeringen(gelezen.bestand);
		// Flagged: the preview shows it before anything is written; the user decides.
		if (vlaggen.length > 0) return uit('gemarkeerd', vlaggen[0]!);
		// Unflagged: only a refusal by the import itself (a header this device knows otherwise,
		// a fork it cannot place) stops it, and then nothing may have been written. On the new
		// device it is tried on a copy of that device, and compared with the untouched file there.
		const doel = apparaat === 'nieuw' ? await nieuwApparaat() : db;
		try {
			const vooraf = await dump(doel);
			const r = await importeer(doel, gelezen.bestand, { door: IB, at: NU });
			const na = await dump(doel);
			if (!r.ok)
				return {
					...uit(r.fout === ONVERWACHT ? 'crash' : 'geweigerd', r.fout),
					geschreven: na !== vooraf
				};
			const zoals = apparaat === 'nieuw' ? na === (await referentie()) : na === vooraf;
			return uit(zoals ? 'zonder effect' : 'doorgelaten', 'ingelezen');
		} finally {
			if (doel !== db) await weg(doel);
		}
	} catch (e) {
		return uit('crash', String(e));
	}
}

// ---------------------------------------------------------------------------------------------
// The set

/** A text value changed the way an edit would: visibly, same type. */
function anders(w: unknown): unknown {
	if (typeof w === 'string') return w.length > 0 ? `${w} (aangepast)` : 'toegevoegd';
	if (typeof w === 'number') return w + 1;
	if (typeof w === 'boolean') return !w;
	return w;
}

/** Paths to the leaves of an entry that carry what was recorded (not its place in the chain). */
function inhoudPaden(w: unknown, pad: (string | number)[] = [], uit: (string | number)[][] = []) {
	const NIET = new Set(['hash', 'vorigeHash', 'caseId', 'volgnummer', 'ondertekening', 'regels']);
	if (Array.isArray(w)) w.forEach((x, i) => inhoudPaden(x, [...pad, i], uit));
	else if (w && typeof w === 'object') {
		for (const [k, x] of Object.entries(w)) if (!NIET.has(k)) inhoudPaden(x, [...pad, k], uit);
	} else if (pad.length > 0) uit.push(pad);
	return uit;
}

function zet(o: Record<string, unknown>, pad: (string | number)[], f: (w: unknown) => unknown) {
	const ouder = pad
		.slice(0, -1)
		.reduce<Record<string | number, unknown>>(
			(x, k) => x[k] as Record<string | number, unknown>,
			o
		);
	ouder[pad.at(-1)!] = f(ouder[pad.at(-1)!]);
}

/** The seal made again over the changed file, with the attacker's own key. */
async function zegelOpnieuw(b: Bestand): Promise<void> {
	b.zegel = await maakZegel(b as unknown as Exportbestand, DIRECTEUR, aanvaller);
}

/** Signs every entry again with the attacker's own key (the chain is sound, the key unknown). */
async function tekenOpnieuw(c: Casus, vanaf = 0): Promise<void> {
	for (const r of regels(c).slice(vanaf)) r.ondertekening = await onderteken(r.hash, aanvaller);
}

function manipulaties(): Manipulatie[] {
	const uit: Manipulatie[] = [];
	const c0 = basis.casussen[0]!;
	const n = regels(c0).length;

	// Header fields: the case row alone, and the row with entry 1's copy of it, chain rebuilt.
	for (const veld of Object.keys(c0.casus)) {
		if (['aantalRegels', 'laatsteHash'].includes(veld)) continue;
		uit.push({
			soort: 'kop',
			naam: `kop.${veld} in de casus`,
			maak: (b) => zet(b.casussen[0]!.casus, [veld], anders)
		});
		const kop = regels(c0)[0]!.kop as Record<string, unknown> | undefined;
		if (kop && veld in kop)
			uit.push({
				soort: 'kop',
				naam: `kop.${veld} in de casus en in regel 1, keten herbouwd`,
				maak: async (b) => {
					const c = b.casussen[0]!;
					zet(c.casus, [veld], anders);
					zet(regels(c)[0]!.kop as Record<string, unknown>, [veld], anders);
					await herketen(c);
				}
			});
	}

	// What was recorded, edited, the chain rebuilt: with the old signatures, and signed anew.
	for (const [i, r] of regels(c0).entries())
		for (const pad of inhoudPaden(r)) {
			const naam = `regel ${i + 1} ${pad.join('.')}`;
			uit.push({
				soort: 'keten herbouwd',
				naam,
				maak: async (b) => {
					const c = b.casussen[0]!;
					zet(regels(c)[i]!, pad, anders);
					await herketen(c);
				}
			});
			uit.push({
				soort: 'keten herbouwd en opnieuw ondertekend',
				naam,
				maak: async (b) => {
					const c = b.casussen[0]!;
					zet(regels(c)[i]!, pad, anders);
					await herketen(c);
					await tekenOpnieuw(c, i);
				}
			});
		}

	// Signatures swapped between two entries, taken away, or replaced by the attacker's own.
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++)
			uit.push({
				soort: 'handtekeningen verwisseld',
				naam: `regel ${i + 1} en ${j + 1}`,
				maak: (b) => {
					const rs = regels(b.casussen[0]!);
					const x = rs[i]!.ondertekening;
					rs[i]!.ondertekening = rs[j]!.ondertekening;
					rs[j]!.ondertekening = x;
				}
			});
		uit.push({
			soort: 'handtekening weggehaald',
			naam: `regel ${i + 1}`,
			maak: (b) => {
				delete regels(b.casussen[0]!)[i]!.ondertekening;
			}
		});
		uit.push({
			soort: 'handtekening weggehaald',
			naam: `regel ${i + 1}, zegel opnieuw`,
			maak: async (b) => {
				delete regels(b.casussen[0]!)[i]!.ondertekening;
				await zegelOpnieuw(b);
			}
		});
		uit.push({
			soort: 'handtekening vervangen',
			naam: `regel ${i + 1}, door een eigen sleutel`,
			maak: async (b) => {
				const r = regels(b.casussen[0]!)[i]!;
				r.ondertekening = await onderteken(r.hash, aanvaller);
			}
		});
		uit.push({
			soort: 'handtekening vervangen',
			naam: `regel ${i + 1}, andere naam bij dezelfde sleutel`,
			maak: (b) => {
				const r = regels(b.casussen[0]!)[i]!;
				const o = r.ondertekening as Ondertekening;
				r.ondertekening = { ...o, sleutel: team.find((l) => l.sleutel !== o.sleutel)!.sleutel };
			}
		});
	}

	// The seal itself: taken away, its signer's name changed, signed again with an own key,
	// its signature swapped for an entry's.
	uit.push({ soort: 'zegel', naam: 'weggehaald', maak: (b) => void delete b.zegel });
	uit.push({
		soort: 'zegel',
		naam: 'andere naam bij het zegel',
		maak: (b) => void ((b.zegel as Exportzegel).door = { rol: 'directeur', naam: 'A. Ander' })
	});
	uit.push({ soort: 'zegel', naam: 'opnieuw gemaakt met een eigen sleutel', maak: zegelOpnieuw });
	uit.push({
		soort: 'zegel',
		naam: 'handtekening van regel 1 als zegel',
		maak: (b) =>
			void ((b.zegel as Exportzegel).ondertekening = regels(b.casussen[0]!)[0]!
				.ondertekening as Ondertekening)
	});

	// The tail cut off: the case row left as it was, or made to fit (and then the seal taken
	// away, or made again with an own key, as someone who knows of the seal would).
	for (let k = 1; k < n; k++) {
		const passend = (b: Bestand) => {
			const c = b.casussen[0]!;
			c.logboek = c.logboek.slice(0, n - k);
			c.casus.aantalRegels = n - k;
			c.casus.laatsteHash = regels(c).at(-1)!.hash;
		};
		uit.push({
			soort: 'staart weggehaald',
			naam: `laatste ${k}, casus passend, zegel weggehaald`,
			maak: (b) => {
				passend(b);
				delete b.zegel;
			}
		});
		uit.push({
			soort: 'staart weggehaald',
			naam: `laatste ${k}, casus passend, zegel opnieuw`,
			maak: async (b) => {
				passend(b);
				await zegelOpnieuw(b);
			}
		});
		uit.push({
			soort: 'staart weggehaald',
			naam: `laatste ${k}, casus ongewijzigd`,
			maak: (b) => {
				const c = b.casussen[0]!;
				c.logboek = c.logboek.slice(0, n - k);
			}
		});
		uit.push({
			soort: 'staart weggehaald',
			naam: `laatste ${k}, casus passend gemaakt`,
			maak: (b) => {
				const c = b.casussen[0]!;
				c.logboek = c.logboek.slice(0, n - k);
				c.casus.aantalRegels = n - k;
				c.casus.laatsteHash = regels(c).at(-1)!.hash;
			}
		});
	}

	// Entries in another order, the chain rebuilt over them.
	for (let i = 0; i + 1 < n; i++)
		uit.push({
			soort: 'volgorde veranderd',
			naam: `regel ${i + 1} en ${i + 2} omgewisseld`,
			maak: async (b) => {
				const c = b.casussen[0]!;
				const rs = regels(c);
				[rs[i], rs[i + 1]] = [rs[i + 1]!, rs[i]!];
				await herketen(c);
			}
		});
	uit.push({
		soort: 'volgorde veranderd',
		naam: 'alles omgekeerd na regel 1',
		maak: async (b) => {
			const c = b.casussen[0]!;
			c.logboek = [c.logboek[0]!, ...c.logboek.slice(1).reverse()];
			await herketen(c);
		}
	});
	return uit;
}

const uitkomsten: Uitkomst[] = [];
const SET = manipulaties();

describe('manipulatieset (issue 14): elk bewerkt bestand geweigerd of gemarkeerd, met een Nederlandse melding, en bij weigeren niets geschreven', () => {
	it.each(SET.map((m) => [`${m.soort}: ${m.naam}`, m] as const))('%s', async (_naam, m) => {
		for (const [db, apparaat] of [
			[bekend, 'bekend'],
			[nieuw, 'nieuw']
		] as const) {
			const u = await probeer(m, db, apparaat);
			uitkomsten.push(u);
			const wie = `${u.apparaat}: ${u.melding}`;
			expect(['geweigerd', 'gemarkeerd', 'zonder effect'], wie).toContain(u.uitslag);
			expect(u.geschreven, wie).toBe(false);
			// Dutch, and about the file, the case or an entry: never a stack trace.
			if (u.uitslag !== 'zonder effect') expect(u.melding, wie).toMatch(/bestand|casus|regel/i);
			expect(u.melding, wie).not.toMatch(/TypeError|undefined|\[object|Cannot read/);
			// Without effect: only fields of the case row that the import derives from the log.
			if (u.uitslag === 'zonder effect')
				expect(m.naam).toMatch(
					/^kop\.(zoeknaam|uitkomst|volgendeWat|volgendeDatum|kopIn|status|bijgewerkt) in de casus$/
				);
		}
	});

	it('telt ruim 200 bestanden, en schrijft de cijfers weg', () => {
		expect(uitkomsten.length).toBe(SET.length * 2);
		expect(uitkomsten.length).toBeGreaterThanOrEqual(200);
		const telling = (f: (u: Uitkomst) => boolean) => uitkomsten.filter(f).length;
		const perSoort: Record<string, Partial<Record<Uitslag, number>>> = {};
		for (const u of uitkomsten) {
			const s = (perSoort[u.soort] ??= {});
			s[u.uitslag] = (s[u.uitslag] ?? 0) + 1;
		}
		const figures = {
			bestanden: uitkomsten.length,
			geweigerd: telling((u) => u.uitslag === 'geweigerd'),
			gemarkeerd: telling((u) => u.uitslag === 'gemarkeerd'),
			zonderEffect: telling((u) => u.uitslag === 'zonder effect'),
			doorgelaten: telling((u) => u.uitslag === 'doorgelaten'),
			crashes: telling((u) => u.uitslag === 'crash'),
			schrijvenBijWeigering: telling((u) => u.uitslag === 'geweigerd' && u.geschreven),
			perSoort
		};
		console.log(JSON.stringify(figures));
		writeFileSync(
			join(import.meta.dirname, 'uitslag-manipulatie.json'),
			JSON.stringify(figures, null, '\t') + '\n'
		);
		expect(figures.doorgelaten + figures.crashes + figures.schrijvenBijWeigering).toBe(0);
	});
});
