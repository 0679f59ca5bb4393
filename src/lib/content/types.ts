import type { SourceRef } from './source.js';

/**
 * One point of content: a line in a checklist, a rule, a tip. Every point names its source.
 * `titel` is a short heading where the source has one; `tekst` is the point itself.
 */
export interface Punt {
	/** Stable kebab-case id, unique within its list. */
	readonly id: string;
	readonly titel?: string;
	readonly tekst: string;
	readonly ref: SourceRef;
	/** Other sections that say the same. */
	readonly zieOok?: readonly SourceRef[];
}

/** A titled block of help text: a few paragraphs and/or a list of points. */
export interface Tekstblok {
	readonly id: string;
	readonly titel: string;
	/** One sentence that says what the block is about, for a collapsed view. */
	readonly kort: string;
	readonly alineas: readonly string[];
	readonly punten: readonly Punt[];
	readonly ref: SourceRef;
}
