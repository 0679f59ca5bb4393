/**
 * The export seal (issue 14, the tamper set): the exporting person's signature over what the
 * file holds, so that what the hash chain cannot show becomes visible too. The chain proves each
 * entry and its order, and each entry's signature proves its author; neither shows entries cut
 * off the end (with the case row made to fit, a shorter log is a sound chain) nor a signature
 * taken away (an unsigned entry reads as one from before signing). The seal covers, per case, the
 * number of entries, the last hash and, at any depth in chain order, every entry's hash with its
 * signature or the lack of one; and the export time.
 *
 * Reading: a seal that does not match the file, or does not verify, refuses the file (it was
 * changed after export: as conclusive as a broken chain). A file without a seal (made before
 * this version, by a device that cannot keep keys, or with its seal taken away) and a seal by a
 * key the team does not know are read in, and the import preview says so.
 */
import canonicalize from 'canonicalize';
import {
	handtekeningKlopt,
	onderteken,
	ondertekeningStatus,
	type Ondertekenaar,
	type Ondertekening,
	type TeamLid
} from '$lib/dossier/ondertekening';
import type { LogRecord } from '$lib/dossier/types';
import { rolInZin } from '$lib/dossier/ondertekening-tekst';
import type { Actor } from '$lib/logboek/logboek';

export const ZEGEL_SOORT = 'meldcodewijzer-exportzegel';
export const ZEGEL_VERSIE = 1;

export interface Exportzegel {
	/** Who made the export, as "Je werkt als" said: what the roster should confirm. */
	door: Actor;
	ondertekening: Ondertekening;
}

/** What a seal covers, from a file's content (the file's own fields, as read). */
interface Verzegelbaar {
	geexporteerd: string;
	casussen: readonly { casus: { id: string }; logboek: readonly LogRecord[] }[];
}

function plat(log: readonly LogRecord[], uit: [string, string | null][] = []) {
	for (const r of log) {
		uit.push([r.hash, r.ondertekening?.handtekening ?? null]);
		if (r.soort === 'samenvoeging') plat(r.regels, uit);
	}
	return uit;
}

/** The SHA-256 (hex) the seal signs: canonical JSON (RFC 8785) of what the file holds. */
export async function zegelHash(b: Verzegelbaar, door: Actor): Promise<string> {
	const inhoud = {
		soort: ZEGEL_SOORT,
		versie: ZEGEL_VERSIE,
		geexporteerd: b.geexporteerd,
		door: { rol: door.rol, naam: door.naam ?? null },
		casussen: b.casussen.map(({ casus, logboek }) => ({
			id: casus.id,
			aantal: logboek.length,
			laatsteHash: logboek.at(-1)?.hash ?? null,
			regels: plat(logboek)
		}))
	};
	const bytes = new TextEncoder().encode(canonicalize(inhoud)!);
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return [...digest].map((x) => x.toString(16).padStart(2, '0')).join('');
}

export async function maakZegel(
	b: Verzegelbaar,
	door: Actor,
	sleutel: Ondertekenaar
): Promise<Exportzegel> {
	return { door: { ...door }, ondertekening: await onderteken(await zegelHash(b, door), sleutel) };
}

export type ZegelControle = { soort: 'geen' } | { soort: 'klopt' } | { soort: 'klopt-niet' };

/** Whether the file still holds what its seal says (no roster needed: the command line uses it). */
export async function controleerZegel(
	b: Verzegelbaar & { zegel?: Exportzegel }
): Promise<ZegelControle> {
	if (!b.zegel) return { soort: 'geen' };
	const hash = await zegelHash(b, b.zegel.door);
	return (await handtekeningKlopt({ hash, ondertekening: b.zegel.ondertekening }))
		? { soort: 'klopt' }
		: { soort: 'klopt-niet' };
}

export const ZEGEL_KLOPT_NIET =
	'Dit bestand is gewijzigd na export: het exportzegel past niet meer bij wat erin staat (regels weggehaald of verplaatst, of een handtekening weggehaald of vervangen). Er is niets ingelezen.';

/** The seal in one line for the import preview and the command line, against a roster. */
export async function zegelTekst(
	b: Verzegelbaar & { zegel?: Exportzegel },
	team: readonly TeamLid[]
): Promise<{ ok: boolean; tekst: string }> {
	if (!b.zegel)
		return {
			ok: false,
			tekst:
				'Dit bestand heeft geen exportzegel (gemaakt met een oudere versie, of het zegel is weggehaald): of er aan het eind regels ontbreken of een handtekening is weggehaald, is niet vast te stellen.'
		};
	const s = await ondertekeningStatus(
		{ hash: await zegelHash(b, b.zegel.door), ondertekening: b.zegel.ondertekening },
		team
	);
	if (s.soort === 'klopt-niet') return { ok: false, tekst: ZEGEL_KLOPT_NIET };
	const naam = b.zegel.door.naam?.trim();
	const rol = rolInZin(b.zegel.door.rol);
	const wie = naam ? `op naam van ${naam}, ${rol}` : `${rol}, zonder naam`;
	if (s.soort === 'bekend')
		return {
			ok: true,
			tekst: `Exportzegel klopt: gemaakt door ${s.lid.naam}, sleutel bekend. Er ontbreekt niets en er is niets verplaatst sinds de export.`
		};
	return {
		ok: false,
		tekst: `Het exportzegel klopt met de inhoud, maar is gemaakt met een sleutel die het team niet kent (${wie}): wie het bestand maakte, is niet vast te stellen.`
	};
}
