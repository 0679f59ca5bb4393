/**
 * The afwegingskader of stap 4: five questions, their answers and what each answer leads to.
 *
 * This is the one place where the questions and their consequences are written down, each with
 * its source section. The statechart (`meldcode.machine.ts`) implements the consequences; the test
 * `afwegingskader.test.ts` checks for every row that the machine really goes where `leidtTot` says,
 * so the text a user reads and the branch the machine takes cannot drift apart.
 */
import { BRON, type Bron } from './sources.js';

export type VraagNummer = 1 | 2 | 3 | 4 | 5;
export type Antwoord = 'ja' | 'nee' | 'twijfel';

/** Where an answer leads, in words the UI and the journey list share. */
export type Gevolg =
	| 'volgende-vraag'
	| 'afsluiten-geen-vermoeden'
	| 'melden'
	| 'hulp-starten'
	| 'afsluiten-met-monitoring';

export interface AntwoordRegel {
	antwoord: Antwoord;
	gevolg: Gevolg;
	/** The consequence in plain Dutch, shown before the user chooses. */
	uitleg: string;
}

export interface Afwegingsvraag {
	nummer: VraagNummer;
	id: `afweging-${VraagNummer}`;
	titel: string;
	vraag: string;
	antwoorden: readonly AntwoordRegel[];
	bron: Bron;
}

export const AFWEGINGSVRAGEN: readonly Afwegingsvraag[] = [
	{
		nummer: 1,
		id: 'afweging-1',
		titel: 'Vermoeden',
		vraag:
			'Heb je, op basis van stap 1 tot en met 4, een vermoeden van (dreigend) huiselijk geweld of kindermishandeling?',
		antwoorden: [
			{
				antwoord: 'nee',
				gevolg: 'afsluiten-geen-vermoeden',
				uitleg:
					'Er is geen actie nodig. Je sluit de zaak af en legt vast dat het vermoeden niet is bevestigd.'
			},
			{
				antwoord: 'ja',
				gevolg: 'volgende-vraag',
				uitleg: 'Je hebt een sterk vermoeden. Je gaat verder met afweging 2: veiligheid.'
			}
		],
		bron: BRON.afweging1
	},
	{
		nummer: 2,
		id: 'afweging-2',
		titel: 'Veiligheid',
		vraag:
			'Schat de school (betrokken functionarissen en bevoegd gezag) in dat er sprake is van acute en/of structurele onveiligheid?',
		antwoorden: [
			{
				antwoord: 'ja',
				gevolg: 'melden',
				uitleg:
					'Meld direct bij Veilig Thuis. Afweging 3 tot en met 5 doorloop je daarna samen met Veilig Thuis.'
			},
			{
				antwoord: 'twijfel',
				gevolg: 'melden',
				uitleg:
					'Twijfel telt als ja: meld direct bij Veilig Thuis. Afweging 3 tot en met 5 doorloop je daarna samen met Veilig Thuis.'
			},
			{
				antwoord: 'nee',
				gevolg: 'volgende-vraag',
				uitleg: 'Je gaat verder met afweging 3: kan er hulp worden geboden?'
			}
		],
		bron: BRON.afweging2
	},
	{
		nummer: 3,
		id: 'afweging-3',
		titel: 'Hulp',
		vraag:
			'Kun jij, iemand anders in de school (een tweedelijns functionaris onder het bevoegd gezag, geen leerkracht) of een ketenpartner (gemeente, wijkteam, GGD/JGZ, leerplicht) effectieve hulp bieden of organiseren om de dreiging af te wenden?',
		antwoorden: [
			{
				antwoord: 'nee',
				gevolg: 'melden',
				uitleg:
					'Meld bij Veilig Thuis. Veilig Thuis besluit binnen 5 werkdagen wat er gebeurt en laat dat aan de melder weten.'
			},
			{
				// Rule 1 · optie I: "twijfelt u er aan of u voldoende bescherming hiertegen kunt bieden:
				// meld uw vermoeden bij Veilig Thuis" (004 · Stap 5, seed lines 422–426).
				antwoord: 'twijfel',
				gevolg: 'melden',
				uitleg:
					'Twijfel je of de hulp de leerling genoeg kan beschermen? Meld dan bij Veilig Thuis, net als bij nee.'
			},
			{
				antwoord: 'ja',
				gevolg: 'volgende-vraag',
				uitleg: 'Je gaat verder met afweging 4: wordt de hulp aanvaard?'
			}
		],
		bron: BRON.afweging3
	},
	{
		nummer: 4,
		id: 'afweging-4',
		titel: 'Aanvaarden van hulp',
		vraag:
			'Aanvaarden de betrokkenen de hulp zoals bij afweging 3 georganiseerd, en zetten zij zich er actief voor in?',
		antwoorden: [
			{
				antwoord: 'nee',
				gevolg: 'melden',
				uitleg: 'Meld bij Veilig Thuis.'
			},
			{
				// Rule 1 · "Bij twijfel in deze stap altijd contact opnemen met Veilig Thuis" (004 ·
				// Stap 4, seed line 334) and optie I (seed lines 422–426): in doubt, meld.
				antwoord: 'twijfel',
				gevolg: 'melden',
				uitleg:
					'Twijfel je of de betrokkenen de hulp echt aanvaarden en zich inzetten? Meld dan bij Veilig Thuis, net als bij nee.'
			},
			{
				antwoord: 'ja',
				gevolg: 'hulp-starten',
				uitleg:
					'Zet de hulp in gang. Spreek een termijn af waarop het effect merkbaar moet zijn en benoem een casemanager (regiehouder). Op die datum volgt afweging 5.'
			}
		],
		bron: BRON.afweging4
	},
	{
		nummer: 5,
		id: 'afweging-5',
		titel: 'Resultaat',
		vraag:
			'Heeft de hulp binnen de afgesproken termijn geleid tot de afgesproken resultaten voor de veiligheid, het welzijn en het herstel van alle betrokkenen?',
		antwoorden: [
			{
				antwoord: 'nee',
				gevolg: 'melden',
				uitleg: 'Meld (opnieuw) bij Veilig Thuis.'
			},
			{
				antwoord: 'ja',
				gevolg: 'afsluiten-met-monitoring',
				uitleg:
					'Zet de hulp voort of sluit haar af, met vastgelegde afspraken over hoe de veiligheid van alle betrokkenen gevolgd wordt. Advies: spreek nazorg af met termijnen.'
			}
		],
		bron: BRON.afweging5
	}
];

