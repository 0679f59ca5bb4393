/**
 * Test data factories (after immich's test-data/factories): a valid record with sensible
 * defaults, and only what a test is about given as overrides, so a test reads as its point and a
 * new required field is added here once instead of in every test.
 */
import type { CasusRecord } from '$lib/dossier/types';

let teller = 0;

/**
 * A case's summary row as the dossier stores it: an open school case without due dates. The id
 * and pseudonym are new per call; the search name follows the pseudonym unless given.
 */
export function casusRecord(over: Partial<CasusRecord> = {}): CasusRecord {
	teller += 1;
	const pseudoniem = over.pseudoniem ?? `AB${teller}`;
	return {
		id: `casus-${teller}`,
		pseudoniem,
		zoeknaam: pseudoniem.toLocaleLowerCase('nl'),
		leeftijd: 9,
		variant: 'school',
		aangemaakt: '2026-01-01T08:00:00.000Z',
		bijgewerkt: '2026-01-01T08:00:00.000Z',
		status: 'open',
		uitkomst: null,
		volgendeDatum: null,
		volgendeWat: null,
		...over
	};
}
