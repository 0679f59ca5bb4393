/**
 * The head of a case's log (its last entry's number and hash) as this tab last wrote or read it,
 * so that appending to the open case does not read the log again (issue 15: the step change in a
 * 1,000-entry case). Reading the last entry meant two index reads and, when the log ends in a
 * block, opening up to 256 sealed entries, on every decision.
 *
 * Memory only, and never trusted alone: the case row holds the length and last hash of its log
 * and every write to a log (an append here, a correction, a sign-off, a choice, an import or
 * merge) updates that row in the same transaction. Inside the append's transaction the row is
 * read anyway (the case must still exist); the remembered head counts only when the row names
 * exactly it. Another tab that appended or replaced entries changed the row, so this tab reads
 * the log's real head instead, and the caller's expected number then refuses the append.
 */
import type { DossierDB } from './db';
import type { CasusRecord, LogRecord } from './types';

export type Kop = Pick<LogRecord, 'volgnummer' | 'hash'>;

const koppen = new WeakMap<DossierDB, Map<string, Kop>>();

/** After a committed write or a read of the whole log: the head as it is now. */
export function onthoudKop(db: DossierDB, caseId: string, kop: Kop | undefined): void {
	let perCasus = koppen.get(db);
	if (!perCasus) koppen.set(db, (perCasus = new Map()));
	if (kop) perCasus.set(caseId, { volgnummer: kop.volgnummer, hash: kop.hash });
	else perCasus.delete(caseId);
}

/** The remembered head, if the case row (read in the writing transaction) still names it. */
export function bekendeKop(db: DossierDB, rij: CasusRecord): Kop | undefined {
	const kop = koppen.get(db)?.get(rij.id);
	if (!kop) return undefined;
	return rij.aantalRegels === kop.volgnummer && rij.laatsteHash === kop.hash ? kop : undefined;
}
