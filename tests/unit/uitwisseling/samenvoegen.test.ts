import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { metHash, verifieer, type ZonderHash } from '$lib/dossier/keten';
import { GEBLOKKEERD } from '$lib/dossier/open.svelte';
import type { LogRecord, SamenvoegingRecord } from '$lib/dossier/types';
import type { Casus } from '$lib/wizard/casus.svelte';
import { effectief } from '$lib/dossier/effectief';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { voegKeuzeToe } from '$lib/uitwisseling/keuze';
import { inhoud } from '$lib/uitwisseling/samenvoegen';
import { TOT_VRAAG2, TOT_VRAAG3 } from '../machines/helpers';
import { ALLE_VOORBEELDEN, ev } from '../machines/voorbeelden';
import { gegevensBij, laad, nieuweDB, prng, weg } from '../dossier/hulp';
import { casusMet, dump, IB, leesEnImporteer, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

async function geefDoor(van: DossierDB, naar: DossierDB, id: string) {
	const r = await leesEnImporteer(naar, await alsTekst(await maakExport(van, { casus: id })));
	if (!r.ok) throw new Error(r.fout);
	expect((await controleer(naar, id)).ok).toBe(true);
	return r.overzicht;
}

async function op(db: DossierDB, id: string): Promise<Casus> {
	return (await laad(db, id))!;
}

async function leg(casus: Casus, ...events: Parameters<Casus['vastleggen']>[0][]) {
	for (const e of events) expect(await casus.vastleggen(e, gegevensBij(e))).toEqual({ ok: true });
}

describe('overdracht: leerkracht → IB-er → terug', () => {
	it('vooruitspoelen: de regels van de ander komen er achteraan bij, de rij volgt', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		await leg(
			await op(b, id),
			ev('AFWEGING_2', { antwoord: 'nee' }),
			ev('AFWEGING_3'),
			ev('AFWEGING_4')
		);
		const o = await geefDoor(b, a, id);
		expect(o).toMatchObject({ samengevoegd: 1, regels: 3, conflicten: 0 });
		expect(o.casussen[0]!.soort).toBe('vooruit');
		expect(await logboekVan(a, id)).toEqual(await logboekVan(b, id));
		expect((await a.casussen.get(id))!.volgendeDatum).toBe('2027-01-15');
		expect((await op(a, id)).waar).toBe((await op(b, id)).waar);
		// Again: nothing new.
		const voor = await dump(a);
		expect((await geefDoor(b, a, id)).casussen[0]!.soort).toBe('bekend');
		expect(await dump(a)).toBe(voor);
	});

	it('zonder tegenstrijdige beslissingen: samenvoegen, en de ander neemt dat over', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		// A only corrects a text; B decides on.
		expect((await (await op(a, id)).corrigeer(2, 'Beter gezegd.', 'Preciezer.', NU)).ok).toBe(true);
		await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }));
		const o = await geefDoor(b, a, id);
		expect(o.casussen[0]).toMatchObject({ soort: 'samenvoegen', conflict: false, nieuweRegels: 1 });
		const logA = await logboekVan(a, id);
		expect(logA.at(-1)).toMatchObject({
			soort: 'samenvoeging',
			vanaf: TOT_VRAAG2.length,
			door: IB
		});
		const casusA = await op(a, id);
		expect(casusA.geblokkeerd).toBeNull();
		expect(casusA.waar).toBe((await op(b, id)).waar);
		expect(casusA.regels.at(-1)).toMatchObject({ samengevoegd: true });

		expect((await geefDoor(a, b, id)).casussen[0]!.soort).toBe('overnemen');
		expect(await logboekVan(b, id)).toEqual(logA);
		expect((await op(b, id)).regels.find((r) => r.volgnummer === 2)!.correcties).toHaveLength(1);
	});

	it('tegenstrijdige beslissingen: beide blijven, de casus wacht op een keuze, daarna telt die lijn', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		await leg(await op(a, id), ev('AFWEGING_2', { antwoord: 'ja' }));
		await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }), ev('AFWEGING_3'));
		const o = await geefDoor(b, a, id);
		expect(o).toMatchObject({ conflicten: 1, regels: 2 });

		const casus = await op(a, id);
		expect(casus.geblokkeerd).toBe(GEBLOKKEERD);
		expect(await casus.vastleggen(ev('MELDING_BESPROKEN'))).toEqual({
			ok: false,
			problemen: [GEBLOKKEERD]
		});
		const { open } = effectief(await logboekVan(a, id));
		expect(open!.hier.map((r) => r.beslissing.antwoord)).toEqual(['ja']);
		expect(open!.ingevoegd.map((r) => r.beslissing.event.type)).toEqual([
			'AFWEGING_2',
			'AFWEGING_3'
		]);
		// Until chosen, this copy's line counts (afweging 2 = ja: melden).
		expect(casus.waar).toMatch(/stap5/);

		await expect(
			voegKeuzeToe(a, id, {
				samenvoeging: open!.samenvoeging.hash,
				tak: 'ingevoegd',
				reden: ' ',
				at: NU,
				door: IB
			})
		).rejects.toThrow(/waarom/);
		await voegKeuzeToe(a, id, {
			samenvoeging: open!.samenvoeging.hash,
			tak: 'ingevoegd',
			reden: 'In het overleg is afweging 2 met nee beantwoord.',
			at: NU,
			door: IB
		});
		const na = await op(a, id);
		expect(na.geblokkeerd).toBeNull();
		expect(na.waar).toBe((await op(b, id)).waar);
		expect((await a.casussen.get(id))!.volgendeWat).toBe((await b.casussen.get(id))!.volgendeWat);
		await leg(na, ev('AFWEGING_4'));
		expect((await controleer(a, id)).ok).toBe(true);

		// The other device adopts all of it: both lines, the choice, the decision after it.
		expect((await geefDoor(a, b, id)).casussen[0]!.soort).toBe('overnemen');
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
		expect((await op(b, id)).waar).toBe(na.waar);
	});

	it('drie apparaten: een open keuze binnen een samenvoeging wordt ook getoond en opgelost', async () => {
		const c = nieuweDB();
		try {
			const { id } = await casusMet(a, TOT_VRAAG2);
			await geefDoor(a, b, id);
			await geefDoor(a, c, id);
			await leg(await op(a, id), ev('AFWEGING_2', { antwoord: 'ja' }));
			await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }));
			await leg(await op(c, id), ev('AFWEGING_2', { antwoord: 'twijfel' }));
			// A takes in B's file (two versions, not chosen yet) and passes the case on to C.
			await geefDoor(b, a, id);
			await geefDoor(a, c, id);
			const log = await logboekVan(c, id);
			const { conflicten } = effectief(log);
			expect(conflicten).toHaveLength(2);
			expect((await op(c, id)).geblokkeerd).toBe(GEBLOKKEERD);
			for (const conflict of conflicten) {
				await voegKeuzeToe(c, id, {
					samenvoeging: conflict.samenvoeging.hash,
					tak: 'ingevoegd',
					reden: 'Zo besproken.',
					at: NU,
					door: IB
				});
				expect((await controleer(c, id)).ok).toBe(true);
			}
			const na = await op(c, id);
			expect(na.geblokkeerd).toBeNull();
			// B's answer counts: the choice inside the merge took B's line, the outer one A's (= B's).
			expect(na.regels.at(-1)!.beslissing.antwoord).toBe('nee');
			expect(na.waar).toBe((await op(b, id)).waar);
		} finally {
			await weg(c);
		}
	});

	it('de keten controleert ook de samengevoegde regels', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		await leg(await op(a, id), ev('AFWEGING_2', { antwoord: 'ja' }));
		await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }));
		await geefDoor(b, a, id);
		const log = await logboekVan(a, id);
		const s = log.at(-1) as SamenvoegingRecord;
		const binnen = s.regels[0]!;
		if (binnen.soort !== 'beslissing') throw new Error('een beslissing');
		// A forger changes the embedded decision and recomputes the outer hash: still caught.
		const vervalst = structuredClone(s);
		(vervalst.regels[0] as typeof binnen).beslissing.toelichting = 'Anders.';
		const { hash: _h, ...inhoudS } = vervalst;
		void _h;
		const opnieuw = await metHash(inhoudS as ZonderHash<SamenvoegingRecord>);
		const v = await verifieer([...log.slice(0, -1), opnieuw]);
		expect(v).toMatchObject({ ok: false, volgnummer: s.volgnummer });
		if (!v.ok) expect(v.reden).toMatch(/andere kopie samen.*Regel \d+ is gewijzigd/);
		expect(await verifieer(log)).toEqual({ ok: true, aantal: log.length });
	});
});

