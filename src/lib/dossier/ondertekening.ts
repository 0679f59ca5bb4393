/**
 * Signatures on log entries (issue 14): who recorded an entry, provable without this app's
 * database. Each person has an ECDSA P-256 key pair on their own device (eigen-sleutel.ts); every
 * new entry carries `ondertekening`: the key's fingerprint, its public key, and an ECDSA-SHA256
 * signature over the entry's `hash` string.
 *
 * Why over the hash and outside the hashed content: the hash already covers every field of the
 * entry and the previous entry's hash (keten.ts), so signing it signs the entry and its place in
 * the chain; and keeping the signature out of the hashed content leaves every existing log,
 * export and golden fixture valid (an old entry is simply unsigned).
 *
 * Pure WebCrypto, no database and no DOM: the same functions run in Safari, Chromium and Node 20
 * (`globalThis.crypto.subtle`), so a command-line check of an exported file can use them.
 *
 * Stable API for other tools (`npm run verifieer`): `handtekeningKlopt(regel)`, `vingerafdruk`,
 * `onderteken`, and the type `Ondertekening`. Keep their names and signatures.
 */
import canonicalize from 'canonicalize';
import type { Ondertekening } from '$lib/logboek/logboek';

// The type lives in the log core (below the dossier); exported here too, as the stable API says.
export type { Ondertekening };

/** A key that can sign: the private half stays a non-extractable CryptoKey. */
export interface Ondertekenaar {
	sleutel: string;
	publiek: JsonWebKey;
	prive: CryptoKey;
}

export const ALGORITME = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const HANDTEKENEN = { name: 'ECDSA', hash: 'SHA-256' } as const;

const B64URL_32 = /^[A-Za-z0-9_-]{43}$/;
export const HANDTEKENING_PATROON = /^[A-Za-z0-9_-]{86}$/;
export const VINGERAFDRUK_PATROON = /^[0-9a-f]{64}$/;

/**
 * The defining fields of a P-256 public key, in a fresh object: a file's JWK may carry extra
 * members (ext, key_ops, or something crafted) that must not change the fingerprint.
 */
export function publiekeDelen(jwk: JsonWebKey): JsonWebKey {
	if (
		jwk?.kty !== 'EC' ||
		jwk.crv !== 'P-256' ||
		typeof jwk.x !== 'string' ||
		typeof jwk.y !== 'string' ||
		!B64URL_32.test(jwk.x) ||
		!B64URL_32.test(jwk.y) ||
		'd' in jwk
	)
		throw new Error('Dit is geen publieke P-256-sleutel.');
	return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

function hex(buffer: ArrayBuffer): string {
	return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 over the canonical public JWK (RFC 8785 over {crv, kty, x, y}, as RFC 7638). */
export async function vingerafdruk(publiek: JsonWebKey): Promise<string> {
	const tekst = canonicalize(publiekeDelen(publiek))!;
	return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(tekst)));
}

/** A fingerprint as people compare it: groups of 4 hex digits. */
export function vingerafdrukTekst(sleutel: string): string {
	return sleutel.match(/.{1,4}/g)?.join(' ') ?? sleutel;
}

