import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import type { ZonderHash } from '$lib/dossier/keten';
import type { BeslissingRecord } from '$lib/dossier/types';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { alsTekst, bestandsnaam, maakExport } from '$lib/uitwisseling/exporteren';
import { APP_VERSIE, FORMAAT, FORMAAT_VERSIE } from '$lib/uitwisseling/formaat';
import { lees, leesBestandVan, MAX_BYTES } from '$lib/uitwisseling/lezen';
import { migreer, MIGRATIES, type Migratie } from '$lib/uitwisseling/migraties';
import { TOT_HULP, TOT_VRAAG2 } from '../machines/helpers';
import { laad } from '../dossier/hulp';
import { importeer } from '$lib/uitwisseling/importeren';
import { casusMet, dump, IB, leesEnImporteer, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

describe('exporteren', () => {
	it('schrijft een geversioneerd bestand met de hele keten', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		const nu = new Date('2026-11-24T10:00:00Z');
		const bestand = await maakExport(a, { casus: id }, nu);
		expect(bestand).toMatchObject({
			format: FORMAAT,
			formatVersion: FORMAAT_VERSIE,
			appVersion: APP_VERSIE,
			schemaVersie: a.verno,
			geexporteerd: '2026-11-24T10:00:00.000Z'
		});
		expect(APP_VERSIE).toMatch(/^\d+\.\d+\.\d+/);
		expect(bestand.casussen).toHaveLength(1);
		expect(bestand.casussen[0]!.logboek).toEqual(await logboekVan(a, id));
	});

	it('bestandsnaam: wat, van wie en wanneer tot op de seconde; geen pseudoniem als versleuteld', () => {
		const nu = new Date(2026, 10, 24, 11, 5, 9);
		expect(bestandsnaam({ casus: 'c1' }, nu, false, 'KL')).toBe(
			'meldcodewijzer-casus-KL-2026-11-24-110509.json'
		);
		// Two exports of one day do not overwrite each other.
		expect(bestandsnaam({ casus: 'c1' }, new Date(2026, 10, 24, 15, 0, 0), false, 'KL')).toBe(
			'meldcodewijzer-casus-KL-2026-11-24-150000.json'
		);
		expect(bestandsnaam({ pseudoniem: 'K.L./2' }, nu, false)).toBe(
			'meldcodewijzer-inzage-K_L_2-2026-11-24-110509.json'
		);
		expect(bestandsnaam({ alle: true }, nu, true)).toBe(
			'meldcodewijzer-alle-casussen-2026-11-24-110509-versleuteld.json'
		);
		// Encrypted: the name must not say what the encryption hides.
		expect(bestandsnaam({ casus: 'c1' }, nu, true, 'KL')).toBe(
			'meldcodewijzer-casus-2026-11-24-110509-versleuteld.json'
		);
		expect(bestandsnaam({ pseudoniem: 'KL' }, nu, true)).not.toContain('KL');
	});

	it('inzage: alles over één pseudoniem, gemarkeerd als inzage, en niets over een ander', async () => {
		await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		await casusMet(a, [], { pseudoniem: 'kl' });
		await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KLM' });
		const kl = (await a.casussen.toArray()).find((c) => c.pseudoniem === 'KL');
		await a.concepten.put({
			sleutel: `${kl!.id}:stap:veld`,
			caseId: kl!.id,
			waarde: 'Nog niet vastgelegd.',
			bijgewerkt: NU
		});
		const bestand = await maakExport(a, { pseudoniem: ' KL ' });
		expect(bestand.inzage).toEqual({ pseudoniem: 'KL' });
		expect(bestand.casussen.flatMap((c) => c.concepten ?? []).map((c) => c.waarde)).toEqual([
			'Nog niet vastgelegd.'
		]);
		expect((await maakExport(a, { alle: true })).casussen.every((c) => !c.concepten)).toBe(true);
		expect(bestand.casussen.map((c) => c.casus.pseudoniem).sort()).toEqual(['KL', 'kl']);
		const gelezen = await lees(await alsTekst(bestand));
		expect(gelezen.ok).toBe(true);
	});
});

