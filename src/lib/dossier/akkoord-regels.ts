/**
 * Which decisions the directeur signs off, and when a sign-off is valid. Pure (no database), so
 * the wizard, the case list, the report and the tests share one rule.
 *
 * Seed 004 · Stap 5: "De eindverantwoordelijkheid voor deze keuze ligt bij de directeur van de
 * school." The sign-off is therefore given by the role directeur. Not by the `melder` setting:
 * that names who *makes* the melding (usually the directeur, but a board may delegate it), which
 * is a different duty from carrying final responsibility for the decision.
 *
 * Why the statechart does not know about it: a sign-off is a record of responsibility, not a
 * branch. The meldcode never lets a melding wait for a signature (acute danger: melden at once),
 * and no answer of the directeur leads to another step; disagreeing is done by taking a new
 * decision, which the machine already handles. Keeping it outside the machine keeps the replayed
 * state a function of the decisions alone.
 */
import type { BesluitGenomen } from '$machines/besluit';
import type { Actor, LogRegel } from '$lib/logboek/logboek';
import { BRON } from '$machines/sources';
import { GRENZEN, teLang } from './grenzen';
import type { AkkoordRecord, LogRecord, Stap5Besluit } from './types';
import type { Intrekking } from './verloop';
import type { Ondertekening } from './ondertekening';

export const AKKOORD_BRON = BRON.stap5;

/** A sign-off as the wizard keeps it (the log row without chain fields). */
export interface Akkoord {
	volgnummer: number;
	at: string;
	door: Actor;
	akkoordOp: number;
	/** The hash of the decision signed: numbers repeat after a merge, hashes do not. */
	akkoordOpHash?: string;
	besluit: Stap5Besluit;
	notitie?: string;
	/** The sign-off's own hash, once stored: what a view keys it by. */
	hash?: string;
	/** Its signature, if signed: whether it counts is akkoord-bevestiging.ts's question. */
	ondertekening?: Ondertekening;
}

export const BESLUIT_TEKST: Record<Stap5Besluit, string> = {
	melden: 'Besluit I: melden bij Veilig Thuis',
	'niet-melden': 'Besluit I: niet melden',
	hulp: 'Besluit II: hulp bieden of organiseren',
	'geen-hulp': 'Besluit II: de school biedt of organiseert geen hulp'
};

export interface Stap5Beslissing {
	volgnummer: number;
	/** The decision's hash, once stored: numbers repeat after a merge, hashes do not. */
	hash?: string;
	besluit: Stap5Besluit;
	/**
	 * Help without a melding takes both decisions in one answer (afweging 4 "ja": decision II
	 * hulp, and with it decision I niet melden); the sign-off covers both (issue 13, rule 6).
	 */
	ook?: 'niet-melden';
	at: string;
	/** Set when the answer that took it was revised (herzien): it no longer stands. */
	ingetrokken?: Intrekking;
}

/** The decision(s) in words: both, when one answer took decision I and II together. */
export function besluitTekst(b: Pick<Stap5Beslissing, 'besluit' | 'ook'>): string {
	const hoofd = BESLUIT_TEKST[b.besluit];
	return b.ook
		? `${BESLUIT_TEKST[b.ook]}; ${hoofd.charAt(0).toLowerCase()}${hoofd.slice(1)}`
		: hoofd;
}

/**
 * What ties a sign-off to its decision: the hash when it is known, else the number (a decision
 * kept only in memory, in tests). Entries merged from another device keep their own numbers,
 * which may equal ours, so a number alone can name two decisions.
 */
export function besluitSleutel(b: Pick<Stap5Beslissing, 'volgnummer' | 'hash'>): string {
	return b.hash ?? `#${b.volgnummer}`;
}

export function akkoordSleutel(a: Pick<Akkoord, 'akkoordOp' | 'akkoordOpHash'>): string {
	return a.akkoordOpHash ?? `#${a.akkoordOp}`;
}

/** The sign-off of a decision, if any. */
export function akkoordVan(
	b: Pick<Stap5Beslissing, 'volgnummer' | 'hash'>,
	akkoorden: readonly Akkoord[]
): Akkoord | undefined {
	const k = besluitSleutel(b);
	return akkoorden.find((a) => akkoordSleutel(a) === k);
}

