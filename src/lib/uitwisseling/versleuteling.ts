/**
 * Optional encryption of an export file with a passphrase the user chooses, for hand-off by
 * e-mail or USB stick. WebCrypto only: AES-GCM 256 with a key from PBKDF2-SHA256 (600,000
 * iterations, OWASP's 2023 advice for PBKDF2-SHA256), a random 16-byte salt and a random 12-byte
 * IV per file. AES-GCM authenticates: a wrong passphrase or a changed byte fails to decrypt,
 * and then nothing is read, let alone written.
 */
import * as v from 'valibot';
import { leidAf, PBKDF2_ITERATIES } from '$lib/kluis/sleutel';

export const VERSLEUTELD = 'meldcodewijzer-versleuteld';
/** The same key derivation as the dossier's own passphrase (src/lib/kluis/sleutel.ts). */
export const ITERATIES = PBKDF2_ITERATIES;
/** An attacker's file must not make us spend minutes deriving a key. */
const MAX_ITERATIES = 10_000_000;

const base64 = v.pipe(v.string(), v.base64());

export const envelopSchema = v.object({
	format: v.literal(VERSLEUTELD),
	versie: v.literal(1),
	kdf: v.object({
		naam: v.literal('PBKDF2-SHA256'),
		iteraties: v.pipe(v.number(), v.integer(), v.minValue(100_000), v.maxValue(MAX_ITERATIES)),
		zout: base64
	}),
	iv: base64,
	data: base64
});

export type Envelop = v.InferOutput<typeof envelopSchema>;

function naarBase64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

function uitBase64(tekst: string): Uint8Array<ArrayBuffer> {
	const s = atob(tekst);
	const bytes = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
	return bytes;
}

async function sleutel(wachtwoord: string, zout: Uint8Array<ArrayBuffer>, iteraties: number) {
	const bits = await leidAf(wachtwoord, { naam: 'PBKDF2-SHA256', iteraties, zout });
	return crypto.subtle.importKey('raw', bits as BufferSource, 'AES-GCM', false, [
		'encrypt',
		'decrypt'
	]);
}

export async function versleutel(
	tekst: string,
	wachtwoord: string,
	iteraties = ITERATIES
): Promise<Envelop> {
	const zout = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const data = await crypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		await sleutel(wachtwoord, zout, iteraties),
		new TextEncoder().encode(tekst)
	);
	return {
		format: VERSLEUTELD,
		versie: 1,
		kdf: { naam: 'PBKDF2-SHA256', iteraties, zout: naarBase64(zout) },
		iv: naarBase64(iv),
		data: naarBase64(new Uint8Array(data))
	};
}

export type Ontsleuteld = { ok: true; tekst: string } | { ok: false; fout: string };

export async function ontsleutel(envelop: Envelop, wachtwoord: string): Promise<Ontsleuteld> {
	const zout = uitBase64(envelop.kdf.zout);
	const iv = uitBase64(envelop.iv);
	if (zout.length < 16 || iv.length !== 12)
		return { ok: false, fout: 'Dit versleutelde bestand is beschadigd (zout of IV klopt niet).' };
	try {
		const data = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv },
			await sleutel(wachtwoord, zout, envelop.kdf.iteraties),
			uitBase64(envelop.data)
		);
		return { ok: true, tekst: new TextDecoder('utf-8', { fatal: true }).decode(data) };
	} catch {
		return {
			ok: false,
			fout: 'Het wachtwoord klopt niet, of het versleutelde bestand is beschadigd. Er is niets ingelezen.'
		};
	}
}
