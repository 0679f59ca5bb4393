import type { MeldcodeSnapshot } from '../../../machines/replay.js';
import { regel, type Pad } from './paden.js';

/**
 * The facts of rules version 1 a journey starts from, frozen here (paden.ts's `sleutel` may grow
 * with new rules): a golden journey line must not change because the context gained a field.
 */
function feiten(s: MeldcodeSnapshot): string {
	const c = s.context;
	return JSON.stringify([
		s.value,
		c.consultaties > 0,
		c.stap3 && c.stap3.gevoerd,
		c.besluitI,
		c.besluitII,
		c.samenMetVeiligThuis,
		c.meldnorm,
		c.uitkomst,
		c.hulp !== null
	]);
}

/**
 * A journey line for the golden journeys: the facts the journey starts from (besluit I and II,
 * meldnorm, …) before the line itself, so that a rule change which only differs in those facts
 * (say, stap 6 with decision II still open) changes a line too.
 */
export function reisregel(pad: Pad): string {
	return `${feiten(pad.steps[0]!.state)} ${regel(pad)}`;
}
