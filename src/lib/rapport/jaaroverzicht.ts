/**
 * Jaaroverzicht (issue 18, part 4): per school year, for the aandachtsfunctionaris and the
 * bestuur, how the meldcode was used. Only numbers leave a case: no pseudonym, no free text, no
 * date. The counting of a case is in jaartelling.ts (it reads the log; the page loads it with
 * the dossier); this file shows, writes and reads the counts.
 *
 * A count below 5 is shown as "< 5" (`telling`) on the screen, in the CSV and in a combined
 * board overview, and a median over fewer than 5 cases is not shown at all: a small number in
 * a small school points at a person. The exchange file holds the exact counts, so a board can
 * add schools up before the rule is applied to the sum.
 */
import { parseISO } from 'date-fns';
import * as v from 'valibot';
import type { Meldnorm } from '$machines/afwegingskader';

/** Below this a count is shown as "< 5". */
export const DREMPEL = 5;

/** "2026-2027" for a day from 1 August 2026 up to and including 31 July 2027. */
export function schooljaarVan(tijdstip: string): string {
	// The user's own calendar day: events carry their local offset (wizard/tijd.ts), so the
	// first ten characters are the day as the user lived it, never shifted to UTC.
	const d = parseISO(tijdstip.slice(0, 10));
	if (Number.isNaN(d.getTime())) throw new RangeError(`Geen datum: ${tijdstip}`);
	const jaar = d.getFullYear();
	const begin = d.getMonth() >= 7 ? jaar : jaar - 1;
	return `${begin}-${begin + 1}`;
}

