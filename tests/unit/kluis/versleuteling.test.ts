import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { bewaarConcepten } from '$lib/dossier/concepten';
import {
	controleer,
	logboekVan,
	nieuweCasus,
	voegCorrectieToe,
	verwijderCasus
} from '$lib/dossier/dossier';
import type { CasusRecord, ConceptRecord, LogRecord } from '$lib/dossier/types';
import {
	kiesZonderWachtwoord,
	leesKluis,
	ontgrendel,
	problemenMetWachtwoord,
	stelWachtwoordIn,
	vergrendel,
	wijzigWachtwoord
} from '$lib/kluis/kluis';
import { GEHEIM } from '$lib/kluis/middleware';
import { PBKDF2_ITERATIES } from '$lib/kluis/sleutel';
import { MELDEN, TOT_VRAAG4 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

/** Fast for most tests; one test below uses the real default. */
const SNEL = 1_000;
const WACHTWOORD = 'paars konijn op de fiets';
const NIEUW = 'zeven groene kikkers zingen';
const GEHEIME_NAAM = 'Qwxyz-Jantje';
const GEHEIME_REDEN = 'Zuster Qwxyz vertelde over de kelder';

let db: DossierDB;
let id: string;

/** A case with every kind of content: decisions with reasons and facts, a correction, a draft. */
async function vulDossier(d: DossierDB) {
	const g = gegevensVoor('school', { pseudoniem: GEHEIME_NAAM });
	await nieuweCasus(d, g);
	const casus = (await laad(d, g.id))!;
	casus.door = { rol: 'ib-er', naam: 'Mevrouw Qwxyz-Intern' };
	await legVast(casus, [
		...TOT_VRAAG4,
		ev('AFWEGING_4', { antwoord: 'nee', toelichting: GEHEIME_REDEN }),
		...MELDEN
	]);
	await voegCorrectieToe(d, g.id, {
		corrigeert: 2,
		tekst: 'Qwxyz-correctie van de tekst',
		reden: 'Qwxyz-reden van de correctie',
		at: '2026-11-24T08:00:00.000Z',
		door: casus.door
	});
	await bewaarConcepten(
		d,
		g.id,
		new Map([[`${g.id}|9|stap5|melden|toelichting`, 'Qwxyz-concept']])
	);
	return g.id;
}

const INDEXVELDEN = ['caseId', 'id', 'sleutel', 'status', 'volgendeDatum', 'bijgewerkt'];

/**
 * Every string a case holds, except the values of the few fields the database must index (ids,
 * status, dates): those stay readable by design, so the same value elsewhere (a correction made
 * at the moment the case row was last updated) may show too.
 */
function geheimeTeksten(rijen: unknown[]): Set<string> {
	const uit = new Set<string>();
	const leesbaar = new Set<unknown>();
	for (const r of rijen as Record<string, unknown>[])
		for (const v of INDEXVELDEN) if (v in r) leesbaar.add(r[v]);
	const loop = (w: unknown, veld: string) => {
		if (typeof w === 'string') {
			if (w.length >= 4 && !INDEXVELDEN.includes(veld) && !leesbaar.has(w)) uit.add(w);
		} else if (Array.isArray(w)) w.forEach((x) => loop(x, veld));
		else if (w && typeof w === 'object') for (const [k, v] of Object.entries(w)) loop(v, k);
	};
	rijen.forEach((r) => loop(r, ''));
	return uit;
}

/** Everything IndexedDB holds, read past Dexie, as text (bytes as Latin-1, so no byte is skipped). */
/**
 * The tables of signing keys and the team roster (schema 6) are not sealed: a private key is a
 * CryptoKey, which is no JSON, and the settings page shows the roster while the dossier is
 * locked. They hold staff names, roles and public keys, never pupil content (checked below);
 * the privacy page says so.
 */
const NIET_VERZEGELD = ['sleutels', 'team'];

async function rauweInhoud(
	d: DossierDB,
	welke: (naam: string) => boolean = (n) => !NIET_VERZEGELD.includes(n)
): Promise<string> {
	const idb = d.backendDB();
	const namen = [...idb.objectStoreNames].filter(welke);
	const tx = idb.transaction(namen, 'readonly');
	const delen = await Promise.all(
		namen.map(
			(n) =>
				new Promise<unknown[]>((klaar, fout) => {
					const r = tx.objectStore(n).getAll();
					r.onsuccess = () => klaar(r.result);
					r.onerror = () => fout(r.error);
				})
		)
	);
	return JSON.stringify(delen, (_, v) => (v instanceof Uint8Array ? String.fromCharCode(...v) : v));
}

async function alles(d: DossierDB) {
	return {
		casussen: await d.casussen.toArray(),
		logboek: await d.logboek.toArray(),
		concepten: await d.concepten.toArray()
	};
}

beforeEach(async () => {
	db = nieuweDB();
	id = await vulDossier(db);
});
afterEach(() => weg(db));

describe('versleuteling in IndexedDB', () => {
	it('zonder wachtwoord staat de inhoud leesbaar opgeslagen (de keuze van de gebruiker)', async () => {
		await kiesZonderWachtwoord(db);
		expect(await rauweInhoud(db)).toContain(GEHEIME_NAAM);
		expect(await leesKluis(db)).toMatchObject({ modus: 'uit' });
	});

	it('met wachtwoord staat geen enkel veld van een casus leesbaar in IndexedDB', async () => {
		const voor = await alles(db);
		const teksten = geheimeTeksten([...voor.casussen, ...voor.logboek, ...voor.concepten]);
		// The check means something: the case holds many texts, among them the ones we planted.
		expect(teksten.size).toBeGreaterThan(20);
		expect([...teksten]).toEqual(
			expect.arrayContaining([GEHEIME_NAAM, GEHEIME_REDEN, 'Qwxyz-concept'])
		);
		expect(await rauweInhoud(db)).toContain(GEHEIME_REDEN);

		await stelWachtwoordIn(db, WACHTWOORD, SNEL);

		const rauw = await rauweInhoud(db);
		for (const t of teksten) expect(rauw, t).not.toContain(t);
		expect(rauw).not.toContain('Qwxyz');
		expect(rauw.toLowerCase()).not.toContain(GEHEIME_NAAM.toLowerCase());
		// …and what is stored reads back exactly as before, the chain intact.
		expect(await alles(db)).toEqual(voor);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: voor.logboek.length });
	});

	it('de eigen sleutels en het team bevatten geen inhoud van een casus', async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		const rauw = await rauweInhoud(db, (n) => NIET_VERZEGELD.includes(n));
		expect(rauw).toContain('Mevrouw Qwxyz-Intern');
		for (const geheim of [GEHEIME_NAAM, GEHEIME_REDEN, 'Qwxyz-concept', 'Qwxyz-correctie'])
			expect(rauw).not.toContain(geheim);
	});

	it('nieuwe regels na het instellen worden ook versleuteld, en blijven leesbaar voor de app', async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		const tweede = await vulDossier(db);
		const rauw = await rauweInhoud(db);
		expect(rauw).not.toContain('Qwxyz');
		expect((await laad(db, tweede))!.regels.length).toBeGreaterThan(5);
		expect(await controleer(db, tweede)).toMatchObject({ ok: true });
	});

	it('alleen de velden die IndexedDB moet indexeren blijven leesbaar', async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		const idb = db.backendDB();
		const lees = (n: string) =>
			new Promise<Record<string, unknown>[]>((klaar) => {
				const r = idb.transaction(n).objectStore(n).getAll();
				r.onsuccess = () => klaar(r.result);
			});
		for (const r of await lees('casussen'))
			expect(Object.keys(r).sort()).toEqual([
				'bijgewerkt',
				GEHEIM,
				'id',
				'status',
				'volgendeDatum'
			]);
		for (const r of await lees('logboek'))
			expect(Object.keys(r).sort()).toEqual(['caseId', GEHEIM, 'volgnummer']);
		for (const r of await lees('concepten'))
			expect(Object.keys(r).sort()).toEqual(['caseId', GEHEIM, 'sleutel']);
	});

	it('de standaard sleutelafleiding is PBKDF2-SHA256 met minstens 600.000 iteraties', async () => {
		expect(PBKDF2_ITERATIES).toBeGreaterThanOrEqual(600_000);
		await stelWachtwoordIn(db, WACHTWOORD);
		const k = await leesKluis(db);
		expect(k).toMatchObject({
			modus: 'aan',
			afleiding: { naam: 'PBKDF2-SHA256', iteraties: 600_000 }
		});
		if (k?.modus !== 'aan') throw new Error('geen kluis');
		expect(k.afleiding.zout).toHaveLength(16);
		vergrendel(db);
		expect(await ontgrendel(db, WACHTWOORD)).toBe(true);
	});
});