/** The stap-5 decision one log entry took (as the machine emitted it), as the views list it. */
export function stap5Beslissing(
	besluit: BesluitGenomen | null,
	r: Pick<LogRegel, 'volgnummer' | 'hash' | 'beslissing'>
): Stap5Beslissing | null {
	if (!besluit) return null;
	return {
		volgnummer: r.volgnummer,
		...(r.hash ? { hash: r.hash } : {}),
		besluit: besluit.besluit,
		...(besluit.ook ? { ook: besluit.ook } : {}),
		at: r.beslissing.at
	};
}

/**
 * Stap-5 decisions without a sign-off yet, oldest first. The decisions are those found by
 * `verloop` (verloop.ts), which replays the log: whatever route led there (afweging 1–5, acute
 * danger, meldnorm 3), the machine emits what was decided (machines/besluit.ts). One withdrawn by a
 * revision waits for nothing: it no longer stands.
 */
export function wachtOpAkkoord(
	beslissingen: readonly Stap5Beslissing[],
	akkoorden: readonly Pick<Akkoord, 'akkoordOp' | 'akkoordOpHash'>[]
): Stap5Beslissing[] {
	const getekend = new Set(akkoorden.map(akkoordSleutel));
	return beslissingen.filter((b) => !b.ingetrokken && !getekend.has(besluitSleutel(b)));
}

/** What is wrong with a sign-off, as Dutch sentences; empty when it can be recorded. */
export function problemenMetAkkoord(
	a: {
		akkoordOp: number;
		akkoordOpHash?: string;
		door: Actor;
		at: string;
		besluit?: unknown;
		notitie?: string;
	},
	beslissingen: readonly Stap5Beslissing[],
	akkoorden: readonly Pick<Akkoord, 'akkoordOp' | 'akkoordOpHash'>[]
): string[] {
	const problemen: string[] = [];
	const doel = beslissingen.find((b) => besluitSleutel(b) === akkoordSleutel(a));
	if (!doel || doel.volgnummer !== a.akkoordOp)
		problemen.push(`Regel ${a.akkoordOp} is geen besluit van stap 5.`);
	else if (akkoorden.some((k) => akkoordSleutel(k) === besluitSleutel(doel)))
		problemen.push('Voor dit besluit is het akkoord al vastgelegd.');
	else if (doel.ingetrokken)
		problemen.push(
			'Dit besluit geldt niet meer: het antwoord waarop het rustte is herzien. Er is niets meer te tekenen.'
		);
	else if (a.besluit !== undefined && a.besluit !== doel.besluit)
		problemen.push(
			`Het akkoord noemt een ander besluit dan regel ${a.akkoordOp} nam: wat getekend is, moet het besluit zelf zijn.`
		);
	if (a.door.rol !== 'directeur')
		problemen.push(
			'Alleen de directeur geeft akkoord (de eindverantwoordelijkheid ligt bij de directeur). Kies bij "Je werkt als" de rol Directeur.'
		);
	if (!a.door.naam?.trim()) problemen.push('Vul de naam van de directeur in.');
	problemen.push(...teLang('De naam', a.door.naam, GRENZEN.naam));
	problemen.push(...teLang('De opmerking', a.notitie, GRENZEN.tekst));
	if (doel && Date.parse(a.at) < Date.parse(doel.at))
		problemen.push('Het akkoord kan niet vóór het besluit liggen.');
	return problemen;
}

/**
 * Sign-off entries as the wizard keeps them. Given the entries of one chain; the sign-offs of a
 * whole merged log (at any depth, once each) are `effectief(log).akkoorden`.
 */
export function alsAkkoorden(log: readonly LogRecord[]): Akkoord[] {
	return log
		.filter((r): r is AkkoordRecord => r.soort === 'akkoord')
		.map(({ volgnummer, at, door, akkoordOp, akkoordOpHash, besluit, notitie, hash, ...r }) => ({
			volgnummer,
			at,
			door,
			akkoordOp,
			akkoordOpHash,
			besluit,
			...(notitie ? { notitie } : {}),
			hash,
			...(r.ondertekening ? { ondertekening: r.ondertekening } : {})
		}));
}
