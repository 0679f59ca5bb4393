/**
 * Which open cases the start page offers to resume, and how it says so. Without imports: the
 * start page's component uses the text, and must not pull in Dexie (see verder.ts).
 */
import type { CasusRecord } from './types';

export const MAX_VERDER = 3;

export interface VerderCasus {
	id: string;
	pseudoniem: string;
	/** 0 = start, 1–6 = stap; absent on the staff route. */
	stap?: number;
	titel: string;
}

export type Verder =
	{ soort: 'niets' } | { soort: 'vergrendeld' } | { soort: 'casussen'; casussen: VerderCasus[] };

/** The open cases changed last, most recent first, at most `max`. */
export function teHervatten(rijen: readonly CasusRecord[], max = MAX_VERDER): CasusRecord[] {
	return (
		rijen
			.filter((r) => r.status === 'open')
			// By instant, not by string: entries made on either side of a DST change carry other offsets.
			.sort((a, b) => Date.parse(b.bijgewerkt) - Date.parse(a.bijgewerkt))
			.slice(0, max)
	);
}

/** The link text: "Verder met AB, stap 4". */
export function verderTekst(c: VerderCasus): string {
	if (c.stap === undefined) return `Verder met ${c.pseudoniem}`;
	return `Verder met ${c.pseudoniem}, ${c.stap === 0 ? 'bij het begin' : `stap ${c.stap}`}`;
}
