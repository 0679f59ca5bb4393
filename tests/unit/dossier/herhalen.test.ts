import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { __unsafe_getAllOwnEventDescriptors } from 'xstate';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { Variant } from '$machines/meldcode.machine';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { samenvatting } from '$lib/dossier/samenvatting';
import type { CasusRecord } from '$lib/dossier/types';
import type { Casus } from '$lib/wizard/casus.svelte';
import { ROLLEN, type Rol } from '$lib/logboek/logboek';
import { MELDEN, TOT_HULP, TOT_VRAAG1, TOT_VRAAG2 } from '../machines/helpers';
import { ALLE_VOORBEELDEN, TERMIJN, ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, prng, weg } from './hulp';

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

async function nieuw(variant: Variant): Promise<{ id: string; casus: Casus }> {
	const g = gegevensVoor(variant);
	await nieuweCasus(db, g);
	return { id: g.id, casus: (await laad(db, g.id))! };
}

const ROL_LIJST = Object.keys(ROLLEN) as Rol[];
const ZELDZAAM = new Set<MeldcodeEvent['type']>(['SIGNALEN_OVER_MEDEWERKER', 'ACUUT', 'HERZIEN']);

/**
 * A random walk through the wizard with the dossier as storage: at each step one of the sample
 * events the case accepts, now and then a correction, another user, or closing and reopening the
 * case (a reload from the database) before going on.
 */
async function willekeurigeReis(id: string, start: Casus, seed: number, lengte: number) {
	const random = prng(seed);
	const kies = <T>(lijst: readonly T[]) => lijst[Math.floor(random() * lijst.length)]!;
	let casus = start;
	let herladen = 0;
	let correcties = 0;
	for (let i = 0; i < lengte && casus.snapshot.status === 'active'; i++) {
		const kans = random();
		if (kans < 0.1) {
			casus = (await laad(db, id))!;
			herladen++;
		} else if (kans < 0.2 && casus.regels.length > 0) {
			const doel = kies(casus.regels).volgnummer;
			const r = await casus.corrigeer(
				doel,
				`Verbeterd bij stap ${i}.`,
				'Preciezer.',
				ev('AFSLUITEN').at
			);
			expect(r).toEqual({ ok: true });
			correcties++;
		} else if (kans < 0.3) {
			casus.door = { rol: kies(ROL_LIJST), ...(random() < 0.5 ? { naam: `Naam ${i}` } : {}) };
		}
		// Only samples of an event type the current states handle can be accepted: asking the
		// machine about those alone gives the same list, in a fraction of the time.
		const soorten = new Set(__unsafe_getAllOwnEventDescriptors(casus.snapshot));
		const mogelijk = ALLE_VOORBEELDEN.filter((e) => soorten.has(e.type) && casus.kan(e));
		if (mogelijk.length === 0) break;
		// The staff route and acute danger are possible from almost every step, a revision from
		// most steps after stap 3; taken as often as the rest, they would end (or undo) most
		// journeys early.
		const gewoon = mogelijk.filter((e) => !ZELDZAAM.has(e.type));
		await legVast(casus, [kies(gewoon.length > 0 && random() > 0.05 ? gewoon : mogelijk)]);
	}
	return { casus, herladen, correcties };
}

type Reis = Awaited<ReturnType<typeof willekeurigeReis>>;

