import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { lees, leesBestandVan, MAX_BYTES, ONVERWACHT } from '$lib/uitwisseling/lezen';
import { importeer } from '$lib/uitwisseling/importeren';
import { TOT_HULP, TOT_VRAAG2 } from '../unit/machines/helpers';
import { ev } from '../unit/machines/voorbeelden';
import { nieuweDB, prng, rauwSchrijven, weg } from '../unit/dossier/hulp';
import { casusMet, dump, IB, NU } from '../unit/uitwisseling/hulp';

/**
 * Part of the attack corpus (see aanvallen.test.ts); its figures go to uitslag-fuzz.json.
 * Generated bad files through the real reading and import functions, against a database that
 * already holds cases (so merges are tried too). Every rejection must be a Dutch sentence from
 * the known set (never the catch-all, never a TypeError), and must leave the database exactly as
 * it was. Reproducible: each file comes from a numbered seed.
 */
let bron: DossierDB;
let doel: DossierDB;
let basis: Record<string, unknown>;
let basisTekst: string;

beforeAll(async () => {
	bron = nieuweDB();
	doel = nieuweDB();
	const een = await casusMet(bron, TOT_HULP, { pseudoniem: 'FZ' });
	await casusMet(bron, TOT_VRAAG2, { pseudoniem: 'GH' });
	await een.casus.corrigeer(3, 'Beter verwoord.', 'Preciezer.', NU);
	// The target holds case FZ as it was earlier (merges become fast-forwards) and one of its own.
	const tekst = await alsTekst(await maakExport(bron, { alle: true }));
	basis = JSON.parse(tekst);
	basisTekst = tekst;
	const ouder = structuredClone(basis) as { casussen: { logboek: unknown[]; casus: object }[] };
	ouder.casussen = [ouder.casussen[0]!];
	ouder.casussen[0]!.logboek = ouder.casussen[0]!.logboek.slice(0, 4);
	ouder.casussen[0]!.casus = {
		...ouder.casussen[0]!.casus,
		aantalRegels: undefined,
		laatsteHash: undefined
	};
	const r = await lees(JSON.stringify(ouder));
	if (!r.ok) throw new Error(r.fout);
	expect((await importeer(doel, r.bestand, { door: IB, at: NU })).ok).toBe(true);
	await casusMet(doel, [ev('START_STAPPENPLAN')], { pseudoniem: 'EIGEN' });
});
afterAll(async () => {
	await weg(bron);
	await weg(doel);
});

type Json = unknown;

/** Every path to a value in a JSON document. */
function paden(w: Json, pad: (string | number)[] = [], uit: (string | number)[][] = []) {
	uit.push(pad);
	if (Array.isArray(w)) w.forEach((x, i) => paden(x, [...pad, i], uit));
	else if (w && typeof w === 'object')
		for (const [k, x] of Object.entries(w)) paden(x, [...pad, k], uit);
	return uit;
}

function zet(w: Json, pad: (string | number)[], waarde: Json | typeof WEG): Json {
	if (pad.length === 0) return waarde === WEG ? undefined : waarde;
	const ouder = pad
		.slice(0, -1)
		.reduce<Json>((o, k) => (o as Record<string, Json>)[k], w) as Record<string | number, Json>;
	const k = pad.at(-1)!;
	if (waarde === WEG) {
		if (Array.isArray(ouder)) ouder.splice(k as number, 1);
		else delete ouder[k];
	} else ouder[k] = waarde;
	return w;
}
const WEG = Symbol('weg');

const VREEMD: Json[] = [
	null,
	0,
	-1,
	1.5,
	1e308,
	'',
	'x',
	true,
	[],
	{},
	'<script>alert(1)</script>',
	'0'.repeat(64),
	'f'.repeat(64),
	'2026-13-45T99:99:99Z',
	'x'.repeat(200_001),
	[[[[[[]]]]]],
	{ soort: 'samenvoeging' },
	{ toString: 'x', valueOf: 1 }
];

type Maker = (r: () => number) => string;

function kies<T>(r: () => number, lijst: readonly T[]): T {
	return lijst[Math.floor(r() * lijst.length)]!;
}

