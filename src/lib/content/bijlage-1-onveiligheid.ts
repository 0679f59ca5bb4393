/**
 * Bijlage 1 of the meldcode: definitions and school-oriented examples of the three situations in
 * which a professional always reports to Veilig Thuis: acute onveiligheid, structurele
 * onveiligheid and disclosure.
 *
 * `bron` holds the example as it stands in the source (whitespace normalised), for traceability;
 * `tests/unit/content/bijlage-1.test.ts` checks it against the source text. Source quirks kept
 * in `bron` on purpose: "van -9 maanden tot + 100 jaar" (= from before birth to old age) and
 * "selectief verstrek" (a typo for "verstrekt").
 */
import { REF, type SourceRef } from './source.js';

export type OnveiligheidId = 'acute-onveiligheid' | 'structurele-onveiligheid' | 'disclosure';

export interface OnveiligheidVoorbeeld {
	/** Stable kebab-case id, unique within its situation. */
	readonly id: string;
	/** The example in plain words. */
	readonly label: string;
	/** The example as in the source, whitespace normalised. */
	readonly bron: string;
	readonly ref: SourceRef;
}

export interface Onveiligheidssituatie {
	readonly id: OnveiligheidId;
	readonly titel: string;
	/** The heading in the source. */
	readonly kop: string;
	readonly definitie: string;
	readonly toelichting: readonly string[];
	/** Disclosure has no examples in the source. */
	readonly voorbeelden: readonly OnveiligheidVoorbeeld[];
	readonly ref: SourceRef;
}

export const BIJLAGE_1_INLEIDING = {
	tekst:
		'Bij acute onveiligheid, structurele onveiligheid en disclosure meld je altijd bij Veilig Thuis. De definities en voorbeelden hieronder zijn samen met Veilig Thuis opgesteld voor het onderwijs.',
	herkomst: 'Voorbeeldprotocol Onderwijs (versie 1.5, LVAK, 2018).',
	ref: REF.bijlage1,
	zieOok: [REF.meldnormen, REF.onveiligheid]
} as const;

const B1 = REF.bijlage1;