describe('een casus uit de database is dezelfde casus', () => {
	const reizen = (['basismodel', 'school'] as const).flatMap((v) =>
		Array.from({ length: 30 }, (_, i) => [v, i + 1] as const)
	);
	/** What each journey did, for the test of the journeys themselves at the end. */
	const gereisd = new Map<string, Reis>();

	// The dossier code a case loads on first use (dynamic imports in casusUit), loaded before
	// the first journey: its time belongs to no journey.
	beforeAll(() => Promise.all([import('$lib/dossier/dossier'), import('$lib/dossier/effectief')]));

	it.each(reizen)('%s, reis %i: herladen geeft dezelfde toestand', async (variant, seed) => {
		const { id, casus: begin } = await nieuw(variant);
		const reis = await willekeurigeReis(id, begin, seed, 40);
		gereisd.set(`${variant} ${seed}`, reis);
		const live = reis.casus;
		expect(live.regels.length).toBeGreaterThan(0);

		const herladen = (await laad(db, id))!;
		expect(herladen.snapshot.value).toEqual(live.snapshot.value);
		expect(herladen.snapshot.context).toEqual(live.snapshot.context);
		expect(herladen.snapshot.status).toBe(live.snapshot.status);
		expect(herladen.waar).toBe(live.waar);
		expect(herladen.regels).toEqual(live.regels);

		const log = await logboekVan(db, id);
		const aantalCorrecties = live.regels.reduce((n, r) => n + (r.correcties?.length ?? 0), 0);
		expect(log).toHaveLength(live.regels.length + aantalCorrecties);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: log.length });

		// The case row is the summary of the live case, updated with the last entry.
		expect(await db.casussen.get(id)).toMatchObject({
			...samenvatting(live.snapshot, live.regels),
			bijgewerkt: log.at(-1)!.at
		});
	});

	it('de reizen zijn echt verschillend en gebruiken correcties en herladen', async () => {
		const routes = new Set<string>();
		let herladen = 0;
		let correcties = 0;
		let herzien = 0;
		for (const variant of ['basismodel', 'school'] as const)
			for (let seed = 1; seed <= 10; seed++) {
				// The journeys above, unless only this test runs: a journey depends on its seed only.
				let r = gereisd.get(`${variant} ${seed}`);
				if (!r) {
					const { id, casus } = await nieuw(variant);
					r = await willekeurigeReis(id, casus, seed, 40);
				}
				routes.add(r.casus.regels.map((x) => x.beslissing.event.type).join());
				herzien += r.casus.regels.filter((x) => x.beslissing.event.type === 'HERZIEN').length;
				herladen += r.herladen;
				correcties += r.correcties;
			}
		expect(routes.size).toBeGreaterThan(15);
		expect(herladen).toBeGreaterThan(10);
		expect(correcties).toBeGreaterThan(10);
		expect(herzien).toBeGreaterThan(0);
	});
});

