/**
 * The ten reflection questions of the NJi brochure "Zo zorg je dat kinderen veilig opgroeien"
 * (seed 000), in our own words. Each question: its sub-questions answered Ja/Nee (a table), a
 * place on the scale from "veel leerpunten" to "veel sterke punten", and a free field for what
 * you want to learn. The closing learning questions of the brochure end the list.
 */
import type { Groep, KeuzeVraag, Rij, TabelVraag, TekstVraag, Vragenlijst } from '../types';
import { JA_NEE_OPTIES } from './bouw';

const bron = (section: string, label: string) =>
	({
		doc: '000',
		section,
		label: `NJi, Zo zorg je dat kinderen veilig opgroeien, ${label}`
	}) as const;

export const SCHAAL_OPTIES = [
	{ id: '1', label: '1 – veel leerpunten' },
	{ id: '2', label: '2' },
	{ id: '3', label: '3' },
	{ id: '4', label: '4' },
	{ id: '5', label: '5 – veel sterke punten' }
] as const;

function reflectievraag(n: number, vraag: string, deelvragen: readonly (string | Rij)[]): Groep {
	const rijen: Rij[] = deelvragen.map((d, i) =>
		typeof d === 'string' ? { id: `d${i + 1}`, label: d } : { ...d, id: `d${i + 1}` }
	);
	const tabel: TabelVraag = {
		id: `r${n}-deelvragen`,
		type: 'tabel',
		tekst: 'Beantwoord elke deelvraag met ja of nee.',
		rijen,
		opties: JA_NEE_OPTIES
	};
	const schaal: KeuzeVraag = {
		id: `r${n}-schaal`,
		type: 'keuze',
		weergave: 'schaal',
		tekst: 'Waar sta je op deze vraag, van veel leerpunten (1) tot veel sterke punten (5)?',
		opties: SCHAAL_OPTIES
	};
	const leerpunten: TekstVraag = {
		id: `r${n}-leerpunten`,
		type: 'tekst',
		tekst: 'Leerpunten: wat wil je verbeteren, en wie kan je daarbij helpen?'
	};
	return {
		id: `vraag-${n}`,
		kort: `Vraag ${n}`,
		titel: `${n}. ${vraag}`,
		bron: bron(`vraag-${n}`, `reflectievraag ${n}`),
		vragen: [tabel, schaal, leerpunten]
	};
}

const hint = (label: string, uitleg: string): Rij => ({ id: '', label, uitleg });

