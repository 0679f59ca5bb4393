/**
 * The case row for the case list, derived from the machine state and the log: status, outcome,
 * and the earliest date something is due (from `termijnen`, the one place the due dates are
 * worked out).
 */
import type { MeldcodeSnapshot } from '$machines/replay';
import type { CasusRecord, CasusStatus } from './types';
import type { LogRegel } from '$lib/logboek/logboek';
import { TERMIJN_WAT, termijnen } from './termijnen';

type Samenvatting = Pick<CasusRecord, 'status' | 'uitkomst' | 'volgendeDatum' | 'volgendeWat'>;

export function samenvatting(
	snapshot: MeldcodeSnapshot,
	regels: readonly LogRegel[]
): Samenvatting {
	const status: CasusStatus =
		snapshot.status === 'done'
			? 'doorverwezen'
			: snapshot.hasTag('afgesloten')
				? 'afgesloten'
				: 'open';
	const eerste = termijnen(snapshot, regels)[0];
	return {
		status,
		uitkomst: snapshot.context.uitkomst,
		volgendeDatum: eerste?.datum ?? null,
		volgendeWat: eerste ? TERMIJN_WAT[eerste.soort] : null
	};
}
