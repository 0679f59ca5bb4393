import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { beslissingVan } from '$machines/beslissing';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { herhaal } from '$machines/replay';
import { MAX_BLOK, openBlok, verzegelBlok, type BlokRecord } from '$lib/dossier/blokken';
import type { DossierDB } from '$lib/dossier/db';
import { alsRegels, controleer, logboekVan, voegBeslissingToe } from '$lib/dossier/dossier';
import { verifieer } from '$lib/dossier/keten';
import type { LogRecord } from '$lib/dossier/types';
import { ontgrendel, stelWachtwoordIn, wijzigWachtwoord } from '$lib/kluis/kluis';
import { GEHEIM } from '$lib/kluis/middleware';
import { TOT_VRAAG1 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { nieuweDB, weg } from './hulp';
import { beslissingen, casusRecordBij } from '../../factories/logboek';

const SNEL = 1_000;
const WACHTWOORD = 'paars konijn op de fiets';
const GEHEIM_WOORD = 'Qwxyz-kelder';

/** A stored log of these events, every entry naming a person by the secret word. */
const logVan = (caseId: string, events: readonly MeldcodeEvent[]) =>
	beslissingen(caseId, events, { door: (i) => ({ rol: 'ib-er', naam: `${GEHEIM_WOORD} ${i}` }) });

const casusVoor = (id: string, log: LogRecord[]) =>
	casusRecordBij(log, {
		id,
		pseudoniem: GEHEIM_WOORD,
		leeftijd: 10,
		aangemaakt: '2026-11-02T07:45:00.000Z'
	});

function rauw(d: DossierDB, tabel: string): Promise<Record<string, unknown>[]> {
	return new Promise((klaar, fout) => {
		const r = d.backendDB().transaction(tabel).objectStore(tabel).getAll();
		r.onsuccess = () => klaar(r.result);
		r.onerror = () => fout(r.error);
	});
}

function alsTekst(rijen: unknown): string {
	return JSON.stringify(rijen, (_, v) =>
		v instanceof Uint8Array ? Array.from(v, (b) => String.fromCharCode(b)).join('') : v
	);
}

describe('schemaversie 5: het logboek in blokken', () => {
	it('een versleuteld dossier van versie 4 verhuist naar blokken zonder dat er iets geopend of verloren wordt', async () => {
		const naam = `t-blokken-${crypto.randomUUID()}`;
		const id = crypto.randomUUID();
		const log = await logVan(id, TOT_VRAAG1);

		const oud = nieuweDB(4, naam);
		await oud.open();
		await stelWachtwoordIn(oud, WACHTWOORD, SNEL);
		await oud.transaction('rw', oud.casussen, oud.logboek, async () => {
			await oud.casussen.add(casusVoor(id, log));
			await oud.logboek.bulkAdd(log);
		});
		oud.close();

		// Opened locked, as the app opens it: the upgrade moves sealed entries as they are.
		const db = nieuweDB(5, naam);
		try {
			await db.open();
			expect(db.verno).toBe(5);
			expect(await rauw(db, 'logboek')).toEqual([]);
			const blokken = await rauw(db, 'logblokken');
			expect(blokken).toHaveLength(1);
			expect(blokken[0]).toMatchObject({ caseId: id, volgnummer: 1, tot: log.length });
			expect(alsTekst(blokken)).not.toContain(GEHEIM_WOORD);

			expect(await ontgrendel(db, WACHTWOORD)).toBe(true);
			expect(await logboekVan(db, id)).toEqual(log);
			expect(await controleer(db, id)).toEqual({ ok: true, aantal: log.length });

			// Appending after the moved entries continues the chain.
			const volgende = ev('AFWEGING_1', { antwoord: 'ja' });
			const alle = [...TOT_VRAAG1, volgende];
			const { snapshot } = herhaal({ caseId: id, variant: 'school' }, alle);
			const regel = {
				volgnummer: log.length + 1,
				door: { rol: 'ib-er' as const },
				beslissing: beslissingVan(volgende)
			};
			await voegBeslissingToe(db, id, regel, snapshot, [...alsRegels(log), regel]);
			expect(await controleer(db, id)).toEqual({ ok: true, aantal: log.length + 1 });

			// A new passphrase seals the moved entries again as one block; the log is the same.
			const voor = await logboekVan(db, id);
			expect(await wijzigWachtwoord(db, WACHTWOORD, 'zeven groene kikkers zingen', SNEL)).toBe(
				'gewijzigd'
			);
			const na = await rauw(db, 'logblokken');
			expect(na.every((b) => !('oud' in b) && GEHEIM in b)).toBe(true);
			expect(alsTekst(na)).not.toContain(GEHEIM_WOORD);
			expect(await logboekVan(db, id)).toEqual(voor);
		} finally {
			await weg(db);
		}
	});

	it('een groot logboek staat in blokken van hoogstens MAX_BLOK regels, in volgorde terug te lezen', async () => {
		const db = nieuweDB();
		try {
			await db.open();
			await stelWachtwoordIn(db, WACHTWOORD, SNEL);
			const id = crypto.randomUUID();
			const events = Array.from({ length: MAX_BLOK + 10 }, () => TOT_VRAAG1[0]!);
			const log = await logVan(id, events);
			const blokken = [
				await verzegelBlok(db.sleutelbos, log.slice(0, MAX_BLOK)),
				await verzegelBlok(db.sleutelbos, log.slice(MAX_BLOK))
			];
			await db.logblokken.bulkAdd(blokken);
			expect(await logboekVan(db, id)).toEqual(log);
			expect(await verifieer(await logboekVan(db, id))).toEqual({ ok: true, aantal: log.length });
		} finally {
			await weg(db);
		}
	});

	it('een blok verplaatst naar een andere casus of plaats gaat niet meer open', async () => {
		const db = nieuweDB();
		try {
			await db.open();
			await stelWachtwoordIn(db, WACHTWOORD, SNEL);
			const log = await logVan(crypto.randomUUID(), TOT_VRAAG1);
			const blok = await verzegelBlok(db.sleutelbos, log);
			expect(await openBlok(db.sleutelbos, blok)).toEqual(log);
			const elders: BlokRecord = { ...blok, caseId: crypto.randomUUID() };
			await expect(openBlok(db.sleutelbos, elders)).rejects.toThrow(/kan niet worden ontsleuteld/);
			await expect(openBlok(db.sleutelbos, { ...blok, tot: blok.tot - 1 })).rejects.toThrow(
				/kan niet worden ontsleuteld/
			);
		} finally {
			await weg(db);
		}
	});

	it('een blok wordt nooit gewijzigd', async () => {
		const db = nieuweDB();
		try {
			await db.open();
			const log = await logVan(crypto.randomUUID(), TOT_VRAAG1);
			const blok = await verzegelBlok(db.sleutelbos, log);
			await db.logblokken.add(blok);
			const sleutel: [string, number] = [blok.caseId, 1];
			await expect(db.logblokken.update(sleutel, { tot: 1 })).rejects.toThrow(/alleen-toevoegen/);
			await expect(db.logblokken.put({ ...blok, regels: [] })).rejects.toThrow(/alleen-toevoegen/);
			await expect(db.logblokken.add(blok)).rejects.toMatchObject({ name: 'ConstraintError' });
			expect(await logboekVan(db, blok.caseId)).toEqual(log);
		} finally {
			await weg(db);
		}
	});
});
