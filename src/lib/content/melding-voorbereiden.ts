/**
 * Preparing the call or form at Veilig Thuis (issue 18, part 3): what Veilig Thuis will ask a
 * melder, and how to tell the parents about the melding.
 *
 * The questions follow what 004 says a melder brings: the pupil's and parents' details (Bijlage 6,
 * nota bene), facts and events with what comes from others (Stap 5, optie I), the advice asked
 * and its kenmerk (Bijlage 6), the weighing (Stap 4), whether the melding was discussed with the
 * parents (Stap 5, optie I) and what the school can still do afterwards (Stap 5, optie I). The
 * guidance for telling the parents is written in our own words after Bijlage 4 (itself from NJi,
 * "In gesprek met kind en ouders"), applied to the conversation about a melding; its agenda is
 * `AGENDA_GESPREK_MELDING` in bijlage-4-gesprek.ts.
 */
import { REF } from './source.js';
import type { Punt } from './types.js';

export const MELDING_VOORBEREIDEN_INLEIDING: Punt = {
	id: 'voor-je-belt',
	tekst:
		'Veilig Thuis stelt bij een melding vaste vragen. Hieronder staat per vraag wat jullie dossier erover zegt, zodat je het gesprek of het formulier rustig kunt voorbereiden. Houd je aan feiten en zeg steeds van wie een gegeven komt.',
	ref: REF.stap5OptieI,
	zieOok: [REF.bijlage6]
};

/** What Veilig Thuis asks a melder, in the order of the preparation screen. */
export const VRAGEN_VAN_VEILIG_THUIS = {
	gegevens: {
		id: 'gegevens',
		titel: 'Over wie gaat de melding?',
		tekst:
			'Bij een melding geef je de gegevens van de leerling en de ouders door; zonder die gegevens kan Veilig Thuis niets doen. Deze app bewaart alleen een pseudoniem: zoek de gegevens vlak voor het gesprek op in de leerlingadministratie en schrijf ze niet in de app.',
		ref: REF.bijlage6
	},
	feiten: {
		id: 'feiten',
		titel: 'Wat heb je gezien en gehoord?',
		tekst:
			'Vertel feiten en gebeurtenissen, zo concreet mogelijk. Zeg er duidelijk bij wat je zelf zag of hoorde en wat je van anderen weet. Een vermoeden noem je een vermoeden.',
		ref: REF.stap5OptieI,
		zieOok: [REF.stap1]
	},
	gedaan: {
		id: 'gedaan',
		titel: 'Wat heeft de school al gedaan?',
		tekst:
			'Veilig Thuis wil weten met wie je hebt overlegd, welk advies je kreeg en of je met de ouders en/of de leerling hebt gesproken. Heb je eerder advies gevraagd bij Veilig Thuis, noem dan het kenmerk: dan vinden ze dat advies terug.',
		ref: REF.bijlage6,
		zieOok: [REF.stap2, REF.stap3]
	},
	afweging: {
		id: 'afweging',
		titel: 'Hoe hebben jullie gewogen?',
		tekst:
			'Vertel welke afwegingsvragen jullie hebben beantwoord, met welk antwoord en waarom, en met wie jullie hebben gewogen. Dat laat zien waarom de school meldt.',
		ref: REF.stap4
	},
	ouders: {
		id: 'ouders',
		titel: 'Weten de ouders van de melding?',
		tekst:
			'Veilig Thuis vraagt of de melding vooraf met de ouders en/of de leerling is besproken en hoe zij reageerden. Is dat niet gebeurd, dan noem je de reden: alleen veiligheid, of de verwachting dat het contact verbroken wordt, zijn geldige redenen.',
		ref: REF.stap5OptieI
	},
	melder: {
		id: 'melder',
		titel: 'Wie meldt?',
		tekst:
			'Leg vast wie de melding doet. Veilig Thuis koppelt aan de melder terug hoe de melding wordt opgepakt, en besluit binnen 5 werkdagen wat er gebeurt.',
		ref: REF.stap4,
		zieOok: [REF.bijlage6, REF.afweging3]
	},
	daarna: {
		id: 'daarna',
		titel: 'Wat kan de school daarna nog doen?',
		tekst:
			'Overleg bij de melding wat jij binnen je gewone werk nog kunt doen om de leerling en het gezin te beschermen, en spreek af hoe jullie contact houden. De leerling blijft naar school gaan.',
		ref: REF.stap5OptieI,
		zieOok: [REF.stap6]
	}
} as const satisfies Record<string, Punt>;

