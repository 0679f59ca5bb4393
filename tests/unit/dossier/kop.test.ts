/**
 * The head of the open case's log is remembered in memory (src/lib/dossier/kop.ts), so an append
 * does not read the log again (issue 15, step change). It is never trusted alone: the case row,
 * read inside the append's transaction, must still name it. These tests play two tabs on one
 * database: another tab that appended, or replaced the last entry, is never built upon.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { metHash } from '$lib/dossier/keten';
import type { BeslissingRecord } from '$lib/dossier/types';
import type { Casus } from '$lib/wizard/casus.svelte';
import { TOT_VRAAG1 } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, rauwSchrijven, rauwVerwijderen, weg } from './hulp';

let tabA: DossierDB;
let tabB: DossierDB;
let id: string;
let casusA: Casus;

beforeEach(async () => {
	tabA = nieuweDB();
	// Another tab: its own connection to the same database.
	tabB = new DossierDB(tabA.name);
	id = (await nieuweCasus(tabA, gegevensVoor('school'))).id;
	casusA = (await laad(tabA, id))!;
	await legVast(casusA, TOT_VRAAG1.slice(0, 3));
});
afterEach(async () => {
	tabB.close();
	await weg(tabA);
});

describe('de kop van het logboek in het geheugen', () => {
	it('een volgende beslissing in hetzelfde tabblad leest het logboek niet opnieuw', async () => {
		const rijen = vi.spyOn(tabA.logboek, 'where');
		const blokken = vi.spyOn(tabA.logblokken, 'where');
		try {
			await legVast(casusA, TOT_VRAAG1.slice(3));
			expect(rijen).not.toHaveBeenCalled();
			expect(blokken).not.toHaveBeenCalled();
		} finally {
			rijen.mockRestore();
			blokken.mockRestore();
		}
		expect(await controleer(tabA, id)).toEqual({ ok: true, aantal: TOT_VRAAG1.length });
	});

	it('weigert een beslissing als een ander tabblad intussen iets aan de casus toevoegde', async () => {
		const casusB = (await laad(tabB, id))!;
		await legVast(casusB, [TOT_VRAAG1[3]!]);
		const voor = await logboekVan(tabA, id);

		const r = await casusA.vastleggen(TOT_VRAAG1[3]!);
		expect(r.ok).toBe(false);
		expect(r.ok ? '' : r.problemen.join(' ')).toMatch(/intussen ergens anders bijgewerkt/);
		// Nothing written, the other tab's entry is the head, the chain holds.
		expect(await logboekVan(tabA, id)).toEqual(voor);
		expect(await controleer(tabA, id)).toEqual({ ok: true, aantal: 4 });
		// Reloaded, this tab goes on from the other tab's entry.
		const opnieuw = (await laad(tabA, id))!;
		await legVast(opnieuw, [TOT_VRAAG1[4]!]);
		expect(await controleer(tabA, id)).toEqual({ ok: true, aantal: 5 });
	});

	it('bouwt niet voort op een kop die een ander tabblad verving (zelfde lengte, andere hash)', async () => {
		// Tab B replaces entry 3 (as an import that adopts another copy's chain does): same
		// number, other content and hash, and the case row updated with it.
		const log = await logboekVan(tabB, id);
		const oud = log.at(-1) as BeslissingRecord;
		const { hash: _weg, ...inhoud } = oud;
		void _weg;
		const nieuw = await metHash<BeslissingRecord>({
			...inhoud,
			beslissing: { ...oud.beslissing, toelichting: 'Anders verwoord op een ander apparaat.' },
			vorigeHash: log.at(-2)!.hash
		});
		expect(nieuw.hash).not.toBe(oud.hash);
		await rauwVerwijderen(tabB, [id, oud.volgnummer]);
		await rauwSchrijven(tabB, [nieuw]);
		await tabB.casussen.update(id, { laatsteHash: nieuw.hash });

		// Tab A still remembers the old head; the case row says otherwise, so A reads the log.
		await legVast(casusA, [TOT_VRAAG1[3]!]);
		const na = await logboekVan(tabA, id);
		expect(na.at(-1)!.vorigeHash).toBe(nieuw.hash);
		expect(await controleer(tabA, id)).toEqual({ ok: true, aantal: 4 });
	});

	it('een mislukte beslissing verzet de kop niet', async () => {
		const stuk = vi
			.spyOn(tabA.casussen, 'update')
			.mockImplementationOnce(() => Promise.reject(new Error('schijf vol')) as never);
		try {
			expect((await casusA.vastleggen(TOT_VRAAG1[3]!)).ok).toBe(false);
		} finally {
			stuk.mockRestore();
		}
		// Not stored, so not the head: the same decision again gets number 4, chained to 3.
		await legVast(casusA, TOT_VRAAG1.slice(3, 5));
		expect(await controleer(tabA, id)).toEqual({ ok: true, aantal: 5 });
	});
});
