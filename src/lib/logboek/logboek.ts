/**
 * The log core: what is recorded per decision (the machine's decision plus who took it and the
 * facts it rests on), the roles, and an entry's signature. Below the dossier, the lock and the
 * exchange, which all read and write these; it imports only the machines and content types
 * (eslint.config.js keeps it so). The dossier (Dexie) stores these append-only; the wizard keeps
 * them in order.
 */
import type { BeslissingVastgelegd } from '$machines/beslissing';
import type { Leeftijdsgroep } from '$lib/content/signalen';

/** What an entry carries beside its hash. */
export interface Ondertekening {
	/** The key's fingerprint: SHA-256 (hex) over the public key as an RFC 7638 JWK thumbprint. */
	sleutel: string;
	/** The public key, only the fields that define it (kty, crv, x, y). */
	publiek: JsonWebKey;
	/** base64url, ECDSA P-256 with SHA-256, IEEE P1363 (r‖s, 64 bytes), over the hash string. */
	handtekening: string;
}

export const ROLLEN = {
	leerkracht: 'Leerkracht',
	'ib-er': 'Intern begeleider (IB-er)',
	'intern-vertrouwenspersoon': 'Intern vertrouwenspersoon',
	aandachtsfunctionaris: 'Aandachtsfunctionaris',
	directeur: 'Directeur',
	anders: 'Andere rol'
} as const;

export type Rol = keyof typeof ROLLEN;

export interface Actor {
	rol: Rol;
	naam?: string;
}

/** Where an observation comes from (stap 1: name the source of information from others). */
export const HERKOMST = {
	'eigen-waarneming': 'Eigen waarneming',
	collega: 'Collega',
	ouder: 'Ouder of verzorger',
	leerling: 'Leerling',
	derde: 'Iemand anders (derde)'
} as const;

export type Herkomst = keyof typeof HERKOMST;

/** Stap 1: facts apart from hypotheses, each with its source. */
export interface Waarneming {
	id: string;
	soort: 'feit' | 'hypothese';
	tekst: string;
	herkomst: Herkomst;
}

export interface GekozenSignaal {
	/** The signal's id in its list ("b2-…", "b3-…"); logs from before the prefixes hold bare ids. */
	id: string;
	notitie?: string;
}

export interface Stap1Gegevens {
	soort: 'stap1';
	/** Which signaleringslijst the signals were ticked in; absent in logs written before it. */
	lijst?: Leeftijdsgroep;
	signalen: GekozenSignaal[];
	waarnemingen: Waarneming[];
	letsel: boolean;
}

export interface ConsultatieGegevens {
	soort: 'consultatie';
	/** The date of the consultation itself (YYYY-MM-DD), which may lie before the recording. */
	datum: string;
	anoniemVeiligThuis: boolean;
}

export interface GesprekGegevens {
	soort: 'gesprek';
	/** Ids of the agenda points that were covered. */
	agenda: string[];
	metWie: string;
}

/**
 * The niet-pluis-gevoel as typed on the start screen, when the staff route was chosen there
 * instead of starting stap 1: that text is otherwise recorded with START_STAPPENPLAN only.
 */
export interface NietPluisGegevens {
	soort: 'niet-pluis';
	tekst: string;
}

export type Gegevens = Stap1Gegevens | ConsultatieGegevens | GesprekGegevens | NietPluisGegevens;

/** A later correction of a decision's reasoning: the old text stays, this one is shown beside it. */
export interface Correctie {
	volgnummer: number;
	at: string;
	door: Actor;
	tekst: string;
	reden: string;
	/** Its hash, once stored: two devices may give their corrections the same number. */
	hash?: string;
	/** Its signature, when signed (issue 14). */
	ondertekening?: Ondertekening;
}

export interface LogRegel {
	/** Its number in the case's log (1, 2, 3, …; corrections take numbers too). */
	volgnummer: number;
	door: Actor;
	beslissing: BeslissingVastgelegd;
	gegevens?: Gegevens;
	/** Corrections of the reasoning, oldest first; the last one is the current text. */
	correcties?: Correctie[];
	/**
	 * Set when the decision came in through a samenvoeging: its volgnummer is the one it had in
	 * that copy's chain (it may equal one of ours), so it is told apart by its hash.
	 */
	samengevoegd?: true;
	/** Set for every stored decision (absent only in memory, before it is stored). */
	hash?: string;
	/** Its signature, when signed (issue 14; entries from before signing have none). */
	ondertekening?: Ondertekening;
}
