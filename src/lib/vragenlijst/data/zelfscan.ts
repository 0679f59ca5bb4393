/**
 * The VNG "Zelfscan Sterke lokale teams" (seed 002): all 51 questions with their sub-questions,
 * grouped per standard of the Leidraad "Werken aan veiligheid", in our own words. The source's
 * conditions ("alleen beantwoorden als u ‘ja’ koos bij vraag 14") are the `voorwaarde`s.
 *
 * Standards 11 and 12 share one set of questions in the source (49–51 follow both texts), so
 * they are one group here. Links in the source to further reading were lost in the extraction
 * and are not reproduced.
 */
import type { Groep, Rij, Vragenlijst, VragenlijstBron } from '../types';
import {
	aantallen,
	alsGekozen,
	alsRijMet,
	ANDERS,
	GETRAIND,
	INSTRUMENTEN,
	JA,
	jaNee,
	jaOnvoldoende,
	meerkeuze,
	NEE,
	NOG_ONVOLDOENDE,
	open,
	tabel,
	vraagId,
	WAAR_BLIJKT
} from './bouw';

const bron = (section: string, label: string): VragenlijstBron => ({
	doc: '002',
	section,
	label: `VNG, Zelfscan sterke lokale teams, ${label}`
});

const standaard = (n: number) => bron(`standaard-${n}`, `standaard ${n}`);

const WIJKTEAMS = 'de lokale (wijk)teams';
const ZORGEN = 'die werken met gezinnen of huishoudens waar zorgen zijn over onveiligheid';
const beide = { ja: WAAR_BLIJKT, anders: WAAR_BLIJKT };
const onvoldoende = { anders: WAAR_BLIJKT };

const STANDAARD_1: Groep = {
	id: 'standaard-1',
	kort: 'Standaard 1',
	titel: 'Standaard 1: een gedeelde visie',
	inleiding: [
		'Partners in de gemeente werken en spreken op een afgestemde manier met het gezin of huishouden. Een visie legt vast hoe hulp wordt geboden die domeinen overstijgt en het hele systeem betrekt, volgens gefaseerd samenwerken aan veiligheid.'
	],
	bron: standaard(1),
	vragen: [
		jaNee(
			'1',
			'Heeft je gemeente een integrale visie op de aanpak van huiselijk geweld en kindermishandeling, die de blik van onder meer Wmo, jeugd, werk en inkomen, gezondheidszorg en veiligheid combineert?'
		),
		jaOnvoldoende(
			'1a',
			`Is deze visie vertaald naar de opdracht van ${WIJKTEAMS}?`,
			{ ja: 'Hoe en waar is dit vastgelegd?' },
			alsGekozen('1')
		),
		jaOnvoldoende(
			'1b',
			`Is deze visie vertaald naar de inrichting van ${WIJKTEAMS}?`,
			{ ja: 'Hoe en waar is dit vastgelegd?' },
			alsGekozen('1a')
		),
		jaNee(
			'2',
			'Gaat de visie ervan uit dat je eerst samen werkt aan directe veiligheid, dan aan het wegnemen van risicofactoren en daarna aan herstel (gefaseerd samenwerken aan veiligheid)?'
		),
		jaOnvoldoende(
			'2a',
			`Kennen de professionals in ${WIJKTEAMS} deze visie?`,
			{ ja: WAAR_BLIJKT },
			alsGekozen('2')
		)
	]
};

const STANDAARD_2: Groep = {
	id: 'standaard-2',
	kort: 'Standaard 2',
	titel: 'Standaard 2: opdracht en expertise van het lokale team',
	inleiding: [
		'Maak duidelijk welke opdracht en deskundigheid het lokale team heeft: onveiligheid signaleren en oppakken, directe veiligheid bereiken, risicofactoren hanteerbaar maken en laten afnemen, en waar nodig hulp bieden gericht op herstel.'
	],
	bron: standaard(2),
	vragen: [
		meerkeuze(
			'3a',
			`Wat is vastgelegd als opdracht van ${WIJKTEAMS} bij gezinnen of huishoudens waar onveiligheid speelt? Vink aan wat van toepassing is.`,
			[
				{ id: 'signaleren', label: 'Onveiligheid in gezinnen of huishoudens signaleren' },
				{ id: 'bespreekbaar', label: 'Signalen van onveiligheid bespreekbaar maken' },
				{ id: 'oppakken', label: 'Casussen oppakken waarin (zorgen over) onveiligheid spelen' },
				{ id: 'directe-veiligheid', label: 'Directe veiligheid bereiken' },
				{
					id: 'risicofactoren',
					label: 'Risicofactoren van onveiligheid hanteerbaar maken en laten afnemen'
				},
				{ id: 'herstel', label: 'Waar nodig hulp en ondersteuning bieden gericht op herstel' }
			]
		),
		open('3b', 'Waar is deze opdracht vastgelegd?'),
		jaNee('3c', 'Wordt deze opdracht jaarlijks of regelmatig geëvalueerd?')
	]
};

