/**
 * Signals about a staff member of the school (the suspected perpetrator is a colleague): the
 * stappenplan does not apply, every staff member must report to the directeur or the board (its
 * bestuurssecretaris), and for sexual abuse or intimidation the bevoegd gezag consults the
 * vertrouwensinspecteur and then, at a reasonable suspicion of a sexual offence, must file a
 * police report: a conditional duty of the bevoegd gezag, not a fact the staff member records.
 * From seed 004, stap 1 (lines 275–280) and the notes to the stappenplan, "ter aanvulling"
 * (lines 248–252).
 *
 * "de bestuurssecretaris" stands mid-sentence: the screens fill in the name from the settings
 * (`metBestuurssecretaris`, src/lib/instellingen/bestuurssecretaris.ts).
 */
import { REF } from './source.js';
import type { Punt, Tekstblok } from './types.js';

export const MEDEWERKER_ROUTE: Tekstblok = {
	id: 'medewerker-route',
	titel: 'Signalen over een medewerker',
	kort: 'Gaat het om geweld of misbruik door een medewerker van de school? Dan geldt het stappenplan niet: je meldt het bij de directeur of het schoolbestuur (bij de bestuurssecretaris).',
	alineas: [],
	punten: [
		{
			id: 'stappenplan-niet',
			titel: 'Het stappenplan geldt niet',
			tekst:
				'Gaat het om huiselijk geweld of kindermishandeling door een collega, dan is het stappenplan van de meldcode niet van toepassing. Meld de signalen bij de directeur, of bij het schoolbestuur: bij de bestuurssecretaris.',
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
			titel: 'Overleg met de vertrouwensinspecteur, en dan mogelijk aangifte',
			tekst:
				'Gaat het om seksueel misbruik of seksuele intimidatie van een leerling door een medewerker, dan overlegt het bevoegd gezag (de directeur of het schoolbestuur) met de vertrouwensinspecteur. Heeft het bevoegd gezag daarna een redelijk vermoeden van een zedenmisdrijf, dan moet het aangifte doen bij de politie (aangifteplicht); die aangifte doet de bestuurssecretaris. Of dat vermoeden er is, beoordeelt het bevoegd gezag; jij doet geen aangifte.',
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
			'Jij meldt het bij de directeur of bij de bestuurssecretaris. Het bevoegd gezag (de directeur of het schoolbestuur) overlegt dan met de vertrouwensinspecteur, en moet daarna bij een redelijk vermoeden van een zedenmisdrijf aangifte doen bij de politie (aangifteplicht); die aangifte doet de bestuurssecretaris.',
		ref: REF.terAanvulling,
		zieOok: [REF.stap1]
	},
	nee: {
		id: 'zeden-nee',
		tekst:
			'Jij meldt de signalen bij de directeur of het schoolbestuur (de bestuurssecretaris); zij nemen het over. Het stappenplan van de meldcode is niet van toepassing.',
		ref: REF.stap1
	}
};

/** What the staff member does now, once the case is handed over. */
export const MEDEWERKER_WAT_NU: readonly Punt[] = [
	{
		id: 'melden-bij-directeur',
		titel: 'Meld het nu',
		tekst:
			'Meld de signalen bij de directeur, of bij het schoolbestuur: bij de bestuurssecretaris. Zij nemen het vanaf hier over.',
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

/**
 * What the record says after each answer, in the history and the report: the answer and what
 * follows from it, as the source says it. "Ja" is not "aangifteplicht: ja": the duty is the
 * bevoegd gezag's, after consulting the vertrouwensinspecteur, at a reasonable suspicion.
 */
export const MEDEWERKER_ZEDEN_VASTGELEGD: Readonly<Record<'ja' | 'nee', string>> = {
	ja: 'ja; het bevoegd gezag (directeur of bestuur) overlegt met de vertrouwensinspecteur en moet bij een redelijk vermoeden van een zedenmisdrijf aangifte doen',
	nee: 'nee; gemeld bij de directeur of het bestuur, het stappenplan is niet van toepassing'
};