const MAKERS: Record<string, Maker> = {
	afgeknipt: (r) => basisTekst.slice(0, Math.floor(r() * basisTekst.length)),
	byteOmgedraaid: (r) => {
		const i = Math.floor(r() * basisTekst.length);
		const c = String.fromCharCode(33 + Math.floor(r() * 90));
		return basisTekst.slice(0, i) + c + basisTekst.slice(i + 1);
	},
	verkeerdType: (r) => {
		const doc = structuredClone(basis);
		const pad = kies(
			r,
			paden(doc).filter((p) => p.length > 0)
		);
		return JSON.stringify(zet(doc, pad, structuredClone(kies(r, VREEMD))));
	},
	veldWeg: (r) => {
		const doc = structuredClone(basis);
		const pad = kies(
			r,
			paden(doc).filter((p) => p.length > 0)
		);
		return JSON.stringify(zet(doc, pad, WEG));
	},
	regelsGeschud: (r) => {
		const doc = structuredClone(basis) as { casussen: { logboek: Json[] }[] };
		const log = kies(r, doc.casussen).logboek;
		const i = Math.floor(r() * log.length);
		const j = Math.floor(r() * log.length);
		[log[i], log[j]] = [log[j], log[i]];
		if (i === j) log.splice(i, 1);
		return JSON.stringify(doc);
	},
	regelVanAndereCasus: (r) => {
		const doc = structuredClone(basis) as { casussen: { logboek: Json[] }[] };
		const [x, y] = doc.casussen;
		const i = Math.floor(r() * Math.min(x!.logboek.length, y!.logboek.length));
		x!.logboek[i] = y!.logboek[i];
		return JSON.stringify(doc);
	},
	casusDubbel: () => {
		const doc = structuredClone(basis) as { casussen: Json[] };
		doc.casussen.push(doc.casussen[0]);
		return JSON.stringify(doc);
	},
	kwaadaardig: (r) =>
		kies(r, [
			'['.repeat(100_000),
			'{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
			JSON.stringify({ ...basis, casussen: Array(20_000).fill({}) }),
			basisTekst.replace('"format"', '"__proto__":{"polluted":true},"format"'),
			basisTekst.replace('"casus": {', '"casus": {"constructor": {"prototype": {"x": 1}},'),
			JSON.stringify({ format: 'meldcodewijzer-versleuteld', versie: 1 }),
			JSON.stringify({
				format: 'meldcodewijzer-versleuteld',
				versie: 1,
				kdf: { naam: 'PBKDF2-SHA256', iteraties: 1e12, zout: 'AAAA' },
				iv: 'AAAA',
				data: 'AAAA'
			}),
			JSON.stringify({ ...basis, formatVersion: 99 }),
			JSON.stringify({ ...basis, formatVersion: -1 }),
			JSON.stringify({ ...basis, formatVersion: '1' }),
			'\u0000\u0001\u0002',
			'"een string"',
			'null',
			'12',
			'\ufeff' + basisTekst.slice(0, 100)
		])
};