const STANDAARD_3: Groep = {
	id: 'standaard-3',
	kort: 'Standaard 3',
	titel: 'Standaard 3: afspraken over informatiedeling',
	inleiding: [
		'Richt zorgvuldige processen in voor het delen van informatie, met oog voor de wettelijke grondslagen en professionele afwegingen. Het doel is samen veiligheid en goede zorg te organiseren. Een DPIA kan laten zien waar aanvullende afspraken nodig zijn.'
	],
	bron: standaard(3),
	vragen: [
		jaNee(
			'4a',
			'Zijn er met het lokale team afspraken gemaakt over het zorgvuldig registreren van persoonsgegevens?'
		),
		jaNee('4b', 'Zijn er met samenwerkingspartners afspraken vastgelegd over informatiedeling?'),
		jaNee(
			'4c',
			`Kennen alle professionals in het lokale team ${ZORGEN} de afspraken over registratie en informatiedeling?`
		),
		jaNee(
			'4d',
			'Is er een DPIA (gegevensbeschermingseffectbeoordeling) gedaan voor de samenwerking binnen het wijkteam en met (regionale) partners, gericht op samen veiligheid en goede zorg organiseren?'
		),
		jaNee(
			'4e',
			'Heeft de DPIA geleid tot (aanvullende) afspraken over informatiedeling?',
			{},
			alsGekozen('4d')
		)
	]
};

const HULPAANBOD_RIJEN: readonly Rij[] = [
	{ id: 'acuut', label: 'Gericht op het direct stoppen van acute onveiligheid' },
	{
		id: 'risicofactoren',
		label: 'Gericht op het hanteerbaar maken en laten afnemen van risicofactoren'
	},
	{ id: 'herstel', label: 'Gericht op herstel van de gevolgen' },
	{
		id: 'ervaringsdeskundigheid',
		label: 'Met inzet van ervaringsdeskundigheid, gericht op directe veiligheid'
	}
];

const STANDAARD_4: Groep = {
	id: 'standaard-4',
	kort: 'Standaard 4',
	titel: 'Standaard 4: voldoende gespecialiseerd hulpaanbod',
	inleiding: [
		'Zorg dat er in de gemeente of (boven)regionaal genoeg en gevarieerd gespecialiseerd hulpaanbod is voor slachtoffers, plegers en kinderen: voor directe veiligheid, voor het laten afnemen van risicofactoren en voor herstel. Stem dit af met wie naar die hulp toeleidt.'
	],
	bron: standaard(4),
	vragen: [
		{
			id: vraagId('5'),
			nummer: '5',
			type: 'vinkraster',
			tekst:
				'Vink aan waar er voldoende gespecialiseerd hulpaanbod is bij huiselijk geweld en kindermishandeling, binnen de gemeente of regionaal: genoeg in hoeveelheid, goed van kwaliteit en beschikbaar zonder wachtlijst.',
			rijen: HULPAANBOD_RIJEN,
			kolommen: [
				{ id: 'slachtoffers', label: 'Voor slachtoffers' },
				{ id: 'plegers', label: 'Voor plegers' },
				{ id: 'kinderen', label: 'Voor kinderen' }
			]
		},
		open('5a', 'Je gaf aan dat er voldoende hulpaanbod is. Om welk aanbod gaat het?', {
			voorwaarde: { soort: 'vakje', vraag: vraagId('5'), aangekruist: true },
			voorwaardeTekst: 'Alleen te beantwoorden als je bij vraag 5 minstens één vakje aankruiste.'
		}),
		open('5b', 'Je gaf aan dat er niet overal voldoende hulpaanbod is. Wat ontbreekt er?', {
			voorwaarde: { soort: 'vakje', vraag: vraagId('5'), aangekruist: false },
			voorwaardeTekst:
				'Alleen te beantwoorden als je bij vraag 5 minstens één vakje niet aankruiste.'
		}),
		jaNee(
			'6',
			'Houdt de gemeente bij wat de vraag naar en het aanbod van gespecialiseerde hulp is, en hoe die zich tot elkaar verhouden?'
		),
		jaNee('6a', 'Wordt daarmee bepaald of er voldoende aanbod is?', {}, alsGekozen('6')),
		jaOnvoldoende(
			'7',
			'Wordt per casus bijgehouden of de ingezette hulp bijdraagt aan het doel waarvoor die is ingezet?',
			{ ja: 'Door wie en hoe?' }
		),
		jaOnvoldoende(
			'8',
			'Wordt per casus geregistreerd of de ingezette hulp bijdraagt aan het doel waarvoor die is ingezet?',
			{ ja: 'Door wie en hoe?' }
		)
	]
};

const STANDAARD_5: Groep = {
	id: 'standaard-5',
	kort: 'Standaard 5',
	titel: 'Standaard 5: veilig werken voor professionals',
	inleiding: [
		'Zorg dat professionals die hulp bieden aan gezinnen of huishoudens waar onveiligheid speelt, zelf veilig hun werk kunnen doen.'
	],
	bron: standaard(5),
	vragen: [
		jaNee('9', 'Is er een veiligheidsprotocol?', { ja: 'Wat is daarin vastgelegd?' }),
		jaOnvoldoende(
			'10',
			`Worden er maatregelen genomen zodat professionals ${ZORGEN} veilig kunnen werken?`,
			{ ja: 'Welke maatregelen?' }
		),
		jaNee('11', 'Wordt vóór een huisbezoek een risicotaxatie-instrument gebruikt?', {
			ja: 'Welk instrument?'
		})
	]
};

