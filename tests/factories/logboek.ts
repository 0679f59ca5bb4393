/**
 * Factories for stored log entries: a hash-chained log of decisions as the dossier writes it,
 * and the case row that summarises it. Only what a test is about is given.
 */
import { beslissingVan } from '$machines/beslissing';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { herhaal } from '$machines/replay';
import { metHash } from '$lib/dossier/keten';
import { samenvatting } from '$lib/dossier/samenvatting';
import { alsRegels } from '$lib/dossier/dossier';
import {
	GENESIS,
	type BeslissingRecord,
	type CasusRecord,
	type LogRecord
} from '$lib/dossier/types';
import { casusRecord } from './casus';

export interface LogOpties {
	/** Who took decision `i` (0-based); by default an ib-er. */
	door?: (i: number) => BeslissingRecord['door'];
	/** Extra fields of decision `i`, e.g. the screen data (`gegevens`). */
	extra?: (e: MeldcodeEvent, i: number) => Partial<BeslissingRecord>;
}

/** The events as one decision entry each, numbered from 1 and hash-chained from GENESIS. */
export async function beslissingen(
	caseId: string,
	events: readonly MeldcodeEvent[],
	{ door = () => ({ rol: 'ib-er' }), extra = () => ({}) }: LogOpties = {}
): Promise<LogRecord[]> {
	const log: LogRecord[] = [];
	for (const [i, e] of events.entries())
		log.push(
			await metHash<BeslissingRecord>({
				soort: 'beslissing',
				caseId,
				volgnummer: i + 1,
				at: e.at,
				door: door(i),
				beslissing: beslissingVan(e),
				...extra(e, i),
				vorigeHash: log.at(-1)?.hash ?? GENESIS
			})
		);
	return log;
}

/** The case row the dossier keeps for this log: replayed summary, length and last hash. */
export function casusRecordBij(
	log: readonly LogRecord[],
	over: Partial<CasusRecord> = {}
): CasusRecord {
	const id = log[0]?.caseId ?? over.id ?? 'casus';
	const variant = over.variant ?? 'school';
	const regels = alsRegels([...log]);
	const { snapshot } = herhaal(
		{ caseId: id, variant },
		regels.map((r) => r.beslissing.event)
	);
	return casusRecord({
		id,
		variant,
		bijgewerkt: log.at(-1)?.at ?? '2026-01-01T08:00:00.000Z',
		...samenvatting(snapshot, regels),
		aantalRegels: log.length,
		laatsteHash: log.at(-1)?.hash,
		...over
	});
}
