/**
 * Bijlage 3 of the meldcode: signaleringslijst kindermishandeling, 12–18 years (from
 * signalenkaart.nl). Items in the order and under the headings of the source.
 *
 * `bron` is the item as in the source, whitespace normalised; `tests/unit/content/signalen.test.ts`
 * checks it against the source text. Source typos kept in `bron`, corrected in the label:
 * "te laat of school" (= op school), "geestelijk hulp" (= geestelijke hulp).
 */
import { REF } from './source.js';
import {
	GEBRUIK_SIGNALERINGSLIJST,
	signaalGroepen,
	type Signaal,
	type Signaleringslijst
} from './signalen.js';

const ref = REF.bijlage3;

export const SIGNALEN_12_18 = [
	// Slachtoffer
	{
		id: 'b3-misdraagt-zich',
		groep: 'slachtoffer',
		label: 'Misdraagt zich: steelt, sticht brand of vernielt dingen',
		bron: 'Misdraagt zich (diefstal, brandstichting, vandalisme)',
		ref
	},
	{
		id: 'b3-alcohol-drugs',
		groep: 'slachtoffer',
		label: 'Gebruikt alcohol of drugs, of heeft schulden',
		bron: 'Gebruikt alcohol en/of drugs of heeft schulden',
		ref
	},
	{
		id: 'b3-contact-met-justitie',
		groep: 'slachtoffer',
		label: 'Is in aanraking gekomen met politie of justitie',
		bron: 'Heeft justitiële contacten',
		ref
	},
	{
		id: 'b3-gefixeerd-op-masturbatie',
		groep: 'slachtoffer',
		label: 'Is overmatig bezig met masturberen',
		bron: 'Is gefixeerd op masturbatie',
		ref
	},
	{
		id: 'b3-lichamelijke-klachten',
		groep: 'slachtoffer',
		label: 'Heeft vaak buikpijn of hoofdpijn, of valt flauw',
		bron: 'Heeft regelmatig buikpijn, hoofdpijn of last van flauwvallen',
		ref
	},
	{
		id: 'b3-slechte-concentratie',
		groep: 'slachtoffer',
		label: 'Kan zich slecht concentreren',
		bron: 'Kan zich slecht concentreren',
		ref
	},
	{
		id: 'b3-moeite-met-gezag',
		groep: 'slachtoffer',
		label: 'Heeft moeite met gezag',
		bron: 'Heeft moeite met autoriteit',
		ref
	},
	{
		id: 'b3-te-laat-of-verzuim',
		groep: 'slachtoffer',
		label: 'Komt vaak te laat op school, of verzuimt meer dan gemiddeld',
		bron: 'Komt regelmatig te laat of school of verzuimt bovengemiddeld',
		ref
	},
	{
		id: 'b3-rondhangen',
		groep: 'slachtoffer',
		label: 'Blijft na schooltijd rondhangen, of is heel vroeg op school',
		bron: 'Blijft rondhangen na schooltijd en / of is heel vroeg op school',
		ref
	},
	{
		id: 'b3-presteert-onder-kunnen',
		groep: 'slachtoffer',
		label: 'Presteert onder zijn kunnen (op school of op het werk)',
		bron: 'Presteert onder het eigen kunnen (school, werk)',
		ref
	},
	{
		id: 'b3-aangepast-of-rebels',
		groep: 'slachtoffer',
		label: 'Is afhankelijk of aangepast, of juist opstandig',
		bron: 'Gedraagt zich afhankelijk en/of aangepast of rebelleert',
		ref
	},
	{
		id: 'b3-angst-lichamelijk-onderzoek',
		groep: 'slachtoffer',
		label: 'Is bang voor lichamelijk onderzoek of medische hulp',
		bron: 'Vertoont angst voor lichamelijk onderzoek of medische hulp',
		ref
	},
	{
		id: 'b3-wantrouwend',
		groep: 'slachtoffer',
		label:
			'Is wantrouwend, houdt afstand, kijkt je niet aan of heeft alleen oppervlakkige contacten',
		bron: 'Is wantrouwend, houdt afstand, maakt geen oogcontact of heeft oppervlakkige contacten',
		ref
	},
	{
		id: 'b3-agressief',
		groep: 'slachtoffer',
		label: 'Is agressief naar zichzelf, anderen en de omgeving',
		bron: 'Is agressief richting zichzelf, anderen en omgeving',
		ref
	},
	{
		id: 'b3-lichamelijk-contact',
		groep: 'slachtoffer',
		label: 'Is bang voor lichamelijk contact, of zoekt juist overdreven veel lichamelijk contact',
		bron: 'Heeft angst voor lichamelijk contact of is juist overdreven gericht op lichamelijk contact',
		ref
	},
	{
		id: 'b3-negatief-beeld',
		groep: 'slachtoffer',
		label: 'Denkt negatief over zichzelf en over de wereld',
		bron: 'Heeft een negatief beeld van zichzelf en de wereld',
		ref
	},
	{
		id: 'b3-teruggetrokken',
		groep: 'slachtoffer',
		label: 'Is in zichzelf gekeerd, of leeft in een fantasiewereld',
		bron: 'Is in zichzelf gekeerd/leeft in een fantasiewereld',
		ref
	},
	{
		id: 'b3-vaak-ziek',
		groep: 'slachtoffer',
		label: 'Is vaak ziek, of herstelt slecht van ziekte',
		bron: 'Is vaak ziek of ziektes herstellen slecht',
		ref
	},
	{
		id: 'b3-eten-en-slapen',
		groep: 'slachtoffer',
		label: 'Eet of slaapt ongezond: valt opvallend af of komt aan, is oververmoeid',
		bron: 'Heeft ongezonde eet- en slaapgewoonten (opvallend vermageren of aankomen, oververmoeid)',
		ref
	},
	{
		id: 'b3-verbergt-verwondingen',
		groep: 'slachtoffer',
		label: 'Geeft vage verklaringen voor verwondingen of verwaarlozing, of verbergt ze',
		bron: 'Geeft vage verklaringen voor of verbergt verwondingen/verwaarlozing',
		ref
	},
	{
		id: 'b3-verwaarloosd',
		groep: 'slachtoffer',
		label:
			'Is verwaarloosd: vaak ziek, slecht gebit, weinig toezicht van ouders, vieze kleding, of zonder ontbijt of lunch naar school',
		bron: 'Is verwaarloosd (vaak ziek, slecht gebit, gebrek aan ouderlijk toezicht, vieze kleding, of zonder ontbijt / lunch naar school)',
		ref
	},
	{
		id: 'b3-verwondingen',
		groep: 'slachtoffer',
		label:
			'Heeft verwondingen of oude littekens: blauwe plekken, brandwonden, botbreuken, onverklaarbare wonden op vreemde plekken',
		bron: 'Heeft verwondingen en/of oude littekens (blauwe plekken, brandwonden, botbreuken, onverklaarbare verwondingen op vreemde plekken)',
		ref
	},

	// Specifiek voor seksueel misbruik
	{
		id: 'b3-veel-zakgeld',
		groep: 'seksueel-misbruik',
		label: 'Heeft ineens veel zakgeld',
		bron: 'Beschikt plotseling over veel zakgeld',
		ref
	},
	{
		id: 'b3-seksueel-getinte-taal',
		groep: 'seksueel-misbruik',
		label: 'Gebruikt extreem seksueel getinte taal, of gedraagt zich zo',
		bron: 'Gebruikt extreem seksueel gekleurde taal en/of gedrag',
		ref
	},
	{
		id: 'b3-angst-mannen-of-vrouwen',
		groep: 'seksueel-misbruik',
		label: 'Is bang voor mannen of vrouwen in het algemeen, of voor één bepaalde man of vrouw',
		bron: 'Heeft angst voor mannen of vrouwen in het algemeen of voor een man of vrouw in het bijzonder',
		ref
	},
	{
		id: 'b3-klachten-geslachtsdelen',
		groep: 'seksueel-misbruik',
		label: 'Heeft pijn, wondjes of infecties aan de geslachtsdelen',
		bron: 'Heeft pijn, verwondingen, infecties aan de geslachtsorganen',
		ref
	},
	{
		id: 'b3-seksueel-gedrag-of-kennis',
		groep: 'seksueel-misbruik',
		label: 'Laat seksueel gedrag zien, of heeft seksuele kennis, die niet past bij de leeftijd',
		bron: 'Vertoont niet bij de leeftijd passend seksueel gedrag of kennis',
		ref
	},

	// Pleger
	{
		id: 'b3-negatief-dwingend',
		groep: 'pleger',
		label: 'Is negatief of dwingend tegen de jongere',
		bron: 'Vertoont negatief / dwingend gedrag t.o.v. de jongere',
		ref
	},
	{
		id: 'b3-geweld-als-oplossing',
		groep: 'pleger',
		label: 'Ziet geweld als een manier om problemen op te lossen',
		bron: 'Ziet geweld als een middel om problemen op te lossen',
		ref
	},
	{
		id: 'b3-volgt-adviezen-niet-op',
		groep: 'pleger',
		label: 'Volgt adviezen van school of andere instanties niet op',
		bron: 'Volgt adviezen van school of andere instanties niet op',
		ref
	},
	{
		id: 'b3-geeft-kind-de-schuld',
		groep: 'pleger',
		label: 'Neemt geen verantwoordelijkheid voor eigen gedrag, of geeft de jongere de schuld',
		bron: 'Vermijdt verantwoordelijkheid te nemen voor eigen gedrag en/of beschuldigt de jongere',
		ref
	},
	{
		id: 'b3-meldt-vaak-ziek',
		groep: 'pleger',
		label: 'Meldt zichzelf of gezinsleden vaak ziek',
		bron: 'Meldt zichzelf of gezinsleden vaak ziek',
		ref
	},
	{
		id: 'b3-laag-zelfbeeld',
		groep: 'pleger',
		label: 'Heeft weinig gevoel van eigenwaarde, een negatief zelfbeeld',
		bron: 'Heeft een laag gevoel van eigenwaarde, negatief zelfbeeld',
		ref
	},
	{
		id: 'b3-komt-afspraken-niet-na',
		groep: 'pleger',
		label: 'Komt afspraken slecht na',
		bron: 'Is onzorgvuldig in het nakomen van afspraken',
		ref
	},
	{
		id: 'b3-relatieproblemen',
		groep: 'pleger',
		label: 'Heeft problemen in de (partner)relatie',
		bron: 'Heeft relatieproblemen',
		ref
	},
	{
		id: 'b3-verhuist-vaak',
		groep: 'pleger',
		label: 'Het gezin verhuist vaak, of is vaak verhuisd',
		bron: 'Gezin verhuist regelmatig of is regelmatig verhuisd',
		ref
	},
	{
		id: 'b3-wisselt-steeds-van-arts',
		groep: 'pleger',
		label: "Gaat steeds naar andere artsen of ziekenhuizen ('shoppen')",
		bron: 'Gaat steeds naar andere artsen, ziekenhuizen (shopping)',
		ref
	},
	{
		id: 'b3-veel-hulpverlening',
		groep: 'pleger',
		label: 'Het gezin krijgt hulp van veel hulpverleners',
		bron: 'Er is veel hulpverlening binnen het gezin',
		ref
	},
	{
		id: 'b3-sociaal-isolement',
		groep: 'pleger',
		label: 'Het gezin leeft sociaal geïsoleerd en is gesloten naar buiten',
		bron: 'Er is sprake van sociaal isolement / gesloten gezin',
		ref
	},
	{
		id: 'b3-weigert-hulp-voor-kind',
		groep: 'pleger',
		label: 'Weigert medische of psychische hulp die de jongere nodig heeft',
		bron: 'Weigert benodigde medische of geestelijk hulp voor de jongere',
		ref
	},
	{
		id: 'b3-onverschillig',
		groep: 'pleger',
		label: 'Is onverschillig over hoe het met de jongere gaat',
		bron: 'Gedraagt zich onverschillig t.o.v. het welzijn van de jongere',
		ref
	},
	{
		id: 'b3-mijdt-leerkrachten',
		groep: 'pleger',
		label: 'Gaat contact met leerkrachten uit de weg',
		bron: 'Mijdt contact met leerkrachten',
		ref
	},
	{
		id: 'b3-kan-kind-niet-aan',
		groep: 'pleger',
		label: 'Zegt de jongere niet aan te kunnen',
		bron: 'Geeft aan de jongere niet aan te kunnen',
		ref
	},
	{
		id: 'b3-klaagt-over-kind',
		groep: 'pleger',
		label: 'Klaagt veel over het gedrag van de jongere',
		bron: 'Uit veel klachten over het gedrag van de jongere',
		ref
	},
	{
		id: 'b3-te-weinig-vrijheid',
		groep: 'pleger',
		label: 'Geeft de jongere te weinig vrijheid om zich te ontwikkelen',
		bron: 'Geeft de jongere onvoldoende bewegingsvrijheid om zich te ontwikkelen',
		ref
	},
	{
		id: 'b3-verwachtingen-passen-niet',
		groep: 'pleger',
		label:
			'Verwacht dingen van de jongere die niet bij de leeftijd passen, of belast de jongere met zorgen of problemen van volwassenen',
		bron: 'Heeft verwachtingen die niet bij de leeftijd van de jongere horen en/of belast de jongere met volwassen zorgen of problemen',
		ref
	}
] as const satisfies readonly Signaal[];

export type SignaalId12Tot18 = (typeof SIGNALEN_12_18)[number]['id'];

export const SIGNALERINGSLIJST_12_18: Signaleringslijst = {
	leeftijdsgroep: '12-18',
	titel: 'Signalen van kindermishandeling bij jongeren van 12 tot 18 jaar',
	gebruik: GEBRUIK_SIGNALERINGSLIJST,
	groepen: signaalGroepen(ref, 'de jongere'),
	signalen: SIGNALEN_12_18,
	herkomst: 'Signalenkaart (signalenkaart.nl).',
	ref
};
