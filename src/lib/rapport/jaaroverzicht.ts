/**
 * Jaaroverzicht (issue 18, part 4): per school year, for the aandachtsfunctionaris and the
 * bestuur, how the meldcode was used. Only numbers leave a case: no pseudonym, no free text, no
 * date. Each case is read like every other view reads it (the effective log, the walk of
 * verloop.ts), so a refused entry or a withdrawn answer takes no part.
 *
 * A count below 5 is shown as "< 5" (`telling`) on the screen, in the CSV and in a combined
 * board overview, and a median over fewer than 5 cases is not shown at all: a small number in
 * a small school points at a person. The exchange file holds the exact counts, so a board can
 * add schools up before the rule is applied to the sum.
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import * as v from 'valibot';
import type { Meldnorm } from '$machines/afwegingskader';
import { regelsVan } from '$machines/regels';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { verloop } from '$lib/dossier/verloop';
import { effectief } from '$lib/uitwisseling/effectief';

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
const PAREN = Object.keys(STAPPEN) as StapPaar[];

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

/** What one case adds to the years it touches. Pure: from its header and stored log. */
export function telCasus(
	rij: Pick<CasusRecord, 'id' | 'variant' | 'aangemaakt'>,
	log: readonly LogRecord[],
	perJaar: Map<string, Tellingen>
): void {
	const bij = (j: string) => {
		let uit = perJaar.get(j);
		if (!uit) perJaar.set(j, (uit = leegTellingen()));
		return uit;
	};
	const jaar = (t: string) => bij(schooljaarVan(t));
	const { regels } = effectief(log);
	const mijlpalen: Partial<Record<'start' | 'stap1' | 'stap2' | 'stap3' | 'melding', string>> = {};
	const eerste = (k: keyof typeof mijlpalen, at: string) => (mijlpalen[k] ??= at);
	let medewerker: string | undefined;
	const nazorgIn = new Set<string>();
	const herhaling = verloop(rij, regels, (r, voor) => {
		const e = r.beslissing.event;
		const g = r.gegevens;
		switch (e.type) {
			case 'START_STAPPENPLAN':
				eerste('start', e.at);
				break;
			case 'SIGNALEN_VASTGELEGD':
				eerste('stap1', e.at);
				break;
			case 'CONSULTATIE':
				// Since rules v2 the event says it was advice from Veilig Thuis; before, only the
				// screen's "anoniem advies" box did.
				if (
					e.veiligThuisAdvies ||
					(regelsVan(e) < 2 && g?.soort === 'consultatie' && g.anoniemVeiligThuis)
				)
					jaar(e.at).adviesvragen += 1;
				break;
			case 'CONSULTATIE_AFGEROND':
				eerste('stap2', e.at);
				break;
			case 'GESPREK_GEVOERD':
			case 'GESPREK_OVERSLAAN':
				eerste('stap3', e.at);
				break;
			case 'MELDING_GEDAAN': {
				eerste('melding', e.at);
				const norm = voor.context.meldnorm;
				if (norm) jaar(e.at).meldingen[norm] += 1;
				break;
			}
			case 'SIGNALEN_OVER_MEDEWERKER':
				medewerker ??= e.at;
				break;
			case 'NAZORG':
				nazorgIn.add(schooljaarVan(e.at));
				break;
		}
	});
	const begonnen = jaar(rij.aangemaakt);
	begonnen.casussen += 1;
	if (medewerker) jaar(medewerker).medewerker += 1;
	for (const j of nazorgIn) bij(j).nazorg += 1;

	// The first stap-5 decision that still stands: the weighing ended there.
	const besluit = herhaling.stap5.find((b) => !b.ingetrokken)?.at;
	const reeks: [StapPaar, string | undefined, string | undefined][] = [
		['start-stap1', mijlpalen.start, mijlpalen.stap1],
		['stap1-stap2', mijlpalen.stap1, mijlpalen.stap2],
		['stap2-stap3', mijlpalen.stap2, mijlpalen.stap3],
		['stap3-besluit', mijlpalen.stap3, besluit],
		['besluit-melding', besluit, mijlpalen.melding]
	];
	for (const [paar, van, tot] of reeks) {
		if (!van || !tot) continue;
		const dagen = Math.max(0, differenceInCalendarDays(parseISO(tot), parseISO(van)));
		begonnen.dagen[paar][dagen] = (begonnen.dagen[paar][dagen] ?? 0) + 1;
	}
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
					? `niet getoond (${telling(n)} casussen)`
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
const freq = v.pipe(
	v.record(v.pipe(v.string(), v.regex(/^\d{1,5}$/, 'is geen aantal dagen')), aantal),
	v.check((r) => Object.keys(r).length <= 400, 'heeft te veel waarden')
);
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