export type VraagVanVeiligThuis = keyof typeof VRAGEN_VAN_VEILIG_THUIS;

/**
 * Telling the parents about the melding: how to prepare and hold that conversation, in our own
 * words after Bijlage 4, applied to stap 5 (the agenda itself is AGENDA_GESPREK_MELDING).
 */
export const OUDERS_INLICHTEN_INLEIDING: Punt = {
	id: 'waarom-vooraf',
	tekst:
		'Ouders horen het liever van jou dan van Veilig Thuis. Een eerlijk gesprek vooraf houdt de relatie zo heel mogelijk, en die heb je nodig: de leerling blijft op school en jullie blijven elkaar zien.',
	ref: REF.bijlage4,
	zieOok: [REF.stap5OptieI]
};

export const OUDERS_INLICHTEN: readonly Punt[] = [
	{
		id: 'naast-de-ouders',
		titel: 'Sta naast de ouders',
		tekst:
			'Wees open en eerlijk en veroordeel niet. Keur het gedrag dat onveilig is niet goed, maar wijs de ouder als persoon niet af. Zeg dat jullie allebei het beste willen voor het kind.',
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'feiten-niet-oordelen',
		titel: 'Vertel feiten, geen oordeel',
		tekst:
			'Noem concreet wat je zag en hoorde, en ook wat goed gaat. Je hoeft niet vast te stellen of er sprake is van mishandeling: dat onderzoekt Veilig Thuis. Jij legt uit waarom je je zorgen niet alleen kunt dragen.',
		ref: REF.bijlage4Inhoud,
		zieOok: [REF.bijlage4Doel]
	},
	{
		id: 'wat-veilig-thuis-doet',
		titel: 'Leg uit wat Veilig Thuis doet',
		tekst:
			'Vertel dat Veilig Thuis eerst inschat hoe ernstig het is en dan zelf verder gaat of hulp in de buurt inschakelt, en dat de belangen van het kind daarbij voorgaan.',
		ref: REF.bijlage6
	},
	{
		id: 'beide-ouders',
		titel: 'Spreek beide ouders',
		tekst:
			'Nodig beide ouders uit die het gezag hebben. Woont het kind bij één ouder, spreek die ouder in elk geval, en spreek af wie de andere ouder inlicht.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'niet-alleen',
		titel: 'Voer het gesprek niet alleen',
		tekst:
			'Verwacht je boosheid of agressie, voer het gesprek dan met een collega, bijvoorbeeld de directeur of de aandachtsfunctionaris. Benoem rustig wat je ziet en vraag wat nodig is om verder te kunnen praten.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'tolk',
		titel: 'Zorg zo nodig voor een tolk',
		tekst:
			'Spreekt een ouder niet goed Nederlands, regel dan een tolk: nooit het kind of een ander familielid.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'na-het-gesprek',
		titel: 'Denk aan na het gesprek',
		tekst:
			'Bedenk vooraf of iemand het kind of de ouders na afloop moet opvangen, of voor veiligheid moet zorgen. Kijk na afloop terug: voelden de ouders zich gehoord, of aangevallen?',
		ref: REF.bijlage4Praktisch,
		zieOok: [REF.bijlage4Voorbeelden]
	},
	{
		id: 'leeftijd',
		titel: 'Vanaf 12 jaar: ook de leerling',
		tekst:
			'Is de leerling 12 of ouder, bespreek de melding dan ook met de leerling zelf. Woont de leerling nog thuis, dan spreek je daarnaast altijd met de ouders.',
		ref: REF.bijlage5,
		zieOok: [REF.stap5OptieI]
	}
];
