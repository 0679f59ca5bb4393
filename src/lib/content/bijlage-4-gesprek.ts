/**
 * The conversation with parents and/or pupil.
 *
 * - Preparation help: bijlage 4 of the meldcode (itself from NJi, "In gesprek met kind en
 *   ouders"), shortened to what a teacher needs before and after the conversation.
 * - The agenda of stap 3 (4 points), the agenda of the conversation about a melding (stap 5,
 *   optie I, 5 points) and the two reasons to skip either conversation (stap 3 and stap 5).
 */
import { REF, type SourceRef } from './source.js';
import type { Punt } from './types.js';

export const GESPREK_INLEIDING = {
	titel: 'Het gesprek met ouders en kind',
	alineas: [
		'In stap 3 bespreek je je zorgen met de ouders en/of het kind, en tegelijk wil je de relatie goed houden. Zij hebben niet om jouw bemoeienis gevraagd. Laat dus zien dat je te vertrouwen bent, naast hen staat en iets voor ze kunt betekenen, juist als het thuis misschien niet veilig is.',
		'Een goede samenwerkingsrelatie is een van de belangrijkste voorwaarden om het thuis veiliger te maken. Je houding telt, het doel moet helder zijn en een goede voorbereiding helpt.',
		'De uitgangspunten hieronder komen uit Signs of Safety, een oplossingsgerichte werkwijze die onder meer Veilig Thuis en de Raad voor de Kinderbescherming gebruiken. Ze gelden voor het contact met ouders én met kinderen.'
	],
	herkomst: "NJi, 'In gesprek met kind en ouders'.",
	ref: REF.bijlage4
} as const;

// ---------------------------------------------------------------------------------------------
// Doel en grenzen

export const DOEL_VAN_HET_GESPREK: readonly Punt[] = [
	{
		id: 'zorgen-bespreken',
		tekst:
			'Je zorgen bespreekbaar maken, naar aanleiding van signalen en vermoedens van kindermishandeling of huiselijk geweld.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'open-sfeer',
		tekst: 'In een open sfeer, waarin de (vertrouwens)relatie met kind of ouders heel blijft.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'ruimte-voor-hun-verhaal',
		tekst:
			'Met ruimte voor het verhaal van kind of ouders, zodat je beter ziet hoe de situatie is en hoe zij die beleven.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'ernst-inschatten',
		tekst:
			'Zodat je beter kunt inschatten hoe ernstig het is: hoe veilig of onveilig is het voor het kind?',
		ref: REF.bijlage4Doel
	},
	{
		id: 'wat-moet-er-gebeuren',
		tekst:
			'Zodat je een beeld krijgt van wat er zou moeten gebeuren, volgens jou en volgens kind of ouders.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'draagvlak-vervolg',
		tekst: 'Zodat er draagvlak is voor een volgend contact.',
		ref: REF.bijlage4Doel
	}
];

export const WAT_HET_GESPREK_OPLEVERT: Punt = {
	id: 'informatie-voor-volgende-stappen',
	tekst:
		'Het gesprek moet je de informatie geven voor de volgende stappen: wegen of er mogelijk sprake is van kindermishandeling of huiselijk geweld, en beslissen of je zelf hulp kunt organiseren of een melding moet doen bij Veilig Thuis.',
	ref: REF.bijlage4Doel
};

/** What is not your task in this conversation. */
export const GRENZEN_AAN_JE_TAAK: readonly Punt[] = [
	{
		id: 'niet-vaststellen',
		titel: 'Vaststellen wat er is gebeurd',
		tekst:
			'Je hoeft niet vast te stellen of er echt sprake is (geweest) van kindermishandeling of huiselijk geweld. Dat is de taak van Veilig Thuis, de Raad voor de Kinderbescherming en de politie.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'niet-beoordelen',
		titel: 'Ouders beoordelen',
		tekst:
			'Je hoeft ouders niet te beoordelen. Vaak weet je nog te weinig van een gezin om te oordelen, laat staan te veroordelen. Wie (ver)oordeelt, loopt het risico het partnerschap met het gezin te verliezen.',
		ref: REF.bijlage4Doel
	},
	{
		id: 'niet-meteen-oplossen',
		titel: 'Het probleem meteen oplossen',
		tekst:
			'Je hoeft het probleem niet meteen op te lossen. Is er acute, ernstige onveiligheid (zoals seksueel misbruik of ernstig lichamelijk geweld), dan moet er wel direct veiligheid komen. Dat doe je nooit alleen: daarvoor heb je bijvoorbeeld Veilig Thuis en de politie nodig. Meestal kun je in een rustiger tempo met ouders en/of kind praten.',
		ref: REF.bijlage4Doel
	}
];

