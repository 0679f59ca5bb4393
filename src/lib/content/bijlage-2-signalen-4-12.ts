/**
 * Bijlage 2 of the meldcode: signaleringslijst kindermishandeling, 4–12 years (from
 * signalenkaart.nl). Items in the order and under the headings of the source.
 *
 * `bron` is the item as in the source, whitespace normalised; `tests/unit/content/signalen.test.ts`
 * checks it against the source text. Two items lack their closing bracket in the source
 * ("...groeiachterstand", "...op vreemde plekken"); `bron` keeps that, the label does not.
 */
import { REF } from './source.js';
import {
	GEBRUIK_SIGNALERINGSLIJST,
	signaalGroepen,
	type Signaal,
	type Signaleringslijst
} from './signalen.js';

const ref = REF.bijlage2;

export const SIGNALEN_4_12 = [
	// Slachtoffer
	{
		id: 'b2-misdraagt-zich',
		groep: 'slachtoffer',
		label: 'Misdraagt zich: steelt, sticht brand of vernielt dingen',
		bron: 'Misdraagt zich (diefstal, brandstichting, vandalisme)',
		ref
	},
	{
		id: 'b2-alcohol-drugs',
		groep: 'slachtoffer',
		label: 'Gebruikt alcohol of drugs',
		bron: 'Gebruikt alcohol en/of drugs',
		ref
	},
	{
		id: 'b2-lichamelijke-klachten',
		groep: 'slachtoffer',
		label: 'Heeft vaak buikpijn of hoofdpijn, of valt flauw',
		bron: 'Heeft regelmatig buikpijn, hoofdpijn of last van flauwvallen',
		ref
	},
	{
		id: 'b2-gedrag-past-niet-bij-leeftijd',
		groep: 'slachtoffer',
		label:
			'Gedraagt zich niet passend bij de leeftijd, is nog niet zindelijk terwijl dat te verwachten is, of valt terug in gedrag',
		bron: 'Gedraagt zich niet naar zijn leeftijd, is niet zindelijk op de leeftijd dat het hoort of heeft een terugval in gedrag',
		ref
	},
	{
		id: 'b2-afwijkend-spel',
		groep: 'slachtoffer',
		label: 'Speelt op een afwijkende manier',
		bron: 'Laat afwijkend spel zien',
		ref
	},
	{
		id: 'b2-geen-vriendjes-thuis',
		groep: 'slachtoffer',
		label: 'Neemt nooit vriendjes mee naar huis',
		bron: 'Neemt geen vriendjes mee naar huis',
		ref
	},
	{
		id: 'b2-rondhangen-te-laat',
		groep: 'slachtoffer',
		label: 'Blijft na schooltijd rondhangen of is heel vroeg op school; komt vaak te laat',
		bron: 'Blijft rondhangen na schooltijd en / of is heel vroeg op school, komt regelmatig te laat',
		ref
	},
	{
		id: 'b2-presteert-onder-kunnen',
		groep: 'slachtoffer',
		label: 'Presteert onder zijn kunnen, of gaat op school ineens achteruit',
		bron: 'Presteert op school onder het eigen kunnen of er is een plotselinge terugval in prestaties',
		ref
	},
	{
		id: 'b2-aangepast-of-rebels',
		groep: 'slachtoffer',
		label: 'Is overdreven aangepast en afhankelijk, of juist opstandig',
		bron: 'Gedraagt zich overdreven aangepast en afhankelijk of rebelleert',
		ref
	},
	{
		id: 'b2-wantrouwend',
		groep: 'slachtoffer',
		label: 'Is wantrouwend, houdt afstand of kijkt je niet aan',
		bron: 'Is wantrouwend, houdt afstand of maakt geen oogcontact',
		ref
	},
	{
		id: 'b2-agressief',
		groep: 'slachtoffer',
		label: 'Is agressief naar zichzelf, anderen of de omgeving',
		bron: 'Is agressief richting zichzelf, anderen en/of omgeving',
		ref
	},
	{
		id: 'b2-angstig',
		groep: 'slachtoffer',
		label: 'Is bang om alleen te zijn, of bang voor bepaalde mensen of plekken',
		bron: 'Is bang om alleen te zijn of heeft angst voor bepaalde mensen of plekken',
		ref
	},
	{
		id: 'b2-gedragsverandering-bij-ouders',
		groep: 'slachtoffer',
		label: 'Gedraagt zich ineens anders in het contact met ouders of verzorgers',
		bron: 'Vertoont plotselinge gedragsverandering in contact met ouders/verzorgers',
		ref
	},
	{
		id: 'b2-lichamelijk-contact',
		groep: 'slachtoffer',
		label: 'Is bang voor lichamelijk contact, of zoekt juist overdreven veel lichamelijk contact',
		bron: 'Heeft angst voor lichamelijk contact of is juist overdreven gericht op lichamelijk contact',
		ref
	},
	{
		id: 'b2-negatief-beeld',
		groep: 'slachtoffer',
		label: 'Denkt negatief over zichzelf en over de omgeving',
		bron: 'Heeft een negatief beeld van zichzelf en de omgeving',
		ref
	},
	{
		id: 'b2-passief-of-druk',
		groep: 'slachtoffer',
		label: 'Is passief en lusteloos, of juist heel druk',
		bron: 'Gedraagt zich passief en apathisch of juist heel druk',
		ref
	},
	{
		id: 'b2-achterstand-ontwikkeling',
		groep: 'slachtoffer',
		label: 'Loopt achter in de ontwikkeling of heeft stoornissen (spraak, motoriek, groei)',
		bron: 'Heeft een vertraagde ontwikkeling of stoornissen (spraak, motoriek, groeiachterstand',
		ref
	},
	{
		id: 'b2-angst-lichamelijk-onderzoek',
		groep: 'slachtoffer',
		label: 'Is bang voor lichamelijk onderzoek',
		bron: 'Vertoont angst voor lichamelijk onderzoek',
		ref
	},
	{
		id: 'b2-vaak-ziek',
		groep: 'slachtoffer',
		label: 'Is vaak ziek, of herstelt slecht van ziekte',
		bron: 'Is vaak ziek of ziektes herstellen slecht',
		ref
	},
	{
		id: 'b2-eten-en-slapen',
		groep: 'slachtoffer',
		label: 'Eet of slaapt ongezond: valt opvallend af of komt aan, is oververmoeid',
		bron: 'Heeft ongezonde eet- en slaapgewoonten (opvallend vermageren of aankomen, oververmoeid)',
		ref
	},
	{
		id: 'b2-verwaarloosd',
		groep: 'slachtoffer',
		label:
			'Ziet er verwaarloosd uit: heeft honger, een slecht gebit, vieze of niet passende kleding',
		bron: 'Is verwaarloosd (hongerig, slecht gebit, vieze, niet passende kleding)',
		ref
	},
	{
		id: 'b2-verwondingen',
		groep: 'slachtoffer',
		label:
			'Heeft verwondingen of oude littekens: blauwe plekken, brandwonden, botbreuken, onverklaarbare wonden op vreemde plekken',
		bron: 'Heeft verwondingen en/of oude littekens (blauwe plekken, brandwonden, botbreuken, onverklaarbare verwondingen op vreemde plekken',
		ref
	},

	// Specifiek voor seksueel misbruik
	{
		id: 'b2-angst-mannen-of-vrouwen',
		groep: 'seksueel-misbruik',
		label: 'Is bang voor mannen of vrouwen in het algemeen, of voor één bepaalde man of vrouw',
		bron: 'Heeft angst voor mannen of vrouwen in het algemeen of voor een man of vrouw in het bijzonder',
		ref
	},
	{
		id: 'b2-klachten-geslachtsdelen',
		groep: 'seksueel-misbruik',
		label: 'Heeft pijn, wondjes of infecties aan de geslachtsdelen',
		bron: 'Heeft pijn, verwondingen, infecties aan de geslachtsorganen',
		ref
	},
	{
		id: 'b2-seksueel-gedrag-of-kennis',
		groep: 'seksueel-misbruik',
		label: 'Laat seksueel gedrag zien, of heeft seksuele kennis, die niet past bij de leeftijd',
		bron: 'Vertoont niet bij de leeftijd passend seksueel gedrag of kennis',
		ref
	},
	{
		id: 'b2-geheimpje',
		groep: 'seksueel-misbruik',
		label: "Wil niet praten over een 'geheimpje' met een andere volwassene",
		bron: "Weigert om over een 'geheimpje' te praten dat het met een andere volwassene heeft",
		ref
	},

	// Pleger
	{
		id: 'b2-weigert-hulp-voor-kind',
		groep: 'pleger',
		label: 'Weigert medische of psychische hulp die het kind nodig heeft',
		bron: 'Weigert benodigde medische of geestelijk hulp voor het kind',
		ref
	},
	{
		id: 'b2-negatief-dwingend',
		groep: 'pleger',
		label: 'Is negatief of dwingend tegen het kind',
		bron: 'Vertoont negatief / dwingend gedrag t.o.v. het kind',
		ref
	},
	{
		id: 'b2-geeft-kind-de-schuld',
		groep: 'pleger',
		label: 'Neemt geen verantwoordelijkheid voor eigen gedrag, of geeft het kind de schuld',
		bron: 'Vermijdt verantwoordelijkheid te nemen voor eigen gedrag en/of beschuldigt het kind',
		ref
	},
	{
		id: 'b2-laag-zelfbeeld',
		groep: 'pleger',
		label: 'Heeft weinig gevoel van eigenwaarde, een negatief zelfbeeld',
		bron: 'Heeft een laag gevoel van eigenwaarde, negatief zelfbeeld',
		ref
	},
	{
		id: 'b2-geweld-als-oplossing',
		groep: 'pleger',
		label: 'Ziet geweld als een manier om problemen op te lossen',
		bron: 'Ziet geweld als een middel om problemen op te lossen',
		ref
	},
	{
		id: 'b2-wisselt-steeds-van-arts',
		groep: 'pleger',
		label: "Gaat steeds naar andere artsen of ziekenhuizen ('shoppen')",
		bron: 'Gaat steeds naar andere artsen, ziekenhuizen (shopping)',
		ref
	},
	{
		id: 'b2-volgt-adviezen-niet-op',
		groep: 'pleger',
		label: 'Volgt adviezen van school of andere instanties niet op',
		bron: 'Volgt adviezen van school of andere instanties niet op',
		ref
	},
	{
		id: 'b2-verhuist-vaak',
		groep: 'pleger',
		label: 'Verhuist vaak, of is vaak verhuisd',
		bron: 'Verhuist regelmatig, of is regelmatig verhuisd',
		ref
	},
	{
		id: 'b2-mijdt-leerkrachten',
		groep: 'pleger',
		label: 'Gaat contact met leerkrachten op school uit de weg',
		bron: 'Mijdt contact met leerkrachten op school',
		ref
	},
	{
		id: 'b2-veel-hulpverlening',
		groep: 'pleger',
		label: 'Het gezin krijgt hulp van veel hulpverleners',
		bron: 'Wordt ondersteund door veel hulpverlening binnen het gezin',
		ref
	},
	{
		id: 'b2-meldt-vaak-ziek',
		groep: 'pleger',
		label: 'Meldt zichzelf of gezinsleden vaak ziek',
		bron: 'Meldt zichzelf of gezinsleden vaak ziek',
		ref
	},
	{
		id: 'b2-komt-afspraken-niet-na',
		groep: 'pleger',
		label: 'Komt afspraken slecht na',
		bron: 'Is onzorgvuldig in het nakomen van afspraken',
		ref
	},
	{
		id: 'b2-relatieproblemen',
		groep: 'pleger',
		label: 'Heeft problemen in de (partner)relatie',
		bron: 'Heeft relatieproblemen',
		ref
	},
	{
		id: 'b2-sociaal-isolement',
		groep: 'pleger',
		label: 'Leeft sociaal geïsoleerd; het gezin is gesloten naar buiten',
		bron: 'Leeft in een sociaal isolement / gesloten gezin',
		ref
	},
	{
		id: 'b2-houdt-kind-thuis',
		groep: 'pleger',
		label: 'Houdt het kind vaak thuis',
		bron: 'Houdt het kind vaak thuis',
		ref
	},
	{
		id: 'b2-overbeschermend',
		groep: 'pleger',
		label: 'Is overbeschermend',
		bron: 'Stelt zich overbeschermend op',
		ref
	},
	{
		id: 'b2-scheldt-troost-niet',
		groep: 'pleger',
		label: 'Scheldt het kind uit, of troost het niet',
		bron: 'Scheldt het kind uit en/of troost het kind niet',
		ref
	},
	{
		id: 'b2-kan-kind-niet-aan',
		groep: 'pleger',
		label:
			"Zegt het kind niet aan te kunnen, of stopt het kind overdreven vaak iets toe om het stil te houden ('zoethoudertjes')",
		bron: 'Geeft aan het kind niet aan te kunnen en/of maakt overmatig gebruik van "zoethoudertjes"',
		ref
	},
	{
		id: 'b2-klaagt-over-kind',
		groep: 'pleger',
		label: 'Klaagt veel over het gedrag van het kind',
		bron: 'Uit veel klachten over het gedrag van het kind',
		ref
	},
	{
		id: 'b2-verwachtingen-passen-niet',
		groep: 'pleger',
		label: 'Verwacht dingen van het kind die niet bij de leeftijd passen',
		bron: 'Heeft verwachtingen die niet bij de leeftijd van het kind horen',
		ref
	},
	{
		id: 'b2-onverschillig',
		groep: 'pleger',
		label: 'Is onverschillig over hoe het met het kind gaat',
		bron: 'Gedraagt zich onverschillig t.o.v. welzijn van het kind',
		ref
	},
	{
		id: 'b2-vage-verklaringen',
		groep: 'pleger',
		label: 'Geeft vage verklaringen voor verwondingen of verwaarlozing',
		bron: 'Geeft vage verklaringen voor verwondingen/verwaarlozing',
		ref
	}
] as const satisfies readonly Signaal[];

export type SignaalId4Tot12 = (typeof SIGNALEN_4_12)[number]['id'];

export const SIGNALERINGSLIJST_4_12: Signaleringslijst = {
	leeftijdsgroep: '4-12',
	titel: 'Signalen van kindermishandeling bij kinderen van 4 tot 12 jaar',
	gebruik: GEBRUIK_SIGNALERINGSLIJST,
	groepen: signaalGroepen(ref, 'het kind'),
	signalen: SIGNALEN_4_12,
	herkomst: 'Signalenkaart (signalenkaart.nl).',
	ref
};
