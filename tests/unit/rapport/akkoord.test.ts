import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { DossierDB } from '$lib/dossier/db';
import { voegAkkoordToe } from '$lib/dossier/akkoord';
import { besluitTekst, wachtOpAkkoord } from '$lib/dossier/akkoord-regels';
import { verloop } from '$lib/dossier/verloop';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { AkkoordRecord } from '$lib/dossier/types';
import { Casus } from '$lib/wizard/casus.svelte';
import {
	MELDEN,
	MET_VT_TOT_VRAAG3,
	TOT_HULP,
	TOT_STAP3,
	TOT_VRAAG2,
	TOT_VRAAG3,
	TOT_VRAAG1
} from '../machines/helpers';
import { paden, type Pad } from '../machines/paden';
import { ev, ZONDER_HERZIEN } from '../machines/voorbeelden';
import { teHerzien } from '$machines/herzien';
import { gegevensVoor, laad, legVast, nieuweDB, rauwSchrijven, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';
const DIRECTEUR = { rol: 'directeur' as const, naam: 'P. Jansen' };

function inGeheugen(events: readonly MeldcodeEvent[], variant: 'school' | 'basismodel' = 'school') {
	const casus = new Casus(gegevensVoor(variant));
	for (const e of events) expect(casus.verstuur(e)).toEqual({ ok: true });
	return casus;
}

describe('welke beslissingen een akkoord van de directeur vragen', () => {
	it('herkent besluit I en II langs elke route door het stappenplan', () => {
		const soorten = (events: MeldcodeEvent[]) =>
			inGeheugen(events).stap5.map((b) => [b.volgnummer, b.besluit]);
		// Afweging 4 ja: no melding, the school organises help.
		expect(soorten(TOT_HULP)).toEqual([[10, 'hulp']]);
		// Afweging 1 nee: no suspicion, so no melding.
		expect(soorten([...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' })])).toEqual([
			[7, 'niet-melden']
		]);
		// Afweging 2 twijfel counts as ja: melden.
		expect(soorten([...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'twijfel' })])).toEqual([
			[8, 'melden']
		]);
		// Afweging 3 nee: melden (decision II "no help" comes with it; melden is what is signed).
		expect(soorten([...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })])).toEqual([
			[9, 'melden']
		]);
		// Acute danger from stap 3: melden.
		expect(soorten([...TOT_STAP3, ev('ACUUT', { soort: 'acuut' })])).toEqual([[5, 'melden']]);
		// After a melding for safety, decision II with Veilig Thuis is a decision of its own.
		expect(soorten([...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })])).toEqual([
			[8, 'melden'],
			[12, 'geen-hulp']
		]);
	});

	it('hulp zonder melding neemt besluit I en II samen: het akkoord draagt beide (regel 6)', () => {
		const [hulp] = inGeheugen(TOT_HULP).stap5;
		expect(hulp).toMatchObject({ besluit: 'hulp', ook: 'niet-melden' });
		expect(besluitTekst(hulp!)).toBe(
			'Besluit I: niet melden; besluit II: hulp bieden of organiseren'
		);
		// After a melding for safety, help with Veilig Thuis is decision II alone.
		const metVT = inGeheugen([
			...MET_VT_TOT_VRAAG3,
			ev('AFWEGING_3', { antwoord: 'ja' }),
			ev('AFWEGING_4')
		]).stap5.at(-1);
		expect(metVT).toMatchObject({ besluit: 'hulp' });
		expect(metVT).not.toHaveProperty('ook');
		expect(verloop(inGeheugen(TOT_HULP).gegevens, inGeheugen(TOT_HULP).regels).stap5).toEqual(
			inGeheugen(TOT_HULP).stap5
		);
	});

	it('telt gewone stappen, consultaties en de melding zelf niet mee', () => {
		expect(inGeheugen([...TOT_VRAAG2]).stap5).toEqual([]);
		const gemeld = inGeheugen([...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }), ...MELDEN]);
		expect(gemeld.stap5.map((b) => b.volgnummer)).toEqual([8]);
	});

	it('laat zien welke besluiten nog op akkoord wachten', () => {
		const b = inGeheugen([...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })]).stap5;
		expect(wachtOpAkkoord(b, []).map((x) => x.volgnummer)).toEqual([8, 12]);
		expect(wachtOpAkkoord(b, [{ akkoordOp: 8 }]).map((x) => x.volgnummer)).toEqual([12]);
		expect(wachtOpAkkoord(b, [{ akkoordOp: 8 }, { akkoordOp: 12 }])).toEqual([]);
	});
});