describe('fuzz: kapotte, afgeknipte, te grote, verkeerd getypte en kwaadaardige bestanden', () => {
	const SOORTEN = Object.keys(MAKERS);
	const AANTAL = 1300;
	/** Per seed: the kind of file, and whether it was refused. */
	const uitslagen = new Map<number, { soort: string; geweigerd: boolean }>();

	/** One generated file through reading and import, checked; the database as it is after. */
	async function probeer(seed: number, voor: string): Promise<string> {
		const r = prng(seed);
		const soort = SOORTEN[seed % SOORTEN.length]!;
		const tekst = MAKERS[soort]!(r);
		const gelezen = await lees(tekst);
		const uitslag = gelezen.ok
			? await importeer(doel, gelezen.bestand, { door: IB, at: NU })
			: gelezen;
		uitslagen.set(seed, { soort, geweigerd: !uitslag.ok });
		// Some changes are harmless (the app version, white space): then it merged, fine.
		if (uitslag.ok) return dump(doel);
		expect(uitslag.fout, `seed ${seed} (${soort})`).not.toBe(ONVERWACHT);
		expect(uitslag.fout, `seed ${seed} (${soort})`).not.toMatch(
			/TypeError|undefined|null|NaN|\[object|Cannot read/
		);
		expect(uitslag.fout, `seed ${seed} (${soort})`).toMatch(
			/bestand|casus|regel|wachtwoord|versleuteld/i
		);
		expect(await dump(doel), `seed ${seed} (${soort}) veranderde de database`).toBe(voor);
		return voor;
	}

	// In groups of 25 seeds, one test each (in order, on the same database): a test stays short,
	// also on a busy machine.
	const GROEP = 25;
	const groepen = Array.from({ length: AANTAL / GROEP }, (_, i) => [
		i * GROEP + 1,
		(i + 1) * GROEP
	]);
	it.each(groepen)(
		'bestanden %i–%i: geen crash, elke weigering in het Nederlands, en niets half geschreven',
		async (van, tot) => {
			let voor = await dump(doel);
			for (let seed = van!; seed <= tot!; seed++) voor = await probeer(seed, voor);
		}
	);

	it('de 1.300 bestanden: de meeste geweigerd, van elke soort', async () => {
		// The groups above, unless only this test runs.
		let voor = await dump(doel);
		for (let seed = 1; seed <= AANTAL; seed++)
			if (!uitslagen.has(seed)) voor = await probeer(seed, voor);
		const geweigerd: Record<string, number> = {};
		let aanvaard = 0;
		for (const { soort, geweigerd: nee } of uitslagen.values())
			if (nee) geweigerd[soort] = (geweigerd[soort] ?? 0) + 1;
			else aanvaard++;
		const totaal = Object.values(geweigerd).reduce((a, b) => a + b, 0);
		// Reached only when every file passed the checks above: no crash, nothing written on refusal.
		const cijfers = {
			bestanden: 1300,
			geweigerd: totaal,
			ingelezen: aanvaard,
			crashes: 0,
			schrijvenBijWeigering: 0
		};
		writeFileSync(
			join(import.meta.dirname, 'uitslag-fuzz.json'),
			`${JSON.stringify(cijfers, null, '\t')}\n`
		);
		console.log('Aanvalscorpus (fuzz):', cijfers);
		expect(totaal).toBeGreaterThanOrEqual(1000);
		expect(Object.keys(geweigerd).sort()).toEqual([...SOORTEN].sort());
		expect(aanvaard).toBeLessThan(300);
	});

	it('te groot: geweigerd voordat er iets wordt gelezen', async () => {
		const voor = await dump(doel);
		// A file that fails the test if anything reads it: only its size may be asked.
		const nietLezen = () => {
			throw new Error('het bestand werd gelezen');
		};
		for (const extra of [1, 1024, 5 * 1024 * 1024]) {
			const groot = { size: MAX_BYTES + extra, type: 'application/json' } as Blob;
			for (const m of ['text', 'arrayBuffer', 'bytes', 'stream', 'slice'] as const)
				Object.assign(groot, { [m]: nietLezen });
			const r = await leesBestandVan(groot);
			expect(r).toMatchObject({ ok: false, fout: expect.stringMatching(/te groot/) });
		}
		expect(await lees(basisTekst + ' '.repeat(MAX_BYTES))).toMatchObject({ ok: false });
		expect(await dump(doel)).toBe(voor);
	});

	it('één transactie: faalt de tweede casus, dan komt ook de eerste (nieuwe) er niet in', async () => {
		const db = nieuweDB();
		try {
			const { id } = await casusMet(db, TOT_VRAAG2, { pseudoniem: 'KAPOT' });
			// The local copy of KAPOT is damaged (changed past the app), so merging into it fails.
			const [eerste] = await db.logboek.where('caseId').equals(id).toArray();
			await rauwSchrijven(db, [{ ...eerste!, at: '2020-01-01T00:00:00.000Z' }]);
			const uitA = await maakExport(bron, { alle: true });
			const uitKapot = await maakExport(db, { casus: id });
			const bestand = { ...uitA, casussen: [...uitA.casussen, ...uitKapot.casussen] };
			const gelezen = await lees(JSON.stringify(bestand));
			// The file itself is fine; the damaged copy is only the one on this device.
			expect(gelezen.ok).toBe(false);
			const voor = await dump(db);
			const zonder = { ...uitA, casussen: uitA.casussen };
			const ok = await lees(JSON.stringify(zonder));
			if (!ok.ok) throw new Error(ok.fout);
			const metKapot = {
				...ok.bestand,
				casussen: [...ok.bestand.casussen, { casus: uitKapot.casussen[0]!.casus, logboek: [] }]
			};
			const r = await importeer(db, metKapot, { door: IB, at: NU });
			expect(r).toMatchObject({
				ok: false,
				fout: expect.stringMatching(
					/KAPOT op dit apparaat is zelf beschadigd.*Er is niets ingelezen/
				)
			});
			expect(await dump(db)).toBe(voor);
			expect(await db.casussen.count()).toBe(1);
		} finally {
			await weg(db);
		}
	});
});
