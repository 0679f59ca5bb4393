/**
 * Every date something is due in a case, not only the next one: Veilig Thuis' decision and
 * feedback within 5 werkdagen after a melding (004 · Stap 4 · afweging 3; Bijlage 6 only says the
 * melder always hears back), counted without the Dutch holidays (`werkdagen.ts`); the term agreed
 * at afweging 4, when afweging 5 follows (004 · Stap 4 · afweging 4 and 5); and the next stap-6
 * evaluation (004 · Stap 6). After a melding for safety, help can start while Veilig Thuis' feedback is
 * still due, so there can be more than one at a time. The one place these rules live: the case
 * row's summary (`samenvatting.ts`), the case list, the case screen, the report and the calendar
 * file all take their dates from here.
 */
import { formatISO, parseISO } from 'date-fns';
import type { MeldcodeSnapshot } from '$machines/replay';
import type { LogRegel } from '$lib/logboek/logboek';
import { plusWerkdagen } from './werkdagen';

export type TermijnSoort = 'vt-terugkoppeling' | 'afweging-5' | 'evaluatie';

export interface Termijn {
	soort: TermijnSoort;
	/** YYYY-MM-DD, in the user's own calendar. */
	datum: string;
	/** The number of the decision this date follows from: later decisions have higher numbers. */
	volgnummer: number;
}

/** What is due, in a few words without case content: used on screen and in the calendar. */
export const TERMIJN_WAT: Record<TermijnSoort, string> = {
	'vt-terugkoppeling': 'Terugkoppeling van Veilig Thuis (5 werkdagen)',
	'afweging-5': 'Afweging 5: resultaat van de hulp',
	evaluatie: 'Evaluatie (stap 6)'
};

/** Everything due, earliest first. */
export function termijnen(snapshot: MeldcodeSnapshot, regels: readonly LogRegel[]): Termijn[] {
	// A closed case has nothing due; a final state (referred) neither.
	if (snapshot.status === 'done' || snapshot.hasTag('afgesloten')) return [];
	const c = snapshot.context;
	const uit: Termijn[] = [];
	// By place in the list, not by volgnummer: a decision merged in from another device keeps
	// the number it had there.
	const plek = (type: string) => regels.findLastIndex((r) => r.beslissing.event.type === type);

	// Only this round: a reopened case starts again from stap 1.
	const heropend = plek('HEROPENEN');
	const melding = regels[plek('MELDING_GEDAAN')];
	if (
		melding &&
		plek('MELDING_GEDAAN') > heropend &&
		plek('VT_TERUGKOPPELING') < plek('MELDING_GEDAAN')
	)
		uit.push({
			soort: 'vt-terugkoppeling',
			datum: formatISO(plusWerkdagen(parseISO(melding.beslissing.at), 5), {
				representation: 'date'
			}),
			volgnummer: melding.volgnummer
		});
	if (snapshot.matches({ stappenplan: { stap5: 'hulpLoopt' } }) && c.hulp)
		uit.push({
			soort: 'afweging-5',
			datum: c.hulp.termijn,
			volgnummer: regels[plek('AFWEGING_4')]?.volgnummer ?? 0
		});
	if (snapshot.matches({ stappenplan: 'stap6' }) && c.volgendeEvaluatie)
		uit.push({
			soort: 'evaluatie',
			datum: c.volgendeEvaluatie,
			volgnummer: regels[plek('NAZORG')]?.volgnummer ?? 0
		});
	return uit.sort((a, b) => a.datum.localeCompare(b.datum));
}
