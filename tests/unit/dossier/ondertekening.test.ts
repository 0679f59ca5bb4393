import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { eigenSleutel } from '$lib/dossier/eigen-sleutel';
import { verifieer } from '$lib/dossier/keten';
import {
	handtekeningKlopt,
	nieuwSleutelpaar,
	onderteken,
	ondertekeningStatus,
	vingerafdruk,
	vingerafdrukTekst,
	type TeamLid
} from '$lib/dossier/ondertekening';
import { regel as regelSchema } from '$lib/uitwisseling/formaat';
import { TOT_VRAAG1 } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from './hulp';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { Variant } from '$machines/meldcode.machine';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { DossierDB } from '$lib/dossier/db';

const HASH = 'a'.repeat(64);

let dbs: DossierDB[] = [];

async function casusMetDossier(db: DossierDB, variant: Variant, events: readonly MeldcodeEvent[]) {
	const g = gegevensVoor(variant);
	await nieuweCasus(db, g);
	const casus = (await laad(db, g.id))!;
	casus.door = { rol: 'leerkracht', naam: 'Kim' };
	await legVast(casus, events);
	return casus;
}
afterEach(async () => {
	for (const db of dbs) await weg(db);
	dbs = [];
});

describe('onderteken en handtekeningKlopt', () => {
	it('een handtekening over de hash klopt, met de vingerafdruk van de publieke sleutel', async () => {
		const sleutel = await nieuwSleutelpaar();
		expect(sleutel.prive.extractable).toBe(false);
		const o = await onderteken(HASH, sleutel);
		expect(o.sleutel).toBe(await vingerafdruk(o.publiek));
		expect(Object.keys(o.publiek).sort()).toEqual(['crv', 'kty', 'x', 'y']);
		expect(o.handtekening).toMatch(/^[A-Za-z0-9_-]{86}$/);
		expect(await handtekeningKlopt({ hash: HASH, ondertekening: o })).toBe(true);
		expect(vingerafdrukTekst(o.sleutel)).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
	});

	it('klopt niet voor een andere hash, een gewijzigde handtekening of een onderteken-loze regel', async () => {
		const o = await onderteken(HASH, await nieuwSleutelpaar());
		expect(await handtekeningKlopt({ hash: 'b'.repeat(64), ondertekening: o })).toBe(false);
		const teken = o.handtekening[10] === 'A' ? 'B' : 'A';
		const gewijzigd = o.handtekening.slice(0, 10) + teken + o.handtekening.slice(11);
		expect(
			await handtekeningKlopt({ hash: HASH, ondertekening: { ...o, handtekening: gewijzigd } })
		).toBe(false);
		expect(await handtekeningKlopt({ hash: HASH })).toBe(false);
		expect(
			await handtekeningKlopt({ hash: HASH, ondertekening: { ...o, handtekening: 'kapot' } })
		).toBe(false);
	});

	it('een verwisselde sleutel valt op: andere publieke sleutel, of een vingerafdruk die er niet bij hoort', async () => {
		const a = await nieuwSleutelpaar();
		const b = await nieuwSleutelpaar();
		const o = await onderteken(HASH, a);
		// B's public key with A's signature: the fingerprint no longer matches, and neither would the signature.
		expect(
			await handtekeningKlopt({ hash: HASH, ondertekening: { ...o, publiek: b.publiek } })
		).toBe(false);
		expect(
			await handtekeningKlopt({
				hash: HASH,
				ondertekening: { ...o, publiek: b.publiek, sleutel: b.sleutel }
			})
		).toBe(false);
		// A's signature claimed under B's fingerprint: refused too.
		expect(
			await handtekeningKlopt({ hash: HASH, ondertekening: { ...o, sleutel: b.sleutel } })
		).toBe(false);
	});

	it('zegt per regel: bekende sleutel (met naam en rol), onbekende sleutel, klopt niet, niet ondertekend', async () => {
		const a = await nieuwSleutelpaar();
		const o = await onderteken(HASH, a);
		const team: TeamLid[] = [
			{ sleutel: a.sleutel, naam: 'P. Jansen', rol: 'directeur', publiek: a.publiek }
		];
		expect(await ondertekeningStatus({ hash: HASH, ondertekening: o }, team)).toEqual({
			soort: 'bekend',
			lid: team[0]
		});
		expect(await ondertekeningStatus({ hash: HASH, ondertekening: o }, [])).toEqual({
			soort: 'onbekend'
		});
		expect(await ondertekeningStatus({ hash: 'c'.repeat(64), ondertekening: o }, team)).toEqual({
			soort: 'klopt-niet'
		});
		expect(await ondertekeningStatus({ hash: HASH }, team)).toEqual({ soort: 'niet' });
		// A roster entry whose public key is not the one its fingerprint names vouches for nothing.
		const b = await nieuwSleutelpaar();
		expect(
			await ondertekeningStatus({ hash: HASH, ondertekening: o }, [
				{ ...team[0]!, publiek: b.publiek }
			])
		).toEqual({ soort: 'onbekend' });
	});
});

describe('ondertekende regels in het dossier', () => {
	it('elke nieuwe beslissing is ondertekend door de sleutel van wie hem vastlegde; de keten blijft kloppen', async () => {
		const db = nieuweDB();
		dbs.push(db);
		const casus = await casusMetDossier(db, 'school', TOT_VRAAG1);
		const log = await logboekVan(db, casus.gegevens.id);
		expect(log.length).toBe(TOT_VRAAG1.length);
		for (const r of log) expect(await handtekeningKlopt(r)).toBe(true);
		expect(await verifieer(log)).toEqual({ ok: true, aantal: log.length });
		const sleutel = await eigenSleutel(db, casus.door);
		expect(new Set(log.map((r) => r.ondertekening!.sleutel))).toEqual(new Set([sleutel.sleutel]));
		// The signature is outside the hashed content: removing it leaves a valid (unsigned) chain.
		const zonder = log.map((r) => {
			const kopie = { ...r };
			delete kopie.ondertekening;
			return kopie;
		});
		expect(await verifieer(zonder)).toEqual({ ok: true, aantal: log.length });
	});

	it('het schema van het exportbestand neemt een handtekening aan, en weigert een te grote of vreemde', async () => {
		const db = nieuweDB();
		dbs.push(db);
		const casus = await casusMetDossier(db, 'school', TOT_VRAAG1);
		const [r] = await logboekVan(db, casus.gegevens.id);
		expect(v.safeParse(regelSchema, r).success).toBe(true);
		const o = r!.ondertekening!;
		for (const kapot of [
			{ ...o, handtekening: o.handtekening + 'A' },
			{ ...o, sleutel: 'x'.repeat(64) },
			{ ...o, publiek: { ...o.publiek, d: 'geheim' } },
			{ ...o, publiek: { ...o.publiek, x: 'A'.repeat(10_000) } },
			{ ...o, extra: 1 }
		])
			expect(v.safeParse(regelSchema, { ...r, ondertekening: kapot }).success).toBe(false);
	});
});