describe('het akkoord als eigen regel in het logboek', () => {
	let db: DossierDB;
	let id: string;

	beforeEach(async () => {
		db = nieuweDB();
		const g = gegevensVoor('school');
		id = g.id;
		await nieuweCasus(db, g);
		await legVast((await laad(db, id))!, TOT_HULP);
	});
	afterEach(() => weg(db));

	it('wordt in de keten gehasht, wijst naar het besluit en de keten blijft kloppen', async () => {
		const casus = (await laad(db, id))!;
		casus.door = { ...DIRECTEUR };
		expect(await casus.akkoordGeven(10, '  Akkoord, hulp via het wijkteam. ', LATER)).toEqual({
			ok: true
		});
		const log = await logboekVan(db, id);
		const akkoord = log.at(-1) as AkkoordRecord;
		expect(akkoord).toMatchObject({
			soort: 'akkoord',
			volgnummer: 11,
			akkoordOp: 10,
			akkoordOpHash: log[9]!.hash,
			besluit: 'hulp',
			door: DIRECTEUR,
			notitie: 'Akkoord, hulp via het wijkteam.',
			vorigeHash: log[9]!.hash
		});
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 11 });
		// Loaded again, the case knows the sign-off and nothing waits any more.
		const terug = (await laad(db, id))!;
		expect(terug.akkoorden).toMatchObject([{ akkoordOp: 10, door: DIRECTEUR }]);
		expect(wachtOpAkkoord(terug.stap5, terug.akkoorden)).toEqual([]);
	});

	it('telt mee in de nummering: de volgende beslissing krijgt het volgende nummer', async () => {
		const casus = (await laad(db, id))!;
		casus.door = { ...DIRECTEUR };
		expect(await casus.akkoordGeven(10, '', LATER)).toEqual({ ok: true });
		expect(await casus.corrigeer(10, 'Hulp via het wijkteam.', 'aangevuld', LATER)).toEqual({
			ok: true
		});
		const log = await logboekVan(db, id);
		expect(log.map((r) => [r.volgnummer, r.soort]).slice(-2)).toEqual([
			[11, 'akkoord'],
			[12, 'correctie']
		]);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 12 });
	});

	it('weigert een andere rol dan directeur, een lege naam en een dubbel akkoord', async () => {
		const casus = (await laad(db, id))!;
		casus.door = { rol: 'ib-er', naam: 'K. de Boer' };
		const r1 = await casus.akkoordGeven(10, '', LATER);
		expect(r1.ok).toBe(false);
		expect(!r1.ok && r1.problemen.join(' ')).toMatch(/Alleen de directeur/);
		casus.door = { rol: 'directeur', naam: '  ' };
		const r2 = await casus.akkoordGeven(10, '', LATER);
		expect(!r2.ok && r2.problemen).toContain('Vul de naam van de directeur in.');
		casus.door = { ...DIRECTEUR };
		expect(await casus.akkoordGeven(10, '', LATER)).toEqual({ ok: true });
		const r3 = await casus.akkoordGeven(10, '', LATER);
		expect(!r3.ok && r3.problemen).toContain('Voor dit besluit is het akkoord al vastgelegd.');
		expect((await logboekVan(db, id)).length).toBe(11);
	});

	it('weigert een regel die geen besluit van stap 5 is, en een akkoord vóór het besluit', async () => {
		const casus = (await laad(db, id))!;
		casus.door = { ...DIRECTEUR };
		const r = await casus.akkoordGeven(3, '', LATER);
		expect(!r.ok && r.problemen).toContain('Regel 3 is geen besluit van stap 5.');
		const vroeg = await casus.akkoordGeven(10, '', '2026-11-22T09:00:00.000Z');
		expect(!vroeg.ok && vroeg.problemen.join(' ')).toMatch(/niet vóór het besluit/);
		expect((await logboekVan(db, id)).length).toBe(10);
	});

	it('controleert ook in de opslag zelf, niet alleen op het scherm', async () => {
		await expect(
			voegAkkoordToe(db, id, { akkoordOp: 10, at: LATER, door: { rol: 'leerkracht', naam: 'X' } })
		).rejects.toThrow(/Alleen de directeur/);
		await expect(
			voegAkkoordToe(db, id, { akkoordOp: 4, at: LATER, door: DIRECTEUR })
		).rejects.toThrow(/geen besluit van stap 5/);
		expect((await logboekVan(db, id)).length).toBe(10);
	});

	it('een gewijzigd akkoord (andere naam) breekt de keten', async () => {
		await voegAkkoordToe(db, id, { akkoordOp: 10, at: LATER, door: DIRECTEUR });
		const akkoord = (await logboekVan(db, id)).at(-1) as AkkoordRecord;
		await rauwSchrijven(db, [{ ...akkoord, door: { rol: 'directeur', naam: 'Iemand anders' } }]);
		expect(await controleer(db, id)).toMatchObject({ ok: false, volgnummer: 11 });
	});

	it('een correctie van een akkoord wordt geweigerd: alleen beslissingen worden verbeterd', async () => {
		const casus = (await laad(db, id))!;
		casus.door = { ...DIRECTEUR };
		await casus.akkoordGeven(10, '', LATER);
		const { voegCorrectieToe } = await import('$lib/dossier/dossier');
		await expect(
			voegCorrectieToe(db, id, {
				corrigeert: 11,
				tekst: 'x',
				reden: 'y',
				at: LATER,
				door: DIRECTEUR
			})
		).rejects.toThrow(/geen beslissing/);
	});
});

