import { expect } from 'vitest';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import { herhaal, stap, type MeldcodeSnapshot } from '../../../machines/replay.js';
import { ev } from './voorbeelden.js';

import { waarIn as waar } from '../../../machines/waar.js';

export { waar };

/** Replays events that must all be accepted, and returns the resulting snapshot. */
export function na(variant: Variant, ...events: MeldcodeEvent[]): MeldcodeSnapshot {
	const r = herhaal({ caseId: 'test', variant }, events);
	expect(r.geweigerd, `geweigerde events: ${r.geweigerd.join(', ')}`).toEqual([]);
	return r.snapshot;
}

/** Sends one event and returns where the machine is, and whether it accepted. */
export function stuur(snapshot: MeldcodeSnapshot, event: MeldcodeEvent) {
	const r = stap(snapshot, event);
	return { waar: waar(r.snapshot), geaccepteerd: r.beslissing !== null, ...r };
}

export const TOT_STAP3 = [
	ev('START_STAPPENPLAN'),
	ev('SIGNALEN_VASTGELEGD'),
	ev('CONSULTATIE'),
	ev('CONSULTATIE_AFGEROND')
];
export const TOT_VRAAG1 = [...TOT_STAP3, ev('GESPREK_GEVOERD'), ev('WEGING_VOORBEREID')];
export const TOT_VRAAG2 = [...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'ja' })];
export const TOT_VRAAG3 = [...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'nee' })];
export const TOT_VRAAG4 = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'ja' })];
export const TOT_HULP = [...TOT_VRAAG4, ev('AFWEGING_4')];
export const MELDEN = [ev('MELDING_BESPROKEN'), ev('MELDING_GEDAAN')];
/** Melding for safety, then decision II with Veilig Thuis: back at afweging 3. */
export const MET_VT_TOT_VRAAG3 = [
	...TOT_VRAAG2,
	ev('AFWEGING_2', { antwoord: 'twijfel' }),
	...MELDEN,
	ev('VERDER_MET_VEILIG_THUIS')
];
