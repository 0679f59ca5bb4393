/**
 * Signals about a staff member of the school (the suspected perpetrator is a colleague): the
 * stappenplan does not apply, every staff member must report to the directeur or the school board,
 * and for sexual abuse or intimidation the board must file a police report. From seed 004, stap 1
 * and the notes to the stappenplan ("ter aanvulling").
 */
import { REF } from './source.js';
import type { Punt, Tekstblok } from './types.js';

export const MEDEWERKER_ROUTE: Tekstblok = {
	id: 'medewerker-route',
	titel: 'Signalen over een medewerker',
	kort: 'Gaat het om geweld of misbruik door een medewerker van de school? Dan geldt het stappenplan niet: je meldt het bij de directeur of het schoolbestuur.',
	alineas: [],
	punten: [
		{
			id: 'stappenplan-niet',
			titel: 'Het stappenplan geldt niet',
			tekst:
				'Gaat het om huiselijk geweld of kindermishandeling door een collega, dan is het stappenplan van de meldcode niet van toepassing. Meld de signalen bij de directeur of bij het schoolbestuur (het bevoegd gezag).',
			ref: REF.stap1
		},
		{
			id: 'meldplicht',
			titel: 'Meldplicht',
			tekst:
				'Heb je een redelijk vermoeden van (seksueel) misbruik of geweld door een medewerker tegen een leerling, dan moet je dat melden bij de directeur of het schoolbestuur. Die meldplicht geldt voor alle medewerkers.',
			ref: REF.terAanvulling,
			zieOok: [REF.stap1]
		},
		{
			id: 'aangifteplicht',
			titel: 'Aangifteplicht',
			tekst:
				'Gaat het om seksueel misbruik of seksuele intimidatie van een leerling door een medewerker, dan overlegt het schoolbestuur met de vertrouwensinspecteur. Is er daarna een redelijk vermoeden van een zedenmisdrijf, dan moet het schoolbestuur aangifte doen bij de politie. Die aangifte doet het bestuur, niet jij.',
			ref: REF.terAanvulling,
			zieOok: [REF.stap1]
		}
	],
	ref: REF.terAanvulling
};

/** What each answer to "sexual abuse or intimidation by a staff member?" leads to. */
export const MEDEWERKER_ZEDEN_GEVOLG: Readonly<Record<'ja' | 'nee', Punt>> = {
	ja: {
		id: 'zeden-ja',
		tekst:
			'Jij meldt het bij de directeur of het schoolbestuur. Het schoolbestuur overlegt met de vertrouwensinspecteur en moet bij een redelijk vermoeden van een zedenmisdrijf aangifte doen bij de politie (aangifteplicht).',
		ref: REF.terAanvulling,
		zieOok: [REF.stap1]
	},
	nee: {
		id: 'zeden-nee',
		tekst:
			'Jij meldt de signalen bij de directeur of het schoolbestuur; zij nemen het over. Het stappenplan van de meldcode is niet van toepassing.',
		ref: REF.stap1
	}
};

/** What the staff member does now, once the case is handed over. */
export const MEDEWERKER_WAT_NU: readonly Punt[] = [
	{
		id: 'melden-bij-directeur',
		titel: 'Meld het nu',
		tekst:
			'Meld de signalen bij de directeur of bij het schoolbestuur. Zij nemen het vanaf hier over.',
		ref: REF.stap1
	},
	{
		id: 'niet-alleen',
		titel: 'Handel nooit alleen',
		tekst: 'Blijf in contact met deskundige collega’s om je heen.',
		ref: REF.terAanvulling
	},
	{
		id: 'vastleggen',
		titel: 'Leg het vast',
		tekst:
			'Schrijf op wat je hebt gezien en gehoord, zo feitelijk mogelijk, en vermeld het als informatie van een ander komt.',
		ref: REF.terAanvulling,
		zieOok: [REF.stap1]
	}
];
