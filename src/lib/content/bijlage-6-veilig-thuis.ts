/**
 * Veilig Thuis: bijlage 6 of the meldcode, plus what the main text says about asking advice
 * (stap 2, stap 4), the decision within 5 working days (afweging 3) and making a melding
 * (stap 5, optie I).
 *
 * Only the national number is content. A regional Veilig Thuis number is a setting of the
 * organisation, as are the names of the people to consult.
 */
import { REF, type SourceRef } from './source.js';
import type { Punt } from './types.js';

export const VEILIG_THUIS = {
	naam: 'Veilig Thuis',
	/** National number, free of charge, 24 hours a day, 7 days a week. */
	telefoon: '0800-2000',
	/** For an `href`. */
	telefoonLink: 'tel:08002000',
	bereikbaarheid: 'Dag en nacht bereikbaar, 7 dagen per week. Bellen is gratis.',
	ref: REF.bijlage6,
	zieOok: [REF.njiVeiligThuis]
} as const;

/**
 * Shown on every screen of the wizard. 112 is not in the meldcode text; the national emergency
 * number is added for direct danger to life, next to Veilig Thuis and the police that bijlage 4
 * names for acute, serious unsafety.
 */
export const ACUUT_GEVAAR = {
	titel: 'Is een kind nu in direct gevaar?',
	tekst:
		'Bij direct levensgevaar bel je eerst 112. Verder bel je meteen Veilig Thuis: 0800-2000, dag en nacht bereikbaar. Handel nooit alleen: licht ook direct je directeur of de aandachtsfunctionaris van je organisatie in.',
	noodnummer: '112',
	noodnummerLink: 'tel:112',
	/** Rule 8 (issue 13): 112 comes first for danger to life, marked as not from 004. */
	noodnummerAanvulling:
		'Is er direct levensgevaar? Bel dan eerst 112. Dit is een aanvulling van deze app: de meldcode zelf noemt 112 niet.',
	ref: REF.bijlage1,
	zieOok: [REF.bijlage4Doel, REF.bijlage6, REF.terAanvulling]
} as const;

export const WAT_IS_VEILIG_THUIS = {
	titel: 'Wat is Veilig Thuis?',
	alineas: [
		'Veilig Thuis is er voor iedereen die te maken heeft met huiselijk geweld of kindermishandeling: kinderen, jongeren, volwassenen en ouderen. Veilig Thuis geeft advies en ondersteuning aan slachtoffers, omstanders en professionals, zoals leerkrachten.',
		'Veilig Thuis doorbreekt onveilige situaties, stemt af met andere organisaties en brengt mensen in beweging, zodat er zicht komt op een betere situatie.'
	],
	ref: REF.bijlage6
} as const;

/** The legal tasks of Veilig Thuis. */
export const WETTELIJKE_TAKEN: readonly Punt[] = [
	{ id: 'advies', tekst: 'Advies geven.', ref: REF.bijlage6 },
	{ id: 'meldingen', tekst: 'Meldingen aannemen.', ref: REF.bijlage6 },
	{
		id: 'onderzoek',
		tekst: 'Onderzoeken of er echt sprake is van huiselijk geweld of kindermishandeling.',
		ref: REF.bijlage6
	},
	{
		id: 'vervolgstappen',
		tekst:
			'Zo nodig vervolgstappen zetten: overdragen aan vrijwillige hulp, de Raad voor de Kinderbescherming informeren en/of melden bij de politie.',
		ref: REF.bijlage6
	},
	{
		id: 'terugkoppelen',
		tekst: 'Terugkoppelen aan wie de melding deed.',
		ref: REF.bijlage6
	}
];

export interface AdviesOfMelding {
	readonly id: 'advies' | 'melding';
	readonly titel: string;
	readonly kort: string;
	readonly punten: readonly Punt[];
	readonly ref: SourceRef;
}

