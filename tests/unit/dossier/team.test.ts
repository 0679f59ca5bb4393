import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eigenSleutel } from '$lib/dossier/eigen-sleutel';
import { nieuwSleutelpaar, type TeamLid } from '$lib/dossier/ondertekening';
import {
	importeerTeam,
	leesTeam,
	MAX_LEDEN,
	teamBestand,
	teamLeden,
	TEAM_FORMAAT
} from '$lib/dossier/team';
import { akkoordBevestiging, EIGEN_SLEUTEL_REDEN } from '$lib/dossier/akkoord-bevestiging';
import { onderteken } from '$lib/dossier/ondertekening';
import type { DossierDB } from '$lib/dossier/db';
import { nieuweDB, weg } from './hulp';

const AT = '2026-12-01T09:00:00.000Z';

async function lid(naam: string, rol: TeamLid['rol']): Promise<TeamLid> {
	const k = await nieuwSleutelpaar();
	return { sleutel: k.sleutel, naam, rol, publiek: k.publiek };
}

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(async () => {
	await weg(db);
});

/** Everything in the two key tables, to prove a refused file wrote nothing. */
async function stand() {
	return JSON.stringify([await db.team.toArray(), await db.sleutels.count()]);
}

describe('het teambestand (meldcodewijzer-team, versie 1)', () => {
	it('gaat heen en terug: exporteren, lezen, inlezen op een ander apparaat', async () => {
		const eigen = await eigenSleutel(db, { rol: 'directeur', naam: 'P. Jansen' });
		expect(await teamLeden(db)).toEqual([
			{ sleutel: eigen.sleutel, naam: 'P. Jansen', rol: 'directeur', publiek: eigen.publiek }
		]);
		const tekst = JSON.stringify(teamBestand(await teamLeden(db), AT));

		const ander = nieuweDB();
		try {
			const gelezen = await leesTeam(tekst);
			expect(gelezen.ok).toBe(true);
			if (!gelezen.ok) return;
			expect(await importeerTeam(ander, gelezen.leden)).toEqual({
				nieuw: 1,
				bijgewerkt: 0,
				eigen: 0
			});
			expect(await teamLeden(ander)).toEqual(await teamLeden(db));
			// Reading it again changes nothing; on the device that made the key, its own stays.
			expect(await importeerTeam(ander, gelezen.leden)).toEqual({
				nieuw: 0,
				bijgewerkt: 0,
				eigen: 0
			});
			expect(await importeerTeam(db, gelezen.leden)).toEqual({ nieuw: 0, bijgewerkt: 0, eigen: 1 });
		} finally {
			await weg(ander);
		}
	});

	it('weigert een kapot of vreemd bestand met een Nederlandse melding, en schrijft niets', async () => {
		const goed = teamBestand(
			[await lid('P. Jansen', 'directeur'), await lid('Kim', 'leerkracht')],
			AT
		);
		const ander = await lid('M. de Vries', 'leerkracht');
		const varianten: [string, string, RegExp][] = [
			['geen JSON', '{"format":', /geen geldige JSON/],
			[
				'een export van een casus',
				JSON.stringify({ ...goed, format: 'meldcodewijzer-dossier' }),
				/geen teambestand/
			],
			['een lijst', '[]', /geen teambestand/],
			['een nieuwere versie', JSON.stringify({ ...goed, formatVersion: 2 }), /versie 2.*versie 1/],
			[
				'een vingerafdruk die niet bij de sleutel hoort',
				JSON.stringify({
					...goed,
					leden: [{ ...goed.leden[0]!, publiek: ander.publiek }, goed.leden[1]]
				}),
				/lid 1 \(P\. Jansen\).*niet bij de sleutel/
			],
			[
				'een onbekende rol',
				JSON.stringify({ ...goed, leden: [{ ...goed.leden[0]!, rol: 'koning' }] }),
				/lid 1 \(veld "rol"\)/
			],
			[
				'een lege naam',
				JSON.stringify({ ...goed, leden: [{ ...goed.leden[0]!, naam: '  ' }] }),
				/lid 1/
			],
			[
				'een privésleutel erbij',
				JSON.stringify({
					...goed,
					leden: [{ ...goed.leden[0]!, publiek: { ...goed.leden[0]!.publiek, d: 'x' } }]
				}),
				/lid 1/
			],
			[
				'een extra veld',
				JSON.stringify({ ...goed, leden: [{ ...goed.leden[0]!, admin: true }] }),
				/lid 1/
			],
			[
				'dezelfde sleutel twee keer',
				JSON.stringify({ ...goed, leden: [goed.leden[0], goed.leden[0]] }),
				/twee keer/
			],
			[
				'te veel leden',
				JSON.stringify({ ...goed, leden: Array(MAX_LEDEN + 1).fill(goed.leden[0]) }),
				/veld "leden"|te groot/
			],
			[
				'__proto__',
				`{"format":"${TEAM_FORMAAT}","formatVersion":1,"__proto__":{"x":1}}`,
				/geen geldige JSON|geen teambestand/
			],
			['te groot', JSON.stringify({ ...goed, vulling: 'x'.repeat(600_000) }), /te groot/]
		];
		const voor = await stand();
		for (const [wat, tekst, melding] of varianten) {
			const r = await leesTeam(tekst);
			expect(r.ok, wat).toBe(false);
			if (!r.ok) expect(r.fout, wat).toMatch(melding);
		}
		expect(await stand()).toBe(voor);
	});
});

