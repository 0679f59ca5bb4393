/**
 * Practice cases (oefenmodus, issue 18 part 1): fictional cases, written by us in the spirit of
 * the examples of Bijlage 1 (acute and structural unsafety, disclosure) and the signal lists of
 * Bijlage 2 and 3 of seed 004. No real pupil, school or event is described.
 *
 * Each case is a story and a model route: the decisions the meldcode expects, in order, as the
 * statechart takes them. The decisions the practice gives feedback on (`beoordeeld`) say why the
 * meldcode expects that choice, with the source. `tests/unit/oefenen/oefencasussen.test.ts` walks
 * every model route through the real machine to the case's `einde`, so the story and the rules
 * cannot drift apart.
 */
import type { Antwoord, RedenZonderGesprek } from '$machines/afwegingskader';
import type { MeldcodeEventType } from '$machines/meldcode.events';
import { BRON, type Bron } from '$machines/sources';
import { REF, type SourceRef } from './source.js';

/** A choice at a decision: the event type and what tells its answers apart. */
export interface OefenKeuze {
	readonly type: MeldcodeEventType;
	readonly antwoord?: Antwoord;
	readonly soort?: 'acuut' | 'disclosure';
	readonly reden?: RedenZonderGesprek;
}

/** What the meldcode says at a decision the practice gives feedback on. */
export interface Beoordeling {
	/** Why the meldcode expects this choice here, in our own words. */
	readonly waarom: string;
	/** A content section, or the statechart's own reference where that is more precise. */
	readonly bron: SourceRef | Bron;
	/** Other choices that are just as right here (e.g. "ja" where "twijfel" leads to the same). */
	readonly ookGoed?: readonly OefenKeuze[];
}

export interface OefenStap {
	readonly keuze: OefenKeuze;
	readonly beoordeeld?: Beoordeling;
}

export interface Oefencasus {
	readonly id: string;
	readonly titel: string;
	/** The pupil's made-up name in the story (the practice case's pseudonym). */
	readonly naam: string;
	readonly leeftijd: number;
	/** One line for the list of practice cases. */
	readonly kort: string;
	/** The story as it starts: what you noticed. */
	readonly verhaal: readonly string[];
	/**
	 * What the story tells when the wizard is at a step, keyed by the state path (`waarIn`, e.g.
	 * `stap3`, `stap5.hulpLoopt`): what the conversation or the help brought.
	 */
	readonly bijStap: Readonly<Record<string, string>>;
	readonly route: readonly OefenStap[];
	/** The state (`waarIn`) the model route ends in. */
	readonly einde: string;
	/** The outcome of the model route, in words. */
	readonly uitkomst: string;
	/** The example of the meldcode this case was written after. */
	readonly naar: SourceRef;
}

const k = (type: MeldcodeEventType, rest: Omit<OefenKeuze, 'type'> = {}): OefenKeuze => ({
	type,
	...rest
});
const stap = (keuze: OefenKeuze, beoordeeld?: Beoordeling): OefenStap =>
	beoordeeld ? { keuze, beoordeeld } : { keuze };

/** Stap 1 and 2 as every ordinary case goes: signals recorded, a colleague consulted. */
const STAP_1_EN_2: readonly OefenStap[] = [
	stap(k('START_STAPPENPLAN')),
	stap(k('SIGNALEN_VASTGELEGD')),
	stap(k('CONSULTATIE')),
	stap(k('CONSULTATIE_AFGEROND'))
];

const GESPREK_GEVOERD = (waarom: string) => stap(k('GESPREK_GEVOERD'), { waarom, bron: REF.stap3 });

const MELDING_BESPROKEN = (waarom: string) =>
	stap(k('MELDING_BESPROKEN'), { waarom, bron: REF.stap5OptieI });

const AFWEGING_1_JA = (waarom: string) =>
	stap(k('AFWEGING_1', { antwoord: 'ja' }), { waarom, bron: BRON.afweging1 });

