/**
 * What the dossier stores. A case row is a summary for the case list, always derived from the log;
 * the log is the record itself: append-only, one row per decision or correction, hash-chained.
 */
import type { BeslissingVastgelegd } from '$machines/beslissing';
import type { Uitkomst, Variant } from '$machines/meldcode.machine';
import type { Actor, Gegevens } from '$lib/wizard/logboek';

export type CasusStatus = 'open' | 'afgesloten' | 'doorverwezen';

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
}

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
export type Stap5Besluit = 'melden' | 'niet-melden' | 'hulp' | 'geen-hulp';

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

export type LogRecord = BeslissingRecord | CorrectieRecord | AkkoordRecord;

export interface ConceptRecord {
	/** caseId, screen and field: one draft per field. */
	sleutel: string;
	caseId: string;
	waarde: string;
	bijgewerkt: string;
}

export const GENESIS = '0'.repeat(64);
