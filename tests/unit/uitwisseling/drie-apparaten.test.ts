/**
 * Issue 14, proof: three devices (leerkracht, IB-er, directeur) hand one case around in random
 * orders, each deciding, correcting, revising (herzien), signing off and settling conflicts in
 * between. After every action, on every device that holds the case: the chain verifies, every
 * decision appears once in the case and once in the report, every sign-off that device holds is
 * in the report, the report, the notes and the case list's summary render. At the end, after
 * the case went round once more, every sign-off ever given is visible on all three devices.
 *
 * Seeded (tests/prng.ts): a failure names its seed, and the same run repeats from it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teHerzien } from '$machines/herzien';
import { besluitSleutel, wachtOpAkkoord } from '$lib/dossier/akkoord-regels';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { verloop } from '$lib/dossier/verloop';
import { notitieVoor } from '$lib/rapport/notitie';
import { overzichtVan } from '$lib/rapport/overzicht';
import { maakRapport, type RapportBeslissing } from '$lib/rapport/rapport';
import { effectief } from '$lib/dossier/effectief';
import { voegKeuzeToe } from '$lib/uitwisseling/keuze';
import type { Actor } from '$lib/logboek/logboek';
import { TOT_VRAAG1 } from '../machines/helpers';
import { ev, ZONDER_HERZIEN } from '../machines/voorbeelden';
import { gegevensBij, laad, nieuweDB, prng, weg } from '../dossier/hulp';
import { casusMet, NU } from './hulp';
import { geefDoor } from './overdracht-hulp';

/** After every sample event (afweging 5 is dated on its term): sign-offs never precede a decision. */
const LATER = '2027-02-01T10:00:00.000Z';

interface Apparaat {
	naam: string;
	door: Actor;
	db: DossierDB;
}

let apparaten: Apparaat[] = [];
beforeEach(() => {
	apparaten = [
		{ naam: 'leerkracht', door: { rol: 'leerkracht', naam: 'L. de Wit' }, db: nieuweDB() },
		{ naam: 'IB-er', door: { rol: 'ib-er', naam: 'M. Bakker' }, db: nieuweDB() },
		{ naam: 'directeur', door: { rol: 'directeur', naam: 'P. Jansen' }, db: nieuweDB() }
	];
});
afterEach(async () => {
	for (const a of apparaten) await weg(a.db);
});

/** Everything a view of the case on this device reads, checked against its own log. */
async function klopt(a: Apparaat, id: string, context: string) {
	const log = await logboekVan(a.db, id);
	expect((await controleer(a.db, id)).ok, `${context}: keten`).toBe(true);
	const eff = effectief(log);
	const rij = (await a.db.casussen.get(id))!;

	const casus = (await laad(a.db, id))!;
	const sleutels = casus.regels.map(besluitSleutel);
	expect(new Set(sleutels).size, `${context}: casus, dubbele regels`).toBe(sleutels.length);

	const rapport = maakRapport(rij, log, await controleer(a.db, id), NU);
	const items = rapport.delen.flatMap((d) => d.items);
	const itemSleutels = items.map((i) => i.sleutel);
	expect(new Set(itemSleutels).size, `${context}: rapport, dubbele regels`).toBe(
		itemSleutels.length
	);
	// Every decision of the log, at any depth, is in the report exactly once.
	for (const b of eff.alle)
		expect(
			itemSleutels.filter((s) => s === besluitSleutel(b.regel)).length,
			`${context}: regel ${b.regel.volgnummer} in het rapport`
		).toBe(1);
	// Every sign-off this device holds is in the report.
	const inRapport = new Set(rapport.akkoorden.map((x) => x.sleutel));
	for (const k of eff.akkoorden) expect(inRapport.has(k.hash!), `${context}: akkoord`).toBe(true);
	// A revised or withdrawn answer says so in the report, on every device the same way.
	const { ingetrokken } = verloop(rij, eff.regels);
	for (const i of items as RapportBeslissing[])
		if (ingetrokken[i.sleutel]) expect(i.herzien, `${context}: herzien`).toBeTruthy();

	for (const deel of rapport.delen)
		expect(notitieVoor(rapport, deel, { leerlingvolgsysteem: 'ParnasSys' })).toContain(
			rapport.pseudoniem
		);
	expect(overzichtVan(rij, log).wachtOpAkkoord).toBe(
		wachtOpAkkoord(verloop(rij, eff.regels).stap5, eff.akkoorden).length
	);
	return { casus, eff };
}