const STANDAARD_6: Groep = {
	id: 'standaard-6',
	kort: 'Standaard 6',
	titel: 'Standaard 6: signaleren en bespreekbaar maken',
	inleiding: [
		'Zorg dat alle professionals in de lokale organisaties onderliggende risicofactoren, onveiligheid in de opvoeding en huiselijk geweld en kindermishandeling (ook specifieke vormen) kunnen signaleren, risicogroepen herkennen, met de meldcode werken, zorgen kunnen bespreken met alle betrokkenen, toegang hebben tot een aandachtsfunctionaris en systeemgericht werken.'
	],
	bron: standaard(6),
	vragen: [
		jaOnvoldoende(
			'12',
			`Kunnen alle professionals in ${WIJKTEAMS} onderliggende risicofactoren voor onveiligheid signaleren?`,
			beide
		),
		jaOnvoldoende(
			'13',
			`Kunnen alle professionals in ${WIJKTEAMS} onveiligheid in een opvoedsituatie signaleren?`,
			beide
		),
		jaOnvoldoende(
			'14',
			`Kunnen alle professionals in ${WIJKTEAMS} werken met en volgens de Meldcode huiselijk geweld en kindermishandeling?`,
			onvoldoende
		),
		meerkeuze(
			'14a',
			'Waaruit blijkt dat zij met en volgens de meldcode kunnen werken?',
			[
				GETRAIND('Professionals zijn getraind in het gebruik van de meldcode'),
				{
					id: 'aandachtsfunctionaris',
					label:
						'Professionals hebben toegang tot de aandachtsfunctionarissen huiselijk geweld en kindermishandeling en raadplegen hen regelmatig'
				},
				{
					id: 'veilig-thuis',
					label: 'Professionals raadplegen Veilig Thuis voor adviesvragen en meldingen'
				},
				ANDERS
			],
			alsGekozen('14')
		),
		jaOnvoldoende(
			'15',
			`Hebben alle professionals in ${WIJKTEAMS} toegang tot een aandachtsfunctionaris huiselijk geweld en kindermishandeling en/of een gedragswetenschapper?`,
			onvoldoende
		),
		jaOnvoldoende(
			'16',
			`Kunnen de professionals in ${WIJKTEAMS} onveiligheid door huiselijk geweld en kindermishandeling signaleren, ook specifieke vormen zoals seksueel geweld, schadelijke praktijken en ouderenmishandeling?`,
			onvoldoende
		),
		meerkeuze(
			'16a',
			'Waaruit blijkt dat zij onveiligheid kunnen signaleren?',
			[
				GETRAIND(
					'Professionals zijn getraind in het signaleren van huiselijk geweld en kindermishandeling'
				),
				INSTRUMENTEN('Professionals gebruiken instrumenten bij het signaleren'),
				{
					id: 'veilig-thuis',
					label: 'Professionals raadplegen Veilig Thuis voor adviesvragen en meldingen'
				},
				ANDERS
			],
			alsGekozen('16')
		),
		aantallen(
			'16b',
			'Je gaf aan dat professionals Veilig Thuis raadplegen voor adviesvragen en meldingen. Hoeveel waren dat per kwartaal?',
			[
				{ id: 'adviesvragen', label: 'Adviesvragen' },
				{ id: 'meldingen', label: 'Meldingen' }
			],
			[
				{ id: 'k1', label: 'Kwartaal 1' },
				{ id: 'k2', label: 'Kwartaal 2' },
				{ id: 'k3', label: 'Kwartaal 3' },
				{ id: 'k4', label: 'Kwartaal 4' }
			],
			{
				voorwaarde: {
					soort: 'of',
					voorwaarden: [
						{ soort: 'aangevinkt', vraag: vraagId('14a'), optie: 'veilig-thuis' },
						{ soort: 'aangevinkt', vraag: vraagId('16a'), optie: 'veilig-thuis' }
					]
				},
				voorwaardeTekst:
					'Alleen te beantwoorden als je bij vraag 14a en/of 16a aangaf dat professionals Veilig Thuis raadplegen.'
			}
		),
		jaOnvoldoende(
			'17',
			`Kunnen alle professionals in ${WIJKTEAMS} specifieke risicogroepen herkennen (onder meer ouders met psychische problemen, een licht verstandelijke beperking, complexe scheidingen, ouderverstoting)?`,
			beide
		),
		jaOnvoldoende(
			'18',
			`Kunnen alle professionals in ${WIJKTEAMS} zorgen over onveiligheid bespreken met alle betrokkenen, kinderen en volwassenen, ook ouderen?`,
			onvoldoende
		),
		meerkeuze(
			'18a',
			'Waaruit blijkt dat zij zorgen over onveiligheid met alle betrokkenen kunnen bespreken?',
			[
				GETRAIND(
					'Professionals zijn getraind in gespreksvoering en in het bespreekbaar maken van geweld en onveiligheid'
				),
				INSTRUMENTEN('Professionals gebruiken instrumenten die hierbij helpen'),
				ANDERS
			],
			alsGekozen('18')
		),
		jaNee(
			'18b',
			'Hebben zij dan wel toegang tot een deskundige collega die dit gesprek met alle betrokkenen kan voeren?',
			{},
			alsGekozen('18', NOG_ONVOLDOENDE)
		),
		jaOnvoldoende(
			'19',
			`Kunnen alle professionals in ${WIJKTEAMS} systeemgericht werken?`,
			onvoldoende
		),
		meerkeuze(
			'19a',
			'Waaruit blijkt dat zij systeemgericht kunnen werken?',
			[
				GETRAIND('Professionals zijn getraind in systeemgericht werken'),
				INSTRUMENTEN('Professionals gebruiken instrumenten die hierbij helpen'),
				ANDERS
			],
			alsGekozen('19')
		)
	]
};