describe('het akkoord van de directeur telt alleen met een sleutel die het team als directeur kent', () => {
	it('bevestigd, of een onbevestigde claim met de reden', async () => {
		const hash = 'd'.repeat(64);
		const directeur = await nieuwSleutelpaar();
		const ib = await nieuwSleutelpaar();
		const team: TeamLid[] = [
			{
				sleutel: directeur.sleutel,
				naam: 'P. Jansen',
				rol: 'directeur',
				publiek: directeur.publiek
			},
			{ sleutel: ib.sleutel, naam: 'Ine', rol: 'ib-er', publiek: ib.publiek }
		];
		const door = async (k: typeof directeur) => ({
			hash,
			ondertekening: await onderteken(hash, k)
		});
		expect(await akkoordBevestiging(await door(directeur), team, GEEN)).toEqual({
			bevestigd: true,
			lid: team[0]
		});
		expect(await akkoordBevestiging(await door(ib), team, GEEN)).toMatchObject({
			bevestigd: false,
			reden: expect.stringMatching(/Ine \(IB-er\), niet als directeur/)
		});
		expect(
			await akkoordBevestiging(await door(await nieuwSleutelpaar()), team, GEEN)
		).toMatchObject({
			bevestigd: false,
			reden: expect.stringMatching(/niet kent/)
		});
		expect(await akkoordBevestiging({ hash }, team, GEEN)).toMatchObject({
			bevestigd: false,
			reden: 'niet ondertekend'
		});
		const vals = await door(directeur);
		expect(await akkoordBevestiging({ ...vals, hash: 'e'.repeat(64) }, team, GEEN)).toMatchObject({
			bevestigd: false,
			reden: expect.stringMatching(/klopt niet/)
		});
	});

	it('een sleutel die op dit apparaat is gemaakt, bevestigt hier niets: "Directeur" kiezen is niet genoeg', async () => {
		// The IB-er's device: she typed the directeur's name in the sign-off form, so her device
		// made a key for "P. Jansen (directeur)" and put it in its roster with the role claimed.
		const hash = 'd'.repeat(64);
		const hier = await nieuwSleutelpaar();
		const team: TeamLid[] = [
			{ sleutel: hier.sleutel, naam: 'P. Jansen', rol: 'directeur', publiek: hier.publiek }
		];
		const akkoord = { hash, ondertekening: await onderteken(hash, hier) };
		expect(await akkoordBevestiging(akkoord, team, new Set([hier.sleutel]))).toEqual({
			bevestigd: false,
			reden: EIGEN_SLEUTEL_REDEN
		});
		// The same entry on a device that has the key from a roster file: it counts there.
		expect(await akkoordBevestiging(akkoord, team, GEEN)).toEqual({
			bevestigd: true,
			lid: team[0]
		});
	});
});

const GEEN: ReadonlySet<string> = new Set();
