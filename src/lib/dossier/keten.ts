/**
 * The hash chain that makes the log tamper-evident: every entry carries a SHA-256 (WebCrypto)
 * over its own content and the previous entry's hash. Content is serialised canonically
 * (RFC 8785, the `canonicalize` package), so the same entry always gives the same bytes.
 */
import canonicalize from 'canonicalize';
import { GENESIS, type LogRecord } from './types';

export type ZonderHash<T extends LogRecord = LogRecord> = T extends LogRecord
	? Omit<T, 'hash'>
	: never;

export async function hashVan(inhoud: ZonderHash): Promise<string> {
	const tekst = canonicalize(inhoud);
	if (tekst === undefined) throw new Error('Deze regel kan niet worden vastgelegd.');
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(tekst));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function metHash<T extends LogRecord>(inhoud: ZonderHash<T>): Promise<T> {
	return { ...inhoud, hash: await hashVan(inhoud) } as unknown as T;
}

export type Verificatie =
	{ ok: true; aantal: number } | { ok: false; volgnummer: number; positie: number; reden: string };

/**
 * Checks a case's entries as stored, in the order given (by volgnummer): numbering without gaps,
 * each link to the previous hash, each hash over its own content. Reports the first break.
 */
export async function verifieer(regels: readonly LogRecord[]): Promise<Verificatie> {
	let vorige = GENESIS;
	for (const [i, regel] of regels.entries()) {
		const fout = (reden: string) => ({
			ok: false as const,
			volgnummer: regel.volgnummer,
			positie: i + 1,
			reden
		});
		if (regel.volgnummer < i + 1)
			return fout(`Regel ${regel.volgnummer} staat op de verkeerde plaats.`);
		if (regel.volgnummer > i + 1) {
			const verderOp = regels.some((r, j) => j > i && r.volgnummer === i + 1);
			return fout(
				verderOp
					? `Regel ${i + 1} staat op de verkeerde plaats: op die plaats staat regel ${regel.volgnummer}.`
					: i === 0
						? `Regel 1 ontbreekt: het logboek begint bij regel ${regel.volgnummer}.`
						: `Regel ${i + 1} ontbreekt: na regel ${i} volgt regel ${regel.volgnummer}.`
			);
		}
		if (regel.vorigeHash !== vorige)
			return fout(`Regel ${regel.volgnummer} sluit niet aan op de regel ervoor.`);
		const { hash, ...inhoud } = regel;
		if ((await hashVan(inhoud as ZonderHash)) !== hash)
			return fout(`Regel ${regel.volgnummer} is gewijzigd nadat hij werd vastgelegd.`);
		vorige = hash;
	}
	return { ok: true, aantal: regels.length };
}