const STANDAARD_7: Groep = {
	id: 'standaard-7',
	kort: 'Standaard 7',
	titel: 'Standaard 7: zicht op directe veiligheid',
	inleiding: [
		'Zorg dat er in het lokale team genoeg professionals zijn om zicht op directe veiligheid te organiseren voor alle leden van een gezin of huishouden waar zorgen zijn over onveiligheid.'
	],
	bron: standaard(7),
	vragen: [
		jaOnvoldoende(
			'20',
			'Zijn er in het lokale (wijk)team genoeg professionals om zicht op directe veiligheid te organiseren voor alle leden van het gezin of huishouden?',
			onvoldoende
		),
		meerkeuze(
			'20a',
			'Waaruit blijkt dat er genoeg professionals zijn om zicht op directe veiligheid te organiseren?',
			[
				{
					id: 'gestandaardiseerd',
					label:
						'Professionals stellen samen met betrokkenen op een vaste manier vast of de risico’s beperkt zijn of dat er directe veiligheid is'
				},
				{
					id: 'bewaken',
					label:
						'Professionals bewaken of er genoeg zicht is op directe veiligheid en of afgesproken doelen worden gehaald, zodat de risico’s echt afnemen'
				},
				{
					id: 'doorlopend',
					label:
						'Professionals organiseren gemiddeld anderhalf jaar doorlopend zicht op directe en later stabiele veiligheid van alle direct betrokkenen'
				}
			],
			alsGekozen('20')
		)
	]
};

const STANDAARD_8: Groep = {
	id: 'standaard-8',
	kort: 'Standaard 8',
	titel: 'Standaard 8: werkwijze van het lokale team',
	inleiding: [
		'Zorg dat professionals van het lokale team werken volgens 1Gezin1Plan1Regisseur en een gedeelde visie op veiligheid, systeemgericht en traumasensitief werken, één instrument gebruiken voor de veiligheidsinschatting, maatwerk kunnen leveren, het gezin met (casus)regie kunnen ondersteunen tot stabiele veiligheid, aanvullende expertise kunnen inschakelen, een verzoek tot onderzoek bij de Raad voor de Kinderbescherming kunnen (laten) indienen en GGZ-professionals kunnen raadplegen.'
	],
	bron: standaard(8),
	vragen: [
		jaOnvoldoende(
			'21',
			`Is de visie gefaseerd samenwerken aan veiligheid ingevoerd bij de professionals in ${WIJKTEAMS}?`,
			{ ja: WAAR_BLIJKT }
		),
		jaOnvoldoende(
			'22',
			`Werken de professionals in ${WIJKTEAMS} volgens het gedachtegoed van 1Gezin1Plan1Regisseur?`,
			onvoldoende
		),
		meerkeuze(
			'22a',
			'Waaruit blijkt dat zij volgens 1Gezin1Plan1Regisseur werken?',
			[
				GETRAIND('Professionals zijn getraind in werken volgens 1Gezin1Plan1Regisseur'),
				INSTRUMENTEN('Professionals gebruiken instrumenten of formats om zo te werken'),
				ANDERS
			],
			alsGekozen('22')
		),
		jaOnvoldoende(
			'23',
			`Gebruiken de professionals in ${WIJKTEAMS} hetzelfde instrument (of dezelfde instrumenten) voor een veiligheidsinschatting van het gezin of huishouden?`,
			{ ja: 'Welke?', anders: WAAR_BLIJKT }
		),
		jaOnvoldoende('24', `Werken de professionals in ${WIJKTEAMS} traumasensitief?`, onvoldoende),
		meerkeuze(
			'24a',
			'Waaruit blijkt dat zij traumasensitief werken?',
			[
				GETRAIND('Professionals zijn getraind in traumasensitief werken'),
				INSTRUMENTEN(
					'Professionals gebruiken instrumenten of formats om traumasensitief te werken'
				),
				ANDERS
			],
			alsGekozen('24')
		),
		jaNee('25', 'Is vastgelegd wat je gemeente verstaat onder systeemgericht werken?', {
			ja: 'Hoe en waar is dit vastgelegd?'
		}),
		jaNee(
			'25a',
			`Is systeemgericht werken, zoals de gemeente het verstaat, als opdracht meegegeven aan ${WIJKTEAMS}?`,
			{},
			alsGekozen('25')
		),
		meerkeuze(
			'26',
			`Werken de professionals in ${WIJKTEAMS} systeemgericht? Vink aan wat van toepassing is.`,
			[
				{ id: 'alle-leden', label: 'De aanpak richt zich op alle leden van het (gezins)systeem' },
				{
					id: 'interactie',
					label:
						'De aanpak richt zich op het veranderen van de interactie (relatiedynamiek en onderliggende patronen) tussen de betrokkenen en op de wisselwerking tussen individuele en omgevingsfactoren'
				},
				{
					id: 'effect-doelen',
					label:
						'Bij elk doel in het veiligheids-, hulpverlenings- en herstelplan wordt gevraagd wat het bereiken ervan doet voor de veiligheid in het gezin'
				},
				{
					id: 'verbonden',
					label:
						'Hulpvragen en trajecten worden van analyse tot en met nazorg met elkaar verbonden en op elkaar afgestemd'
				}
			]
		),
		jaNee(
			'27',
			'Ervaren professionals belemmeringen voor systeemgericht werken die buiten hun eigen invloed liggen?',
			{ ja: 'Welke?' }
		),
		jaNee('28', 'Is vastgelegd wat je gemeente verstaat onder (casus)regie?', {
			ja: 'Hoe en waar is dit vastgelegd?'
		}),
		jaNee('28a', `Is dit als opdracht meegegeven aan ${WIJKTEAMS}?`, {}, alsGekozen('28')),
		meerkeuze(
			'29',
			`Kunnen de professionals in ${WIJKTEAMS} een gezin ondersteunen bij het voeren van (casus)regie tot stabiele veiligheid is bereikt? Vink aan wat van toepassing is.`,
			regieTaken('gedwongen')
		),
		open(
			'29a',
			'Hoeveel uur is hiervoor per casus beschikbaar? Is dat genoeg? En zo niet, waaruit blijkt dat?'
		),
		jaNee(
			'30',
			'Kunnen de professionals in de lokale teams een verzoek tot onderzoek (VTO) bij de Raad voor de Kinderbescherming (laten) indienen?'
		),
		jaNee(
			'31',
			'Kunnen de professionals waar nodig maatwerk leveren, dat wil zeggen: doen wat nodig is?',
			{ ja: WAAR_BLIJKT }
		)
	]
};