describe('vergrendeld', () => {
	beforeEach(async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		vergrendel(db);
	});

	it('leest niets en schrijft niets zolang de app vergrendeld is', async () => {
		await expect(db.casussen.get(id)).rejects.toThrow(/vergrendeld/);
		await expect(logboekVan(db, id)).rejects.toThrow(/vergrendeld/);
		await expect(nieuweCasus(db, gegevensVoor('school'))).rejects.toThrow(/vergrendeld/);
		expect(await db.casussen.count()).toBe(1);
	});

	it('een verkeerd wachtwoord opent niets; het goede opent alles', async () => {
		expect(await ontgrendel(db, 'verkeerd wachtwoord!')).toBe(false);
		expect(await ontgrendel(db, WACHTWOORD.toUpperCase())).toBe(false);
		await expect(db.casussen.get(id)).rejects.toThrow(/vergrendeld/);
		expect(await ontgrendel(db, WACHTWOORD)).toBe(true);
		expect((await db.casussen.get(id))?.pseudoniem).toBe(GEHEIME_NAAM);
	});

	it('hetzelfde wachtwoord in een andere Unicode-vorm opent ook (NFC)', async () => {
		vergrendel(db);
		await kiesOpnieuw('café in de zon, om drie uur');
		expect(await ontgrendel(db, 'cafe\u0301 in de zon, om drie uur')).toBe(true);
	});

	async function kiesOpnieuw(w: string) {
		expect(await ontgrendel(db, WACHTWOORD)).toBe(true);
		expect(await wijzigWachtwoord(db, WACHTWOORD, w, SNEL)).toBe('gewijzigd');
		vergrendel(db);
	}
});

