/**
 * Help texts for stap 5 and 6 (help, safety plan, aftercare), from seed 003: the NJi page
 * "Samen werken aan veiligheid en herstel". Written for school staff, who are usually one link
 * in a shared plan rather than the ones giving the help.
 *
 * The source's links to further reading were lost in the text extraction; they are not
 * reproduced. The named contact person of the source page is left out.
 */
import { REF } from './source.js';
import type { Tekstblok } from './types.js';

export const SAMEN_WERKEN: Tekstblok = {
	id: 'samen-werken',
	titel: 'Samen werken aan veiligheid en herstel',
	kort: 'Je zorgt zelden alleen voor een veilige situatie: je bent een schakel in één gezamenlijk plan.',
	alineas: [
		'Professionals, ouders en andere betrokkenen werken samen aan één doel: dat kinderen zich (weer) veilig en kansrijk kunnen ontwikkelen, met blijvende veiligheid en waar nodig herstel.',
		'Je zet je deskundigheid in voor het gezin. Het gezin houdt zo veel mogelijk zelf de regie, en beslissingen zijn passend en zo min mogelijk ingrijpend. Dat vraagt dat je echt beschikbaar en bereikbaar bent op de momenten dat het nodig is, soms lange tijd.'
	],
	punten: [],
	ref: REF.njiInleiding
};

export const BESLISSEN_OVER_HULP: Tekstblok = {
	id: 'beslissen-over-hulp',
	titel: 'Beslissen over hulp',
	kort: 'Eerst samen de situatie analyseren, dan samen met het gezin beslissen welke hulp nodig is en wie die geeft.',
	alineas: [
		'Voordat je samen kunt bepalen welke hulp nodig is en wie die het best kan geven, maak je samen een volledige analyse van de situatie van het gezin. Je weegt de risicofactoren, de beschermende factoren en de veiligheid. Ieder brengt zijn eigen kijk in. Samen beslis je of er acute of structurele onveiligheid is, of een risico daarop in de toekomst.',
		'Je gebruikt daarbij het afwegingskader van de meldcode. Je kijkt ook naar eerdere onveilige situaties en naar het effect van de beslissingen die toen zijn genomen.',
		'Op basis daarvan bepaal je samen met het gezin welke hulp nodig is en wie die geeft. Is er acute of structurele onveiligheid, dan doe je dat ook samen met Veilig Thuis.'
	],
	punten: [
		{
			id: 'een-gezamenlijk-doel',
			titel: 'Goede hulp: één doel',
			tekst:
				'Alle betrokken professionals werken met ouders en kinderen aan één gezamenlijk doel: het geweld stoppen en de veiligheid blijvend herstellen.',
			ref: REF.njiVoorwaarden
		},
		{
			id: 'gezamenlijk-plan',
			titel: 'Goede hulp: één plan',
			tekst:
				'Er is een gezamenlijke analyse en een plan met doelen en evaluatiemomenten, op maat gemaakt met álle betrokkenen in het gezin. De doelen van begeleiding en hulp zijn helder.',
			ref: REF.njiVoorwaarden
		},
		{
			id: 'afspraken-regie',
			titel: 'Goede hulp: duidelijke regie',
			tekst:
				'Zijn er meerdere professionals betrokken, dan zijn er afspraken over de samenwerking en over wie de regie heeft over de veiligheid en de hulp.',
			ref: REF.njiVoorwaarden
		}
	],
	ref: REF.njiBeslissen
};

export const GOEDE_HULP: Tekstblok = {
	id: 'goede-hulp',
	titel: 'Goede hulp in drie delen',
	kort: 'Eerst veiligheid nu, dan veiligheid voor de lange termijn, en zo vroeg mogelijk werken aan herstel.',
	alineas: [],
	punten: [
		{
			id: 'eerst-korte-termijn',
			tekst: 'Eerst samen zorgen voor veiligheid op de korte termijn, en die vasthouden.',
			ref: REF.njiGoedeHulp
		},
		{
			id: 'dan-lange-termijn',
			tekst: 'Daarna samen werken aan veiligheid op de lange termijn.',
			ref: REF.njiGoedeHulp
		},
		{
			id: 'zo-vroeg-mogelijk-herstel',
			tekst:
				'Zo vroeg mogelijk samen werken aan herstel en aan minder ernstige, langdurige stress, om verdere schade te voorkomen.',
			ref: REF.njiGoedeHulp
		}
	],
	ref: REF.njiGoedeHulp
};