export const REFLECTIE: Vragenlijst = {
	id: 'reflectie',
	titel: 'Reflectievragen: zo zorg je dat kinderen veilig opgroeien',
	setNaam: 'reflectie',
	titelLabel: 'Naam, team of onderwerp (mag leeg blijven)',
	titelVerplicht: false,
	inleiding: [
		'Tien vragen om te kijken naar je eigen kennis en vaardigheden bij onveilige opvoedsituaties: wat gaat goed, en wat vraagt nog aandacht? Gebruik ze na een casus, op je eigen moment of samen in een teamoverleg.',
		'Beantwoord per vraag de deelvragen, zet jezelf op de schaal en schrijf je leerpunten op. Bespreek ze met collega’s of je leidinggevende. Elke reflectie wordt met datum bewaard, zodat je ziet hoe je groeit.'
	],
	bron: bron('hoe-gebruik-je', 'hoe gebruik je de reflectievragen?'),
	groepen: [
		reflectievraag(
			1,
			'Heb ik genoeg kennis om onveilige opvoedsituaties te signaleren en eraan te werken ze te voorkomen of te verbeteren?',
			[
				'Weet ik wat onveilige opvoedsituaties zijn, en ken ik de signalen van kindermishandeling en huiselijk geweld?',
				'Ken ik de risicofactoren en de beschermende factoren?',
				'Ken ik de gevolgen van huiselijk geweld en kindermishandeling?',
				'Besef ik dat onveiligheid er in elk gezin anders uitziet, en dat de weg naar veiligheid dus ook per gezin verschilt?',
				'Ken ik de stappen van de meldcode, en handel ik ernaar?',
				'Ken ik het werkveld rond (on)veiligheid, en weet ik welke taken en verantwoordelijkheden ik en andere organisaties hebben?',
				'Weet ik welke mogelijkheden tot ingrijpen er zijn bij een onveilige opvoedsituatie?',
				'Blijf ik leren, ook over onveilige opvoedsituaties?'
			]
		),
		reflectievraag(
			2,
			'Heb ik genoeg vaardigheden om onveilige opvoedsituaties te signaleren en eraan te werken ze te voorkomen of te verbeteren?',
			[
				'Herken ik signalen van onveilige opvoedsituaties?',
				hint(
					'Maak ik een gestructureerde inschatting van de veiligheidsrisico’s voor een kind in het gezin?',
					'Denk aan signalen, risicofactoren en beschermende factoren; een risicotaxatie-instrument kan helpen.'
				),
				hint(
					'Schat ik in of de problemen van de ouder(s) risico’s geven voor de veiligheid van het kind (kindcheck)?',
					'Ook als iemand komt met een vraag over iets anders dan opvoeden en opgroeien.'
				),
				'Vraag ik naar de opvoedsituatie en de ontwikkeling van een kind als ik in een gezin kom?',
				'Analyseer ik de opvoedsituatie en de ontwikkeling van het kind?',
				'Kan ik met ouders en kinderen een gesprek voeren over (on)veiligheid?',
				'Weeg ik na een gesprek met ouders en kind af of er sprake is van kindermishandeling of huiselijk geweld?',
				'Treed ik actief op als het kind acuut onveilig is?',
				'Beslis ik samen met een collega of ik zelf hulp kan organiseren of moet melden bij Veilig Thuis?',
				'Beoordeel ik de veiligheid van het kind samen met andere disciplines?',
				'Als ik twijfel over mijn kennis of vaardigheden, schakel ik dan een collega in of vraag ik advies bij Veilig Thuis?',
				'Leg ik alles vast in het dossier: feiten en vermoedens, overleg en overwegingen, besluiten en handelen?',
				'Gebruik ik de Verwijsindex Risicojongeren om te zien of anderen ook zorgen hebben, en om zorgen te melden?',
				'Bepaal ik welke hulp nodig is op basis van de veiligheidsrisico’s in het gezin?',
				'Bewaak ik de afspraken die zijn gemaakt om de veiligheidsrisico’s te beperken?'
			]
		),
		reflectievraag(3, 'Zie ik het kind in het gezin, en praat ik met hem of haar?', [
			'Ga ik (of mijn collega) in gesprek met het kind?',
			hint(
				'Richt ik me genoeg op de veiligheid van het kind, zonder het uit het oog te verliezen?',
				'Laat je je afleiden, bijvoorbeeld door begrip voor de ouders of door hun eigen problemen?'
			),
			hint('Betrek ik mensen uit de omgeving van het kind?', 'Denk aan de school.'),
			'Betrek ik een collega met kennis van jeugd (en veiligheid) als ik twijfel aan mijn eigen deskundigheid?'
		]),
		reflectievraag(4, 'Hoe is mijn partnerschap met gezinnen?', [
			'Houd ik er rekening mee dat ik het als professional mis kan hebben?',
			hint(
				'Veroordeel ik het gezin en zijn omgeving niet, en baseer ik me op feiten die ik met het gezin bespreek?',
				'Je mag gedrag afkeuren dat de veiligheid van het kind bedreigt; dat is iets anders dan de ouder veroordelen.'
			),
			'Heb ik respect voor de waarden, voorkeuren, het geloof, de cultuur en de identiteit van kind, gezin en omgeving?',
			'Ben ik me bewust dat mijn eigen referentiekader (eigen jeugd, opvattingen over opvoeden, overtuigingen) mijn contact en mijn oordeel beïnvloedt?',
			'Luister ik goed naar de vragen van ouder(s) en kind?',
			'Breng ik de context van het gezin goed in beeld, en vraag ik door naar de vraag achter de vraag?',
			'Heb ik de verschillende perspectieven van kind en ouder(s) in beeld?',
			'Weet ik welke zorgen en doelen elk gezinslid heeft, en sluiten de doelen zo veel mogelijk aan bij die van het gezin?',
			'Neem ik de tijd om mee te gaan in het tempo van het gezin?'
		]),
		reflectievraag(5, 'Ben ik duidelijk tegen ouders over wat er concreet moet veranderen?', [
			hint(
				'Leg ik ouders uit over welk onveilig gedrag of welke feiten ik me zorgen maak, en wat dat met het kind doet? Durf ik gevoelige onderwerpen te benoemen?',
				'Als je je zorgen niet kunt benoemen, kun je ook moeilijk zeggen welk gedrag je wél wilt zien.'
			),
			'Spreek ik duidelijke, begrijpelijke taal, met zo min mogelijk vaktermen?',
			'Weten ouder(s) en kind waar ze aan toe zijn, doordat ik duidelijke grenzen aangeef?',
			'Ben ik helder over wat ik wel en niet voor hen kan doen?',
			'Durf ik in actie te komen als ik (risico’s op) een onveilige situatie signaleer?'
		]),
		reflectievraag(6, 'Heb ik zicht op wat wél veilig is in het gezin?', [
			hint(
				'Zie ik de sterke kanten van ouder(s), kind en omgeving, en gebruik ik die?',
				'Wie als detective naar bewijs van onveiligheid zoekt, maakt de kans groter dat ouders onveilig gedrag gaan ontkennen.'
			),
			'Heb ik zicht op de beschermende factoren in het gezin?',
			'Laat ik de eigen verantwoordelijkheid bij kind en gezin?',
			'Geef ik gezin en kind ruimte om zelf oplossingen te bedenken?'
		]),
		reflectievraag(7, 'Stimuleer ik het gezin om zijn netwerk in te zetten?', [
			hint(
				'Moedig ik ouders actief aan (zo nodig met overtuiging) om mensen uit hun netwerk te betrekken, ook als ze dat niet gewend zijn?',
				'Kindermishandeling gedijt bij geheimhouding. Als mensen in de omgeving weten wat er speelt en willen meewerken, helpt dat de oplossing.'
			),
			'Vertel ik ouders dat ze een familiegroepsplan kunnen maken?',
			'Moedig ik ouders aan om met hun netwerk een familiegroepsplan te maken?'
		]),
		reflectievraag(8, 'Zet ik kleine stappen met het gezin, en vier ik successen?', [
			hint(
				'Bespreek ik met het gezin ook de signalen van veiligheid, en laat ik waardering zien voor wat goed gaat?',
				'Waardering en aandacht voor veilige momenten helpen ouders die momenten vaker te laten voorkomen.'
			),
			'Gebruik ik de sterke kanten van de gezinsleden en hun omgeving?'
		]),
		reflectievraag(
			9,
			'Hoe werk ik samen met andere professionals en organisaties rond het gezin?',
			[
				'Weet ik welke organisaties ik moet betrekken, zoals Veilig Thuis?',
				'Vraag ik Veilig Thuis op tijd om advies als ik twijfel over de veiligheid van het kind?',
				'Weet ik wanneer ik moet melden bij Veilig Thuis, en handel ik daarnaar?',
				'Is duidelijk welke organisaties en professionals bij het gezin betrokken zijn?',
				'Weet ik wie waarvoor verantwoordelijk is in de hulp aan dit gezin?',
				'Maak ik met andere professionals duidelijke afspraken over wie waarvoor verantwoordelijk is, wie signaleert, wie op de veiligheid let en wanneer er wordt afgeschaald?',
				'Ken ik de regels over het delen van informatie en persoonsgegevens met andere professionals?'
			]
		),
		reflectievraag(
			10,
			'Ben ik als professional goed toegerust, en krijg ik genoeg steun van de organisatie?',
			[
				'Krijg ik genoeg ruimte voor scholing, casusbespreking en intervisie?',
				'Steunt en stimuleert de organisatie me om buiten de kaders oplossingen en maatwerk te vinden?',
				hint(
					'Geeft de organisatie me vertrouwen en ruimte, bijvoorbeeld om beargumenteerd af te wijken van protocollen als dat de veiligheid van een kind vergroot?',
					'Het gaat om een balans tussen doen wat moet en doen wat nodig is.'
				),
				hint(
					'Krijg ik genoeg ruimte om samen met het gezin te bepalen wanneer het veilig genoeg is?',
					'Onveiligheid ziet er per gezin anders uit, dus ook de weg naar veilig genoeg.'
				),
				'Gebruikt de gemeente de praktijkkennis die ik in het wijkteam opdoe, bijvoorbeeld in uitwisseling tussen praktijk en beleid?',
				'Biedt de organisatie genoeg tijd en ruimte om echt te investeren in de samenwerking met gezinnen?',
				'Biedt de organisatie genoeg tijd en ruimte om gezinnen te stimuleren hun netwerk te betrekken?',
				'Steunt de organisatie me genoeg in elk onderdeel van het werk?'
			]
		),
		{
			id: 'leervragen',
			kort: 'Leervragen',
			titel: 'Leer- en ontwikkelvragen',
			bron: bron('leer-en-ontwikkelvragen', 'leer- en ontwikkelvragen'),
			vragen: [
				['krachten', 'Waar liggen mijn krachten?'],
				['team-leren', 'Hoe kunnen mijn teamleden daarvan leren?'],
				[
					'drempels',
					'Waar ervaar ik een drempel om huiselijk geweld en kindermishandeling te signaleren en aan te pakken?'
				],
				['ontwikkelen', 'Welke competenties wil ik verder ontwikkelen?'],
				['team-benutten', 'Hoe kan ik daarbij de competenties van mijn team(leden) benutten?'],
				['kennis', 'Welke kennis heb ik nog nodig?']
			].map(([id, tekst]): TekstVraag => ({ id: `leer-${id}`, type: 'tekst', tekst: tekst! }))
		}
	]
};
