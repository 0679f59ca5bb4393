/**
 * What the dossier stores. A case row is a summary for the case list, always derived from the log;
 * the log is the record itself: append-only, one row per decision or correction, hash-chained.
 */
import type { BeslissingVastgelegd } from '$machines/beslissing';
import type { Uitkomst, Variant } from '$machines/meldcode.machine';
import type { Actor, Gegevens } from '$lib/logboek/logboek';
import type { Ondertekening } from './ondertekening';

export type CasusStatus = 'open' | 'afgesloten' | 'doorverwezen';

/** What a case is, before any decision: who (a pseudonym), how old, which variant, since when. */
export interface CasusGegevens {
	id: string;
	/** Initials or a code: the app never needs the pupil's full name. */
	pseudoniem: string;
	leeftijd: number;
	variant: Variant;
	aangemaakt: string;
}

export interface CasusRecord {
	id: string;
	/** Initials or a code, never a full name. */
	pseudoniem: string;
	/** Lower case, for searching by pseudonym (schema version 2). */
	zoeknaam: string;
	leeftijd: number;
	variant: Variant;
	aangemaakt: string;
	bijgewerkt: string;
	status: CasusStatus;
	uitkomst: Uitkomst | null;
	/** The next date something is due (YYYY-MM-DD), or null; the case list sorts on it. */
	volgendeDatum: string | null;
	/** What is due on that date, in a few words. */
	volgendeWat: string | null;
	/** Length and last hash of the log, so entries cut off at its end are noticed. */
	aantalRegels?: number;
	laatsteHash?: string;
	/**
	 * The volgnummer of the first entry that carries this header (`kop`), so the next write knows
	 * without reading the log whether the header is in the chain yet. Derived, like the rest.
	 */
	kopIn?: number;
}

/**
 * The fields that describe the case itself, as opposed to the summary derived from the log
 * (status, uitkomst, dates). Export format 2 binds them to the chain (issue 14, defect 6).
 */
export type CasusKop = Pick<CasusRecord, 'pseudoniem' | 'leeftijd' | 'variant' | 'aangemaakt'>;

interface LogBasis {
	caseId: string;
	/** 1, 2, 3, … per case, without gaps. */
	volgnummer: number;
	at: string;
	door: Actor;
	/** The hash of the previous entry of this case (or GENESIS for the first). */
	vorigeHash: string;
	/** SHA-256 (hex) over this entry's content including `vorigeHash`. */
	hash: string;
	/**
	 * The case header, carried by the first entry written for a case whose log does not hold it
	 * yet (entry 1 of a new case; the next entry of a case begun before export format 2). Being
	 * part of the entry's content, it is covered by its hash and so by the chain: a file whose
	 * header was edited no longer matches it. The app has no way to edit a header; should one be
	 * added, it must be a new entry carrying the new header, never an edit of the case row.
	 */
	kop?: CasusKop;
	/**
	 * Who recorded it, provably: a signature over `hash` (ondertekening.ts). Outside the hashed
	 * content, so logs from before signing keep their hashes; absent in those older entries.
	 */
	ondertekening?: Ondertekening;
}

export interface BeslissingRecord extends LogBasis {
	soort: 'beslissing';
	beslissing: BeslissingVastgelegd;
	gegevens?: Gegevens;
}

/** A correction never changes an entry: it is a new one that says which text it corrects and why. */
export interface CorrectieRecord extends LogBasis {
	soort: 'correctie';
	corrigeert: number;
	tekst: string;
	reden: string;
}

/** The stap-5 decision as the directeur signs it: decision I (melden or not) or II (help). */
import type { Stap5Besluit } from '$machines/besluit';
export type { Stap5Besluit };

/**
 * The directeur's sign-off of a stap-5 decision (004 · Stap 5: the directeur carries final
 * responsibility for the choice). A record beside the decision, never a change of it.
 */
export interface AkkoordRecord extends LogBasis {
	soort: 'akkoord';
	/** The volgnummer of the decision signed … */
	akkoordOp: number;
	/** … and its hash, so the signature stays tied to that exact text and entry. */
	akkoordOpHash: string;
	/** What was signed, in the words of decision I or II. */
	besluit: Stap5Besluit;
	notitie?: string;
}

/**
 * A hand-off merge (issue 6): the entries another device recorded after the last entry both
 * copies shared (`vanaf`), kept verbatim with their own hashes, so they still verify as a chain
 * that continues from entry `vanaf` of this case. Added only when both copies went on separately.
 */
export interface SamenvoegingRecord extends LogBasis {
	soort: 'samenvoeging';
	/** The last entry both copies had in common (0: none). */
	vanaf: number;
	/** The other copy's entries vanaf+1 … as they were, of any kind. */
	regels: LogRecord[];
}

/**
 * When both copies recorded decisions after their common entry, a person chooses which line
 * counts from then on; the other line stays in the log, shown as not followed.
 */
export interface KeuzeRecord extends LogBasis {
	soort: 'keuze';
	/** The volgnummer of the samenvoeging this choice settles, for people reading the log. */
	samenvoeging: number;
	/**
	 * Its hash: a samenvoeging can sit inside another one (a file passed on through three
	 * devices), where numbers repeat; the hash names exactly one.
	 */
	samenvoegingHash: string;
	/** 'hier': the decisions of this copy count; 'ingevoegd': those of the imported copy. */
	tak: 'hier' | 'ingevoegd';
	reden: string;
}

export type LogRecord =
	BeslissingRecord | CorrectieRecord | AkkoordRecord | SamenvoegingRecord | KeuzeRecord;

export interface ConceptRecord {
	/**
	 * An opaque random id. Before, it was the name below, readable beside the sealed record
	 * (see `verzegelOudeConceptsleutels` in concepten.ts).
	 */
	sleutel: string;
	/** caseId, moment, screen, form and field: one draft per field. Sealed with the value. */
	naam?: string;
	caseId: string;
	waarde: string;
	bijgewerkt: string;
}

export const GENESIS = '0'.repeat(64);
