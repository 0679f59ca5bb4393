/**
 * The case row for the case list, derived from the machine state and the log: status, outcome,
 * and the next date something is due (the term of afweging 4/5, Veilig Thuis' feedback 5
 * werkdagen after a melding, the stap-6 evaluation).
 */
import { addBusinessDays, formatISO, parseISO } from 'date-fns';
import type { MeldcodeSnapshot } from '$machines/replay';
import type { CasusRecord, CasusStatus } from './types';
import type { LogRegel } from '$lib/wizard/logboek';

type Samenvatting = Pick<CasusRecord, 'status' | 'uitkomst' | 'volgendeDatum' | 'volgendeWat'>;

export function samenvatting(
	snapshot: MeldcodeSnapshot,
	regels: readonly LogRegel[]
): Samenvatting {
	const c = snapshot.context;
	const status: CasusStatus =
		snapshot.status === 'done'
			? 'doorverwezen'
			: snapshot.hasTag('afgesloten')
				? 'afgesloten'
				: 'open';
	let volgendeDatum: string | null = null;
	let volgendeWat: string | null = null;
	if (snapshot.matches({ stappenplan: { stap5: 'hulpLoopt' } }) && c.hulp) {
		volgendeDatum = c.hulp.termijn;
		volgendeWat = 'Afweging 5: resultaat van de hulp';
	} else if (snapshot.matches({ stappenplan: 'stap6' }) && c.volgendeEvaluatie) {
		volgendeDatum = c.volgendeEvaluatie;
		volgendeWat = 'Evaluatie (stap 6)';
	} else if (snapshot.matches({ stappenplan: { stap5: 'gemeld' } })) {
		// By place in the list, not by volgnummer: a decision merged in from another device keeps
		// the number it had there.
		const melding = regels.findLastIndex((r) => r.beslissing.event.type === 'MELDING_GEDAAN');
		const terug = regels.findLastIndex((r) => r.beslissing.event.type === 'VT_TERUGKOPPELING');
		const gemeld = regels[melding];
		if (gemeld && terug < melding) {
			volgendeDatum = formatISO(addBusinessDays(parseISO(gemeld.beslissing.at), 5), {
				representation: 'date'
			});
			volgendeWat = 'Terugkoppeling van Veilig Thuis (5 werkdagen)';
		}
	}
	return { status, uitkomst: c.uitkomst, volgendeDatum, volgendeWat };
}