describe('wachtwoord wijzigen', () => {
	it('versleutelt alles opnieuw: het oude wachtwoord opent niets meer, de inhoud is gelijk', async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		const voor = await alles(db);
		const rauwVoor = await rauweInhoud(db);

		expect(await wijzigWachtwoord(db, 'fout', NIEUW, SNEL)).toBe('fout-wachtwoord');
		expect(await rauweInhoud(db)).toBe(rauwVoor);

		expect(await wijzigWachtwoord(db, WACHTWOORD, NIEUW, SNEL)).toBe('gewijzigd');
		const rauwNa = await rauweInhoud(db);
		expect(rauwNa).not.toBe(rauwVoor);
		expect(rauwNa).not.toContain('Qwxyz');
		expect(await alles(db)).toEqual(voor);

		vergrendel(db);
		expect(await ontgrendel(db, WACHTWOORD)).toBe(false);
		expect(await ontgrendel(db, NIEUW)).toBe(true);
		expect(await alles(db)).toEqual(voor);
		expect(await controleer(db, id)).toMatchObject({ ok: true });
	});

	it('mislukt het herschrijven halverwege, dan blijft alles zoals het was', async () => {
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		const voor = await alles(db);
		const rauwVoor = await rauweInhoud(db);
		const spion = vi
			.spyOn(db.logboek, 'bulkAdd')
			.mockRejectedValueOnce(new Error('QuotaExceededError'));
		await expect(wijzigWachtwoord(db, WACHTWOORD, NIEUW, SNEL)).rejects.toThrow(/Quota/);
		spion.mockRestore();
		expect(await rauweInhoud(db)).toBe(rauwVoor);
		expect(await alles(db)).toEqual(voor);
		vergrendel(db);
		expect(await ontgrendel(db, NIEUW)).toBe(false);
		expect(await ontgrendel(db, WACHTWOORD)).toBe(true);
	});

	it('eerst zonder wachtwoord gekozen, later alsnog een wachtwoord: alles wordt versleuteld', async () => {
		await kiesZonderWachtwoord(db);
		await stelWachtwoordIn(db, WACHTWOORD, SNEL);
		expect(await rauweInhoud(db)).not.toContain('Qwxyz');
		await expect(stelWachtwoordIn(db, NIEUW, SNEL)).rejects.toThrow(/al een wachtwoord/);
	});
});

