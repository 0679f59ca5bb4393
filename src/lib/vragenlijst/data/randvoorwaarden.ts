/**
 * The preconditions (randvoorwaarden) for keeping children safe, for professionals and for the
 * organisation of the access to youth care, from the NJi page on local teams (seed 001), in our
 * own words. The page takes them from the Kinderombudsman's guide and the joint inspectorates.
 * A checklist: tick what is in place, note what is needed.
 */
import type { Vragenlijst } from '../types';

const bron = (section: string, label: string) =>
	({
		doc: '001',
		section,
		label: `NJi, Wijkteams en de veiligheid van kinderen, ${label}`
	}) as const;

export const RANDVOORWAARDEN: Vragenlijst = {
	id: 'randvoorwaarden',
	titel: 'Randvoorwaarden voor de veiligheid van kinderen',
	setNaam: 'checklist',
	titelLabel: 'Organisatie of team (mag leeg blijven)',
	titelVerplicht: false,
	inleiding: [
		'Wat moet geregeld zijn in de werkwijze van professionals en in de organisatie, zodat de veiligheid van kinderen geborgd is? Vink aan wat op orde is en noteer wat er nog nodig is.',
		'Professionals hebben toerusting en steun van hun organisatie nodig om hun werk goed te kunnen doen; ook zij moeten zich veilig voelen.'
	],
	bron: bron('randvoorwaarden', 'randvoorwaarden in werkwijze en organisatie'),
	groepen: [
		{
			id: 'professionals',
			kort: 'Professionals',
			titel: 'Voor professionals',
			bron: bron('randvoorwaarden/professionals', 'randvoorwaarden voor professionals'),
			vragen: [
				{
					id: 'professionals',
					type: 'checklist',
					tekst: 'Professionals:',
					rijen: [
						{
							id: 'systematisch',
							label:
								'schatten risico’s en signalen rond de veiligheid van kinderen en gezinnen systematisch in'
						},
						{
							id: 'gezamenlijk-beeld',
							label:
								'hebben een gedeeld beeld van veiligheid en onveiligheid; voor iedereen is duidelijk wanneer in actie te komen'
						},
						{
							id: 'niet-loslaten',
							label: 'laten het gezin niet los als ze zich zorgen maken over de veiligheid'
						},
						{
							id: 'collegas',
							label: 'gebruiken de deskundigheid van collega’s om signalen te duiden'
						},
						{
							id: 'kinderen-bij-volwassenen',
							label:
								'schatten bij problemen van volwassenen altijd in welke risico’s dat geeft voor de kinderen, ook zonder duidelijke signalen van het kind'
						},
						{
							id: 'signalen-delen',
							label:
								'delen signalen met anderen na overleg met de kinderen en het gezin, in het belang van hun veiligheid'
						},
						{
							id: 'registreren',
							label:
								'registreren risico’s voor de veiligheid van kinderen, bijvoorbeeld in de Verwijsindex Risicojongeren'
						}
					]
				}
			]
		},
		{
			id: 'organisatie',
			kort: 'Organisatie',
			titel: 'Voor de organisatie',
			bron: bron('randvoorwaarden/organisatie', 'randvoorwaarden voor de organisatie'),
			vragen: [
				{
					id: 'organisatie',
					type: 'checklist',
					tekst: 'In de organisatie van de toegang is minstens geregeld:',
					rijen: [
						{
							id: 'dossiers',
							label:
								'Medewerkers in een team kunnen elkaars dossiers inzien, zodat de zorg doorloopt en er bij afwezigheid in een crisis adequaat gereageerd kan worden.'
						},
						{
							id: 'kwetsbare-groepen',
							label:
								'Het is bekend welke kwetsbare groepen kinderen en jongeren er in de gemeente zijn en wat zij nodig hebben.'
						},
						{
							id: 'samenwerking',
							label:
								'Er is goede samenwerking met partijen buiten het wijkteam: zorg, jeugdbescherming, veiligheid en politie, wonen, werk en inkomen, en (speciaal) onderwijs.'
						},
						{ id: 'verantwoordelijkheden', label: 'Verantwoordelijkheden zijn helder belegd.' },
						{
							id: 'monitoren',
							label: 'Er wordt doorlopend gevolgd of de ingekochte hulp passend en voldoende is.'
						},
						{
							id: 'evalueren',
							label:
								'De kwaliteit en toegankelijkheid van de hulp worden (lokaal) geëvalueerd en waar nodig verbeterd.'
						},
						{ id: 'kwaliteit', label: 'De kwaliteit van de professionals is geborgd.' },
						{ id: 'privacy', label: 'De privacy van cliënten is geborgd.' },
						{
							id: 'communicatie',
							label: 'Wat er aan hulp is, is helder en goed te vinden.'
						},
						{
							id: 'bezwaar',
							label: 'Bezwaar, beroep en klachten zijn goed geregeld.'
						}
					]
				}
			]
		}
	]
};
