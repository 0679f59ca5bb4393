import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { stelWachtwoordIn } from '$lib/kluis/kluis';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { importeer } from '$lib/uitwisseling/importeren';
import { lees } from '$lib/uitwisseling/lezen';
import { TOT_HULP, TOT_VRAAG2 } from '../machines/helpers';
import { casusMet, dump, IB, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

const GEHEIM_WOORD = 'Qwxyz-leerling';

function rauw(d: DossierDB, tabel: string): Promise<Record<string, unknown>[]> {
	return new Promise((klaar, fout) => {
		const r = d.backendDB().transaction(tabel).objectStore(tabel).getAll();
		r.onsuccess = () => klaar(r.result);
		r.onerror = () => fout(r.error);
	});
}

async function bestandMetTwee() {
	const een = await casusMet(a, TOT_HULP, { pseudoniem: `${GEHEIM_WOORD}1` });
	const twee = await casusMet(a, TOT_VRAAG2, { pseudoniem: `${GEHEIM_WOORD}2` });
	const gelezen = await lees(await alsTekst(await maakExport(a, { alle: true })));
	if (!gelezen.ok) throw new Error(gelezen.fout);
	return { ids: [een.id, twee.id], bestand: gelezen.bestand };
}

it('een nieuwe casus komt binnen als versleutelde blokken, voorbereid voor de transactie, met voortgang', async () => {
	await stelWachtwoordIn(b, 'paars konijn op de fiets', 1_000);
	const { ids, bestand } = await bestandMetTwee();
	const stappen: [number, number][] = [];
	const r = await importeer(b, bestand, {
		door: IB,
		at: NU,
		voortgang: (k, t) => stappen.push([k, t])
	});
	expect(r.ok).toBe(true);
	expect(stappen).toEqual([
		[1, 2],
		[2, 2]
	]);
	expect(await rauw(b, 'logboek')).toEqual([]);
	const blokken = await rauw(b, 'logblokken');
	expect(blokken.map((x) => x.caseId).sort()).toEqual([...ids].sort());
	const tekst = JSON.stringify(blokken, (_, v) =>
		v instanceof Uint8Array ? Array.from(v, (c) => String.fromCharCode(c)).join('') : v
	);
	expect(tekst).not.toContain(GEHEIM_WOORD);
	for (const id of ids) {
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
		expect(await controleer(b, id)).toMatchObject({ ok: true });
	}
});

it.each([
	['voor het begin', (c: AbortController) => c.abort()],
	['tijdens het voorbereiden', null]
] as const)('afgebroken %s: er wordt niets geschreven', async (_, vooraf) => {
	const { bestand } = await bestandMetTwee();
	const voor = await dump(b);
	const c = new AbortController();
	vooraf?.(c);
	const r = await importeer(b, bestand, {
		door: IB,
		at: NU,
		signaal: c.signal,
		voortgang: (k) => {
			if (k === 1) c.abort();
		}
	});
	expect(r).toEqual({ ok: false, fout: 'Het inlezen is afgebroken. Er is niets ingelezen.' });
	expect(await dump(b)).toBe(voor);
});

it('exporteren leest blokken en losse regels samen, meldt voortgang en is af te breken', async () => {
	await stelWachtwoordIn(b, 'paars konijn op de fiets', 1_000);
	const { ids, bestand } = await bestandMetTwee();
	expect((await importeer(b, bestand, { door: IB, at: NU })).ok).toBe(true);
	const stappen: number[] = [];
	const uit = await maakExport(b, { alle: true }, new Date(NU), {
		voortgang: (k) => stappen.push(k)
	});
	expect(stappen).toEqual([1, 2]);
	for (const id of ids)
		expect(uit.casussen.find((c) => c.casus.id === id)!.logboek).toEqual(await logboekVan(a, id));
	const c = new AbortController();
	c.abort();
	await expect(
		maakExport(b, { alle: true }, new Date(NU), { signaal: c.signal })
	).rejects.toThrow();
});

it('exporteren opent versleutelde losse regels na de transactie (WebCrypto), gelijk aan wat de app leest; een verplaatste regel opent niet', async () => {
	await stelWachtwoordIn(a, 'paars konijn op de fiets', 1_000);
	const een = await casusMet(a, TOT_HULP, { pseudoniem: `${GEHEIM_WOORD}1` });
	const twee = await casusMet(a, TOT_VRAAG2, { pseudoniem: `${GEHEIM_WOORD}2` });
	const rijen = await rauw(a, 'logboek');
	expect(rijen.length).toBeGreaterThan(2);
	expect(rijen.every((r) => 'geheim' in r && !JSON.stringify(r).includes(GEHEIM_WOORD))).toBe(true);
	const alles = await maakExport(a, { alle: true });
	for (const id of [een.id, twee.id])
		expect(alles.casussen.find((c) => c.casus.id === id)!.logboek).toEqual(await logboekVan(a, id));
	const los = await maakExport(a, { casus: twee.id });
	expect(los.casussen.map((c) => c.casus.id)).toEqual([twee.id]);
	expect(los.casussen[0]!.logboek).toEqual(await logboekVan(a, twee.id));

	// The sealed content of one entry under another entry's readable fields: the context differs.
	const [r1, r2] = rijen as { caseId: string; volgnummer: number; geheim: unknown }[];
	await new Promise<void>((klaar, fout) => {
		const t = a.backendDB().transaction('logboek', 'readwrite');
		t.objectStore('logboek').put({ ...r2, geheim: r1!.geheim });
		t.oncomplete = () => klaar();
		t.onerror = () => fout(t.error);
	});
	await expect(maakExport(a, { alle: true })).rejects.toThrow(/kan niet worden ontsleuteld/);
});