export function isSchooljaar(w: unknown): w is string {
	if (typeof w !== 'string') return false;
	const m = /^(\d{4})-(\d{4})$/.exec(w);
	return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/** A count as it may be shown: "< 5" below the threshold, the number otherwise. */
export function telling(n: number): string {
	return n < DREMPEL ? `< ${DREMPEL}` : String(n);
}

/** The steps whose time in between is measured, in the order of the stappenplan. */
export const STAPPEN = {
	'start-stap1': 'Niet-pluis-gevoel → signalen vastgelegd (stap 1)',
	'stap1-stap2': 'Signalen vastgelegd → consultatie afgerond (stap 2)',
	'stap2-stap3': 'Consultatie afgerond → gesprek gevoerd of overgeslagen (stap 3)',
	'stap3-besluit': 'Gesprek → besluit na het afwegingskader (stap 4 en 5)',
	'besluit-melding': 'Besluit → melding gedaan bij Veilig Thuis'
} as const;
export type StapPaar = keyof typeof STAPPEN;
export const PAREN = Object.keys(STAPPEN) as StapPaar[];

export type MeldnormTelling = Record<`${Meldnorm}`, number>;

/** The counts of one school year; exact, before the "< 5" rule. */
export interface Tellingen {
	/** Cases begun in the year. */
	casussen: number;
	/** Advice asked from Veilig Thuis (anonymous), in the year. */
	adviesvragen: number;
	/** Meldingen made in the year, per meldnorm they rest on. */
	meldingen: MeldnormTelling;
	/** Cases that took the staff-member route in the year. */
	medewerker: number;
	/** Cases with follow-up (stap 6, nazorg) recorded in the year. */
	nazorg: number;
	/** Per pair of steps: how many cases (of those begun in the year) took how many days. */
	dagen: Record<StapPaar, Record<string, number>>;
}

export function leegTellingen(): Tellingen {
	return {
		casussen: 0,
		adviesvragen: 0,
		meldingen: { 1: 0, 2: 0, 3: 0 },
		medewerker: 0,
		nazorg: 0,
		dagen: Object.fromEntries(PAREN.map((p) => [p, {}])) as Tellingen['dagen']
	};
}

/** The counts of several schools (or files) added up. */
export function optellen(lijst: readonly Tellingen[]): Tellingen {
	const som = leegTellingen();
	for (const t of lijst) {
		som.casussen += t.casussen;
		som.adviesvragen += t.adviesvragen;
		for (const n of ['1', '2', '3'] as const) som.meldingen[n] += t.meldingen[n];
		som.medewerker += t.medewerker;
		som.nazorg += t.nazorg;
		for (const p of PAREN)
			for (const [d, n] of Object.entries(t.dagen[p])) som.dagen[p][d] = (som.dagen[p][d] ?? 0) + n;
	}
	return som;
}

/** How many cases a frequency table holds, and their median number of days. */
export function mediaan(freq: Record<string, number>): { n: number; mediaan: number | null } {
	const waarden = Object.entries(freq)
		.flatMap(([d, n]) => Array<number>(n).fill(Number(d)))
		.sort((a, b) => a - b);
	const n = waarden.length;
	if (n === 0) return { n, mediaan: null };
	const m = Math.floor(n / 2);
	return { n, mediaan: n % 2 ? waarden[m]! : (waarden[m - 1]! + waarden[m]!) / 2 };
}

/** One line of the overview: a label and what may be shown. */
export interface Rij {
	label: string;
	waarde: string;
}

/** The overview as it may be shown, printed and downloaded: the "< 5" rule applied. */
export function rijen(t: Tellingen): Rij[] {
	const uit: Rij[] = [
		{ label: 'Casussen begonnen', waarde: telling(t.casussen) },
		{ label: 'Adviesvragen bij Veilig Thuis', waarde: telling(t.adviesvragen) },
		{
			label: 'Meldingen bij Veilig Thuis, totaal',
			waarde: telling(t.meldingen[1] + t.meldingen[2] + t.meldingen[3])
		},
		{
			label: 'Meldingen op meldnorm 1 (acute of structurele onveiligheid, disclosure)',
			waarde: telling(t.meldingen[1])
		},
		{
			label: 'Meldingen op meldnorm 2 (geen effectieve hulp mogelijk)',
			waarde: telling(t.meldingen[2])
		},
		{
			label: 'Meldingen op meldnorm 3 (onveiligheid stopt niet of komt terug)',
			waarde: telling(t.meldingen[3])
		},
		{ label: 'Route bij signalen over een medewerker', waarde: telling(t.medewerker) },
		{ label: 'Casussen met nazorg vastgelegd (stap 6)', waarde: telling(t.nazorg) }
	];
	for (const p of PAREN) {
		const { n, mediaan: m } = mediaan(t.dagen[p]);
		uit.push({
			label: `Mediaan dagen: ${STAPPEN[p]}`,
			waarde:
				n < DREMPEL || m === null
					? `${telling(n)} casussen`
					: `${String(m).replace('.', ',')} (${n} casussen)`
		});
	}
	return uit;
}

/** CSV (semicolon, as Dutch spreadsheets expect), every cell quoted. */
export function alsCsv(schooljaar: string, naam: string, r: readonly Rij[]): string {
	const cel = (s: string) => `"${s.replace(/"/g, '""')}"`;
	return [
		['Jaaroverzicht meldcode', naam],
		['Schooljaar', schooljaar],
		['Onderdeel', 'Aantal'],
		...r.map((x) => [x.label, x.waarde])
	]
		.map((rij) => rij.map(cel).join(';'))
		.join('\r\n')
		.concat('\r\n');
}

/** The board overview as CSV: a column per school and the total, the "< 5" rule in every cell. */
export function bestuurCsv(
	schooljaar: string,
	kolommen: readonly { naam: string; rijen: readonly Rij[] }[]
): string {
	const cel = (s: string) => `"${s.replace(/"/g, '""')}"`;
	const eerste = kolommen[0]?.rijen ?? [];
	return [
		['Jaaroverzicht meldcode voor het bestuur', ''],
		['Schooljaar', schooljaar],
		['Onderdeel', ...kolommen.map((k) => k.naam)],
		...eerste.map((r, i) => [r.label, ...kolommen.map((k) => k.rijen[i]?.waarde ?? '')])
	]
		.map((rij) => rij.map(cel).join(';'))
		.join('\r\n')
		.concat('\r\n');
}

/** "meldcodewijzer-jaaroverzicht-de-linde-2026-2027.json" (or .csv). */
export function jaarBestandsnaam(school: string, schooljaar: string, ext: 'json' | 'csv'): string {
	const naam =
		school
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'school';
	return `meldcodewijzer-jaaroverzicht-${naam}-${schooljaar}.${ext}`;
}

// ---------------------------------------------------------------------------------------------
// The exchange file: a school's counts for one year, for the board to combine.

export const JAAROVERZICHT_FORMAAT = 'meldcodewijzer-jaaroverzicht';
export const JAAROVERZICHT_VERSIE = 1;
const MAX_BYTES = 64 * 1024;

const aantal = v.pipe(
	v.number('is geen getal'),
	v.integer('is geen heel getal'),
	v.minValue(0, 'is negatief'),
	v.maxValue(1_000_000, 'is te groot')
);
// A frequency table "days → cases". Not v.record: valibot is in the chunk every page loads first
// (vite.config.ts, 'kop'), and a schema kind no other file uses would make the start page grow.
const freq = v.pipe(
	v.looseObject({}),
	v.check(
		(r) =>
			Object.keys(r).length <= 400 &&
			Object.entries(r).every(
				([d, n]) =>
					/^\d{1,5}$/.test(d) &&
					Number.isInteger(n) &&
					(n as number) >= 0 &&
					(n as number) <= 1_000_000
			),
		'is geen tabel van dagen en aantallen'
	)
) as unknown as v.GenericSchema<Record<string, number>>;
const tellingenSchema = v.strictObject({
	casussen: aantal,
	adviesvragen: aantal,
	meldingen: v.strictObject({ 1: aantal, 2: aantal, 3: aantal }),
	medewerker: aantal,
	nazorg: aantal,
	dagen: v.strictObject(
		Object.fromEntries(PAREN.map((p) => [p, freq])) as Record<StapPaar, typeof freq>
	)
});
const bestandSchema = v.strictObject({
	format: v.literal(JAAROVERZICHT_FORMAAT),
	formatVersion: v.literal(JAAROVERZICHT_VERSIE),
	school: v.pipe(v.string(), v.maxLength(200, 'is langer dan 200 tekens')),
	schooljaar: v.pipe(
		v.string(),
		v.check((s: string) => isSchooljaar(s), 'is geen schooljaar zoals 2026-2027')
	),
	gemaakt: v.optional(v.pipe(v.string(), v.maxLength(40))),
	tellingen: tellingenSchema
});
export type Jaarbestand = v.InferOutput<typeof bestandSchema>;

export function maakJaarbestand(
	school: string,
	schooljaar: string,
	t: Tellingen,
	nu = new Date()
): string {
	const uit: Jaarbestand = {
		format: JAAROVERZICHT_FORMAAT,
		formatVersion: JAAROVERZICHT_VERSIE,
		school,
		schooljaar,
		gemaakt: nu.toISOString(),
		tellingen: t
	};
	return JSON.stringify(uit, null, 2);
}

const VELD: Record<string, string> = {
	casussen: 'casussen',
	adviesvragen: 'adviesvragen',
	meldingen: 'meldingen',
	medewerker: 'route medewerker',
	nazorg: 'nazorg',
	dagen: 'dagen tussen de stappen',
	school: 'school',
	schooljaar: 'schooljaar'
};

export type GelezenJaarbestand = { ok: true; bestand: Jaarbestand } | { ok: false; fout: string };

/** Reads a school's overview file; pure. The message names the file and what is wrong. */
export function leesJaarbestand(tekst: string, bestandsnaam: string): GelezenJaarbestand {
	const niet = (w: string) => ({
		ok: false as const,
		fout: `${bestandsnaam}: ${w} Er is niets samengevoegd.`
	});
	if (new Blob([tekst]).size > MAX_BYTES)
		return niet('dit bestand is te groot voor een jaaroverzicht.');
	let w: unknown;
	try {
		w = JSON.parse(tekst);
	} catch {
		return niet('dit bestand is geen JSON en dus geen jaaroverzicht.');
	}
	const o = (typeof w === 'object' && w !== null && !Array.isArray(w) ? w : {}) as Record<
		string,
		unknown
	>;
	if (o.format !== JAAROVERZICHT_FORMAAT)
		return niet('dit is geen jaaroverzicht van Meldcodewijzer.');
	if (typeof o.formatVersion === 'number' && o.formatVersion > JAAROVERZICHT_VERSIE)
		return niet(
			`dit jaaroverzicht is gemaakt met een nieuwere versie van de app (formaat ${o.formatVersion}); deze versie kent formaat ${JAAROVERZICHT_VERSIE}. Werk de app bij.`
		);
	const r = v.safeParse(bestandSchema, o);
	if (!r.success) {
		const issue = r.issues[0];
		const pad = issue.path?.map((p) => String(p.key)) ?? [];
		const veld = pad.map((p) => VELD[p] ?? p).join(' → ');
		if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined)
			return niet(`het jaaroverzicht bevat een onbekend veld "${veld}".`);
		if (issue.input === undefined) return niet(`in het jaaroverzicht ontbreekt "${veld}".`);
		return niet(`in het jaaroverzicht klopt "${veld}" niet: ${issue.message}.`);
	}
	return { ok: true, bestand: r.output };
}