describe('de stap-5-besluiten van een casus, stap voor stap bijgehouden', () => {
	const VARIANTEN = ['school', 'basismodel'] as const;
	// Herzien goes back along a path, adding none (see ZONDER_HERZIEN); each path's end is revised below.
	const PADEN = Object.fromEntries(VARIANTEN.map((v) => [v, paden(v, ZONDER_HERZIEN)]));
	// Small groups of paths, one test each: a test stays short, also on a busy machine.
	const GROEP = 40;
	const groepen = VARIANTEN.flatMap((variant) =>
		Array.from({ length: Math.ceil(PADEN[variant]!.length / GROEP) }, (_, i) => {
			const van = i * GROEP;
			const tot = Math.min(van + GROEP, PADEN[variant]!.length);
			return [variant, van + 1, tot] as const;
		})
	);

	/** The case after a path, played decision by decision as the wizard does (once per path). */
	const gespeeld = new WeakMap<Pad, Casus>();
	function speel(variant: 'school' | 'basismodel', pad: Pad): Casus {
		let live = gespeeld.get(pad);
		if (!live) {
			// The first step is the machine's own start, not a decision; steps the machine takes
			// without a decision (refused events in the graph) are refused here too.
			live = new Casus(gegevensVoor(variant));
			for (const s of pad.steps.slice(1)) live.verstuur(s.event);
			gespeeld.set(pad, live);
		}
		return live;
	}

	it.each(groepen)(
		'%s, paden %i–%i: gelijk aan een volledige herhaling, live en na herladen',
		(variant, van, tot) => {
			for (const pad of PADEN[variant]!.slice(van - 1, tot)) {
				const live = speel(variant, pad);
				const verwacht = verloop(live.gegevens, live.regels).stap5;
				expect(live.stap5).toEqual(verwacht);
				expect(new Casus(live.gegevens, live.regels).stap5).toEqual(verwacht);
				// Every revision possible at the path's end: live, and on reload, the same withdrawals.
				for (const vraag of teHerzien(live.snapshot.context)) {
					const herzien = new Casus(live.gegevens, [...live.regels]);
					expect(herzien.verstuur(ev('HERZIEN', { vraag }))).toEqual({ ok: true });
					const v = verloop(herzien.gegevens, herzien.regels);
					expect(herzien.stap5).toEqual(v.stap5);
					expect(herzien.ingetrokken).toEqual(v.ingetrokken);
					expect(Object.keys(herzien.ingetrokken).length).toBeGreaterThan(0);
					expect(wachtOpAkkoord(herzien.stap5, []).every((b) => !b.ingetrokken)).toBe(true);
				}
			}
		}
	);

	it.each(VARIANTEN)(
		'%s: de paden zijn alle paden, en veel nemen een stap-5-besluit',
		(variant) => {
			const alle = PADEN[variant]!;
			expect(alle.length).toBeGreaterThan(100);
			expect(groepen.filter(([v]) => v === variant).at(-1)![2]).toBe(alle.length);
			// The check means something: many paths take a stap-5 decision.
			const metBesluit = alle.filter((pad) => speel(variant, pad).stap5.length > 0).length;
			expect(metBesluit).toBeGreaterThan(50);
		}
	);
});