const AFWEGING_2_NEE = (waarom: string) =>
	stap(k('AFWEGING_2', { antwoord: 'nee' }), { waarom, bron: BRON.afweging2 });

const HULP_OPSTARTEN = (waarom3: string, waarom4: string): OefenStap[] => [
	stap(k('AFWEGING_3', { antwoord: 'ja' }), { waarom: waarom3, bron: REF.afweging3 }),
	stap(k('AFWEGING_4', { antwoord: 'ja' }), { waarom: waarom4, bron: BRON.afweging4 })
];

const WEGING = stap(k('WEGING_VOORBEREID'));
const GEMELD = stap(k('MELDING_GEDAAN'));

/** In practice, time runs faster: the help's term can be today, so afweging 5 follows at once. */
const TERMIJN_VANDAAG =
	'In deze oefening gaat de tijd sneller: kies bij afweging 4 als termijn vandaag, dan volgt afweging 5 meteen.';

export const OEFENCASUSSEN: readonly Oefencasus[] = [
	{
		id: 'blauwe-schenen',
		titel: 'Blauwe plekken op de schenen',
		naam: 'Mila',
		leeftijd: 7,
		kort: 'Blauwe plekken die bij het gesprek een gewone verklaring krijgen.',
		verhaal: [
			'Mila (7) heeft na het weekend een paar keer blauwe plekken op haar schenen. Bij de gymles zie je er vier, in verschillende kleuren.',
			'Mila is vrolijk, speelt met iedereen en haar werk gaat goed. Ze zegt dat ze "van het voetballen" komen, maar je hebt een niet-pluis-gevoel.'
		],
		bijStap: {
			stap2:
				'De intern begeleider kijkt met je mee: leg de signalen feitelijk vast en bespreek ze met de ouders.',
			stap3:
				'Je nodigt de ouders uit. Vader vertelt dat Mila sinds september twee keer per week voetbalt, zonder scheenbeschermers omdat ze die "stom" vindt. De trainer heeft hen er ook al op aangesproken; ze kopen nu beschermers. Niets in het gesprek wijst op iets anders.',
			'stap4.vraag1':
				'Alles bij elkaar: de plekken zitten waar je ze bij voetballen verwacht, de verklaring klopt met wat de trainer zei, en er zijn geen andere signalen.'
		},
		route: [
			...STAP_1_EN_2,
			GESPREK_GEVOERD(
				'Er is geen gevaar en geen reden om te denken dat de ouders het contact verbreken: bespreek je zorgen dan altijd eerst met de ouders. Hun verhaal hoort bij de weging.'
			),
			WEGING,
			stap(k('AFWEGING_1', { antwoord: 'nee' }), {
				waarom:
					'Na signalen, overleg en gesprek is er geen vermoeden meer van huiselijk geweld of kindermishandeling. Dan is er geen actie nodig: je sluit af en legt vast waarom.',
				bron: BRON.afweging1
			})
		],
		einde: 'afgeslotenGeenVermoeden',
		uitkomst: 'Afgesloten: geen vermoeden. Vastgelegd in het dossier.',
		naar: REF.bijlage2
	},
	{
		id: 'zonder-ontbijt',
		titel: 'Zonder ontbijt en schrikachtig',
		naam: 'Daan',
		leeftijd: 9,
		kort: 'Signalen die je niet kunt duiden: bij twijfel over de veiligheid meld je.',
		verhaal: [
			'Daan (9) komt de laatste maanden vaak zonder ontbijt en zonder lunch. Hij schrikt als een volwassene onverwacht achter hem staat en is sneller boos dan vroeger.',
			'Vorige week had hij een blauwe plek op zijn bovenarm. "Gevallen," zei hij, en keek weg.'
		],
		bijStap: {
			stap3:
				'Moeder komt alleen; vader "had geen tijd". Ze is gespannen, zegt dat vader "soms driftig" is en dat het "wel meevalt". Als je doorvraagt, begint ze over iets anders. Ze wil wel dat de school meekijkt.',
			'stap4.vraag2':
				'Je weet niet of er thuis geweld is, en niet hoe vaak. De signalen houden al maanden aan, de verklaring van de plek is vaag en moeder ontwijkt de vraag.',
			'stap5.melden.bespreken':
				'Moeder stond open voor het gesprek en er is geen aanwijzing dat het bespreken Daan of iemand anders in gevaar brengt.'
		},
		route: [
			...STAP_1_EN_2,
			GESPREK_GEVOERD(
				'Er is geen acuut gevaar en geen reden om een contactbreuk te vrezen: het gesprek met de ouders hoort bij stap 3 en geeft je informatie voor de weging.'
			),
			WEGING,
			AFWEGING_1_JA(
				'De signalen houden aan en het gesprek nam je zorg niet weg: je hebt een vermoeden. Dan ga je door naar de veiligheid.'
			),
			stap(k('AFWEGING_2', { antwoord: 'twijfel' }), {
				waarom:
					'Je kunt niet uitsluiten dat er sprake is van structurele onveiligheid: herhaalde signalen en een vage verklaring. Bij twijfel over de veiligheid meld je direct bij Veilig Thuis; afweging 3 tot en met 5 doorloop je daarna samen met Veilig Thuis.',
				bron: BRON.afweging2,
				ookGoed: [k('AFWEGING_2', { antwoord: 'ja' })]
			}),
			MELDING_BESPROKEN(
				'Bespreek de melding vooraf met de ouders. Afzien mag alleen als de veiligheid in het geding is of als je goede redenen hebt om een contactbreuk te vrezen; geen van beide speelt hier.'
			),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst:
			'Gemeld bij Veilig Thuis (meldnorm 1); afweging 3 tot en met 5 samen met Veilig Thuis.',
		naar: REF.bijlage2
	},
	{
		id: 'overbelaste-moeder',
		titel: 'Te laat, moe en een overbelaste moeder',
		naam: 'Sara',
		leeftijd: 6,
		kort: 'Hulp die wordt aanvaard en werkt: afsluiten met afspraken over het volgen.',
		verhaal: [
			'Sara (6) komt bijna elke dag te laat, valt in de kring in slaap en draagt dagen achter elkaar dezelfde kleren. Ze heeft vaak geen jas, ook als het regent.',
			'Haar moeder zorgt alleen voor drie kinderen. Je ziet haar haastig en moe bij het hek.'
		],
		bijStap: {
			stap3:
				'Moeder schrikt van je zorgen en moet huilen. Sinds de scheiding lukt het haar niet meer: twee banen, weinig slaap, geen familie in de buurt. Ze wil graag hulp.',
			'stap4.vraag2':
				'Er zijn geen signalen van geweld en geen direct gevaar. Moeder werkt mee en ziet zelf wat er misgaat.',
			'stap4.vraag3':
				'De schoolmaatschappelijk werker kan moeder ondersteunen en het wijkteam kan helpen met opvang in de ochtend.',
			'stap4.vraag4': `Moeder zegt ja tegen de schoolmaatschappelijk werker en het wijkteam en maakt zelf de eerste afspraak. ${TERMIJN_VANDAAG}`,
			'stap5.hulpLoopt':
				'Bij de evaluatie: Sara is op tijd, heeft een jas en schone kleren en is wakker in de klas. Moeder heeft elke week contact met het wijkteam.'
		},
		route: [
			...STAP_1_EN_2,
			GESPREK_GEVOERD(
				'Geen gevaar, geen reden om een contactbreuk te vrezen: eerst het gesprek met de ouder. Dat leverde hier juist de ingang voor hulp op.'
			),
			WEGING,
			AFWEGING_1_JA(
				'Een kind dat aanhoudend niet krijgt wat het nodig heeft, kan een teken zijn van (dreigende) verwaarlozing: je hebt een vermoeden, ook al zoekt moeder zelf hulp.'
			),
			AFWEGING_2_NEE(
				'Er is geen direct gevaar en geen herhaald geweld; de zorg is ernstig maar niet acuut of structureel onveilig. Dan ga je door naar de vraag of hulp mogelijk is.'
			),
			...HULP_OPSTARTEN(
				'De schoolmaatschappelijk werker (tweedelijns, onder het bevoegd gezag) en het wijkteam kunnen effectieve hulp bieden of organiseren.',
				'Moeder aanvaardt de hulp en zet zich er actief voor in. Zet de hulp in gang, spreek een termijn af en benoem een casemanager.'
			),
			stap(k('AFWEGING_5', { antwoord: 'ja' }), {
				waarom:
					'De hulp leidde binnen de termijn tot de afgesproken resultaten. Zet de hulp voort of sluit af, met vastgelegde afspraken over hoe je de veiligheid blijft volgen.',
				bron: BRON.afweging5
			})
		],
		einde: 'stap6',
		uitkomst: 'Hulp werkte: verder in stap 6 (volgen en afsluiten) met monitoringsafspraken.',
		naar: REF.bijlage2
	},
	{
		id: 'ruzie-thuis',
		titel: 'Ruzie thuis, en het houdt niet op',
		naam: 'Youssef',
		leeftijd: 10,
		kort: 'Hulp die niet genoeg helpt: dan meld je alsnog (meldnorm 3).',
		verhaal: [
			'Youssef (10) vertelt in de kring dat hij slecht slaapt "omdat papa en mama zo hard praten". Hij is stil geworden en zijn resultaten gaan achteruit.',
			'Een andere ouder vertelt je dat de buren vaak geschreeuw horen.'
		],
		bijStap: {
			stap3:
				'Beide ouders komen. Ze geven toe dat er veel ruzie is sinds vader zijn werk verloor, en schamen zich dat Youssef het hoort. Van slaan is geen sprake, zeggen ze. Ze willen hulp voor hun relatie.',
			'stap4.vraag2':
				'Je weet van harde ruzies, niet van geweld. Er zijn geen eerdere meldingen en de ouders zijn open.',
			'stap4.vraag4': `De ouders gaan naar het wijkteam voor hulp bij hun ruzies; de IB-er houdt contact met Youssef. ${TERMIJN_VANDAAG}`,
			'stap5.hulpLoopt':
				'Bij de evaluatie: het wijkteam vertelt dat de politie twee keer is geweest na een ruzie waarbij vader moeder duwde. Youssef vertelt dat hij zich dan in de kast verstopt.'
		},
		route: [
			...STAP_1_EN_2,
			GESPREK_GEVOERD(
				'Geen gevaar en geen reden om een contactbreuk te vrezen: bespreek je zorgen eerst met de ouders.'
			),
			WEGING,
			AFWEGING_1_JA(
				'Een kind dat steeds harde ruzies hoort en er last van heeft: je hebt een vermoeden van (dreigend) huiselijk geweld.'
			),
			AFWEGING_2_NEE(
				'Op dit moment wijst niets op geweld of op acuut gevaar, en de ouders werken mee. Dan kijk je eerst of hulp mogelijk is.'
			),
			...HULP_OPSTARTEN(
				'Het wijkteam (een ketenpartner) kan de ouders helpen; de IB-er volgt Youssef op school.',
				'De ouders aanvaarden de hulp van het wijkteam. Leg termijn, resultaten, casemanager en taken vast.'
			),
			stap(k('AFWEGING_5', { antwoord: 'nee' }), {
				waarom:
					'De hulp leidde niet tot de afgesproken veiligheid: er is nu zelfs geweld tussen de ouders waar Youssef bij is. Dan meld je (opnieuw) bij Veilig Thuis.',
				bron: BRON.afweging5
			}),
			MELDING_BESPROKEN(
				'De ouders waren open en er is geen reden om te denken dat het bespreken Youssef of moeder in gevaar brengt: bespreek de melding vooraf met hen.'
			),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst: 'Gemeld bij Veilig Thuis (meldnorm 3): de hulp stopte de onveiligheid niet.',
		naar: REF.bijlage1
	},
	{
		id: 'geen-hulp-gewild',
		titel: 'Kiespijn en geen hulp',
		naam: 'Finn',
		leeftijd: 11,
		kort: 'Hulp is mogelijk maar wordt niet aanvaard: dan meld je (meldnorm 2).',
		verhaal: [
			'Finn (11) heeft al weken kiespijn en eet daardoor nauwelijks. Hij ruikt, wordt gepest om zijn kleren en heeft vaak geen eten bij zich.',
			'Een brief over de tandarts van de schoolarts is niet beantwoord.'
		],
		bijStap: {
			stap3:
				'Vader komt. Hij wordt boos: "Wij zorgen prima voor hem, de school moet zich er niet mee bemoeien." Hij zegt niets over de tandarts.',
			'stap4.vraag3':
				'De schoolmaatschappelijk werker en de jeugdverpleegkundige van de GGD kunnen het gezin helpen, bijvoorbeeld met de tandarts.',
			'stap4.vraag4':
				'Je belt vader over de hulp. Hij weigert: geen schoolmaatschappelijk werk, geen GGD. "Laat ons met rust."'
		},
		route: [
			...STAP_1_EN_2,
			GESPREK_GEVOERD(
				'Er is geen acuut gevaar en geen aanwijzing voor een contactbreuk: het gesprek met de ouders komt eerst.'
			),
			WEGING,
			AFWEGING_1_JA(
				'Pijn die niet wordt behandeld, honger en slechte verzorging die aanhouden: je hebt een vermoeden van verwaarlozing.'
			),
			AFWEGING_2_NEE(
				'De zorg is ernstig, maar Finn is niet in direct gevaar en het gaat (nog) niet om ernstige verwaarlozing met blijvende schade. Dan kijk je of hulp mogelijk is.'
			),
			stap(k('AFWEGING_3', { antwoord: 'ja' }), {
				waarom:
					'Met de schoolmaatschappelijk werker en de GGD is effectieve hulp te organiseren. Of die er komt, is de volgende vraag.',
				bron: REF.afweging3
			}),
			stap(k('AFWEGING_4', { antwoord: 'nee' }), {
				waarom:
					'De ouders aanvaarden de hulp niet. Dan meld je bij Veilig Thuis: je kunt de leerling zelf niet voldoende beschermen.',
				bron: BRON.afweging4,
				ookGoed: [k('AFWEGING_4', { antwoord: 'twijfel' })]
			}),
			MELDING_BESPROKEN(
				'Ook bij boze ouders bespreek je de melding vooraf: boosheid alleen is geen reden om af te zien. Overweeg het gesprek met een collega te voeren.'
			),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst: 'Gemeld bij Veilig Thuis (meldnorm 2): hulp niet aanvaard.',
		naar: REF.bijlage2
	},
	{
		id: 'berichtjes',
		titel: 'Berichtjes van een leerkracht',
		naam: 'Iris',
		leeftijd: 12,
		kort: 'Signalen over een medewerker: niet het stappenplan, maar de directeur of het bestuur.',
		verhaal: [
			'Iris (12, groep 8) laat je op haar telefoon berichtjes zien van een leerkracht van school. Hij schrijft dat ze "er mooi uitziet" en vraagt of ze het "tussen hen" wil houden.',
			'Iris vindt het eng en weet niet wat ze moet doen.'
		],
		bijStap: {
			'medewerker.aard':
				'De berichtjes zijn complimenten over haar uiterlijk van een volwassene met macht over haar, met de vraag ze geheim te houden.'
		},
		route: [
			stap(k('SIGNALEN_OVER_MEDEWERKER'), {
				waarom:
					'Het gaat om een medewerker van school. Dan geldt het stappenplan niet: je meldt de signalen bij de directeur of het bevoegd gezag (het bestuur).',
				bron: REF.terAanvulling
			}),
			stap(k('MEDEWERKER_ZEDEN', { antwoord: 'ja' }), {
				waarom:
					'Berichtjes over haar uiterlijk met de vraag het geheim te houden kunnen seksuele intimidatie zijn. Dan heb je een meldplicht bij de directeur of het bestuur; het bevoegd gezag overlegt met de vertrouwensinspecteur en beslist over aangifte.',
				bron: REF.terAanvulling
			})
		],
		einde: 'doorverwezen',
		uitkomst: 'Doorverwezen naar de directeur of het bestuur (meldplicht).',
		naar: REF.terAanvulling
	},
	{
		id: 'riem',
		titel: 'Noor vertelt het zelf',
		naam: 'Noor',
		leeftijd: 11,
		kort: 'Disclosure: een kind vertelt zelf over geweld.',
		verhaal: [
			'In de pauze vertelt Noor (11) je uit zichzelf dat haar stiefvader haar met een riem slaat als haar moeder ’s avonds werkt. Je ziet niets. "Niet tegen mama zeggen, anders wordt het erger," zegt ze.',
			'Je begint een casus voor Noor.'
		],
		bijStap: {
			stap1:
				'Noor vertelt het zelf. Dit hoort niet bij het gewone tempo van stap 1 tot en met 4: gebruik in deze oefening het blok "Acuut onveilig of kind vertelt zelf" onder de stap.',
			'stap5.melden.bespreken':
				'De stiefvader is degene over wie Noor vertelt. Stem met Veilig Thuis af wat je wie vertelt en wanneer.'
		},
		route: [
			stap(k('START_STAPPENPLAN')),
			stap(k('ACUUT', { soort: 'disclosure' }), {
				waarom:
					'Een kind dat uit zichzelf over geweld vertelt, is disclosure: meestal een acute crisis. Je meldt altijd bij Veilig Thuis (meldnorm 1), in zorgvuldige afstemming met Veilig Thuis en het kind.',
				bron: REF.bijlage1
			}),
			stap(k('MELDING_BESPREKEN_OVERSLAAN', { reden: 'veiligheid' }), {
				waarom:
					'De ouders (met de stiefvader over wie Noor vertelt) onvoorbereid inlichten kan het geweld erger maken. Van informeren mag je afzien als de veiligheid van de leerling in het geding is; stem het verdere verloop af met Veilig Thuis.',
				bron: BRON.optieIOverslaan
			}),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst: 'Gemeld bij Veilig Thuis (meldnorm 1: disclosure).',
		naar: REF.bijlage1
	},
	{
		id: 'brandwond',
		titel: 'Een brandwond op de arm',
		naam: 'Levi',
		leeftijd: 5,
		kort: 'Acute onveiligheid: een verwonding die medische zorg nodig heeft.',
		verhaal: [
			'Levi (5) komt binnen met een verse brandwond op zijn onderarm, in de vorm van de punt van een strijkijzer. Hij huilt als je de arm aanraakt.',
			'"Papa was boos," zegt hij zacht.'
		],
		bijStap: {
			stap1:
				'Dit is een verwonding die medische zorg nodig heeft, met een vermoeden dat ze is toegebracht. Gebruik in deze oefening het blok "Acuut onveilig of kind vertelt zelf" onder de stap.',
			'stap5.melden.bespreken':
				'Levi gaat om drie uur naar huis, naar de vader over wie hij vertelt.'
		},
		route: [
			stap(k('START_STAPPENPLAN')),
			stap(k('ACUUT', { soort: 'acuut' }), {
				waarom:
					'Een door geweld toegebrachte verwonding die medische behandeling nodig heeft, is acute onveiligheid: Levi heeft direct bescherming nodig. Meld direct bij Veilig Thuis (bij levensgevaar eerst 112); stap 2 tot en met 4 wachten niet.',
				bron: REF.bijlage1
			}),
			stap(k('MELDING_BESPREKEN_OVERSLAAN', { reden: 'veiligheid' }), {
				waarom:
					'De veiligheid van Levi is in het geding: de vader eerst inlichten kan hem in gevaar brengen. Daarom mag je afzien van het vooraf informeren; Veilig Thuis bepaalt mee wat er nu gebeurt.',
				bron: BRON.optieIOverslaan
			}),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst: 'Gemeld bij Veilig Thuis (meldnorm 1: acute onveiligheid).',
		naar: REF.bijlage1
	},
	{
		id: 'weer-een-andere-school',
		titel: 'Weer naar een andere school',
		naam: 'Ayla',
		leeftijd: 8,
		kort: 'Het gesprek overslaan met een wettelijke reden: het risico op een contactbreuk.',
		verhaal: [
			'Ayla (8) mist veel lessen: dit schooljaar al zeven weken, telkens "ziek" zonder briefje. Als ze er is, is ze mager en moe en heeft ze honger.',
			'Uit haar dossier blijkt dat het gezin twee keer van school wisselde, telkens kort nadat een school zorgen had geuit. Vorige week zei moeder bij het hek: "Als jullie je ermee gaan bemoeien, gaat ze gewoon weer naar een andere school."'
		],
		bijStap: {
			stap3:
				"Je overlegt met de aandachtsfunctionaris of je het gesprek met de ouders voert. Twee eerdere scholen verloren Ayla uit het zicht na zo'n gesprek.",
			'stap4.vraag2':
				'Hoog verzuim dat al lang duurt, een kind dat steeds mager en hongerig is en een gezin dat uit beeld raakt zodra er zorgen zijn: herhaling en voortduren.',
			'stap5.melden.bespreken': 'Niets wijst erop dat de dreiging van moeder is veranderd.'
		},
		route: [
			...STAP_1_EN_2,
			stap(k('GESPREK_OVERSLAAN', { reden: 'contactbreuk' }), {
				waarom:
					'Je hebt goede redenen om te denken dat de ouders door het gesprek het contact verbreken (moeder zei het zelf, en het gebeurde twee keer eerder), waardoor Ayla niet meer beschermd kan worden. Dat is een van de twee redenen om zonder gesprek te melden.',
				bron: BRON.stap3Overslaan
			}),
			WEGING,
			AFWEGING_1_JA(
				'Aanhoudend verzuim, honger en een gezin dat wegvlucht bij zorgen: je hebt een vermoeden. Na een overgeslagen gesprek kun je ook niet afsluiten zonder melding.'
			),
			stap(k('AFWEGING_2', { antwoord: 'ja' }), {
				waarom:
					'Hoog schoolverzuim en verwaarlozing die voortduren zijn voorbeelden van structurele onveiligheid. Dan meld je direct bij Veilig Thuis.',
				bron: REF.bijlage1,
				ookGoed: [k('AFWEGING_2', { antwoord: 'twijfel' })]
			}),
			stap(k('MELDING_BESPREKEN_OVERSLAAN', { reden: 'contactbreuk' }), {
				waarom:
					'Dezelfde reden geldt bij de melding: als je goede redenen hebt om te denken dat de ouders het contact verbreken, mag je afzien van het vooraf informeren.',
				bron: BRON.optieIOverslaan
			}),
			GEMELD
		],
		einde: 'stap5.gemeld',
		uitkomst: 'Gemeld bij Veilig Thuis zonder gesprek vooraf (reden: risico op contactbreuk).',
		naar: REF.bijlage1
	}
];

export function oefencasus(id: string): Oefencasus | undefined {
	return OEFENCASUSSEN.find((c) => c.id === id);
}
