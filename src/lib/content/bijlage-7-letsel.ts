/**
 * Bijlage 7 of the meldcode: what a school does (and does not do) with physical injury.
 *
 * The source's exception for the organisation's own special-education schools with nursing
 * expertise is written generically: any school that has such expertise.
 */
import { REF } from './source.js';
import type { Punt } from './types.js';

export const LETSEL_INLEIDING: Punt = {
	id: 'letselduiding',
	tekst:
		'Twijfel je over lichamelijk letsel? Bij het bespreken van de signalen (stap 2) kun je advies vragen aan Veilig Thuis of aan een deskundige op het gebied van letselduiding. Daarbij gelden deze regels.',
	ref: REF.bijlage7,
	zieOok: [REF.stap2]
};

export const LETSEL_REGELS: readonly Punt[] = [
	{
		id: 'nooit-zelf-beoordelen',
		titel: 'Beoordeel letsel nooit zelf',
		tekst:
			'Je bent geen medisch deskundige. Beoordeel lichamelijk letsel daarom nooit op eigen houtje.',
		ref: REF.bijlage7
	},
	{
		id: 'afstemmen-met-veilig-thuis',
		titel: 'Stem af met Veilig Thuis',
		tekst:
			'Alle advies en ondersteuning bij zorgen over lichamelijk letsel stem je af met Veilig Thuis. Veilig Thuis werkt daarbij met eigen richtlijnen en kan forensisch-medische deskundigen inschakelen.',
		ref: REF.bijlage7
	},
	{
		id: 'geen-fotos',
		titel: "Geen foto's",
		tekst:
			"Maak geen foto's van letsel, tenzij de ouders of Veilig Thuis daar toestemming voor geven.",
		ref: REF.bijlage7
	},
	{
		id: 'niet-naar-arts',
		titel: 'Niet zelf naar een arts',
		tekst:
			'Neem een kind niet mee naar een arts of verpleegkundige, en laat het niet door hen onderzoeken, tenzij de ouders of Veilig Thuis daar toestemming voor geven.',
		ref: REF.bijlage7
	}
];

/** Exceptions to the rules about medical care. */
export const LETSEL_UITZONDERINGEN: readonly Punt[] = [
	{
		id: 'spoedeisende-zorg',
		titel: 'Spoed gaat voor',
		tekst:
			'Na een ongeluk of bij een (ernstige) verwonding regel je gewoon spoedeisende medische zorg.',
		ref: REF.bijlage7
	},
	{
		id: 'eigen-verpleegkundige',
		titel: 'Verpleegkundige op school',
		tekst:
			'Heeft je school eigen verpleegkundige expertise (zoals sommige scholen voor speciaal onderwijs), dan mag die worden ingezet voor de gewone zorg aan de eigen leerlingen. Een medische inschatting bij een vermoeden van huiselijk geweld of kindermishandeling mag ook dan alleen via Veilig Thuis.',
		ref: REF.bijlage7
	}
];

export const LETSEL_OUDERS_INFORMEREN: Punt = {
	id: 'ouders-informeren',
	titel: 'Ouders informeren',
	tekst:
		'Vraag ook bij deze uitzonderingen bij voorkeur vooraf toestemming aan de ouders. Kan dat niet, of is dat niet in het belang van de veiligheid van de leerling, informeer de ouders dan achteraf.',
	ref: REF.bijlage7
};