export const ACUTE_ONVEILIGHEID = {
	id: 'acute-onveiligheid',
	titel: 'Acute onveiligheid',
	kop: 'Acute Onveiligheid',
	definitie:
		'Iemand is nu in direct lichamelijk gevaar. Zijn of haar veiligheid is de komende dagen niet zeker, en er is meteen bescherming nodig.',
	toelichting: [
		'Schat als eerste, en steeds opnieuw, in of iemand acuut in (levens)gevaar is.',
		'Denk aan lichamelijk of seksueel geweld, met of zonder letsel.',
		'Bij kinderen of volwassenen die van zorg afhankelijk zijn gaat het ook om het ontbreken van de meest basale zorg (eten, drinken, kleding, onderdak), en om onnodig medicijnen geven of onnodige zorg verlenen.'
	],
	voorbeelden: [
		{
			id: 'verwonding-medische-behandeling',
			label: 'Een verwonding door geweld waarvoor medische behandeling nodig is.',
			bron: 'Door geweld toegebrachte verwonding die medische behandeling behoeft.',
			ref: B1
		},
		{
			id: 'toegebracht-letsel',
			label:
				'(Ernstig) letsel waarvan je vermoedt dat iemand het heeft toegebracht, of een poging daartoe.',
			bron: '(Ernstig) letsel met een vermoeden dat dit is toegebracht, of een poging daartoe.',
			ref: B1
		},
		{
			id: 'poging-verwurging',
			label: 'Een poging tot wurgen.',
			bron: 'Poging tot verwurging.',
			ref: B1
		},
		{
			id: 'wapengebruik',
			label: 'Gebruik van een wapen.',
			bron: 'Wapengebruik.',
			ref: B1
		},
		{
			id: 'geweld-zwangerschap',
			label: 'Geweld tijdens een zwangerschap.',
			bron: 'Geweld tijdens de zwangerschap.',
			ref: B1
		},
		{
			id: 'seksueel-misbruik',
			label:
				'(Een vermoeden van) seksueel misbruik, seksueel geweld of seksuele uitbuiting van een kind jonger dan 18 jaar.',
			bron: '(Vermoeden van) seksueel misbruik of seksueel geweld of seksuele exploitatie van kinderen jonger dan 18 jaar.',
			ref: B1
		},
		{
			id: 'acute-bedreiging',
			label:
				'Iemand dreigt acuut zichzelf of een naaste (zoals een (ex-)partner, kind of familielid) te doden, ernstig te verwonden of van de vrijheid te beroven, bijvoorbeeld bij een familiedrama, eerwraak of vrouwelijke genitale verminking.',
			bron: 'Acute bedreiging om zichzelf of een naaste (waaronder (ex)-partner, kinderen of familielid) te doden, ernstig letsel toe te brengen of hun vrijheid te benemen (familiedrama, eerwraak, vrouwelijke genitale verminking).',
			ref: B1
		},
		{
			id: 'zorg-onthouden',
			label:
				'Zorg wordt onthouden en dat bedreigt de gezondheid acuut, op elke leeftijd (van ongeboren kind tot oudere), bijvoorbeeld geen eten geven.',
			bron: 'Onthouden van zorg die acuut de gezondheid bedreigt van -9 maanden tot + 100 jaar, waaronder het onthouden van voedsel.',
			ref: B1
		},
		{
			id: 'medische-klachten-verzonnen',
			label:
				'Een ouder of verzorger verzint of overdrijft (medische) klachten van het kind, vervalst uitslagen van onderzoek, geeft bij onderzoek maar een deel van de informatie, of veroorzaakt zelf klachten bij het kind.',
			bron: 'Als een ouder/verzorger (medische) klachten/aandoeningen bij een kind verzint/aandikt, (medische) onderzoeksgegevens betreffende bij het kind bestaande klachten en afwijkingen vervalst of in het kader van een onderzoek selectief verstrek of (medische) klachten en afwijkingen bij het kind daadwerkelijk veroorzaakt.',
			ref: B1
		},
		{
			id: 'maatregel-pleger-loopt-af',
			label:
				'Een maatregel die de vrijheid van de pleger beperkt loopt af, zonder dat er genoeg veiligheidsmaatregelen zijn genomen.',
			bron: 'Vrijheidsbeperkende maatregel voor pleger loopt af zonder dat er afdoende veiligheidsmaatregelen genomen zijn.',
			ref: B1
		},
		{
			id: 'crisis-zorg-valt-weg',
			label:
				'Een acuut onveilige situatie, of zorg die dreigt weg te vallen, door een zelfmoordpoging, zelfverwonding, een acute psychiatrische crisis of een vergiftiging door alcohol of drugs.',
			bron: 'Acuut onveilige situatie bestaat of zorg dreigt weg te vallen vanwege suïcidepoging, automutilatie, acuut psychiatrisch beeld, intoxicatie door alcohol of drugs.',
			ref: B1
		},
		{
			id: 'vlucht-van-huis',
			label:
				'Iemand moet noodgedwongen van huis vluchten door (dreigend) huiselijk geweld of kindermishandeling.',
			bron: 'Noodgedwongen vlucht van huis door (dreiging van) huiselijk geweld en/of kindermishandeling.',
			ref: B1
		},
		{
			id: 'kind-alleen-thuis',
			label:
				'Een kind wordt alleen thuis gelaten, zonder toezicht en verzorging van een volwassene.',
			bron: 'Een minderjarig kind dat alleen gelaten wordt in huis zonder toezicht en verzorging van een volwassene.',
			ref: B1
		},
		{
			id: 'opgesloten-zonder-eten',
			label: 'Kinderen worden thuis opgesloten en krijgen geen eten en drinken.',
			bron: 'Minderjarigen die opgesloten worden in huis en onthouden worden van eten en drinken.',
			ref: B1
		},
		{
			id: 'ouder-acute-psychose',
			label: 'Kinderen wonen bij één ouder, en die ouder krijgt een acute psychose.',
			bron: 'Minderjarigen die met een alleenstaande ouder leven, waarbij deze ouder een acute psychose krijgt.',
			ref: B1
		}
	],
	ref: B1
} as const satisfies Onveiligheidssituatie;

