/**
 * The team roster (issue 14): the public keys the school knows, each with a name and a role. A
 * signature proves which key signed an entry; only the roster says whose key that is. It is
 * exchanged as a small file (`meldcodewijzer-team`, version 1), checked like a case file: shape
 * with valibot, then every fingerprint recomputed from its public key; a bad file writes nothing.
 *
 * Trust comes from how the file travels (handed over by the directeur or the aandachtsfunctionaris,
 * fingerprints compared aloud), not from the file itself: it is not signed.
 */
import * as v from 'valibot';
import { GRENZEN } from './grenzen';
import { ROLLEN, type Rol } from '$lib/logboek/logboek';
import type { DossierDB } from './db';
import { vingerafdruk, VINGERAFDRUK_PATROON, type TeamLid } from './ondertekening';

export const TEAM_FORMAAT = 'meldcodewijzer-team';
export const TEAM_VERSIE = 1;
/** A school team, generously: a file with more is not a roster. */
export const MAX_LEDEN = 500;
/** Far above 500 members (about 250 bytes each); refused before JSON.parse. */
export const MAX_TEAM_BYTES = 512 * 1024;

export interface Teambestand {
	format: typeof TEAM_FORMAAT;
	formatVersion: typeof TEAM_VERSIE;
	geexporteerd: string;
	leden: TeamLid[];
}

const b64url32 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));

const lidSchema = v.strictObject({
	sleutel: v.pipe(v.string(), v.regex(VINGERAFDRUK_PATROON)),
	naam: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(GRENZEN.naam)),
	rol: v.picklist(Object.keys(ROLLEN) as Rol[]),
	publiek: v.strictObject({
		kty: v.literal('EC'),
		crv: v.literal('P-256'),
		x: b64url32,
		y: b64url32
	})
});

export const teamSchema = v.strictObject({
	format: v.literal(TEAM_FORMAAT),
	formatVersion: v.literal(TEAM_VERSIE),
	geexporteerd: v.pipe(v.string(), v.isoTimestamp()),
	leden: v.pipe(v.array(lidSchema), v.maxLength(MAX_LEDEN))
});

export type GelezenTeam = { ok: true; leden: TeamLid[] } | { ok: false; fout: string };

const GEEN_TEAM =
	'Dit is geen teambestand van Meldcodewijzer. Kies een bestand dat bij "Team en sleutels" met "Team exporteren" is gemaakt.';

/** Same rule as a case file: keys that could reach a prototype are refused while parsing. */
function reviver(sleutel: string, waarde: unknown) {
	if (sleutel === '__proto__' || sleutel === 'constructor' || sleutel === 'prototype')
		throw new SyntaxError('verboden sleutel');
	return waarde;
}

/** Reads a roster file; never throws, every refusal is a Dutch sentence. Writes nothing. */
export async function leesTeam(tekst: string): Promise<GelezenTeam> {
	try {
		if (new Blob([tekst]).size > MAX_TEAM_BYTES)
			return {
				ok: false,
				fout: 'Dit bestand is te groot voor een teambestand. Kies het bestand met de sleutels van je team.'
			};
		let waarde: unknown;
		try {
			waarde = JSON.parse(tekst, reviver);
		} catch {
			return {
				ok: false,
				fout: 'Dit bestand is geen geldige JSON en dus geen teambestand (beschadigd of onvolledig?).'
			};
		}
		if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde))
			return { ok: false, fout: GEEN_TEAM };
		const w = waarde as Record<string, unknown>;
		if (w.format !== TEAM_FORMAAT) return { ok: false, fout: GEEN_TEAM };
		if (w.formatVersion !== TEAM_VERSIE)
			return {
				ok: false,
				fout: `Dit teambestand heeft versie ${String(w.formatVersion)}; deze app leest versie ${TEAM_VERSIE}. Werk de app bij of vraag een nieuw bestand.`
			};
		const vorm = v.safeParse(teamSchema, waarde);
		if (!vorm.success) {
			const pad = vorm.issues[0].path?.map((p) => p.key) ?? [];
			const waar =
				pad[0] === 'leden' && typeof pad[1] === 'number'
					? `lid ${pad[1] + 1}${pad[2] ? ` (veld "${pad.slice(2).join('.')}")` : ''}`
					: pad.length > 0
						? `veld "${pad.join('.')}"`
						: 'het bestand als geheel';
			return {
				ok: false,
				fout: `Dit teambestand klopt niet: bij ${waar} ontbreekt iets of staat iets wat niet kan. Er is niets ingelezen.`
			};
		}
		const leden = vorm.output.leden as TeamLid[];
		const gezien = new Set<string>();
		for (const [i, lid] of leden.entries()) {
			if (gezien.has(lid.sleutel))
				return {
					ok: false,
					fout: `In dit teambestand staat dezelfde sleutel twee keer (lid ${i + 1}). Er is niets ingelezen.`
				};
			gezien.add(lid.sleutel);
			if ((await vingerafdruk(lid.publiek)) !== lid.sleutel)
				return {
					ok: false,
					fout: `In dit teambestand hoort de vingerafdruk van lid ${i + 1} (${lid.naam}) niet bij de sleutel: het bestand is gewijzigd. Er is niets ingelezen.`
				};
		}
		return { ok: true, leden };
	} catch {
		return {
			ok: false,
			fout: 'Dit teambestand kon niet worden gelezen door een onverwachte fout. Er is niets veranderd.'
		};
	}
}

/** The roster on this device, by name. */
export async function teamLeden(db: DossierDB): Promise<TeamLid[]> {
	return (await db.team.toArray()).sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

export function teamBestand(leden: readonly TeamLid[], at: string): Teambestand {
	return {
		format: TEAM_FORMAAT,
		formatVersion: TEAM_VERSIE,
		geexporteerd: at,
		leden: leden.map(({ sleutel, naam, rol, publiek }) => ({ sleutel, naam, rol, publiek }))
	};
}

export interface TeamImport {
	nieuw: number;
	bijgewerkt: number;
	/** Keys of this device itself: their name and role stay as made here. */
	eigen: number;
}

/**
 * Adds the members of a read roster, in one transaction. A known key gets the name and role
 * from the file (the school's list is leading), except a key made on this device.
 */
export async function importeerTeam(db: DossierDB, leden: readonly TeamLid[]): Promise<TeamImport> {
	return db.transaction('rw', db.team, db.sleutels, async () => {
		const uit: TeamImport = { nieuw: 0, bijgewerkt: 0, eigen: 0 };
		for (const lid of leden) {
			if (await db.sleutels.get(lid.sleutel)) {
				uit.eigen += 1;
				continue;
			}
			const er = await db.team.get(lid.sleutel);
			if (!er) uit.nieuw += 1;
			else if (er.naam === lid.naam && er.rol === lid.rol) continue;
			else uit.bijgewerkt += 1;
			const { sleutel, naam, rol, publiek } = lid;
			await db.team.put({ sleutel, naam, rol, publiek });
		}
		return uit;
	});
}

export async function verwijderUitTeam(db: DossierDB, sleutel: string): Promise<void> {
	await db.team.delete(sleutel);
}