export function naarBase64url(bytes: Uint8Array): string {
	let binair = '';
	for (const b of bytes) binair += String.fromCharCode(b);
	return btoa(binair).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function uitBase64url(tekst: string): Uint8Array<ArrayBuffer> {
	const binair = atob(tekst.replace(/-/g, '+').replace(/_/g, '/'));
	const uit = new Uint8Array(binair.length);
	for (let i = 0; i < binair.length; i++) uit[i] = binair.charCodeAt(i);
	return uit;
}

/** A new key pair whose private half can never be read out, only used. */
export async function nieuwSleutelpaar(): Promise<Ondertekenaar> {
	const paar = await crypto.subtle.generateKey(ALGORITME, false, ['sign', 'verify']);
	const publiek = publiekeDelen(await crypto.subtle.exportKey('jwk', paar.publicKey));
	return { sleutel: await vingerafdruk(publiek), publiek, prive: paar.privateKey };
}

/** Signs an entry's hash (the 64 hex digits as UTF-8). */
export async function onderteken(hash: string, sleutel: Ondertekenaar): Promise<Ondertekening> {
	const handtekening = await crypto.subtle.sign(
		HANDTEKENEN,
		sleutel.prive,
		new TextEncoder().encode(hash)
	);
	return {
		sleutel: sleutel.sleutel,
		publiek: sleutel.publiek,
		handtekening: naarBase64url(new Uint8Array(handtekening))
	};
}

/**
 * True when `regel.ondertekening` is a valid signature over `regel.hash` by the public key it
 * names, and that key has the fingerprint it claims. False for an unsigned entry, a changed hash,
 * a changed or swapped key, or anything malformed; it never throws.
 *
 * It says nothing about the hash itself: that the hash matches the entry's content and chain is
 * what `verifieer` (keten.ts) checks. It says nothing about who owns the key either: that is the
 * team roster's job (`ondertekeningStatus`).
 */
export async function handtekeningKlopt(regel: {
	hash: string;
	ondertekening?: Ondertekening;
}): Promise<boolean> {
	const o = regel.ondertekening;
	if (!o || typeof regel.hash !== 'string') return false;
	try {
		if (typeof o.handtekening !== 'string' || !HANDTEKENING_PATROON.test(o.handtekening))
			return false;
		const publiek = publiekeDelen(o.publiek);
		if ((await vingerafdruk(publiek)) !== o.sleutel) return false;
		const sleutel = await crypto.subtle.importKey('jwk', publiek, ALGORITME, false, ['verify']);
		return await crypto.subtle.verify(
			HANDTEKENEN,
			sleutel,
			uitBase64url(o.handtekening),
			new TextEncoder().encode(regel.hash)
		);
	} catch {
		return false;
	}
}

/**
 * Verdicts already reached, by everything they depend on: a view re-renders its labels when the
 * roster reloads (after every new entry), and a long log should not be verified again each time.
 */
const uitslagen = new Map<string, Promise<boolean>>();
const MAX_UITSLAGEN = 20_000;

function gecontroleerd(regel: { hash: string; ondertekening: Ondertekening }): Promise<boolean> {
	const o = regel.ondertekening;
	// The whole public key: a verdict for one key must never be reused for a look-alike.
	const sleutel = JSON.stringify([regel.hash, o.sleutel, o.handtekening, o.publiek]);
	let uit = uitslagen.get(sleutel);
	if (!uit) {
		if (uitslagen.size >= MAX_UITSLAGEN) uitslagen.clear();
		uit = handtekeningKlopt(regel);
		uitslagen.set(sleutel, uit);
	}
	return uit;
}

/** A known key in the team roster. */
export interface TeamLid {
	sleutel: string;
	naam: string;
	rol: string;
	publiek: JsonWebKey;
}

export type OndertekeningStatus =
	| { soort: 'bekend'; lid: TeamLid }
	| { soort: 'onbekend' }
	| { soort: 'klopt-niet' }
	| { soort: 'niet' };

/**
 * What an entry's signature proves against a roster: signed by a known key (and whose),
 * signed by a key nobody vouched for, a signature that does not verify, or no signature.
 * A roster entry counts only when its public key has the fingerprint it is filed under.
 */
export async function ondertekeningStatus(
	regel: { hash: string; ondertekening?: Ondertekening },
	team: readonly TeamLid[]
): Promise<OndertekeningStatus> {
	if (!regel.ondertekening) return { soort: 'niet' };
	if (!(await gecontroleerd(regel as { hash: string; ondertekening: Ondertekening })))
		return { soort: 'klopt-niet' };
	const lid = team.find((l) => l.sleutel === regel.ondertekening!.sleutel);
	if (!lid) return { soort: 'onbekend' };
	try {
		if ((await vingerafdruk(lid.publiek)) !== lid.sleutel) return { soort: 'onbekend' };
	} catch {
		return { soort: 'onbekend' };
	}
	return { soort: 'bekend', lid };
}
