/**
 * The cryptography of encryption at rest, and nothing else.
 *
 * - The passphrase gives a key-encryption key through PBKDF2-SHA256 (WebCrypto), 600,000
 *   iterations or more (OWASP's figure for PBKDF2-HMAC-SHA256), with a random salt per dossier.
 * - That key only wraps the data key: a random 256-bit AES-GCM key that encrypts the records.
 *   A wrong passphrase fails the wrap's authentication tag, so no separate checksum is stored.
 * - Records are sealed with AES-256-GCM from @noble/ciphers, not WebCrypto, because IndexedDB
 *   commits a transaction as soon as it waits on anything that is not IndexedDB: WebCrypto's
 *   promises would end it half-way. noble's GCM is synchronous, audited and constant-time.
 *   Each seal takes a fresh random 96-bit nonce (safe for far more records than a school makes).
 */
import { gcm } from '@noble/ciphers/aes.js';

export const PBKDF2_ITERATIES = 600_000;
const SLEUTEL_BYTES = 32;
const IV_BYTES = 12;
const ZOUT_BYTES = 16;

export interface Verzegeld {
	iv: Uint8Array;
	data: Uint8Array;
}

export interface Afleiding {
	naam: 'PBKDF2-SHA256';
	iteraties: number;
	zout: Uint8Array;
}

const tekst = new TextEncoder();

export function willekeurig(n: number): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(n));
}

export function nieuweAfleiding(iteraties = PBKDF2_ITERATIES): Afleiding {
	return { naam: 'PBKDF2-SHA256', iteraties, zout: willekeurig(ZOUT_BYTES) };
}

export function nieuweDatasleutel(): Uint8Array {
	return willekeurig(SLEUTEL_BYTES);
}

/** The key-encryption key. NFC first: the same passphrase typed on a Mac or on Windows is equal. */
export async function leidAf(wachtwoord: string, a: Afleiding): Promise<Uint8Array> {
	const basis = await crypto.subtle.importKey(
		'raw',
		tekst.encode(wachtwoord.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: a.zout as BufferSource, iterations: a.iteraties },
		basis,
		SLEUTEL_BYTES * 8
	);
	return new Uint8Array(bits);
}

/** Encrypts `inhoud`; `context` is authenticated too, so a sealed value cannot be moved elsewhere. */
export function verzegel(sleutel: Uint8Array, inhoud: Uint8Array, context: Uint8Array): Verzegeld {
	const iv = willekeurig(IV_BYTES);
	return { iv, data: gcm(sleutel, iv, context).encrypt(inhoud) };
}

/** Decrypts, or throws when the key, the context or a single byte differs. */
export function ontzegel(sleutel: Uint8Array, v: Verzegeld, context: Uint8Array): Uint8Array {
	return gcm(sleutel, v.iv, context).decrypt(v.data);
}

const DATASLEUTEL_CONTEXT = tekst.encode('meldcodewijzer/datasleutel/1');

export function verpakDatasleutel(kek: Uint8Array, datasleutel: Uint8Array): Verzegeld {
	return verzegel(kek, datasleutel, DATASLEUTEL_CONTEXT);
}

/** The data key, or null when the passphrase was wrong. */
export function pakDatasleutelUit(kek: Uint8Array, verpakt: Verzegeld): Uint8Array | null {
	try {
		return ontzegel(kek, verpakt, DATASLEUTEL_CONTEXT);
	} catch {
		return null;
	}
}
