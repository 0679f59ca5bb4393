/**
 * Source references for the app's content.
 *
 * Every item of content names the document and the section it was written from, so a reader can
 * check it and a reviewer can trace it. The documents are the seeds in `../shared/seeds/`:
 * - `004`: a school board's Meldcode huiselijk geweld en kindermishandeling (primary education,
 *   2020, on the national basismodel 2019), with its appendices (bijlagen 1–7);
 * - `003`: the NJi page "Samen werken aan veiligheid en herstel".
 *
 * The organisation that wrote 004 is deliberately not named here: which organisation's meldcode
 * applies is a setting, not content.
 */

export type BronDocument = '003' | '004';

export interface SourceRef {
	/** The seed document. */
	readonly doc: BronDocument;
	/** A stable, machine-readable section id within the document, e.g. `bijlage-2` or `stap-3`. */
	readonly section: string;
	/** A short human label, e.g. `meldcode, bijlage 2`; shown as "Bron: meldcode, bijlage 2". */
	readonly label: string;
}

export interface DocumentInfo {
	/** Short name, used at the start of a label. */
	readonly kort: string;
	/** Full title in the app. */
	readonly titel: string;
	/** What the document is, in a sentence. */
	readonly omschrijving: string;
}

export const DOCUMENTEN: Readonly<Record<BronDocument, DocumentInfo>> = {
	'004': {
		kort: 'meldcode',
		titel: 'Meldcode huiselijk geweld en kindermishandeling',
		omschrijving:
			'De meldcode van een schoolbestuur voor het primair onderwijs (2020), gebaseerd op het landelijke basismodel meldcode (2019), met bijlagen.'
	},
	'003': {
		kort: 'NJi',
		titel: 'Samen werken aan veiligheid en herstel',
		omschrijving:
			'Webpagina van het Nederlands Jeugdinstituut (NJi) over veiligheid op korte en lange termijn, herstel, samenwerken met het gezin en het delen van informatie.'
	}
};

function ref(doc: BronDocument, section: string, label: string): SourceRef {
	return { doc, section, label };
}

/** All sections the content is written from. Items point at one of these. */
export const REF = {
	// 004: the main text of the meldcode
	definities: ref('004', 'definities', 'meldcode, definities'),
	meldnormen: ref('004', 'meldnormen', 'meldcode, meldnormen'),
	onveiligheid: ref('004', 'situaties-van-onveiligheid', 'meldcode, situaties van onveiligheid'),
	terAanvulling: ref('004', 'ter-aanvulling', 'meldcode, stappenplan (ter aanvulling)'),
	stap1: ref('004', 'stap-1', 'meldcode, stap 1'),
	stap2: ref('004', 'stap-2', 'meldcode, stap 2'),
	stap3: ref('004', 'stap-3', 'meldcode, stap 3'),
	stap4: ref('004', 'stap-4', 'meldcode, stap 4'),
	afweging3: ref('004', 'stap-4/afweging-3', 'meldcode, stap 4 (afweging 3)'),
	stap5OptieI: ref('004', 'stap-5/optie-1', 'meldcode, stap 5 (optie I: melden)'),
	stap5OptieII: ref('004', 'stap-5/optie-2', 'meldcode, stap 5 (optie II: zelf hulp organiseren)'),
	stap6: ref('004', 'stap-6', 'meldcode, stap 6'),

	// 004: the appendices
	bijlage1: ref('004', 'bijlage-1', 'meldcode, bijlage 1'),
	bijlage2: ref('004', 'bijlage-2', 'meldcode, bijlage 2'),
	bijlage3: ref('004', 'bijlage-3', 'meldcode, bijlage 3'),
	bijlage4: ref('004', 'bijlage-4', 'meldcode, bijlage 4'),
	bijlage4Partnerschap: ref(
		'004',
		'bijlage-4/partnerschap',
		'meldcode, bijlage 4 (uitgangspunten voor partnerschap)'
	),
	bijlage4Voorbeelden: ref(
		'004',
		'bijlage-4/voorbeelden',
		'meldcode, bijlage 4 (een paar voorbeelden)'
	),
	bijlage4Doel: ref(
		'004',
		'bijlage-4/doel-en-taak',
		'meldcode, bijlage 4 (doel en taak van het gesprek)'
	),
	bijlage4Inhoud: ref(
		'004',
		'bijlage-4/inhoudelijke-voorbereiding',
		'meldcode, bijlage 4 (inhoudelijke voorbereiding)'
	),
	bijlage4Praktisch: ref(
		'004',
		'bijlage-4/praktische-voorbereiding',
		'meldcode, bijlage 4 (praktische voorbereiding)'
	),
	bijlage5: ref('004', 'bijlage-5', 'meldcode, bijlage 5'),
	bijlage6: ref('004', 'bijlage-6', 'meldcode, bijlage 6'),
	bijlage7: ref('004', 'bijlage-7', 'meldcode, bijlage 7'),

	// 003: NJi, Samen werken aan veiligheid en herstel
	njiInleiding: ref('003', 'inleiding', 'NJi, samen werken aan veiligheid en herstel'),
	njiBeslissen: ref('003', 'beslissen-over-hulp', 'NJi, beslissen over hulp'),
	njiVoorwaarden: ref('003', 'voorwaarden-goede-hulp', 'NJi, waar moet goede hulp aan voldoen?'),
	njiGoedeHulp: ref('003', 'goede-hulp', 'NJi, waar bestaat goede hulp uit?'),
	njiKorteTermijn: ref('003', 'veiligheid-korte-termijn', 'NJi, veiligheid op de korte termijn'),
	njiLangeTermijn: ref('003', 'veiligheid-lange-termijn', 'NJi, veiligheid op de lange termijn'),
	njiHerstel: ref('003', 'herstel', 'NJi, herstel'),
	njiGezin: ref('003', 'samenwerken-met-het-gezin', 'NJi, samenwerken met het gezin'),
	njiProfessionals: ref(
		'003',
		'samenwerking-tussen-professionals',
		'NJi, samenwerking tussen professionals'
	),
	njiInformatie: ref('003', 'informatie-delen', 'NJi, met wie mag ik welke informatie delen?'),
	njiVeiligThuis: ref('003', 'veilig-thuis', 'NJi, vermoeden van kindermishandeling')
} as const satisfies Record<string, SourceRef>;

export type RefId = keyof typeof REF;

/** The line shown under a text in the app: "Bron: meldcode, bijlage 2". */
export function formatSourceRef(bron: SourceRef): string {
	return `Bron: ${bron.label}`;
}

/** The form engineers cite sections in (as in `machines/sources.ts`): "004 · bijlage-2". */
export function formatSourceCitation(bron: SourceRef): string {
	return `${bron.doc} · ${bron.section}`;
}

export function isSourceRef(waarde: unknown): waarde is SourceRef {
	if (typeof waarde !== 'object' || waarde === null) return false;
	const r = waarde as Record<string, unknown>;
	return (
		(r.doc === '003' || r.doc === '004') &&
		typeof r.section === 'string' &&
		r.section.trim() !== '' &&
		typeof r.label === 'string' &&
		r.label.trim() !== ''
	);
}