export const VEILIGHEID_KORTE_TERMIJN: Tekstblok = {
	id: 'veiligheid-korte-termijn',
	titel: 'Veiligheid op de korte termijn',
	kort: 'De mishandeling stoppen, slachtoffers beschermen en het gezin direct ontlasten, met een gezamenlijk veiligheidsplan.',
	alineas: [
		'Veiligheid op de korte termijn (directe veiligheid) betekent: de kindermishandeling en onveiligheid stoppen en de slachtoffers beschermen.',
		'Het gaat ook om het gezin direct ontlasten: bronnen van stress aanpakken (zoals geldzorgen of het regelen van andere woonruimte), praktisch helpen, een werkrelatie opbouwen en motiveren om hulp te aanvaarden.',
		"In deze fase past een veiligheidsplan dat je samen opstelt. Een voorbeeld is het veiligheidsplan van Signs of Safety: alle betrokkenen bepalen samen hoe 'voldoende veilig' eruitziet en wat er nodig is om dat te bereiken.",
		'Heeft een kind letsel, dan is goed onderzoek daarnaar in deze fase belangrijk: het kan forensische feiten opleveren die later bijdragen aan de veiligheid. Dat onderzoek doen deskundigen, niet de school.',
		'Soms is er een tijdelijk huisverbod of een (voorlopige) ondertoezichtstelling nodig om de onveiligheid te stoppen.'
	],
	punten: [
		{
			// Issue 13, rule 9: 003 speaks of examining injury; for a school 004 draws the line.
			id: 'letsel-niet-zelf',
			titel: 'Letsel onderzoekt de school niet zelf',
			tekst:
				"Beoordeel of onderzoek letsel niet zelf en stem je zorgen erover af met Veilig Thuis; die kan forensisch-medische deskundigen inschakelen. Maak geen foto's van letsel en neem een kind niet mee naar een arts of verpleegkundige zonder toestemming van de ouders of Veilig Thuis. Alleen spoedeisende zorg na een ongeluk of bij een ernstige verwonding regel je meteen.",
			ref: REF.bijlage7
		}
	],
	ref: REF.njiKorteTermijn
};

export const VEILIGHEID_LANGE_TERMIJN: Tekstblok = {
	id: 'veiligheid-lange-termijn',
	titel: 'Veiligheid op de lange termijn',
	kort: 'Als het nu veilig is, werk je met het gezin aan oplossingen die blijven werken.',
	alineas: [
		'Is de veiligheid op korte termijn bereikt, dan heeft het gezin ruimte om na te denken over oplossingen voor de langere termijn die bij hen passen.',
		'Met een risicotaxatie en een hulpverleningsplan wordt gewerkt aan stabiele veiligheid. Je helpt het gezin, meestal samen met anderen, om beschermende factoren te versterken en risicofactoren weg te nemen of te verminderen. Denk aan sterker contact met belangrijke mensen om het gezin heen, of aan goede hulp voor de pleger.'
	],
	punten: [],
	ref: REF.njiLangeTermijn
};

export const HERSTEL: Tekstblok = {
	id: 'herstel',
	titel: 'Herstel',
	kort: 'Zo vroeg mogelijk werken aan herstel voorkomt verdere schade. Een betrouwbare volwassene, ook op school, maakt veel verschil.',
	alineas: [
		'Kindermishandeling en onveiligheid geven ernstige en langdurige stress bij iedereen die erbij betrokken is, en kunnen daardoor op korte en lange termijn ernstige schade veroorzaken. Werk je zo vroeg mogelijk aan herstel en aan minder stress, dan voorkom je verdere schade.',
		'Steun van een betrouwbare volwassene is heel belangrijk voor de veerkracht en het herstel van kinderen. Als kinderen thuis, op school en op de sportclub traumasensitief worden benaderd, maakt dat een groot verschil. Een voorbeeld van traumasensitief samenwerken is Handle with care.',
		'Vraag kinderen en jongeren naar mogelijke ingrijpende ervaringen: zo voorkom je dat posttraumatische stress leidt tot chronische klachten. Bij klachten van posttraumatische stress zijn traumagerichte cognitieve gedragstherapie (TF-CGT) en EMDR effectieve behandelingen.'
	],
	punten: [
		{
			id: 'zelfredzaamheid',
			titel: 'Zelfredzaamheid versterken',
			tekst: 'Beter leren omgaan met nare gedachten en gevoelens.',
			ref: REF.njiHerstel
		},
		{
			id: 'minder-impact-verleden',
			titel: 'Minder last van het verleden',
			tekst: 'Minder nare gedachten en gevoelens bij het terugdenken aan wat er is gebeurd.',
			ref: REF.njiHerstel
		},
		{
			id: 'veerkracht',
			titel: 'Veerkracht vergroten',
			tekst:
				'Na een ernstige tegenslag kunnen terugveren en verder groeien. Dat leer je meestal in contact met anderen.',
			ref: REF.njiHerstel
		}
	],
	ref: REF.njiHerstel
};

