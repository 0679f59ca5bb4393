/**
 * Bijlage 5 of the meldcode: the pupil's age and their say in sharing their data and in the
 * conversation about a melding (under 12, 12 to 16, 16 and older).
 *
 * The source names the laws of its time (Wet bescherming persoonsgegevens, Wet op de jeugdzorg,
 * WGBO); the age rules below say what the source says without naming them, and
 * `WETTEN_BIJLAGE_5` names them, with their years, and says which two have since been replaced
 * (issue 13, rule 9). That they were replaced is not in 004 (2020): it is marked as an addition.
 */
import { REF, type SourceRef } from './source.js';
import type { Punt, Tekstblok } from './types.js';

export type LeeftijdsregelId = 'jonger-dan-12' | '12-tot-16' | '16-en-ouder';

export interface Leeftijdsregel {
	readonly id: LeeftijdsregelId;
	/** Lowest age this rule applies to (inclusive). */
	readonly vanaf: number;
	/** First age this rule no longer applies to (exclusive), or null for no upper bound. */
	readonly tot: number | null;
	readonly titel: string;
	/** The rule in one sentence. */
	readonly kort: string;
	/**
	 * Who consents to sharing the pupil's data with others (a melding included). From 12 to 16
	 * the source gives two answers: the general privacy law says 16, the laws on youth care and
	 * medical treatment say 12.
	 */
	readonly toestemming: 'ouders' | 'leerling' | 'verschilt-per-wet';
	/** Whether the pupil takes part in the conversation about a melding (stap 5). */
	readonly leerlingBijGesprekOverMelding: boolean;
	readonly punten: readonly Punt[];
	readonly ref: SourceRef;
}

const ouderThuis: Punt = {
	id: 'ook-ouders-als-thuiswonend',
	tekst:
		'Woont de leerling nog thuis? Bespreek de melding dan ook met de ouders: bij een melding geef je meestal niet alleen gegevens over de leerling, maar ook over de ouders.',
	ref: REF.bijlage5
};

/**
 * A pupil's objection, weighed as any objection in the conversation about a melding (004 · Stap 5
 * · optie I, agenda points 3 to 5): it does not block a melding, also not from 16 (issue 13, rule 9).
 */
export const BEZWAAR_LEERLING: Punt = {
	id: 'bezwaar-afwegen',
	tekst:
		'Heeft de leerling bezwaar tegen een melding, dan weeg je dat zoals elk bezwaar in het gesprek over de melding (optie I): je kijkt samen hoe je aan het bezwaar tegemoet kunt komen, en lukt dat niet, dan weeg je het af tegen de noodzaak om de leerling te beschermen. Het bezwaar houdt de melding niet tegen: moet de bescherming van de leerling de doorslag geven, dan meld je toch, ook zonder zijn toestemming.',
	ref: REF.stap5OptieI,
	zieOok: [REF.bijlage5]
};

/** The laws Bijlage 5 cites, as it cites them (2020), and what became of them. */
export const WETTEN_BIJLAGE_5: Tekstblok = {
	id: 'wetten-bijlage-5',
	titel: 'Welke wetten noemt de meldcode hier?',
	kort: 'De meldcode (2020) baseert de leeftijden 16 en 12 op drie wetten. Twee daarvan zijn inmiddels vervangen door nieuwe wetten; de leeftijden op dit scherm zijn die van de meldcode.',
	alineas: [],
	punten: [
		{
			id: 'wbp',
			titel: 'Wet bescherming persoonsgegevens (Wbp, 2001)',
			tekst:
				'Hierop baseert de meldcode dat een leerling vanaf 16 jaar zelf toestemming geeft om zijn gegevens met een ander te delen, ook door een melding. Aanvulling, niet uit de meldcode: de Wbp is op 25 mei 2018 vervangen door de Algemene verordening gegevensbescherming (AVG) en de Uitvoeringswet AVG.',
			ref: REF.bijlage5
		},
		{
			id: 'wet-op-de-jeugdzorg',
			titel: 'Wet op de jeugdzorg (2005)',
			tekst:
				'Volgens de meldcode geeft deze wet een jongere dat recht al vanaf 12 jaar. Aanvulling, niet uit de meldcode: deze wet is op 1 januari 2015 vervangen door de Jeugdwet.',
			ref: REF.bijlage5
		},
		{
			id: 'wgbo',
			titel: 'Wet inzake de geneeskundige behandelingsovereenkomst (WGBO, 1995)',
			tekst:
				'Ook deze wet geeft dat recht volgens de meldcode vanaf 12 jaar. De WGBO geldt nog steeds; ze staat in het Burgerlijk Wetboek.',
			ref: REF.bijlage5
		}
	],
	ref: REF.bijlage5
};

