/**
 * The rules of stap 2 (collegiale consultatie) and stap 4 (wegen) from the main text of the
 * meldcode (seed 004), in plain words. The safety lead is named by role in the settings; here the
 * text says "de aandachtsfunctionaris" and the screen adds who that is.
 */
import { REF } from './source.js';
import type { Punt } from './types.js';

export const STAP_2_CONSULTATIE: readonly Punt[] = [
	{
		id: 'altijd-aandachtsfunctionaris',
		tekst:
			'Bespreek de signalen altijd met de aandachtsfunctionaris van je organisatie. Dat is verplicht in deze stap.',
		ref: REF.stap2
	},
	{
		id: 'anders-ivp-ib-csv',
		tekst:
			'Is die niet bereikbaar, bespreek ze dan met de intern vertrouwenspersoon, de intern begeleider of de coördinator sociale veiligheid.',
		ref: REF.stap2
	},
	{
		id: 'twijfel-advies',
		tekst:
			'Twijfel je? Vraag dan altijd advies aan Veilig Thuis of aan een deskundige op het gebied van letselduiding.',
		ref: REF.stap2,
		zieOok: [REF.bijlage6, REF.bijlage7]
	},
	{
		id: 'vastleggen',
		tekst: 'Leg ook deze contacten vast: met wie, wanneer en welk advies.',
		ref: REF.stap2
	}
];

export const STAP_4_WEGEN: readonly Punt[] = [
	{
		id: 'multidisciplinair',
		tekst:
			'Weeg niet alleen: de weging gebeurt met meerdere deskundigen en wordt altijd besproken met de aandachtsfunctionaris.',
		ref: REF.stap4
	},
	{
		id: 'hoe-en-met-wie',
		tekst: 'Leg vast hoe en met wie je weegt, en wie de melding doet als het zover komt.',
		ref: REF.stap4
	},
	{
		id: 'gesprek-voorbereiden',
		tekst:
			'Beschrijf hoe het gesprek met de betrokkenen over een melding wordt voorbereid en gevoerd, en zeg daarin dat Veilig Thuis de melding registreert.',
		ref: REF.stap4
	},
	{
		id: 'twijfel-veilig-thuis',
		tekst:
			'Twijfel je in deze stap? Neem dan altijd contact op met Veilig Thuis: zij lopen de afwegingsvragen met je door.',
		ref: REF.stap4
	}
];
