/**
 * "Waarom deze uitkomst?" from a stored log: through the effective log, so a merged copy's line
 * that was set aside takes no part. Apart from keten.ts so the case page (which has its
 * effective decisions already) does not load the merge logic up front.
 */
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { effectief } from '$lib/dossier/effectief';
import { waaromUit, type Waarom } from './keten';

export function waarom(
	rij: Pick<CasusRecord, 'id' | 'variant'>,
	log: readonly LogRecord[],
	tot?: number
): Waarom {
	return waaromUit(rij, effectief(log).regels, tot);
}
