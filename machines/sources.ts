/**
 * Source references for every rule the statechart applies.
 *
 * The primary source is seed 004: a school board's Meldcode huiselijk geweld en kindermishandeling
 * (2020, on the national basismodel 2019). Sections are cited by name, as in
 * `../shared/notes/meldcode-rules.md`, so a reviewer can open the document and find the rule.
 */
export const BRON = {
	meldnormen: '004 · Meldnormen',
	onveiligheid: '004 · Situaties van onveiligheid',
	start: '004 · Stappenplan · start',
	medewerker: '004 · Stappenplan · ter aanvulling (signalen over een medewerker)',
	stap1: '004 · Stap 1 · signalen in kaart brengen',
	stap1Medewerker: '004 · Stap 1 · signalen over een collega',
	stap2: '004 · Stap 2 · collegiale consultatie',
	stap3: '004 · Stap 3 · gesprek met ouders en/of leerling',
	stap3Overslaan: '004 · Stap 3 · melden zonder gesprek',
	stap4: '004 · Stap 4 · wegen',
	afweging1: '004 · Stap 4 · afweging 1',
	afweging2: '004 · Stap 4 · afweging 2',
	afweging3: '004 · Stap 4 · afweging 3',
	afweging4: '004 · Stap 4 · afweging 4',
	afweging5: '004 · Stap 4 · afweging 5',
	stap5: '004 · Stap 5 · beslissen',
	optieI: '004 · Stap 5 · optie I: melden',
	optieIOverslaan: '004 · Stap 5 · optie I: afzien van informeren',
	optieII: '004 · Stap 5 · optie II: zelf hulp organiseren',
	stap6: '004 · Stap 6 · volgen en afsluiten',
	veiligThuis: '004 · Bijlage 6 · Veilig Thuis'
} as const;

export type BronId = keyof typeof BRON;
export type Bron = (typeof BRON)[BronId];