describe('knoeien met de versleutelde gegevens', () => {
	beforeEach(() => stelWachtwoordIn(db, WACHTWOORD, SNEL));

	async function rauwAanpassen(
		tabel: string,
		pas: (rijen: Record<string, unknown>[]) => Record<string, unknown>[]
	) {
		const idb = db.backendDB();
		const rijen = await new Promise<Record<string, unknown>[]>((klaar) => {
			const r = idb.transaction(tabel).objectStore(tabel).getAll();
			r.onsuccess = () => klaar(r.result);
		});
		await new Promise<void>((klaar) => {
			const tx = idb.transaction(tabel, 'readwrite');
			for (const r of pas(rijen)) tx.objectStore(tabel).put(r);
			tx.oncomplete = () => klaar();
		});
	}

	it('één veranderde byte: de regel opent niet, met een Nederlandse melding', async () => {
		await rauwAanpassen('logboek', (rijen) => {
			const r = rijen[3]! as { [GEHEIM]: { data: Uint8Array } };
			r[GEHEIM].data[5]! ^= 1;
			return [r];
		});
		await expect(logboekVan(db, id)).rejects.toThrow(/kan niet worden ontsleuteld/);
	});

	it('de versleutelde inhoud van een andere regel erin gezet: opent niet', async () => {
		await rauwAanpassen('logboek', (rijen) => [{ ...rijen[2], [GEHEIM]: rijen[3]![GEHEIM] }]);
		await expect(logboekVan(db, id)).rejects.toThrow(/kan niet worden ontsleuteld/);
	});

	it('een leesbaar veld naast de versleutelde inhoud veranderd (status): opent niet', async () => {
		await rauwAanpassen('casussen', (rijen) => [{ ...rijen[0], status: 'afgesloten' }]);
		await expect(db.casussen.get(id)).rejects.toThrow(/kan niet worden ontsleuteld/);
	});
});

describe('de rest van het dossier werkt gewoon met versleuteling aan', () => {
	beforeEach(() => stelWachtwoordIn(db, WACHTWOORD, SNEL));

	it('het logboek weigert nog steeds elke wijziging', async () => {
		await expect(db.logboek.update([id, 2], { at: 'x' })).rejects.toThrow(/alleen-toevoegen/);
	});

	it('een casus bijwerken (update via een cursor) en verwijderen', async () => {
		await db.casussen.toCollection().modify((c: CasusRecord) => {
			c.volgendeWat = 'Qwxyz gewijzigd';
		});
		expect((await db.casussen.get(id))?.volgendeWat).toBe('Qwxyz gewijzigd');
		expect(await rauweInhoud(db)).not.toContain('Qwxyz');
		await db.concepten.each((c: ConceptRecord) => expect(c.waarde).toBe('Qwxyz-concept'));
		const log: LogRecord[] = [];
		await db.logboek
			.where('caseId')
			.equals(id)
			.each((r) => void log.push(r));
		expect(log).toEqual(await logboekVan(db, id));
		await verwijderCasus(db, id);
		expect(await db.casussen.count()).toBe(0);
		expect(await db.logboek.count()).toBe(0);
	});
});

describe('een nieuw wachtwoord kiezen', () => {
	it('te kort of niet twee keer gelijk: een Nederlandse uitleg', () => {
		expect(problemenMetWachtwoord('kort', 'kort')).toEqual([
			expect.stringMatching(/minstens 12 tekens/)
		]);
		expect(problemenMetWachtwoord(WACHTWOORD, NIEUW)).toEqual([
			'De twee wachtwoorden zijn niet gelijk.'
		]);
		expect(problemenMetWachtwoord(WACHTWOORD, WACHTWOORD)).toEqual([]);
	});
});