/** A random history on one device: decisions the case accepts, and now and then a correction. */
async function willekeurig(db: DossierDB, id: string, r: () => number, n: number) {
	let casus = await op(db, id);
	for (let i = 0; i < n && casus.snapshot.status === 'active'; i++) {
		if (r() < 0.25 && casus.regels.some((x) => !x.samengevoegd)) {
			const eigen = casus.regels.filter((x) => !x.samengevoegd);
			const doel = eigen[Math.floor(r() * eigen.length)]!.volgnummer;
			expect((await casus.corrigeer(doel, `Tekst ${i}`, 'Preciezer.', NU)).ok).toBe(true);
			continue;
		}
		const mogelijk = ALLE_VOORBEELDEN.filter(
			(e) => casus.kan(e) && e.type !== 'SIGNALEN_OVER_MEDEWERKER'
		);
		if (mogelijk.length === 0) break;
		const e = mogelijk[Math.floor(r() * mogelijk.length)]!;
		expect(await casus.vastleggen(e, gegevensBij(e))).toEqual({ ok: true });
		if (r() < 0.2) casus = await op(db, id);
	}
}

function beslissingen(log: readonly LogRecord[]): number {
	let n = 0;
	const tel = (l: readonly LogRecord[], gezien: Set<string>) => {
		for (const x of l) {
			if (gezien.has(x.hash)) continue;
			gezien.add(x.hash);
			if (x.soort === 'beslissing') n++;
			if (x.soort === 'samenvoeging') tel(x.regels, gezien);
		}
	};
	tel(log, new Set());
	return n;
}