export const STRUCTURELE_ONVEILIGHEID = {
	id: 'structurele-onveiligheid',
	titel: 'Structurele onveiligheid',
	kop: 'Structurele Onveiligheid',
	definitie: 'Onveilige situaties of geweld komen steeds terug, of houden aan.',
	toelichting: [
		'Wat er eerder is gebeurd, voorspelt het best of de onveiligheid doorgaat: wie eerder dader of slachtoffer was, is dat later vaak weer.',
		'Om te beoordelen of er sprake is van structurele onveiligheid heb je in elk geval informatie nodig over: herhaling van geweld of onveiligheid, signalen bij de ouders, en signalen bij het kind of andere slachtoffers.'
	],
	voorbeelden: [
		{
			id: 'ouders-ernstige-problemen',
			label:
				'Kinderen groeien op bij ouders met zulke ernstige problemen (door een verstandelijke beperking, verslaving of psychische problemen) dat de lichamelijke en emotionele veiligheid van het kind steeds weer of voortdurend wordt bedreigd, en het kind zich blijvend minder kan ontwikkelen.',
			bron: 'Minderjarigen die opgroeien bij ouders met zodanig ernstige problematiek ten gevolge van verstandelijke beperking, middelenverslaving, psychische problematiek dat de fysieke en emotionele veiligheid van het kind bij herhaling en/of voortdurend wordt bedreigd en de ontwikkelmogelijkheden van deze minderjarigen structureel ingeperkt worden.',
			ref: B1
		},
		{
			id: 'ernstige-verwaarlozing',
			label: 'Ernstige verwaarlozing die bij jonge kinderen blijvende schade kan geven.',
			bron: 'Ernstige verwaarlozing die voor jonge opgroeiende kinderen blijvende schade kan veroorzaken.',
			ref: B1
		},
		{
			id: 'hoog-schoolverzuim',
			label: 'Kinderen die veel school missen.',
			bron: 'Minderjarigen die een hoog schoolverzuim hebben.',
			ref: B1
		},
		{
			id: 'getuige-huiselijk-geweld',
			label: 'Kinderen die steeds weer getuige zijn van huiselijk geweld.',
			bron: 'Minderjarigen die stelselmatig getuige zijn van huiselijk geweld.',
			ref: B1
		},
		{
			id: 'geregeld-mishandeld',
			label: 'Kinderen die geregeld lichamelijk mishandeld worden.',
			bron: 'Minderjarigen die geregeld fysiek mishandeld worden.',
			ref: B1
		},
		{
			id: 'stalking-partnerrelatie',
			label:
				'Psychische of lichamelijke mishandeling door langdurige stalking in een partnerrelatie, die steeds erger wordt.',
			bron: 'Psychische en/of fysieke mishandeling door escalerende vormen van langdurige stalking in partnerrelaties.',
			ref: B1
		}
	],
	ref: B1
} as const satisfies Onveiligheidssituatie;

export const DISCLOSURE = {
	id: 'disclosure',
	titel: 'Disclosure (een slachtoffer vertelt het zelf)',
	kop: 'Disclosure',
	definitie:
		'Een slachtoffer vraagt jou uit zichzelf om hulp bij (mogelijk) huiselijk geweld of kindermishandeling, of vertelt je erover zonder om hulp te vragen.',
	toelichting: [
		'Als een kind of volwassene hier uit zichzelf over begint, zit hij of zij meestal in een acute crisis en is bang voor de veiligheid of het welzijn van zichzelf of van gezinsleden.',
		'Bespreek wat het slachtoffer je vertelde niet zonder goede voorbereiding met de ouders of de pleger. Dat kan de situatie (nog) onveiliger maken. Dat geldt zeker bij (ex-)partnerstalking, huwelijksdwang, eergerelateerd geweld en ouderenmishandeling.',
		'Melden betekent hier: zorgvuldig met Veilig Thuis en het slachtoffer afstemmen wat er daarna gebeurt.'
	],
	voorbeelden: [],
	ref: B1
} as const satisfies Onveiligheidssituatie;

/**
 * Rule 8 (issue 13): after a disclosure, shown on the path itself (the red button and the
 * melding route): tell the parents nothing before coordinating carefully with Veilig Thuis,
 * because talking to the parents or perpetrator unprepared can make the child less safe
 * (004 · Bijlage 1, Disclosure).
 */
export const DISCLOSURE_AFSTEMMEN = {
	titel: 'Het kind vertelde het zelf: eerst afstemmen met Veilig Thuis',
	tekst:
		'Bespreek wat het kind je vertelde niet met de ouders (of met wie het geweld pleegt) voordat je het zorgvuldig met Veilig Thuis hebt afgestemd. Onvoorbereid bespreken kan de situatie acuut of blijvend onveiliger maken. Melden betekent hier: samen met Veilig Thuis en het kind afspreken wat er daarna gebeurt, en wie wanneer met de ouders praat.',
	ref: B1
} as const;

/** The three situations, in the order of the source. */
export const ONVEILIGHEIDSSITUATIES: readonly Onveiligheidssituatie[] = [
	ACUTE_ONVEILIGHEID,
	STRUCTURELE_ONVEILIGHEID,
	DISCLOSURE
];

export type VoorbeeldId =
	| (typeof ACUTE_ONVEILIGHEID)['voorbeelden'][number]['id']
	| (typeof STRUCTURELE_ONVEILIGHEID)['voorbeelden'][number]['id'];

export function onveiligheidssituatie(id: OnveiligheidId): Onveiligheidssituatie {
	const situatie = ONVEILIGHEIDSSITUATIES.find((s) => s.id === id);
	if (!situatie) throw new Error(`Onbekende situatie: ${id}`);
	return situatie;
}