// ---------------------------------------------------------------------------------------------
// Houding: partnerschap

export interface Uitgangspunt {
	readonly id: string;
	readonly titel: string;
	readonly tekst: string;
	/** Example phrasings from the source, lightly shortened. */
	readonly voorbeeldvragen: readonly string[];
	readonly ref: SourceRef;
}

export const UITGANGSPUNTEN_PARTNERSCHAP: readonly Uitgangspunt[] = [
	{
		id: 'respecteer',
		titel: 'Respecteer ouders en jongeren',
		tekst:
			'Ouders en jongeren werken eerder mee als ze zich gezien en gerespecteerd voelen. Wees open, eerlijk, belangstellend en niet-veroordelend. Wees je bewust van je eigen normen en waarden: dat ouders het anders doen dan jij, betekent niet dat het slecht is. Waar jullie anders denken over wat goed is voor het kind, kan het gesprek over gaan.',
		voorbeeldvragen: [
			'Waarom is dit zo belangrijk voor u als ouders?',
			'Wat betekent dit voor uw kind? En voor de veiligheid?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'persoon-niet-mishandeling',
		titel: 'Werk samen met de persoon, niet met de mishandeling',
		tekst:
			'Gedrag dat een kind onveilig maakt keur je niet goed. Maar daarmee wijs je niet de hele persoon af: je werkt juist met die persoon samen om het gedrag te veranderen, ook als de culturele of levensbeschouwelijke achtergrond anders is dan de jouwe.',
		voorbeeldvragen: [
			'U heeft thuis regels die belangrijk voor u zijn. Hoe zorgt u dat uw kind die respecteert, zonder dat u hoeft te slaan?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'zie-wat-goed-gaat',
		titel: 'Zie ook wat goed gaat',
		tekst:
			'In geen enkel gezin is het altijd en overal onveilig. Kijk niet alleen naar problemen, maar ook naar wat goed gaat, en zoek de uitzonderingen. Geef complimenten: noem het gedrag én het effect ervan. Gebruik die sterke kanten om de zorgen kleiner te maken.',
		voorbeeldvragen: [
			'Wanneer gaat het thuis wel goed?',
			'Wat goed dat u ook leuke dingen met uw kind doet!'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'kind-centraal',
		titel: 'Zet de veiligheid en het welzijn van het kind centraal',
		tekst:
			'De meeste ouders willen het beste voor hun kind: dat belang delen jullie. Het is voor ouders soms moeilijk om te zien dat hun gedrag niet goed is voor hun kind. Wees daar duidelijk over, zonder te veroordelen. Alleen een verbod uitspreken maakt het kind niet veiliger.',
		voorbeeldvragen: [
			'Wie kan er voor uw kind zorgen als het hulp nodig heeft, op de momenten dat u dat zelf niet goed kunt?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'details-en-uitzonderingen',
		titel: 'Vraag door naar details en uitzonderingen',
		tekst:
			'Oplossingen komen uit details, nooit uit algemeenheden. Maak de onveiligheid of verwaarlozing zo concreet mogelijk en bespreek die in kleine stukjes.',
		voorbeeldvragen: [
			'Hoe komt het dat uw kind soms geen eten mee heeft naar school? Hoe vaak is dat?',
			'Soms lukt het dus wel. Hoe komt het dat het dan lukt?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'wat-wil-de-ouder',
		titel: 'Vraag wat de ouder of jongere zelf wil',
		tekst:
			'Het wordt thuis alleen veiliger als ouders ervan overtuigd zijn dat het nodig is en willen meewerken. Vraag wat zij willen bereiken of veranderen, en stem je eigen doelen daarop af.',
		voorbeeldvragen: [
			'Wat zou u willen veranderen om het thuis beter te maken? Wat betekent dat voor uw kind?',
			'Wat heeft u nodig om dat te doen? Wie kan u daarbij helpen?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'bied-keuzes',
		titel: 'Bied keuzes',
		tekst:
			'Eén oplossing die een ander oplegt voelt al snel als dwang. Er zijn bijna altijd meerdere mogelijkheden: laat ouders daarover nadenken en zelf kiezen.',
		voorbeeldvragen: [
			'Hoe zorgen we dat uw kind niet alleen naar school gaat als u te moe bent? Wie kan daarbij helpen: uw partner, de buurvrouw, wie nog meer?'
		],
		ref: REF.bijlage4Partnerschap
	},
	{
		id: 'kleine-stappen',
		titel: 'Werk aan kleine veranderingen',
		tekst:
			'Een groot probleem los je niet in één keer op. Kleine stappen zijn makkelijker, lukken vaker, en succes motiveert voor de volgende stap.',
		voorbeeldvragen: [
			'Wat goed dat het gelukt is om uw kind zelf naar school te brengen! Zullen we kijken hoe dat vaker kan? Wie kan daarbij helpen?'
		],
		ref: REF.bijlage4Partnerschap
	}
];

/** Questions that strengthen the partnership (from the Vraagkrachtwijzer, via bijlage 4). */
export const VRAGEN_VOOR_PARTNERSCHAP: readonly Punt[] = [
	{
		id: 'wat-vindt-u-prettig',
		tekst: 'Wat vindt u prettig aan de manier waarop ik met u omga?',
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'wat-is-nodig-voor-vertrouwen',
		tekst: 'Wat is er nodig om vertrouwen te hebben in een goede samenwerking?',
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'wat-is-uw-doel',
		tekst: 'Mijn doel is dat uw kinderen veiliger zijn. Wat is uw doel?',
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'wat-moet-ik-doen',
		tekst: 'Als we goed samenwerken, wat wilt u dan dat ik doe?',
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'wat-moet-ik-niet-doen',
		tekst: 'Wat moet ik volgens u in elk geval niet doen?',
		ref: REF.bijlage4Voorbeelden
	}
];

// ---------------------------------------------------------------------------------------------
// Voorbereiding

export const INHOUDELIJKE_VOORBEREIDING: readonly Punt[] = [
	{
		id: 'wat-weet-je-al',
		titel: 'Wat weet je al?',
		tekst:
			'Zet op een rij wat je al weet: je zorgen, maar ook wat goed gaat. Dat zet je zorgen in perspectief, en kunnen benoemen wat goed gaat is belangrijk voor de relatie met ouders.',
		ref: REF.bijlage4Inhoud
	},
	{
		id: 'concreet',
		titel: 'Maak het concreet',
		tekst:
			"Beschrijf je zorgen zo concreet mogelijk. 'Zorgen' is niet concreet; 'drie keer per week geen eten mee naar school' wel. Details geven ook kansen voor kleine veranderingen.",
		ref: REF.bijlage4Inhoud
	},
	{
		id: 'feiten-niet-meningen',
		titel: 'Feiten, geen meningen',
		tekst:
			'Houd het feitelijk. Het gaat niet om wat jij ervan vindt, maar om feiten die mogelijk schadelijk zijn voor het kind.',
		ref: REF.bijlage4Inhoud
	},
	{
		id: 'wat-wil-je-vragen',
		titel: 'Wat wil je vragen?',
		tekst:
			'Je weet veel niet, dus je zult veel moeten vragen. Bedenk vooraf je vragen. Vraag ook naar wat goed gaat, waar ouders trots op zijn en wat ouders en kind zelf zouden willen veranderen.',
		ref: REF.bijlage4Inhoud
	},
	{
		id: 'wat-wil-je-bereiken',
		titel: 'Wat wil je bereiken?',
		tekst:
			'Eén gesprek lost een onveilige situatie niet op: stel jezelf kleine, haalbare doelen. Het gesprek moet je in elk geval helpen bij de volgende stap: wegen, en beslissen of je zelf hulp kunt organiseren of moet melden bij Veilig Thuis. Die beslissing neem je soms zelf, soms na overleg met een collega.',
		ref: REF.bijlage4Inhoud
	}
];

export const PRAKTISCHE_VOORBEREIDING_INLEIDING: Punt = {
	id: 'initiatief',
	tekst:
		'Meestal neem jij het initiatief tot het gesprek, omdat jij je zorgen maakt. Dan kun je je voorbereiden. Ook als een kind of ouder het initiatief neemt, heb je meestal nog wat tijd om je voor te bereiden.',
	ref: REF.bijlage4Praktisch
};

export const PRAKTISCHE_VOORBEREIDING: readonly Punt[] = [
	{
		id: 'uitnodiging',
		titel: 'Uitnodigen',
		tekst:
			"Nodig bij voorkeur mondeling of telefonisch uit; een brief is afstandelijker. Gebruik neutrale woorden en vermijd termen als 'verwaarlozing' of 'kindermishandeling'. Bijvoorbeeld: 'Ik wil graag met u praten over hoe het met uw kind gaat. Ik maak me een beetje zorgen of het goed in zijn vel zit. Ik hoor graag hoe u dat ziet en of we samen iets voor uw kind kunnen doen.'",
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'binnen-een-week',
		titel: 'Niet te lang wachten',
		tekst:
			'Laat niet te veel tijd zitten tussen de uitnodiging en het gesprek: bij voorkeur niet meer dan een week.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'veiligheid',
		titel: 'Veiligheid',
		tekst:
			"Verwacht je agressie van de ouders? Voer het gesprek dan samen met een collega. Zoek de juiste toon en de-escaleer. Je kunt aan het begin al afspreken wat jullie doen als het misgaat, of tijdens het gesprek benoemen wat je ziet: 'Ik zie dat u heel boos bent. Wat kunnen we doen zodat we straks weer rustig verder kunnen praten?'",
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'beide-ouders',
		titel: 'Beide ouders',
		tekst:
			'Dragen twee ouders samen de verantwoordelijkheid voor de opvoeding (ook bij co-ouderschap), nodig ze dan allebei uit, tenzij er redenen zijn om dat niet te doen. Beide ouders zijn nodig om de situatie thuis te verbeteren.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'gescheiden-ouders',
		titel: 'Gescheiden ouders',
		tekst:
			'Bij gescheiden ouders met een omgangsregeling spreek je in elk geval de ouder bij wie het kind woont. Overleg zo nodig hoe de andere ouder wordt ingelicht, en door wie.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'eerst-ouders',
		titel: 'Eerst de ouders',
		tekst:
			'Ouders zijn verantwoordelijk voor de opvoeding, dus spreek je hen in principe eerst. Praat je buiten hen om of tegen hun wil eerst met het kind, dan verlies je vaak het partnerschap met de ouders. Uitzonderingen zijn mogelijk, zeker op school waar je vooral met kinderen werkt, of als een kind zelf vraagt om met je te praten: dan is de wens van het kind leidend.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'locatie',
		titel: 'Plek',
		tekst: 'Kies een plek waar je ongestoord kunt praten en waar iedereen zich veilig kan voelen.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'tijd',
		titel: 'Tijd',
		tekst:
			'Kies een geschikt moment en zorg dat jij en de ouders genoeg tijd hebben: voor een gesprek met ouders een uur, met ruimte om uit te lopen.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'nazorg',
		titel: 'Na het gesprek',
		tekst:
			'Bedenk vooraf of er na het gesprek iemand moet zijn om kind of ouders te steunen of voor veiligheid te zorgen. Check dat in het gesprek.',
		ref: REF.bijlage4Praktisch
	},
	{
		id: 'tolk',
		titel: 'Tolk',
		tekst:
			'Spreekt een ouder of kind niet goed Nederlands? Zorg dan dat er een tolk is, en laat niet het kind of een ander familielid tolken.',
		ref: REF.bijlage4Praktisch
	}
];

// ---------------------------------------------------------------------------------------------
// Terugblik: hoe ging het gesprek?

export interface Terugblik {
	readonly id: string;
	/** How the conversation went. */
	readonly situatie: string;
	/** Questions to ask yourself. */
	readonly checkvragen: readonly string[];
	readonly ref: SourceRef;
}

export const TERUGBLIK_OP_HET_GESPREK: readonly Terugblik[] = [
	{
		id: 'ouders-opgelucht',
		situatie: 'Ouders zijn opgelucht. Ze voelen zich gehoord en willen iets aan de situatie doen.',
		checkvragen: [
			'Wat deed je waardoor ouders zich opgelucht voelen?',
			'Heb je goed geluisterd, aandacht gehad voor wat goed gaat en complimenten gegeven?',
			'Heb je gevraagd waar ouders zich zelf zorgen over maken, wat zij willen veranderen en welke ideeën ze daarover hebben?',
			'Heb je na afloop gevraagd hoe ze het gesprek vonden en waarover ze tevreden zijn?'
		],
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'ouders-boos',
		situatie: 'Ouders worden boos. Ze voelen zich niet gehoord of aangevallen, of ze ontkennen.',
		checkvragen: [
			'Heb je echt geluisterd? Ken je hun kijk op de situatie thuis?',
			'Voelen ouders zich door jou gerespecteerd als persoon, of veroordeeld?',
			'Heb je ook benoemd wat thuis goed gaat en hen daarmee gecomplimenteerd, of alleen wat er fout gaat?',
			'Heb je gevraagd wat hun zorgen zijn, en wat zij graag zouden willen veranderen?'
		],
		ref: REF.bijlage4Voorbeelden
	},
	{
		id: 'ouders-geen-vertrouwen',
		situatie: 'Ouders hebben er geen vertrouwen in, of doen niet wat is afgesproken.',
		checkvragen: [
			'Heb je gevraagd wat ouders willen en hoe dat de situatie kan verbeteren?',
			'Heb je keuzes aangeboden? Begrijpen ze wat je wilt en waarom?',
			'Heb je nagevraagd in welke oplossing ze wel vertrouwen hebben, en of ze denken dat ze het kunnen?',
			'Heb je gekeken naar kleine stappen waarin ouders kunnen slagen?'
		],
		ref: REF.bijlage4Voorbeelden
	}
];

// ---------------------------------------------------------------------------------------------
// Stap 3: het gesprek over de signalen

export const GESPREK_STAP_3 = {
	wie: {
		id: 'wie-voert-het-gesprek',
		titel: 'Wie voert het gesprek?',
		tekst:
			'Spreek vooraf af wie het gesprek voert. Dat kan per situatie verschillen: de directeur, de intern begeleider, de interne vertrouwenspersoon, de coördinator sociale veiligheid en/of de leerkracht zelf.',
		ref: REF.stap3
	},
	ondersteuning: {
		id: 'ondersteuning',
		titel: 'Hulp bij het gesprek',
		tekst:
			'Heb je hulp nodig bij het voorbereiden of voeren van het gesprek? Vraag de aandachtsfunctionaris van je organisatie en/of Veilig Thuis.',
		ref: REF.stap3
	},
	vastleggen: {
		id: 'vastleggen',
		titel: 'Vastleggen',
		tekst: 'Leg het gesprek schriftelijk vast in het leerlingvolgsysteem.',
		ref: REF.stap3
	}
} as const satisfies Record<string, Punt>;

/** The agenda of the conversation in stap 3, in this order. */
export const AGENDA_STAP_3: readonly Punt[] = [
	{
		id: 'doel-uitleggen',
		tekst: 'Leg uit wat het doel van het gesprek is.',
		ref: REF.stap3
	},
	{
		id: 'feiten-beschrijven',
		tekst: 'Beschrijf de feiten die je hebt vastgesteld en wat je hebt gezien en gehoord.',
		ref: REF.stap3
	},
	{
		id: 'reactie-vragen',
		tekst: 'Nodig ouders en/of leerling uit om daarop te reageren.',
		ref: REF.stap3
	},
	{
		id: 'pas-dan-interpretatie',
		tekst:
			'Pas na die reactie, als het nodig en mogelijk is: vertel hoe jij uitlegt wat je hebt gezien, gehoord en waargenomen.',
		ref: REF.stap3
	}
];

// ---------------------------------------------------------------------------------------------
// Stap 5, optie I: het gesprek over de melding

export const GESPREK_OVER_MELDING = {
	wanneer: {
		id: 'vooraf-bespreken',
		tekst:
			'Bespreek de melding vooraf met de ouders en/of de leerling (vanaf 12 jaar). Heb je hulp nodig bij het voorbereiden of voeren van dit gesprek? Vraag de aandachtsfunctionaris van je organisatie en/of Veilig Thuis.',
		ref: REF.stap5OptieI
	},
	vastleggen: {
		id: 'vastleggen',
		tekst:
			'Leg alle acties, afwegingen, gevolgen en vervolgstappen schriftelijk vast in het leerlingvolgsysteem.',
		ref: REF.stap5OptieI
	}
} as const satisfies Record<string, Punt>;

/** The agenda of the conversation about a melding, in this order. */
export const AGENDA_GESPREK_MELDING: readonly Punt[] = [
	{
		id: 'waarom-melden',
		tekst:
			'Leg uit waarom je van plan bent te melden bij Veilig Thuis, en wat je daarmee wilt bereiken.',
		ref: REF.stap5OptieI
	},
	{
		id: 'reactie-vragen',
		tekst: 'Vraag uitdrukkelijk om een reactie.',
		ref: REF.stap5OptieI
	},
	{
		id: 'bezwaren-tegemoetkomen',
		tekst: 'Zijn er bezwaren? Overleg hoe je daaraan tegemoet kunt komen.',
		ref: REF.stap5OptieI
	},
	{
		id: 'bezwaren-afwegen',
		tekst:
			'Lukt dat niet, weeg de bezwaren dan af tegen de noodzaak om de leerling of het gezin te beschermen. Betrek daarbij wat voor geweld het is, hoe ernstig het is, en hoe nodig het is om de leerling of het gezin met een melding te beschermen.',
		ref: REF.stap5OptieI
	},
	{
		id: 'melden-als-bescherming-voorgaat',
		tekst:
			'Doe de melding als volgens jouw oordeel de bescherming van de leerling of het gezin de doorslag moet geven.',
		ref: REF.stap5OptieI
	}
];

// ---------------------------------------------------------------------------------------------
// Wanneer je het gesprek mag overslaan

export const UITZONDERINGEN_INLEIDING: Punt = {
	id: 'alleen-als',
	tekst:
		'Melden zonder de signalen eerst met ouders en/of leerling te bespreken (stap 3), of zonder hen over de melding te informeren (stap 5), mag alleen als:',
	ref: REF.stap3,
	zieOok: [REF.stap5OptieI]
};

/** The two reasons (stap 3 and stap 5) to report without talking to parents and/or pupil first. */
export const UITZONDERINGEN_ZONDER_GESPREK: readonly Punt[] = [
	{
		id: 'veiligheid-in-gevaar',
		tekst: 'de veiligheid van de leerling, van jou of van iemand anders in gevaar komt; of',
		ref: REF.stap3,
		zieOok: [REF.stap5OptieI]
	},
	{
		id: 'contact-verbroken',
		tekst:
			'je goede redenen hebt om aan te nemen dat ouders of leerling daardoor het contact met je verbreken, zodat je de leerling niet meer goed kunt beschermen.',
		ref: REF.stap3,
		zieOok: [REF.stap5OptieI]
	}
];