/** Asking advice: anonymous about the family; Veilig Thuis takes no steps itself. */
export const ADVIES_VRAGEN: AdviesOfMelding = {
	id: 'advies',
	titel: 'Advies vragen',
	kort: 'Je bespreekt de situatie zonder namen van leerling of ouders. Veilig Thuis onderneemt zelf niets richting het gezin.',
	punten: [
		{
			id: 'wanneer',
			tekst:
				'Vraag advies als je twijfelt: bij het bespreken van de signalen (stap 2) en bij het wegen (stap 4). Veilig Thuis loopt dan samen met jou de afwegingsvragen door.',
			ref: REF.stap2,
			zieOok: [REF.stap4]
		},
		{
			id: 'anoniem',
			tekst:
				'Het gesprek gaat over de situatie zonder dat je de leerling of de ouders bij naam noemt.',
			ref: REF.bijlage6
		},
		{
			id: 'kenmerk',
			tekst:
				'Veilig Thuis legt het advies vast op jouw naam en geeft het een kenmerk. Vraag naar dat kenmerk en noteer het: dan kun je later verder praten over hetzelfde advies.',
			ref: REF.bijlage6
		},
		{
			id: 'geen-stappen',
			tekst:
				'Bij een advies onderneemt Veilig Thuis zelf niets richting de ouders, de leerling of anderen. Het advies is alleen voor jou.',
			ref: REF.bijlage6
		},
		{
			id: 'samen-kijken',
			tekst:
				'Veilig Thuis kijkt met je mee wat er aan de hand is en wat je zelf kunt doen. Kan dat niet, of is de situatie te ingewikkeld of te ernstig? Dan kun je een melding doen.',
			ref: REF.bijlage6
		},
		{
			id: 'vastleggen',
			tekst: 'Leg het contact met Veilig Thuis vast.',
			ref: REF.stap2
		}
	],
	ref: REF.bijlage6
};

/** Making a melding: with names, so that Veilig Thuis can act. */
export const MELDING_DOEN: AdviesOfMelding = {
	id: 'melding',
	titel: 'Een melding doen',
	kort: 'Je geeft de gegevens van leerling en ouders door, zodat Veilig Thuis in actie kan komen.',
	punten: [
		{
			id: 'gegevens-nodig',
			tekst:
				'Bij een melding geef je de gegevens van de leerling en de ouders door. Zonder die gegevens kan Veilig Thuis niets doen met de melding.',
			ref: REF.bijlage6
		},
		{
			id: 'feiten',
			tekst:
				'Houd je bij de melding zo veel mogelijk aan feiten en gebeurtenissen. Zeg er duidelijk bij als informatie (ook) van anderen komt.',
			ref: REF.stap5OptieI
		},
		{
			id: 'wat-kun-je-nog-doen',
			tekst:
				'Overleg met Veilig Thuis wat jij na de melding, binnen je gewone werk, nog kunt doen om de leerling en het gezin te beschermen.',
			ref: REF.stap5OptieI
		},
		{
			id: 'beoordeling',
			tekst:
				'Veilig Thuis beoordeelt eerst hoe ernstig de situatie is en wat er speelt. Daarna besluit Veilig Thuis zelf verder te gaan, of de melding over te dragen aan hulpverlening in de buurt. Is er al een hulpverlener bij het gezin, dan kijkt Veilig Thuis samen met die hulpverlener of die de melding kan meenemen.',
			ref: REF.bijlage6
		},
		{
			id: 'vijf-werkdagen',
			tekst:
				'Veilig Thuis neemt binnen 5 werkdagen een besluit en laat jou als melder weten wat dat is.',
			ref: REF.afweging3
		},
		{
			id: 'melder-geinformeerd',
			tekst:
				'Je hoort altijd hoe de melding wordt opgepakt. Gaat Veilig Thuis zelf verder met het gezin, dan krijg je aan het eind ook een terugkoppeling.',
			ref: REF.bijlage6
		},
		{
			id: 'belang-kind-voorop',
			tekst:
				'Botst het recht van kinderen op veiligheid met de belangen van volwassenen, dan gaan voor Veilig Thuis de belangen van het kind voor.',
			ref: REF.bijlage6
		},
		{
			id: 'melding-geen-eindpunt',
			tekst:
				'Een melding is geen eindpunt: de leerling blijft naar school gaan. Blijf in contact met ouders en leerling.',
			ref: REF.stap6
		}
	],
	ref: REF.bijlage6
};
