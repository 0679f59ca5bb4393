/** The two signaleringslijsten (bijlage 2 and 3), selected by age band or by a pupil's age. */
import { SIGNALERINGSLIJST_4_12, type SignaalId4Tot12 } from './bijlage-2-signalen-4-12.js';
import { SIGNALERINGSLIJST_12_18, type SignaalId12Tot18 } from './bijlage-3-signalen-12-18.js';
import {
	leeftijdsgroepVoor,
	type Leeftijdsgroep,
	type Signaal,
	type Signaleringslijst
} from './signalen.js';

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

/**
 * Each list's ids start with its own prefix (bijlage 2: "b2-", bijlage 3: "b3-"), so an id names
 * one wording only. Logs written before that hold the bare, shared ids ("verwaarloosd" is in both
 * lists with different words); those are read in the list the case used.
 */
export const LIJST_VOORVOEGSEL: Readonly<Record<Leeftijdsgroep, string>> = {
	'4-12': 'b2-',
	'12-18': 'b3-'
};

/** The list an id belongs to by its prefix, or undefined for an old, bare id. */
function lijstVanId(id: string): Leeftijdsgroep | undefined {
	for (const [groep, voorvoegsel] of Object.entries(LIJST_VOORVOEGSEL))
		if (id.startsWith(voorvoegsel)) return groep as Leeftijdsgroep;
	return undefined;
}

/**
 * The signal a recorded id stands for. A prefixed id decides its own list; a bare id from an
 * older log is looked up in the list the entry names (`lijst`) or, where the entry predates that
 * field, in the list for the case's age (the list the screen showed then). Undefined when the id
 * is in neither list (a newer or foreign log): the caller shows the id itself.
 */
export function signaalVoor(
	id: string,
	{ lijst, leeftijd }: { lijst?: Leeftijdsgroep | undefined; leeftijd: number }
): Signaal | undefined {
	let groep = lijstVanId(id);
	let volledig = id;
	if (!groep) {
		groep =
			lijst && Object.hasOwn(SIGNALERINGSLIJSTEN, lijst)
				? lijst
				: Number.isFinite(leeftijd) && leeftijd >= 0
					? leeftijdsgroepVoor(leeftijd)
					: undefined;
		if (!groep) return undefined;
		volledig = `${LIJST_VOORVOEGSEL[groep]}${id}`;
	}
	return SIGNALERINGSLIJSTEN[groep].signalen.find((s) => s.id === volledig);
}