/**
 * Several schools' files combined into one board overview, for one school year. Two files of
 * the same school and year are one school counted twice: refused, as is a mix of years.
 */
export function combineer(
	bestanden: readonly Jaarbestand[]
):
	| { ok: true; schooljaar: string; scholen: string[]; totaal: Tellingen }
	| { ok: false; fout: string } {
	if (bestanden.length === 0) return { ok: false, fout: 'Kies minstens één jaaroverzicht.' };
	const jaren = new Set(bestanden.map((b) => b.schooljaar));
	if (jaren.size > 1)
		return {
			ok: false,
			fout: `De bestanden gaan over verschillende schooljaren (${[...jaren].sort().join(', ')}). Combineer alleen bestanden van één schooljaar. Er is niets samengevoegd.`
		};
	const scholen = bestanden.map((b) => b.school.trim() || 'School zonder naam');
	const dubbel = scholen.find((s, i) => scholen.indexOf(s) !== i);
	if (dubbel)
		return {
			ok: false,
			fout: `"${dubbel}" staat twee keer in de keuze: dan telt die school dubbel. Kies elk jaaroverzicht één keer. Er is niets samengevoegd.`
		};
	return {
		ok: true,
		schooljaar: bestanden[0]!.schooljaar,
		scholen,
		totaal: optellen(bestanden.map((b) => b.tellingen))
	};
}
