/**
 * Stap 5, optie II (organise help yourself and follow its effects) and stap 6 (volgen en
 * afsluiten, the school variant's sixth step, not in the national basismodel), from the main text
 * of the meldcode (seed 004). The help texts of NJi for both are in `hulp-en-herstel.ts`.
 */
import { REF } from './source.js';
import type { Punt, Tekstblok } from './types.js';

export const OPTIE_II_HULP: Tekstblok = {
	id: 'optie-2-hulp',
	titel: 'Optie II: zelf hulp organiseren en de effecten volgen',
	kort: 'Kun je de leerling en het gezin redelijkerwijs zelf voldoende beschermen, dan organiseer je hulp, volg je het effect en meld je alsnog als het geweld niet stopt.',
	alineas: [],
	punten: [
		{
			id: 'hulp-organiseren',
			tekst:
				'Organiseer de hulp die nodig is. Waar dat nodig of gewenst is, betrek je het zorgteam, het zorgadviesteam of het centrum voor jeugd en gezin (CJG).',
			ref: REF.stap5OptieII
		},
		{
			id: 'effecten-volgen',
			tekst: 'Volg de effecten van de hulp.',
			ref: REF.stap5OptieII
		},
		{
			id: 'alsnog-melden',
			tekst:
				'Doe alsnog een melding bij Veilig Thuis als er signalen zijn dat het huiselijk geweld of de kindermishandeling niet stopt of opnieuw begint.',
			ref: REF.stap5OptieII,
			zieOok: [REF.meldnormen]
		}
	],
	ref: REF.stap5OptieII
};

export const STAP_6_NAZORG: Tekstblok = {
	id: 'stap-6-nazorg',
	titel: 'Stap 6: volgen en afsluiten',
	kort: 'Een melding of hulp is geen eindpunt: de leerling blijft naar school gaan, en jij blijft in contact met ouders en leerling.',
	alineas: [],
	punten: [
		{
			id: 'geen-eindpunt',
			tekst:
				'Een melding is geen eindpunt: de leerling blijft naar school gaan. In stap 4 en 5 is afgesproken wie de zorg coördineert en welke hulp of actie er komt.',
			ref: REF.stap6
		},
		{
			id: 'nazorg',
			titel: 'Nazorg',
			tekst:
				'Om de voortgang te bewaken en de relatie tussen ouders, leerling en school goed te houden, is nazorg nodig. Stem die nauw af met het zorgteam, het centrum voor jeugd en gezin (CJG) of de regisseur van de gemeente.',
			ref: REF.stap6
		},
		{
			id: 'contact-houden',
			titel: 'Contact houden',
			tekst: 'Blijf na de hulp of de melding in contact met de ouders en de leerling.',
			ref: REF.stap6,
			zieOok: [REF.terAanvulling]
		},
		{
			id: 'evalueren',
			titel: 'Evalueren',
			tekst: 'Tot slot evalueer je de aanpak met alle betrokkenen.',
			ref: REF.stap6
		}
	],
	ref: REF.stap6
};

/**
 * Closing a case after a melding, in the basismodel (which has no stap 6 of its own). Issue 13,
 * rule 9: closing the case in the app does not mean the school's part ends with the melding.
 */
export const AFSLUITEN_NA_MELDING: Punt = {
	id: 'afsluiten-na-melding',
	tekst:
		'Een melding is geen eindpunt: de leerling blijft naar school gaan. Ook als je de casus hier afsluit, houd je contact met de ouders en de leerling, en doe je wat je bij de melding met Veilig Thuis hebt afgesproken over wat de school nog kan doen. Komen er nieuwe signalen, of komt de onveiligheid terug, dan open je de casus weer.',
	ref: REF.stap6,
	zieOok: [REF.stap5OptieI]
};