function regieTaken(kader: 'gedwongen' | 'verplicht') {
	return [
		{ id: 'contact', label: 'Contact leggen en motiveren voor hulp' },
		{ id: 'contactpersoon', label: 'Centraal contactpersoon zijn voor de betrokkenen' },
		{
			id: 'probleemanalyse',
			label:
				'De problemen systeemgericht in kaart brengen, risico’s en zelfredzaamheid inschatten en dat met de onderliggende oorzaken samenbrengen in een integrale probleemanalyse'
		},
		{
			id: 'overbruggen',
			label: `De scheiding overbruggen tussen zorg en veiligheid, tussen jeugd en volwassenen, en tussen vrijwillig en ${kader} kader`
		}
	];
}

const STANDAARD_9: Groep = {
	id: 'standaard-9',
	kort: 'Standaard 9',
	titel: 'Standaard 9: basiskennis',
	inleiding: [
		'Zorg dat professionals die in het lokale team werken met gezinnen of huishoudens waar zorgen zijn over onveiligheid, basiskennis hebben (of toegang ertoe) van geweldsdynamiek en risicofactoren, specifieke geweldsvormen en risicogroepen, samenhangende problematiek (LVB, GGZ, verslaving), de relevante delen van familie-, jeugd- en bestuursrecht, en van de samenwerking met Veilig Thuis, de gecertificeerde instellingen en de Raad voor de Kinderbescherming.'
	],
	bron: standaard(9),
	vragen: [
		jaOnvoldoende(
			'32',
			`Hebben de professionals in ${WIJKTEAMS} ${ZORGEN} basiskennis van geweldsdynamiek en risicofactoren, inclusief het herkennen van patronen?`,
			onvoldoende
		),
		meerkeuze(
			'32a',
			'Waaruit blijkt dat zij deze basiskennis hebben?',
			[
				{
					id: 'getraind',
					label: 'Professionals zijn getraind in geweldsdynamiek en risicofactoren',
					tekstveld: 'In welke methodiek?'
				},
				INSTRUMENTEN('Professionals gebruiken instrumenten of formats om patronen te herkennen'),
				ANDERS
			],
			alsGekozen('32')
		),
		tabel(
			'33',
			`Hebben de professionals in ${WIJKTEAMS} ${ZORGEN} genoeg basiskennis om signalen van deze vormen van onveiligheid te herkennen?`,
			[
				{ id: 'ouderenmishandeling', label: 'Ouderenmishandeling' },
				{ id: 'stalking', label: 'Stalking' },
				{ id: 'partnergeweld', label: '(Ex-)partnergeweld' },
				{ id: 'online', label: 'Online (seksueel) geweld' },
				{ id: 'seksueel', label: 'Seksueel geweld' },
				{ id: 'schadelijke-praktijken', label: 'Schadelijke traditionele praktijken' }
			]
		),
		open(
			'33a',
			'Je gaf aan dat professionals op één of meer gebieden genoeg basiskennis hebben. Waaruit blijkt dat?',
			alsRijMet('33', JA)
		),
		open(
			'33b',
			'Je gaf aan dat professionals op één of meer gebieden onvoldoende basiskennis hebben. Waaruit blijkt dat?',
			alsRijMet('33', NEE)
		),
		jaOnvoldoende(
			'34',
			`Hebben de professionals in ${WIJKTEAMS} ${ZORGEN} basiskennis van problemen en risicofactoren die vaak samengaan met huiselijk geweld en kindermishandeling (onder meer LVB, psychische problemen en verslaving)?`,
			beide
		),
		jaOnvoldoende(
			'35',
			`Hebben de professionals in ${WIJKTEAMS} ${ZORGEN} basiskennis van familie- en jeugdrecht, vooral erkenning en gezag?`,
			onvoldoende
		),
		meerkeuze(
			'35a',
			'Waaruit blijkt dat zij basiskennis hebben van familie- en jeugdrecht?',
			[GETRAIND(), INSTRUMENTEN('Professionals gebruiken instrumenten'), ANDERS],
			alsGekozen('35')
		),
		tabel(
			'36',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} GGZ-professionals raadplegen (bijvoorbeeld via een GGZ- of FACT-team)?`,
			[
				{ id: 'kinderen', label: 'Bij GGZ-, verslavings- of LVB-problematiek bij kinderen' },
				{ id: 'volwassenen', label: 'Bij GGZ-, verslavings- of LVB-problematiek bij volwassenen' }
			]
		),
		open(
			'36a',
			'Je gaf aan dat professionals die mogelijkheden onvoldoende hebben, bij kinderen en/of volwassenen. Waaruit blijkt dat?',
			alsRijMet('36', NEE)
		)
	]
};

const STANDAARD_10: Groep = {
	id: 'standaard-10',
	kort: 'Standaard 10',
	titel: 'Standaard 10: werken met het gezin aan veiligheid en herstel',
	inleiding: [
		'Zorg dat professionals die in het lokale team werken met gezinnen of huishoudens waar zorgen zijn over onveiligheid: zorgen kunnen bespreken met alle betrokkenen, outreachend aansluiten, samen een veiligheidsinschatting maken, het sociale netwerk betrekken, contact houden met alle betrokken professionals, het gezin kunnen ondersteunen in regie over analyse en plannen, veiligheidsplannen opstellen en uitvoeren, en tijdig systeemgerichte hulp inzetten, ook voor herstel.'
	],
	bron: standaard(10),
	vragen: [
		jaOnvoldoende(
			'37',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} outreachend aansluiten bij gezinnen of huishoudens en helpen de hulpvraag te formuleren?`,
			onvoldoende
		),
		meerkeuze(
			'37a',
			'Waaruit blijkt dat zij outreachend kunnen aansluiten en kunnen helpen de hulpvraag te formuleren?',
			[
				{
					id: 'werkinstructie',
					label: 'Het staat in de werkinstructie of opdracht van de professionals'
				},
				GETRAIND(),
				{
					id: 'vaardigheden',
					label:
						'Professionals kunnen het gesprek met het gezin aangaan, ook als het gezin zelf geen vraag stelt'
				},
				{ id: 'capaciteit', label: 'Professionals hebben genoeg capaciteit (tijd, fte)' },
				ANDERS
			],
			alsGekozen('37')
		),
		jaOnvoldoende(
			'38',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} een veiligheidsinschatting maken van de situatie in het gezin of huishouden?`,
			onvoldoende
		),
		meerkeuze(
			'38a',
			'Waaruit blijkt dat zij een veiligheidsinschatting kunnen maken?',
			[
				GETRAIND('Professionals zijn getraind in het maken van een veiligheidsbeoordeling'),
				INSTRUMENTEN('Professionals gebruiken instrumenten'),
				{
					id: 'format',
					label: 'Professionals gebruiken een vastgesteld format',
					tekstveld: 'Zoals'
				},
				ANDERS
			],
			alsGekozen('38')
		),
		jaOnvoldoende(
			'39',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} het sociale netwerk van het gezin betrekken en steunen bij directe veiligheid en bij het wegnemen van de oorzaken van onveiligheid?`,
			beide
		),
		jaOnvoldoende(
			'40',
			`Kunnen de professionals in ${WIJKTEAMS} aan wie Veilig Thuis gezinnen overdraagt, contact houden met alle betrokken professionals (onder meer huisarts, school of kinderopvang, politie, GGZ, verslavingszorg, vrouwenopvang, gecertificeerde instelling, Raad voor de Kinderbescherming, reclassering)?`,
			beide
		),
		jaOnvoldoende(
			'41',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} de betrokkenen ondersteunen in de regie over het opstellen en uitvoeren van hulpverlenings- en herstelplannen?`,
			onvoldoende
		),
		meerkeuze(
			'41a',
			'Waaruit blijkt dat zij de betrokkenen daarin kunnen ondersteunen?',
			[
				GETRAIND(),
				INSTRUMENTEN(
					'Professionals gebruiken instrumenten of formats voor hulpverlenings- en herstelplannen die betrokkenen helpen de regie te houden'
				),
				ANDERS
			],
			alsGekozen('41')
		),
		jaOnvoldoende(
			'42',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} de betrokkenen ondersteunen in de regie over, en de gezamenlijke besluitvorming over, een integrale analyse en een veiligheidsinschatting?`,
			beide
		),
		jaOnvoldoende(
			'43',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} veiligheidsplannen opstellen?`,
			onvoldoende
		),
		meerkeuze(
			'43a',
			'Waaruit blijkt dat zij veiligheidsplannen kunnen opstellen?',
			[
				GETRAIND('Professionals zijn getraind in het maken van een veiligheidsplan'),
				INSTRUMENTEN('Professionals gebruiken instrumenten of formats voor een veiligheidsplan'),
				ANDERS
			],
			alsGekozen('43')
		),
		jaOnvoldoende(
			'44',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} de veiligheidsvoorwaarden van Veilig Thuis vertalen in het veiligheidsplan?`,
			beide
		),
		jaOnvoldoende(
			'45',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} tijdig systeemgerichte hulp inzetten of ernaar toeleiden (hulp die het hele systeem betrekt of de dynamiek in het gezin verandert)?`,
			onvoldoende
		),
		meerkeuze(
			'45a',
			'Waaruit blijkt dat zij tijdig systeemgerichte hulp kunnen inzetten of ernaar toeleiden?',
			[
				{
					id: 'zelf-bieden',
					label: 'Professionals kunnen deze hulp (deels) zelf bieden',
					tekstveld: 'Namelijk'
				},
				{
					id: 'afdelingen',
					label: 'Professionals werken samen met andere afdelingen van de gemeente',
					tekstveld: 'Zoals'
				},
				{
					id: 'bevoegdheden',
					label: 'Professionals mogen zelf een indicatie of beschikking afgeven'
				},
				ANDERS
			],
			alsGekozen('45')
		),
		jaOnvoldoende(
			'46',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} tijdig systeemgerichte hulp inzetten of ernaar toeleiden voor alle leden van het gezin of huishouden, om te herstellen van de gevolgen van het geweld (bijvoorbeeld traumabehandeling)?`,
			onvoldoende
		),
		meerkeuze(
			'46a',
			'Waaruit blijkt dat zij tijdig hulp voor herstel kunnen inzetten of ernaar toeleiden?',
			[
				{
					id: 'afdelingen',
					label: 'Professionals werken samen met andere afdelingen van de gemeente',
					tekstveld: 'Zoals'
				},
				{
					id: 'bevoegdheden',
					label: 'Professionals mogen zelf een indicatie of beschikking afgeven'
				},
				ANDERS
			],
			alsGekozen('46')
		),
		meerkeuze(
			'47',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} het volgende doen, om gezinnen te ondersteunen in de regie over een veiligheids-, hulpverlenings- en herstelplan ((casus)regie)? Vink aan wat van toepassing is.`,
			regieTaken('verplicht')
		),
		jaOnvoldoende(
			'48',
			`Kunnen de professionals in ${WIJKTEAMS} ${ZORGEN} de betrokkenen ondersteunen in de regie over de uitvoering van het veiligheidsplan?`,
			beide
		)
	]
};

const PARTNERS: readonly Rij[] = [
	{ id: 'veilig-thuis', label: 'Veilig Thuis' },
	{ id: 'gi', label: 'Alle gecontracteerde gecertificeerde instellingen' },
	{ id: 'rvdk', label: 'Raad voor de Kinderbescherming' }
];

const STANDAARD_11_12: Groep = {
	id: 'standaard-11-12',
	kort: 'Standaarden 11 en 12',
	titel: 'Standaarden 11 en 12: samenwerkingsafspraken',
	inleiding: [
		'Zorg dat Veilig Thuis, de Raad voor de Kinderbescherming, de gecertificeerde instellingen en het lokale team samenwerkingsafspraken maken: over advies en ondersteuning, het informeren van betrokkenen, de taakverdeling, begin en einde van betrokkenheid, overdracht, de fase van zicht op directe veiligheid, de kwaliteit van de veiligheidsbeoordeling, wat te doen bij verschil van inzicht, en samen leren en evalueren.',
		'Zorg dat die afspraken passen bij de gezamenlijke visie van de gemeente, naadloos op elkaar aansluiten en geregeld samen worden geëvalueerd.'
	],
	bron: bron('standaard-11-12', 'standaarden 11 en 12'),
	vragen: [
		meerkeuze(
			'49',
			'Welke van deze punten staan in de samenwerkingsafspraken tussen Veilig Thuis, de gecertificeerde instellingen, de Raad voor de Kinderbescherming en de lokale (wijk)teams van je gemeente? Meerdere antwoorden mogelijk.',
			[
				{
					id: 'advies',
					label:
						'Wanneer en hoe de lokale organisaties advies en ondersteuning kunnen vragen bij Veilig Thuis, de Raad en de gecertificeerde instellingen'
				},
				{
					id: 'informeren',
					label:
						'Het informeren van direct betrokkenen over een melding bij Veilig Thuis en over een verzoek tot onderzoek bij de Raad'
				},
				{
					id: 'taakverdeling',
					label: 'De taakverdeling tussen Veilig Thuis en de lokale (wijk)teams'
				},
				{
					id: 'start-einde',
					label:
						'Begin en einde van de betrokkenheid van Veilig Thuis, de Raad en/of een gecertificeerde instelling'
				},
				{ id: 'overdracht', label: 'Hoe Veilig Thuis een casus overdraagt (in kennis stelt)' },
				{
					id: 'zicht',
					label: 'De samenwerking in de fase van zicht op directe veiligheid, ook bij nieuwe zorgen'
				},
				{
					id: 'informatie',
					label:
						'Welke informatie Veilig Thuis, de Raad en/of een gecertificeerde instelling overdragen'
				},
				{
					id: 'kwaliteit',
					label:
						'De kwaliteit van de veiligheidsbeoordeling en veiligheidsvoorwaarden van Veilig Thuis'
				},
				{
					id: 'na-ots',
					label:
						'Hoe lokaal team en Raad samenwerken als er nieuwe zorgen zijn nadat een ondertoezichtstelling is opgeheven'
				},
				{
					id: 'resultaat-vto',
					label:
						'Hoe de Raad het lokale team informeert over de uitkomst van een verzoek tot onderzoek, en welke informatie daarbij gedeeld wordt'
				},
				{
					id: 'jeugdhulp',
					label:
						'Afstemming tussen gecertificeerde instelling en lokale organisaties over jeugdhulp op indicatie'
				},
				{
					id: 'methodes',
					label:
						'Een overzicht van de (erkende) methodes en instrumenten die alle partners gebruiken, voor eenduidige taal en inhoud'
				},
				{
					id: 'geen-overeenstemming',
					label:
						'Wie welke stappen zet als betrokken partners het niet eens worden en de samenwerking vastloopt'
				},
				{
					id: 'samen-leren',
					label: 'Hoe casussen samen worden geëvalueerd, zodat er samen wordt geleerd'
				},
				{ id: 'evalueren', label: 'Het geregeld evalueren van de samenwerkingsafspraken' }
			],
			{
				uitleg:
					'Het verzoek-tot-onderzoekpunt geldt zolang nog niet volgens het Toekomstscenario wordt gewerkt en het lokale team niet het hele traject het vaste aanspreekpunt is.'
			}
		),
		jaNee('49a', 'Kennen de professionals deze afspraken?', { ja: WAAR_BLIJKT }),
		tabel(
			'50',
			'Verloopt de samenwerking tussen het lokale team en deze partners naar tevredenheid?',
			PARTNERS
		),
		open(
			'50a',
			'Je gaf aan dat de samenwerking met één of meer partners naar tevredenheid verloopt. Waaruit blijkt dat?',
			alsRijMet('50', JA)
		),
		open(
			'50b',
			'Je gaf aan dat de samenwerking met één of meer partners niet naar tevredenheid verloopt. Waaruit blijkt dat?',
			alsRijMet('50', NEE)
		),
		tabel(
			'51',
			'Blijft het lokale team op de langere termijn betrokken bij de casus, ook als Veilig Thuis, een gecertificeerde instelling of de Raad betrokken is?',
			[
				{ id: 'jeugd', label: 'Bij jeugd' },
				{ id: 'volwassenen', label: 'Bij volwassenen' }
			]
		),
		open('51a', 'Hoe zijn deze afspraken vastgelegd?', alsRijMet('51', JA))
	]
};

export const ZELFSCAN: Vragenlijst = {
	id: 'zelfscan',
	titel: 'Zelfscan sterke lokale teams',
	setNaam: 'scan',
	titelLabel: 'Gemeente',
	titelVerplicht: true,
	inleiding: [
		'Met deze zelfscan breng je per gemeente in kaart hoe de lokale (wijk)teams ervoor staan bij onveiligheid in gezinnen, langs de twaalf standaarden van de Leidraad ‘Werken aan veiligheid’. Zo kun je als regio samen acties kiezen om de teams te versterken.',
		'Vul de scan in met één persoon die het overzicht heeft, of samen in een gesprek. Je kunt ook anderen om input vragen en die zelf verwerken. Sommige vragen verschijnen pas als een eerder antwoord daarom vraagt.'
	],
	bron: bron('introductie', 'introductie'),
	groepen: [
		STANDAARD_1,
		STANDAARD_2,
		STANDAARD_3,
		STANDAARD_4,
		STANDAARD_5,
		STANDAARD_6,
		STANDAARD_7,
		STANDAARD_8,
		STANDAARD_9,
		STANDAARD_10,
		STANDAARD_11_12
	]
};