/** Each entry exactly once in what the case shows: followed + not-followed decisions. */
function getoond(log: readonly LogRecord[]): number {
	const e = effectief(log);
	const niet = e.conflicten.reduce(
		(n, c) => n + (c.keuze?.tak === 'ingevoegd' ? c.hier : c.ingevoegd).length,
		0
	);
	return e.regels.length + niet;
}

async function gezond(db: DossierDB, id: string, moet: Set<string>) {
	const log = await logboekVan(db, id);
	expect(await controleer(db, id)).toMatchObject({ ok: true });
	expect(new Set(log.map((r) => r.hash)).size).toBe(log.length);
	const heeft = inhoud(log);
	for (const h of moet) expect(heeft.has(h), 'geen regel kwijt').toBe(true);
	expect(getoond(log)).toBe(beslissingen(log));
	return log;
}

describe('eigenschappen van samenvoegen (willekeurige geschiedenissen op twee apparaten)', () => {
	for (let seed = 1; seed <= 25; seed++)
		it(`seed ${seed}: A→B→A komt uit op één logboek, niets dubbel, niets kwijt`, async () => {
			const r = prng(seed * 7919);
			const { id } = await casusMet(a, TOT_VRAAG2.slice(0, 1 + Math.floor(r() * 3)));
			await willekeurig(a, id, r, Math.floor(r() * 3));
			await geefDoor(a, b, id);
			await willekeurig(a, id, r, Math.floor(r() * 4));
			await willekeurig(b, id, r, Math.floor(r() * 4));
			const alles = new Set([
				...inhoud(await logboekVan(a, id)),
				...inhoud(await logboekVan(b, id))
			]);

			const eersteRichting = r() < 0.5;
			const [x, y] = eersteRichting ? [a, b] : [b, a];
			await geefDoor(y, x, id);
			await gezond(x, id, alles);
			// Importing the same file again adds nothing.
			const voor = await dump(x);
			await geefDoor(y, x, id);
			expect(await dump(x)).toBe(voor);

			await geefDoor(x, y, id);
			const logY = await gezond(y, id, alles);
			expect(await logboekVan(x, id)).toEqual(logY);
			expect((await op(x, id)).waar).toBe((await op(y, id)).waar);
			expect(await x.casussen.get(id)).toEqual(await y.casussen.get(id));
			const stil = await dump(y);
			expect((await geefDoor(x, y, id)).casussen[0]!.soort).toBe('bekend');
			expect(await dump(y)).toBe(stil);
		});

	for (let seed = 1; seed <= 15; seed++)
		it(`seed ${seed}: kruiselings uitgewisseld blijft gelijk van inhoud en groeit niet`, async () => {
			const r = prng(seed * 104729);
			const { id } = await casusMet(a, TOT_VRAAG3.slice(0, 2 + Math.floor(r() * 4)));
			await geefDoor(a, b, id);
			await willekeurig(a, id, r, 1 + Math.floor(r() * 3));
			await willekeurig(b, id, r, 1 + Math.floor(r() * 3));
			const alles = new Set([
				...inhoud(await logboekVan(a, id)),
				...inhoud(await logboekVan(b, id))
			]);
			const vanA = await alsTekst(await maakExport(a, { casus: id }));
			const vanB = await alsTekst(await maakExport(b, { casus: id }));
			expect((await leesEnImporteer(a, vanB)).ok).toBe(true);
			expect((await leesEnImporteer(b, vanA)).ok).toBe(true);
			await gezond(a, id, alles);
			await gezond(b, id, alles);
			for (let ronde = 0; ronde < 2; ronde++) {
				const [na, nb] = [await dump(a), await dump(b)];
				await geefDoor(b, a, id);
				await geefDoor(a, b, id);
				expect(await dump(a)).toBe(na);
				expect(await dump(b)).toBe(nb);
			}
			expect(inhoud(await logboekVan(a, id))).toEqual(inhoud(await logboekVan(b, id)));
		});
});
