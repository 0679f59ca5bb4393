/**
 * The questionnaire engine's vocabulary. A questionnaire (reflectievragen, randvoorwaarden, the
 * zelfscan) is data: groups of questions, each question of one kind, some shown only when a
 * condition on an earlier answer holds. One renderer, one store and one summary serve all three.
 * `valideer.ts` checks every definition (unique ids, conditions pointing back at existing
 * questions and options) in a unit test, so a typo in the data fails the build, not a user.
 */

/** The seed documents the questionnaires are written from (see ../shared/seeds/README.md). */
export type VragenlijstDocument = '000' | '001' | '002';

export interface VragenlijstBron {
	readonly doc: VragenlijstDocument;
	/** Stable section id within the document, e.g. `standaard-4` or `vraag-3`. */
	readonly section: string;
	/** Shown as "Bron: …". */
	readonly label: string;
}

export interface Optie {
	/** Stable kebab-case id, unique within its question. */
	readonly id: string;
	readonly label: string;
	/**
	 * Where the source asks for an explanation with this option ("Ja: hoe en waar is dit
	 * vastgelegd?", "Anders, namelijk: …"): the label of that text field.
	 */
	readonly tekstveld?: string;
}

/** A row of a table question (or an item of a checklist). */
export interface Rij {
	readonly id: string;
	readonly label: string;
	/** A hint from the source under the row ("Denk hierbij aan …"). */
	readonly uitleg?: string;
}

/**
 * When a question is shown. A condition only refers to questions before it; a condition on a
 * question that is itself hidden counts as not met (1b follows 1a, which follows 1).
 */
export type Voorwaarde =
	/** A single-choice question has this option chosen. */
	| { readonly soort: 'gekozen'; readonly vraag: string; readonly optie: string }
	/** A multiple-choice question has this option ticked. */
	| { readonly soort: 'aangevinkt'; readonly vraag: string; readonly optie: string }
	/** A table question has at least one row answered with this option. */
	| { readonly soort: 'rij-met'; readonly vraag: string; readonly optie: string }
	/** A tick grid has at least one box ticked (`true`) or at least one box not ticked (`false`). */
	| { readonly soort: 'vakje'; readonly vraag: string; readonly aangekruist: boolean }
	/** Any of these holds ("at 14a and/or at 16a"). */
	| { readonly soort: 'of'; readonly voorwaarden: readonly Voorwaarde[] };

interface VraagBasis {
	/** Unique within the questionnaire, e.g. `v14a`. */
	readonly id: string;
	/** The number in the source ("14a"), shown before the text. */
	readonly nummer?: string;
	readonly tekst: string;
	/** A note from the source under the question. */
	readonly uitleg?: string;
	readonly voorwaarde?: Voorwaarde;
	/** Says when the question applies, in words ("Alleen als je bij vraag 14 ‘ja’ koos."). */
	readonly voorwaardeTekst?: string;
}

/** One answer from a list (radio buttons); also the 1–5 scale of the reflection. */
export interface KeuzeVraag extends VraagBasis {
	readonly type: 'keuze';
	readonly opties: readonly Optie[];
	/** `schaal`: the options are points on a scale between the first and last label. */
	readonly weergave?: 'schaal';
}

/** Any number of answers from a list (checkboxes). */
export interface MeerkeuzeVraag extends VraagBasis {
	readonly type: 'meerkeuze';
	readonly opties: readonly Optie[];
}

export interface TekstVraag extends VraagBasis {
	readonly type: 'tekst';
}

/** The same single choice for each row: Ja/Nee per sub-question or per partner. */
export interface TabelVraag extends VraagBasis {
	readonly type: 'tabel';
	readonly rijen: readonly Rij[];
	readonly opties: readonly Optie[];
}

/** A grid of checkboxes: tick each cell (row × column) that applies. */
export interface VinkrasterVraag extends VraagBasis {
	readonly type: 'vinkraster';
	readonly rijen: readonly Rij[];
	readonly kolommen: readonly Rij[];
}

/** Numbers per row and column, e.g. advice requests per quarter. */
export interface AantallenVraag extends VraagBasis {
	readonly type: 'aantallen';
	readonly rijen: readonly Rij[];
	readonly kolommen: readonly Rij[];
}

/** A checklist: tick what is in place, with a note per item. */
export interface ChecklistVraag extends VraagBasis {
	readonly type: 'checklist';
	readonly rijen: readonly Rij[];
}

export type Vraag =
	| KeuzeVraag
	| MeerkeuzeVraag
	| TekstVraag
	| TabelVraag
	| VinkrasterVraag
	| AantallenVraag
	| ChecklistVraag;

export type VraagType = Vraag['type'];

export interface Groep {
	readonly id: string;
	readonly titel: string;
	/** A short name for the overview of groups ("Standaard 4"). */
	readonly kort: string;
	/** Context from the source (what the standard asks of the municipality), in our own words. */
	readonly inleiding?: readonly string[];
	readonly bron: VragenlijstBron;
	readonly vragen: readonly Vraag[];
}

export type VragenlijstId = 'reflectie' | 'randvoorwaarden' | 'zelfscan';

export interface Vragenlijst {
	readonly id: VragenlijstId;
	readonly titel: string;
	/** What a single answer set is called in lists ("reflectie", "scan"). */
	readonly setNaam: string;
	/** The label of the set's title field ("Gemeente"), and whether a title is required. */
	readonly titelLabel: string;
	readonly titelVerplicht: boolean;
	readonly inleiding: readonly string[];
	readonly bron: VragenlijstBron;
	readonly groepen: readonly Groep[];
}

/**
 * One answer, in one shape for every kind of question so the store needs no per-kind schema:
 * - keuze: `keuze`; meerkeuze, checklist and vinkraster (cell ids `rij/kolom`): `gekozen`;
 * - tabel: `rijen` (row id → option id); aantallen: `aantallen` (cell id `rij/kolom` → number);
 * - text: `teksten` — key `''` for a text question, an option id for its text field, a row id
 *   for a checklist note.
 */
export interface Antwoord {
	keuze?: string;
	gekozen?: string[];
	rijen?: Record<string, string>;
	aantallen?: Record<string, number>;
	teksten?: Record<string, string>;
}

export type Antwoorden = Record<string, Antwoord>;