export const SAMENWERKEN_MET_HET_GEZIN: Tekstblok = {
	id: 'samenwerken-met-het-gezin',
	titel: 'Samenwerken met het gezin',
	kort: 'Kijk regelmatig kritisch naar je eigen rol in de samenwerking met het gezin.',
	alineas: [
		'Werk je samen met ouders aan een veilige situatie voor het kind, sta dan regelmatig stil bij je eigen handelen. Deze vragen helpen daarbij.'
	],
	punten: [
		{
			id: 'duidelijk-wat-moet-veranderen',
			tekst: 'Ben ik duidelijk tegen de ouders of opvoeders over wat er concreet moet veranderen?',
			ref: REF.njiGezin
		},
		{
			id: 'zie-ik-het-kind',
			tekst: 'Zie ik het kind in het gezin, en praat ik met hem of haar?',
			ref: REF.njiGezin
		},
		{
			id: 'wat-is-wel-veilig',
			tekst: 'Weet ik wat er wél veilig is in het gezin, en bespreek ik dat met het gezin?',
			ref: REF.njiGezin
		},
		{
			id: 'netwerk',
			tekst: 'Moedig ik het gezin aan om mensen om zich heen in te schakelen?',
			ref: REF.njiGezin
		},
		{
			id: 'samenwerking-professionals',
			tekst:
				'Hoe werk ik samen met andere professionals rond het gezin? Is duidelijk wie waarvoor verantwoordelijk is, en vooral wie op de veiligheid in het gezin let?',
			ref: REF.njiGezin
		},
		{
			id: 'steun-organisatie',
			tekst: 'Ben ik hier voldoende voor toegerust, en krijg ik genoeg steun van mijn organisatie?',
			ref: REF.njiGezin
		}
	],
	ref: REF.njiGezin
};

export const SAMENWERKEN_MET_PROFESSIONALS: Tekstblok = {
	id: 'samenwerken-met-professionals',
	titel: 'Samenwerken met andere professionals',
	kort: 'Doe wat nodig is voor dít kind in dít gezin, ook als dat buiten je eigen vak ligt.',
	alineas: [
		'Zolang er geen blijvende veiligheid is, blijven gezinnen in ingewikkelde situaties vaak jarenlang, soms generaties lang, in beeld bij zorg, jeugdbescherming en justitie.',
		'Je draagt het meest bij als je niet alleen kijkt naar het deel van het probleem waar jouw organisatie iets voor biedt, maar naar wat jouw deskundigheid toevoegt aan de veiligheid in het gezin. Dat geldt ook voor het onderwijs. Het gaat erom te doen wat nodig is voor dít kind in dít gezin. Een gedeelde taal en een gedeelde kijk op veilig opgroeien helpen daarbij.'
	],
	punten: [],
	ref: REF.njiProfessionals
};

export const INFORMATIE_DELEN: Tekstblok = {
	id: 'informatie-delen',
	titel: 'Informatie delen',
	kort: 'Het belang van het kind staat voorop bij de vraag of je informatie deelt.',
	alineas: [
		'Informatie delen hoort wezenlijk bij samen werken aan veilig opgroeien. Het belang van het kind staat steeds voorop als je afweegt of je informatie wel of niet deelt.'
	],
	punten: [],
	ref: REF.njiInformatie
};

/** All help texts, in the order of the source. */
export const HULP_EN_HERSTEL: readonly Tekstblok[] = [
	SAMEN_WERKEN,
	BESLISSEN_OVER_HULP,
	GOEDE_HULP,
	VEILIGHEID_KORTE_TERMIJN,
	VEILIGHEID_LANGE_TERMIJN,
	HERSTEL,
	SAMENWERKEN_MET_HET_GEZIN,
	SAMENWERKEN_MET_PROFESSIONALS,
	INFORMATIE_DELEN
];