export const LEEFTIJDSREGELS: readonly Leeftijdsregel[] = [
	{
		id: 'jonger-dan-12',
		vanaf: 0,
		tot: 12,
		titel: 'Jonger dan 12 jaar (basisschoolleeftijd)',
		kort: 'De ouders beslissen over het delen van gegevens; het gesprek daarover voer je met hen.',
		toestemming: 'ouders',
		leerlingBijGesprekOverMelding: false,
		punten: [
			{
				id: 'leerling-beslist-niet',
				tekst:
					'Een leerling van basisschoolleeftijd (4 tot 12 jaar) beslist niet zelf of zijn gegevens met anderen worden gedeeld.',
				ref: REF.bijlage5
			},
			{
				id: 'gesprek-met-ouders',
				tekst:
					'Voer het gesprek over het delen van gegevens, en over een melding, met de ouders (of de voogd of verzorgers).',
				ref: REF.bijlage5
			}
		],
		ref: REF.bijlage5
	},
	{
		id: '12-tot-16',
		vanaf: 12,
		tot: 16,
		titel: '12 tot 16 jaar',
		kort: 'Bespreek een melding vooraf ook met de leerling zelf; woont hij thuis, dan ook met de ouders.',
		toestemming: 'verschilt-per-wet',
		leerlingBijGesprekOverMelding: true,
		punten: [
			{
				id: 'leerling-betrekken',
				tekst: 'Bespreek een melding vooraf ook met de leerling zelf.',
				ref: REF.stap5OptieI
			},
			{
				id: 'toestemming-verschilt-per-wet',
				tekst:
					'Wie toestemming geeft voor het delen van gegevens, verschilt per wet. In het algemeen geeft een leerling dat pas vanaf 16 jaar zelf. Voor jeugdhulp en geneeskundige behandeling geeft een jongere al vanaf 12 jaar zelf toestemming.',
				ref: REF.bijlage5
			},
			ouderThuis,
			BEZWAAR_LEERLING
		],
		ref: REF.bijlage5
	},
	{
		id: '16-en-ouder',
		vanaf: 16,
		tot: null,
		titel: '16 jaar en ouder',
		kort: 'De leerling geeft zelf toestemming voor het delen van zijn gegevens; woont hij thuis, bespreek een melding dan ook met de ouders.',
		toestemming: 'leerling',
		leerlingBijGesprekOverMelding: true,
		punten: [
			{
				id: 'leerling-geeft-toestemming',
				tekst:
					'De leerling geeft zelf toestemming om zijn gegevens met een ander te delen, ook als dat gebeurt door een melding.',
				ref: REF.bijlage5
			},
			{
				id: 'leerling-betrekken',
				tekst: 'Bespreek een melding vooraf met de leerling zelf.',
				ref: REF.stap5OptieI
			},
			ouderThuis,
			BEZWAAR_LEERLING
		],
		ref: REF.bijlage5
	}
];

/** The age rule for a pupil of this age (in whole years). */
export function leeftijdsregelVoor(leeftijd: number): Leeftijdsregel {
	if (!Number.isFinite(leeftijd) || leeftijd < 0) {
		throw new RangeError(`Ongeldige leeftijd: ${leeftijd}`);
	}
	const regel = LEEFTIJDSREGELS.find(
		(r) => leeftijd >= r.vanaf && (r.tot === null || leeftijd < r.tot)
	);
	if (!regel) throw new RangeError(`Geen leeftijdsregel voor ${leeftijd}`);
	return regel;
}
