/** The two signaleringslijsten (bijlage 2 and 3), selected by age band or by a pupil's age. */
import { SIGNALERINGSLIJST_4_12, type SignaalId4Tot12 } from './bijlage-2-signalen-4-12.js';
import { SIGNALERINGSLIJST_12_18, type SignaalId12Tot18 } from './bijlage-3-signalen-12-18.js';
import { leeftijdsgroepVoor, type Leeftijdsgroep, type Signaleringslijst } from './signalen.js';

export const SIGNALERINGSLIJSTEN: Readonly<Record<Leeftijdsgroep, Signaleringslijst>> = {
	'4-12': SIGNALERINGSLIJST_4_12,
	'12-18': SIGNALERINGSLIJST_12_18
};

/** The signal ids of one list, e.g. for a record of which signals were ticked. */
export type SignaalIdVoor<G extends Leeftijdsgroep> = G extends '4-12'
	? SignaalId4Tot12
	: SignaalId12Tot18;

export function signaleringslijstVoor(groep: Leeftijdsgroep): Signaleringslijst {
	return SIGNALERINGSLIJSTEN[groep];
}

export function signaleringslijstVoorLeeftijd(leeftijd: number): Signaleringslijst {
	return SIGNALERINGSLIJSTEN[leeftijdsgroepVoor(leeftijd)];
}
