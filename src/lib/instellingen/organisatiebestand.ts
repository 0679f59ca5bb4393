/**
 * The organisation file (issue 16, "set up once, for a whole board"): a bestuur writes its names
 * and numbers once, each school reads them in. Checked like a case file: a format name and
 * version, valibot, a Dutch message per problem; reading never writes, applying is a separate step.
 * Only organisation settings: no case data, no personal device settings.
 */
import * as v from 'valibot';
import { version } from '../../../package.json';
import type { InstellingenWaarden } from './instellingen.svelte';

export const ORGANISATIE_FORMAAT = 'meldcodewijzer-organisatie';
export const ORGANISATIE_VERSIE = 1;
const MAX_BYTES = 64 * 1024;

export const VELDEN = {
	organisatie: 'Naam van de organisatie of school',
	aandachtsfunctionarisRol: 'Aandachtsfunctionaris: rol',
	aandachtsfunctionarisNaam: 'Aandachtsfunctionaris: naam',
	bestuurssecretaris: 'Bestuurssecretaris',
	melder: 'Wie doet de melding bij Veilig Thuis',
	veiligThuisRegio: 'Veilig Thuis in de regio',
	leerlingvolgsysteem: 'Leerlingvolgsysteem',
	variant: 'Stappenplan voor nieuwe casussen',
	bewaartermijnMaanden: 'Bewaartermijn (maanden)'
} as const;
export type OrganisatieVeld = keyof typeof VELDEN;
export type OrganisatieWaarden = Partial<Pick<InstellingenWaarden, OrganisatieVeld>>;

const tekst = v.pipe(v.string(), v.maxLength(200, 'is langer dan 200 tekens'));
const velden = v.strictObject({
	organisatie: v.optional(tekst),
	aandachtsfunctionarisRol: v.optional(tekst),
	aandachtsfunctionarisNaam: v.optional(tekst),
	bestuurssecretaris: v.optional(tekst),
	melder: v.optional(tekst),
	veiligThuisRegio: v.optional(
		v.pipe(v.string(), v.regex(/^[0-9+\-() ]{0,20}$/, 'is geen telefoonnummer'))
	),
	leerlingvolgsysteem: v.optional(tekst),
	variant: v.optional(v.picklist(['school', 'basismodel'], 'is niet "school" of "basismodel"')),
	bewaartermijnMaanden: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240, 'is meer dan 240'))
	)
});
const bestandSchema = v.strictObject({
	format: v.literal(ORGANISATIE_FORMAAT),
	formatVersion: v.literal(ORGANISATIE_VERSIE),
	appVersion: v.optional(v.pipe(v.string(), v.maxLength(40))),
	gemaakt: v.optional(v.pipe(v.string(), v.maxLength(40))),
	instellingen: velden
});

export function maakOrganisatiebestand(w: InstellingenWaarden, nu = new Date()): string {
	const instellingen = Object.fromEntries(
		(Object.keys(VELDEN) as OrganisatieVeld[]).map((k) => [k, w[k]])
	);
	return JSON.stringify(
		{
			format: ORGANISATIE_FORMAAT,
			formatVersion: ORGANISATIE_VERSIE,
			appVersion: version,
			gemaakt: nu.toISOString(),
			instellingen
		},
		null,
		2
	);
}

export type GelezenOrganisatie =
	{ ok: true; waarden: OrganisatieWaarden } | { ok: false; fout: string };

const NIETS = ' Er is niets veranderd.';
const CASUSSLEUTELS = /^(casussen|casus|logboek|pseudoniem|concepten|reflecties|inzage)$/;

function bevatCasus(w: unknown, diepte = 0): boolean {
	if (diepte > 20 || typeof w !== 'object' || w === null) return false;
	return Object.entries(w).some(([k, x]) => CASUSSLEUTELS.test(k) || bevatCasus(x, diepte + 1));
}

/** Reads an organisation file; pure, never writes. */
export function leesOrganisatiebestand(tekst: string): GelezenOrganisatie {
	if (new Blob([tekst]).size > MAX_BYTES)
		return { ok: false, fout: 'Dit bestand is te groot voor een organisatiebestand.' + NIETS };
	let w: unknown;
	try {
		w = JSON.parse(tekst);
	} catch {
		return { ok: false, fout: 'Dit bestand is geen JSON en dus geen organisatiebestand.' + NIETS };
	}
	if (typeof w !== 'object' || w === null || Array.isArray(w))
		return { ok: false, fout: 'Dit is geen organisatiebestand van Meldcodewijzer.' + NIETS };
	const o = w as Record<string, unknown>;
	if (o.format === 'meldcodewijzer-dossier' || bevatCasus(o))
		return {
			ok: false,
			fout:
				'Dit bestand bevat casusgegevens. Een organisatiebestand bevat alleen namen en nummers van de organisatie; casussen lees je in via "Importeren".' +
				NIETS
		};
	if (o.format !== ORGANISATIE_FORMAAT)
		return { ok: false, fout: 'Dit is geen organisatiebestand van Meldcodewijzer.' + NIETS };
	if (typeof o.formatVersion === 'number' && o.formatVersion > ORGANISATIE_VERSIE)
		return {
			ok: false,
			fout: `Dit organisatiebestand is gemaakt met een nieuwere versie van de app (formaat ${o.formatVersion}); deze versie kent formaat ${ORGANISATIE_VERSIE}. Werk de app bij en probeer het opnieuw.${NIETS}`
		};
	const r = v.safeParse(bestandSchema, o);
	if (!r.success) {
		const issue = r.issues[0];
		const pad = issue.path?.map((p) => String(p.key)) ?? [];
		const veld = pad.at(-1) ?? '';
		if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined)
			return {
				ok: false,
				fout: `Dit organisatiebestand bevat een onbekend veld "${veld}".${NIETS}`
			};
		const naam = VELDEN[veld as OrganisatieVeld] ?? veld;
		return {
			ok: false,
			fout: `In dit organisatiebestand klopt "${naam}" niet: ${issue.message}.${NIETS}`
		};
	}
	return { ok: true, waarden: r.output.instellingen };
}

/** What applying the file would change, field by field. */
export function wijzigingen(
	huidig: InstellingenWaarden,
	nieuw: OrganisatieWaarden
): { veld: OrganisatieVeld; label: string; oud: string; nieuw: string }[] {
	return (Object.keys(VELDEN) as OrganisatieVeld[])
		.filter((k) => nieuw[k] !== undefined && nieuw[k] !== huidig[k])
		.map((k) => ({ veld: k, label: VELDEN[k], oud: String(huidig[k]), nieuw: String(nieuw[k]) }));
}

/**
 * "meldcodewijzer-organisatie-basisschool-de-linde-2026-12-03-1415.json": the organisation and
 * the local time, so files for two schools, or two versions of one day, do not overwrite each other.
 */
export function organisatiebestandNaam(
	w: Pick<InstellingenWaarden, 'organisatie'>,
	nu = new Date()
): string {
	const naam = w.organisatie
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	const twee = (n: number) => String(n).padStart(2, '0');
	const tijd = `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}-${twee(nu.getHours())}${twee(nu.getMinutes())}`;
	return `${ORGANISATIE_FORMAAT}${naam ? `-${naam}` : ''}-${tijd}.json`;
}