/** One random action on a device that holds the case; returns the sign-off it gave, if any. */
async function actie(
	random: () => number,
	a: Apparaat,
	id: string,
	stap: number
): Promise<string | null> {
	const casus = (await laad(a.db, id))!;
	casus.door = { ...a.door };
	const log = await logboekVan(a.db, id);
	const open = effectief(log).open;
	if (open) {
		// Two versions: this device settles it (the directeur or the IB-er, in the team meeting).
		await voegKeuzeToe(a.db, id, {
			samenvoeging: open.samenvoeging.hash,
			tak: random() < 0.5 ? 'hier' : 'ingevoegd',
			reden: `Besproken in het zorgoverleg (${stap}).`,
			at: LATER,
			door: a.door
		});
		return null;
	}
	const kans = random();
	if (a.door.rol === 'directeur' && kans < 0.4) {
		const doel = wachtOpAkkoord(casus.stap5, casus.akkoorden).at(-1);
		if (doel) {
			const r = await casus.akkoordGeven(
				doel.volgnummer,
				'Akkoord.',
				LATER,
				doel.hash,
				'P. Jansen'
			);
			expect(r).toEqual({ ok: true });
			return casus.akkoorden.at(-1)!.hash!;
		}
	}
	if (kans < 0.15) {
		const eigen = casus.regels.filter((r) => !r.samengevoegd);
		const doel = eigen[Math.floor(random() * eigen.length)];
		if (doel) {
			const r = await casus.corrigeer(
				doel.volgnummer,
				`Preciezer (${stap}).`,
				'Aanvulling.',
				LATER
			);
			expect(r).toEqual({ ok: true });
			return null;
		}
	}
	const herzien = teHerzien(casus.snapshot.context);
	if (kans < 0.3 && herzien.length > 0) {
		const vraag = herzien[Math.floor(random() * herzien.length)]!;
		expect(await casus.vastleggen(ev('HERZIEN', { vraag }))).toEqual({ ok: true });
		return null;
	}
	const mogelijk = ZONDER_HERZIEN.filter(
		(e) => e.type !== 'SIGNALEN_OVER_MEDEWERKER' && casus.kan(e)
	);
	const e = mogelijk[Math.floor(random() * mogelijk.length)];
	if (e) expect(await casus.vastleggen(e, gegevensBij(e))).toEqual({ ok: true });
	return null;
}

/**
 * One seeded journey: 14 random moves (a hand-off, or an action on a device holding the case),
 * with `na` called after each on the device it touched.
 */
async function rondgang(
	seed: number,
	na: (a: Apparaat, id: string, context: string) => Promise<unknown> = async () => {}
) {
	const random = prng(seed);
	const [leerkracht] = apparaten;
	const { id } = await casusMet(leerkracht!.db, TOT_VRAAG1);
	const heeft = new Set<Apparaat>([leerkracht!]);
	const gegeven = new Set<string>();
	for (let stap = 0; stap < 14; stap++) {
		const houders = [...heeft];
		const van = houders[Math.floor(random() * houders.length)]!;
		const context = `seed ${seed}, stap ${stap}`;
		if (random() < 0.4) {
			const naar = apparaten.filter((x) => x !== van)[Math.floor(random() * 2)]!;
			await geefDoor(van.db, naar.db, id, naar.door);
			heeft.add(naar);
			await na(naar, id, `${context}, ${van.naam} → ${naar.naam}`);
		} else {
			const hash = await actie(random, van, id, stap);
			if (hash) gegeven.add(hash);
			await na(van, id, `${context}, ${van.naam}`);
		}
	}
	return { id, heeft, gegeven };
}

/** Once more round all three: then each must hold every sign-off ever given. */
async function nogEenRonde(seed: number, id: string, heeft: Set<Apparaat>, gegeven: Set<string>) {
	const [a, b, c] = apparaten as [Apparaat, Apparaat, Apparaat];
	const rond: [Apparaat, Apparaat][] = [
		[[...heeft][0]!, a],
		[a, b],
		[b, c],
		[c, a],
		[a, b]
	];
	for (const [van, naar] of rond) if (van !== naar) await geefDoor(van.db, naar.db, id, naar.door);
	for (const x of apparaten) {
		const { eff } = await klopt(x, id, `seed ${seed}, eind ${x.naam}`);
		const hier = new Set(eff.akkoorden.map((k) => k.hash));
		for (const h of gegeven) expect(hier.has(h), `${x.naam}: akkoord ${h.slice(0, 8)}`).toBe(true);
	}
}

/**
 * Seeds 3, 7 and 13 found a merge defect (fixed in effectief.ts): both devices record an acute
 * entry, one settles the two versions and goes on, the other goes on along its own line and
 * hands the case back; the import refused it, because the other line was built from this
 * device's log, where an earlier choice had set that device's acute entry aside.
 */
const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);
/** What each journey held at its end, for the test of the journeys themselves. */
const tellingen = new Map<
	number,
	Record<'akkoorden' | 'herzien' | 'keuzes' | 'correcties', number>
>();

describe('drie apparaten geven een casus rond', () => {
	it.each(SEEDS)(
		'seed %i: elke regel één keer in elke weergave, elk akkoord blijft zichtbaar',
		async (seed) => {
			const { id, heeft, gegeven } = await rondgang(seed, klopt);
			const telling = { akkoorden: 0, herzien: 0, keuzes: 0, correcties: 0 };
			for (const x of heeft) {
				const log = await logboekVan(x.db, id);
				const eff = effectief(log);
				telling.akkoorden += eff.akkoorden.length;
				telling.keuzes += log.filter((r) => r.soort === 'keuze').length;
				telling.correcties += log.filter((r) => r.soort === 'correctie').length;
				telling.herzien += eff.alle.filter(
					(b) => b.regel.beslissing.event.type === 'HERZIEN'
				).length;
			}
			tellingen.set(seed, telling);
			await nogEenRonde(seed, id, heeft, gegeven);
		}
	);

	it('de rondes doen echt iets: akkoorden, herzieningen, verbeteringen en keuzes komen voor', async () => {
		const totaal = { akkoorden: 0, herzien: 0, keuzes: 0, correcties: 0 };
		for (const seed of SEEDS) {
			// The journeys above, unless only this test runs: a journey depends on its seed only.
			const t = tellingen.get(seed);
			if (!t) continue;
			for (const k of Object.keys(totaal) as (keyof typeof totaal)[]) totaal[k] += t[k];
		}
		expect(tellingen.size, 'draai het hele bestand').toBe(SEEDS.length);
		for (const [soort, n] of Object.entries(totaal)) expect(n, soort).toBeGreaterThan(0);
	});
});
