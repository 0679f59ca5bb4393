/**
 * Shared shape of the signaleringslijsten (meldcode, bijlage 2 for 4–12 years and bijlage 3 for
 * 12–18 years) and the choice of list by age.
 *
 * The source groups the signals under three headings, and so do we: "Slachtoffer" (signals at
 * the child), "Specifiek voor seksueel misbruik" (also signals at the child) and "Pleger" (signals
 * at the parent, carer or other adult the child depends on). The source has no finer grouping
 * (such as physical / behaviour); none is invented here.
 */
import { REF, type SourceRef } from './source.js';
import type { Punt } from './types.js';

export type Leeftijdsgroep = '4-12' | '12-18';

export const LEEFTIJDSGROEPEN: readonly Leeftijdsgroep[] = ['4-12', '12-18'];

export type SignaalGroepId = 'slachtoffer' | 'seksueel-misbruik' | 'pleger';

export interface SignaalGroep {
	readonly id: SignaalGroepId;
	/** The heading exactly as in the source. */
	readonly kop: string;
	/** The heading in the app. */
	readonly titel: string;
	/** Who the signals are about. */
	readonly betreft: 'kind' | 'volwassene';
	readonly uitleg: string;
	readonly ref: SourceRef;
}

export interface Signaal {
	/**
	 * Stable kebab-case id, unique across both lists: it starts with its list's prefix ("b2-", "b3-"),
	 * because the same item is often worded differently per age.
	 */
	readonly id: string;
	readonly groep: SignaalGroepId;
	/** Short, plain Dutch. */
	readonly label: string;
	/** The item as in the source, whitespace normalised: for traceability, not for display. */
	readonly bron: string;
	readonly ref: SourceRef;
}

export interface Signaleringslijst {
	readonly leeftijdsgroep: Leeftijdsgroep;
	readonly titel: string;
	/** How to use the list (from stap 1 of the meldcode). */
	readonly gebruik: readonly Punt[];
	readonly groepen: readonly SignaalGroep[];
	readonly signalen: readonly Signaal[];
	/** Where the source list itself comes from. */
	readonly herkomst: string;
	readonly ref: SourceRef;
}

/**
 * The list that fits a pupil's age. The source's bands overlap at 12 ("4-12" and "12-18"); like
 * bijlage 5, which gives pupils a say "vanaf 12 jaar", a pupil of 12 gets the 12–18 list.
 */
export function leeftijdsgroepVoor(leeftijd: number): Leeftijdsgroep {
	if (!Number.isFinite(leeftijd) || leeftijd < 0) {
		throw new RangeError(`Ongeldige leeftijd: ${leeftijd}`);
	}
	return leeftijd < 12 ? '4-12' : '12-18';
}

export function signalenInGroep(lijst: Signaleringslijst, groep: SignaalGroepId): Signaal[] {
	return lijst.signalen.filter((s) => s.groep === groep);
}

/** How to use a signaleringslijst, from stap 1 of the meldcode; the same for both lists. */
export const GEBRUIK_SIGNALERINGSLIJST: readonly Punt[] = [
	{
		id: 'hulpmiddel',
		tekst:
			'De lijst helpt je signalen in kaart te brengen: wat past bij je vermoeden, en wat spreekt het juist tegen? Noteer beide. Een ander signaleringsinstrument dat op school gebruikt wordt mag ook.',
		ref: REF.stap1
	},
	{
		id: 'feitelijk',
		tekst:
			'Beschrijf wat je ziet en hoort zo feitelijk mogelijk. Schrijf je een vermoeden of veronderstelling op, zeg er dan duidelijk bij dat het een vermoeden is. Wordt het later bevestigd of weerlegd, schrijf dat er dan bij.',
		ref: REF.stap1
	},
	{
		id: 'bron-en-diagnose',
		tekst:
			'Komt informatie van iemand anders, noem dan van wie. Noteer een diagnose alleen als een bevoegde deskundige die heeft gesteld.',
		ref: REF.stap1
	},
	{
		id: 'vastleggen',
		tekst:
			'Leg ook vast met wie je over de signalen contact had, welke stappen je zet en welke besluiten er worden genomen.',
		ref: REF.stap1
	}
];

/** The three groups of a list, with the words for the child of that age ("het kind", "de jongere"). */
export function signaalGroepen(
	ref: SourceRef,
	wie: 'het kind' | 'de jongere'
): readonly SignaalGroep[] {
	return [
		{
			id: 'slachtoffer',
			kop: 'Slachtoffer',
			titel: wie === 'het kind' ? 'Signalen bij het kind' : 'Signalen bij de jongere',
			betreft: 'kind',
			uitleg: `Wat je kunt zien aan ${wie}: gedrag, gezondheid, verzorging en ontwikkeling.`,
			ref
		},
		{
			id: 'seksueel-misbruik',
			kop: 'Specifiek voor seksueel misbruik',
			titel: 'Signalen die vooral wijzen op seksueel misbruik',
			betreft: 'kind',
			uitleg: `Signalen bij ${wie} die specifiek kunnen wijzen op seksueel misbruik.`,
			ref
		},
		{
			id: 'pleger',
			kop: 'Pleger',
			titel: 'Signalen bij de ouder of verzorger',
			betreft: 'volwassene',
			uitleg: `Signalen bij de (mogelijke) pleger: een ouder, verzorger of andere volwassene van wie ${wie} afhankelijk is, en in het gezin.`,
			ref
		}
	];
}