export function afwegingsvraag(nummer: VraagNummer): Afwegingsvraag {
	const vraag = AFWEGINGSVRAGEN.find((v) => v.nummer === nummer);
	if (!vraag) throw new Error(`Onbekende afwegingsvraag ${nummer}`);
	return vraag;
}

/**
 * The answers a question allows: afweging 2 knows "twijfel" (and counts it as ja), afweging 3
 * and 4 know it too (and count it as nee: melden); afweging 1 and 5 do not.
 */
export function toegestaneAntwoorden(nummer: VraagNummer): readonly Antwoord[] {
	return afwegingsvraag(nummer).antwoorden.map((a) => a.antwoord);
}

/**
 * The two legal reasons to make a melding without talking to the parents and/or pupil first
 * (stap 3) or without informing them of the melding (stap 5, optie I). No other reason is valid.
 */
export const REDENEN_ZONDER_GESPREK = {
	veiligheid: 'De veiligheid van de leerling, van jezelf of van een ander is in het geding.',
	contactbreuk:
		'Er zijn goede redenen om aan te nemen dat ouders of leerling door het gesprek het contact verbreken, waardoor de leerling niet meer voldoende beschermd kan worden.'
} as const;

export type RedenZonderGesprek = keyof typeof REDENEN_ZONDER_GESPREK;

/**
 * The meldnormen: when a professional must always report to Veilig Thuis. Every melding the
 * machine leads to names the meldnorm it rests on.
 */
export const MELDNORMEN = {
	1: 'Acute of structurele onveiligheid, of disclosure: een kind of volwassene vertelt het zelf.',
	2: 'Je kunt zelf, met de school of met ketenpartners, niet voldoende effectieve hulp bieden of organiseren.',
	3: 'Er is hulp geboden, maar de onveiligheid stopt niet of komt terug.'
} as const;

export type Meldnorm = keyof typeof MELDNORMEN;

/**
 * The acute route: a melding on meldnorm 1 (Bijlage 1: acute or structural unsafety, disclosure).
 * Its screens put the number and the option not to inform the parents first in view, and promise
 * no "binnen 5 werkdagen": 004 says that at afweging 3 (issue 13, rule 8).
 */
export function opAcuteRoute(context: { meldnorm?: Meldnorm | null }): boolean {
	return context.meldnorm === 1;
}