describe('importeren', () => {
	it('een nieuwe casus komt er precies zo in, en de tweede keer voegt niets toe', async () => {
		const { id } = await casusMet(a, TOT_HULP);
		const tekst = await alsTekst(await maakExport(a, { alle: true }));
		const r = await leesEnImporteer(b, tekst);
		expect(r).toMatchObject({ ok: true, overzicht: { nieuw: 1, regels: TOT_HULP.length } });
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
		const [rijA, rijB] = [await a.casussen.get(id), await b.casussen.get(id)];
		expect(rijB).toEqual({ ...rijA, bijgewerkt: rijB!.bijgewerkt });
		expect(rijB!.volgendeDatum).toBe('2027-01-15');
		expect((await controleer(b, id)).ok).toBe(true);
		expect((await laad(b, id))!.waar).toBe((await laad(a, id))!.waar);

		const voor = await dump(b);
		const nog = await leesEnImporteer(b, tekst);
		expect(nog).toMatchObject({ ok: true, overzicht: { nieuw: 0, bekend: 1, regels: 0 } });
		expect(await dump(b)).toBe(voor);
	});

	it('een gewijzigde regel wordt geweigerd met het regelnummer, en er verandert niets', async () => {
		await casusMet(a, TOT_HULP, { pseudoniem: 'QR' });
		const bestand = await maakExport(a, { alle: true });
		const log = bestand.casussen[0]!.logboek;
		const r4 = log[3]!;
		if (r4.soort !== 'beslissing') throw new Error('regel 4 is een beslissing');
		r4.beslissing.toelichting = 'Iets anders dan wat er stond.';
		const voor = await dump(b);
		const r = await leesEnImporteer(b, JSON.stringify(bestand));
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.fout).toMatch(
				/^Dit bestand is gewijzigd na export: regel 4 van casus QR .* klopt niet met de keten\. Regel 4 is gewijzigd/
			);
		expect(await dump(b)).toBe(voor);
	});

	it('afgeknipte regels aan het eind worden opgemerkt via de casusrij', async () => {
		await casusMet(a, TOT_HULP);
		const bestand = await maakExport(a, { alle: true });
		bestand.casussen[0]!.logboek.pop();
		const r = await lees(JSON.stringify(bestand));
		expect(r).toMatchObject({ ok: false, fout: expect.stringMatching(/onvolledig/) });
	});

	it('weigert een nieuwer formaat, en te grote, lege en vreemde bestanden, in het Nederlands', async () => {
		const bestand = await maakExport(a, { alle: true });
		const fouten = async (tekst: string) => {
			const r = await lees(tekst);
			expect(r.ok).toBe(false);
			return r.ok ? '' : r.fout;
		};
		expect(await fouten(JSON.stringify({ ...bestand, formatVersion: FORMAAT_VERSIE + 1 }))).toMatch(
			/^Dit bestand komt uit een nieuwere versie van Meldcodewijzer/
		);
		expect(await fouten('')).toMatch(/geen geldige JSON/);
		expect(await fouten('[]')).toMatch(/geen exportbestand van Meldcodewijzer/);
		expect(await fouten('{"format":"meldcodewijzer-dossier","__proto__":{"x":1}}')).toMatch(
			/niet-toegestane sleutel/
		);
		const groot = await leesBestandVan(new Blob([new Uint8Array(MAX_BYTES + 1)]));
		expect(groot).toMatchObject({ ok: false, fout: expect.stringMatching(/te groot .*100 MB/) });
		expect(await fouten(JSON.stringify({ ...bestand, casussen: [{ casus: {} }] }))).toMatch(
			/opbouw van een Meldcodewijzer-export: bij casus 1/
		);
	});

	it('een beslissing die de meldcode op die plek niet toelaat, wordt geweigerd', async () => {
		await casusMet(a, TOT_VRAAG2);
		const bestand = await maakExport(a, { alle: true });
		// A well-chained log whose decisions are in an impossible order: made with the real hashes.
		const { metHash } = await import('$lib/dossier/keten');
		const log = bestand.casussen[0]!.logboek;
		const eerste = log[0]!;
		const inhoud: Record<string, unknown> = { ...eerste };
		delete inhoud.hash;
		// START_STAPPENPLAN twice: the second is refused by the statechart.
		const tweede = await metHash({
			...(inhoud as ZonderHash<BeslissingRecord>),
			volgnummer: 2,
			vorigeHash: eerste.hash
		} as ZonderHash<BeslissingRecord>);
		bestand.casussen[0]!.logboek = [eerste, tweede];
		bestand.casussen[0]!.casus = {
			...bestand.casussen[0]!.casus,
			aantalRegels: 2,
			laatsteHash: tweede.hash
		};
		const r = await lees(JSON.stringify(bestand));
		expect(r).toMatchObject({
			ok: false,
			fout: expect.stringMatching(
				/regel 2 is een beslissing die de meldcode op die plek niet toelaat/
			)
		});
	});
});