describe('de casusregel: status, uitkomst en wat wanneer aan de beurt is', () => {
	async function rijNa(variant: Variant, events: MeldcodeEvent[]): Promise<CasusRecord> {
		const { id, casus } = await nieuw(variant);
		await legVast(casus, events);
		return (await db.casussen.get(id))!;
	}
	const melding = (at: string) => [ev('MELDING_BESPROKEN'), ev('MELDING_GEDAAN', { at })];
	const VT_TOT_GEMELD = [...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'twijfel' })];
	const GEMELD = [...VT_TOT_GEMELD, ...MELDEN, ev('VT_TERUGKOPPELING')];
	/** Decision II with Veilig Thuis (no help): before stap 6 or closing (issue 13, rule 2). */
	const BESLUIT_II = [ev('VERDER_MET_VEILIG_THUIS'), ev('AFWEGING_3', { antwoord: 'nee' })];

	it('een nieuwe casus is open, zonder uitkomst en zonder datum', async () => {
		const { id } = await nieuw('school');
		expect(await db.casussen.get(id)).toMatchObject({
			status: 'open',
			uitkomst: null,
			volgendeDatum: null,
			volgendeWat: null
		});
	});

	it('hulp loopt: de termijn van afweging 4', async () => {
		expect(await rijNa('basismodel', TOT_HULP)).toMatchObject({
			status: 'open',
			uitkomst: 'hulp-loopt',
			volgendeDatum: TERMIJN,
			volgendeWat: 'Afweging 5: resultaat van de hulp'
		});
		expect(
			await rijNa('school', [...TOT_HULP.slice(0, -1), ev('AFWEGING_4', { termijn: '2027-02-26' })])
		).toMatchObject({ volgendeDatum: '2027-02-26' });
	});

	it.each([
		['vrijdag', '2026-11-27T10:00:00.000Z', '2026-12-04'],
		['woensdag', '2026-11-25T14:30:00.000Z', '2026-12-02'],
		['maandag', '2026-11-23T08:00:00.000Z', '2026-11-30'],
		// Issue 13, rule 10: the Dutch holidays are no werkdagen (src/lib/dossier/werkdagen.ts).
		['donderdag voor de kerst', '2026-12-24T09:00:00.000Z', '2027-01-04'],
		['donderdag voor Pasen', '2026-04-02T09:00:00.000Z', '2026-04-13'],
		['maandag voor Koningsdag', '2027-04-26T09:00:00.000Z', '2027-05-04'],
		['woensdag voor Hemelvaart', '2026-05-13T09:00:00.000Z', '2026-05-21']
	])('gemeld op een %s: terugkoppeling 5 werkdagen later', async (_, at, verwacht) => {
		expect(await rijNa('school', [...VT_TOT_GEMELD, ...melding(at)])).toMatchObject({
			status: 'open',
			uitkomst: 'gemeld',
			volgendeDatum: verwacht,
			volgendeWat: 'Terugkoppeling van Veilig Thuis (5 werkdagen)'
		});
	});

	it('gemeld kort na middernacht: de werkdagen tellen vanaf de Nederlandse datum', async () => {
		const tz = process.env.TZ;
		process.env.TZ = 'Europe/Amsterdam';
		try {
			// Friday 27 November, 00:30 in the Netherlands; still Thursday in UTC.
			const rij = await rijNa('school', [...VT_TOT_GEMELD, ...melding('2026-11-26T23:30:00.000Z')]);
			expect(rij.volgendeDatum).toBe('2026-12-04');
		} finally {
			if (tz === undefined) delete process.env.TZ;
			else process.env.TZ = tz;
		}
	});

	it('na de terugkoppeling van Veilig Thuis is er niets meer aan de beurt', async () => {
		expect(await rijNa('school', GEMELD)).toMatchObject({
			status: 'open',
			uitkomst: 'gemeld',
			volgendeDatum: null,
			volgendeWat: null
		});
	});

	it('een nieuwe melding na een eerdere terugkoppeling telt weer vanaf de nieuwe melding', async () => {
		const tweede = [
			...VT_TOT_GEMELD,
			...melding('2026-11-27T10:00:00.000Z'),
			ev('VT_TERUGKOPPELING', { at: '2026-12-03T10:00:00.000Z' }),
			ev('VERDER_MET_VEILIG_THUIS'),
			ev('AFWEGING_3', { antwoord: 'ja' }),
			ev('AFWEGING_4'),
			ev('ONVEILIGHEID_HOUDT_AAN'),
			...melding('2026-12-16T10:00:00.000Z')
		];
		expect(await rijNa('basismodel', tweede)).toMatchObject({
			uitkomst: 'gemeld',
			volgendeDatum: '2026-12-23'
		});
	});

	it('stap 6: de volgende evaluatie, zodra die is afgesproken', async () => {
		const stap6 = [...GEMELD, ...BESLUIT_II, ev('NAAR_STAP6')];
		expect(await rijNa('school', stap6)).toMatchObject({ status: 'open', volgendeDatum: null });
		expect(await rijNa('school', [...stap6, ev('NAZORG')])).toMatchObject({
			status: 'open',
			uitkomst: 'gemeld',
			volgendeDatum: '2027-03-01',
			volgendeWat: 'Evaluatie (stap 6)'
		});
		expect(
			await rijNa('school', [
				...stap6,
				ev('NAZORG'),
				ev('NAZORG', { volgendeEvaluatie: '2027-06-01' })
			])
		).toMatchObject({ volgendeDatum: '2027-06-01' });
	});

	it.each<[string, Variant, MeldcodeEvent[], Partial<CasusRecord>]>([
		[
			'na stap 6',
			'school',
			[...GEMELD, ...BESLUIT_II, ev('NAAR_STAP6'), ev('NAZORG'), ev('AFSLUITEN')],
			{ status: 'afgesloten', uitkomst: 'gemeld' }
		],
		[
			'na een melding (basismodel)',
			'basismodel',
			[...GEMELD, ...BESLUIT_II, ev('AFSLUITEN')],
			{ uitkomst: 'gemeld' }
		],
		[
			'zonder vermoeden',
			'school',
			[...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' })],
			{ uitkomst: 'geen-vermoeden' }
		],
		[
			'met monitoring',
			'basismodel',
			[...TOT_HULP, ev('AFWEGING_5', { antwoord: 'ja' })],
			{ uitkomst: 'monitoring' }
		]
	])('afgesloten %s: niets meer aan de beurt', async (_, variant, events, verwacht) => {
		expect(await rijNa(variant, events)).toMatchObject({
			status: 'afgesloten',
			volgendeDatum: null,
			volgendeWat: null,
			...verwacht
		});
	});

	it('doorverwezen bij signalen over een medewerker', async () => {
		expect(
			await rijNa('school', [
				ev('SIGNALEN_OVER_MEDEWERKER'),
				ev('MEDEWERKER_ZEDEN', { antwoord: 'ja' })
			])
		).toMatchObject({ status: 'doorverwezen', uitkomst: 'doorverwezen', volgendeDatum: null });
	});

	it('heropend na afsluiten: weer open', async () => {
		expect(
			await rijNa('school', [...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }), ev('HEROPENEN')])
		).toMatchObject({ status: 'open', volgendeDatum: null });
	});
});