describe('formaatversies', () => {
	// A made-up version 0, to prove the mechanism: it called the export time `exportDatum`.
	const V0: Migratie = {
		van: 0,
		naam: 'exportDatum heet geexporteerd',
		migreer: ({ exportDatum, ...rest }) => ({ ...rest, geexporteerd: exportDatum })
	};

	it('zet een ouder bestand stap voor stap om en leest het dan', async () => {
		await casusMet(a, TOT_VRAAG2);
		const { geexporteerd, ...rest } = await maakExport(a, { alle: true });
		const v0 = { ...rest, formatVersion: 0, exportDatum: geexporteerd };
		expect(migreer(v0, [V0, ...MIGRATIES])).toEqual({
			ok: true,
			bestand: { ...rest, formatVersion: FORMAAT_VERSIE, geexporteerd, gemigreerdVan: 0 }
		});
		const r = await lees(JSON.stringify(v0), { migraties: [V0, ...MIGRATIES] });
		expect(r.ok).toBe(true);
		// Without the step, version 0 cannot be read, and the message says so.
		expect(await lees(JSON.stringify(v0))).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/formaatversie 0, die deze versie van Meldcodewijzer niet/)
		});
	});
});

describe('importeren zonder het bestand eerst te lezen', () => {
	it('wat niet door lees() is gecontroleerd, wordt bij het schrijven alsnog gecontroleerd', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'ZL' });
		const bestand = await maakExport(a, { casus: id });
		const regel = bestand.casussen[0]!.logboek[1] as BeslissingRecord;
		bestand.casussen[0]!.logboek[1] = {
			...regel,
			beslissing: { ...regel.beslissing, toelichting: 'Achteraf veranderd.' }
		};
		const voor = await dump(b);
		const r = await importeer(b, bestand, { door: IB, at: NU });
		expect(r).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/klopt de keten van casus ZL niet \(regel 2\)/)
		});
		expect(await dump(b)).toBe(voor);
	});

	it('een gelezen bestand is bevroren: wat gecontroleerd is, is wat wordt ingelezen', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'ZM' });
		const r = await lees(await alsTekst(await maakExport(a, { casus: id })));
		if (!r.ok) throw new Error(r.fout);
		expect(Object.isFrozen(r.bestand.casussen[0]!.logboek)).toBe(true);
		expect(() => (r.bestand.casussen[0]!.logboek as unknown[]).pop()).toThrow();
		expect(await importeer(b, r.bestand, { door: IB, at: NU })).toMatchObject({ ok: true });
		expect(await controleer(b, id)).toMatchObject({ ok: true });
	});
});
