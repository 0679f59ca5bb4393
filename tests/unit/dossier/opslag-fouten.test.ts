import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { opslagVoor } from '$lib/dossier/open.svelte';
import { VergrendeldFout } from '$lib/kluis/sleutelbos';
import { opslagMelding, type Casus, type Opslag } from '$lib/wizard/casus.svelte';
import { GEEN_RUIMTE } from '$lib/wizard/opslagmelding';
import type { LogRegel } from '$lib/logboek/logboek';
import { TOT_STAP3 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from './hulp';

const EVEN_GEDULD = 'Even geduld: de vorige beslissing wordt nog bewaard.';

/** The real dossier, with a switch to make the next writes fail with a given error. */
function storendeOpslag(echt: Opslag) {
	const s = {
		fout: null as unknown,
		pogingen: [] as LogRegel[],
		opslag: {
			async beslissing(regel, snapshot, alle) {
				s.pogingen.push(regel);
				if (s.fout !== null) throw s.fout;
				await echt.beslissing(regel, snapshot, alle);
			},
			async correctie(c) {
				if (s.fout !== null) throw s.fout;
				await echt.correctie(c);
			}
		} satisfies Opslag
	};
	return s;
}

let db: DossierDB;
let id: string;
let storing: ReturnType<typeof storendeOpslag>;
let casus: Casus;

beforeEach(async () => {
	db = nieuweDB();
	const g = gegevensVoor('school');
	id = g.id;
	await nieuweCasus(db, g);
	storing = storendeOpslag(opslagVoor(db, id));
	casus = (await laad(db, id, storing.opslag))!;
	await legVast(casus, TOT_STAP3);
	expect(casus.waar).toBe('stap3');
});
afterEach(() => weg(db));

describe('als opslaan mislukt', () => {
	it.each<[string, unknown, string | RegExp]>([
		['geen opslagruimte', new DOMException('Quota exceeded.', 'QuotaExceededError'), GEEN_RUIMTE],
		['geen opslagruimte (zoals Dexie hem doorgeeft)', new Dexie.QuotaExceededError(), GEEN_RUIMTE],
		[
			'een gewone fout',
			new Error('de schijf is vergrendeld'),
			'Niet bewaard: de schijf is vergrendeld. Je tekst staat er nog; probeer het opnieuw.'
		],
		[
			'een onbekende fout van IndexedDB (Chromium bij een volle schijf)',
			new DOMException(
				'Internal error committing transaction: FILE_ERROR_NO_SPACE',
				'UnknownError'
			),
			GEEN_RUIMTE
		],
		[
			'een afgebroken transactie door een volle schijf (zoals Dexie hem doorgeeft)',
			new Dexie.AbortError(
				'Transaction aborted',
				new DOMException('Quota exceeded.', 'QuotaExceededError')
			),
			GEEN_RUIMTE
		],
		[
			'een Engelse fout van de browser zonder bekende naam',
			new DOMException('The operation failed for reasons unrelated to the database', 'DataError'),
			'Niet bewaard: de opslag in de browser weigert. Je tekst staat er nog; probeer het opnieuw.'
		]
	])(
		'bij %s: een Nederlandse melding, de casus blijft staan; daarna lukt hetzelfde wel',
		async (_, fout, melding) => {
			const regelsVoor = structuredClone(casus.regels);
			const logVoor = await logboekVan(db, id);
			const gesprek = ev('GESPREK_GEVOERD');

			storing.fout = fout;
			const r = await casus.vastleggen(gesprek);
			expect(r).toEqual({ ok: false, problemen: [melding] });
			expect(casus.waar).toBe('stap3');
			expect(casus.regels).toEqual(regelsVoor);
			expect(await logboekVan(db, id)).toEqual(logVoor);
			// A second try while the storage still fails changes nothing either.
			expect(await casus.vastleggen(gesprek)).toEqual(r);
			expect(casus.waar).toBe('stap3');

			storing.fout = null;
			expect(await casus.vastleggen(gesprek)).toEqual({ ok: true });
			expect(casus.waar).toBe('stap4.voorbereiding');
			expect(casus.regels).toHaveLength(regelsVoor.length + 1);
			// Every try offered the same entry number; the one that was stored closes the chain.
			expect(storing.pogingen.slice(-3).map((p) => p.volgnummer)).toEqual([5, 5, 5]);
			expect(await logboekVan(db, id)).toHaveLength(5);
			expect(await controleer(db, id)).toEqual({ ok: true, aantal: 5 });
			expect((await db.casussen.get(id))?.bijgewerkt).toBe(gesprek.at);
		}
	);

	it('een correctie die niet bewaard kon worden, staat ook niet in de casus', async () => {
		storing.fout = new DOMException('Quota exceeded.', 'QuotaExceededError');
		const r = await casus.corrigeer(2, 'Betere tekst.', 'Te kort.', ev('GESPREK_GEVOERD').at);
		expect(r).toEqual({ ok: false, problemen: [GEEN_RUIMTE] });
		expect(casus.regels[1]!.correcties).toBeUndefined();

		storing.fout = null;
		expect(await casus.corrigeer(2, 'Betere tekst.', 'Te kort.', ev('GESPREK_GEVOERD').at)).toEqual(
			{ ok: true }
		);
		expect(await casus.vastleggen(ev('GESPREK_GEVOERD'))).toEqual({ ok: true });
		expect((await logboekVan(db, id)).map((r) => r.soort)).toEqual([
			'beslissing',
			'beslissing',
			'beslissing',
			'beslissing',
			'correctie',
			'beslissing'
		]);
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 6 });
	});
});

describe('als de schijf vol is en de browser de verbinding sluit', () => {
	it('mislukt opnieuw openen met een Nederlandse melding, en lukt het weer zodra er ruimte is, zonder herladen', async () => {
		casus = (await laad(db, id))!;
		// Chromium after FILE_ERROR_NO_SPACE: the connection is closed, and opening it again fails
		// for as long as the disk is full.
		let vol = true;
		const openen = indexedDB.open.bind(indexedDB);
		const spion = vi.spyOn(indexedDB, 'open').mockImplementation((naam, versie) => {
			if (!vol) return openen(naam, versie);
			const verzoek = {
				error: new DOMException(
					'Internal error opening backing store for indexedDB.open. FILE_ERROR_NO_SPACE',
					'UnknownError'
				)
			} as unknown as IDBOpenDBRequest;
			setTimeout(() => verzoek.onerror?.({ target: verzoek } as unknown as Event));
			return verzoek;
		});
		const waarschuwing = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		try {
			db.backendDB().onclose?.(new Event('close'));
			const gesprek = ev('GESPREK_GEVOERD');
			// A try is a click: a task of its own, after the failed one has settled.
			const nieuweKlik = () => new Promise((r) => setTimeout(r, 0));
			for (let poging = 1; poging <= 2; poging++) {
				expect(await casus.vastleggen(gesprek)).toEqual({ ok: false, problemen: [GEEN_RUIMTE] });
				expect(casus.waar).toBe('stap3');
				await nieuweKlik();
			}

			vol = false;
			expect(await casus.vastleggen(gesprek)).toEqual({ ok: true });
			expect(casus.waar).toBe('stap4.voorbereiding');
			expect(await logboekVan(db, id)).toHaveLength(5);
			expect(await controleer(db, id)).toEqual({ ok: true, aantal: 5 });
		} finally {
			spion.mockRestore();
			waarschuwing.mockRestore();
		}
	});

	it('een database die bewust gesloten is (nieuwere versie in een ander tabblad) blijft dicht', async () => {
		db.close();
		await new Promise((r) => setTimeout(r, 0));
		await expect(db.casussen.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
	});
});

describe('opslagMelding', () => {
	it('herkent een volle schijf ook aan het bericht alleen', () => {
		expect(opslagMelding(new Error('QuotaExceeded: storage quota reached'))).toBe(GEEN_RUIMTE);
	});

	it('toont nooit de Engelse tekst van de browser, wel de eigen Nederlandse', () => {
		const standaard =
			'Niet bewaard: de opslag in de browser weigert. Je tekst staat er nog; probeer het opnieuw.';
		expect(opslagMelding(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
			standaard
		);
		expect(opslagMelding(new Dexie.DatabaseClosedError())).toBe(standaard);
		expect(
			opslagMelding(
				new Dexie.DatabaseClosedError(
					new Dexie.OpenFailedError(new DOMException('IO error: No space left', 'UnknownError'))
				)
			)
		).toBe(GEEN_RUIMTE);
		expect(opslagMelding(new VergrendeldFout())).toBe(
			'Niet bewaard: De app is vergrendeld. Ontgrendel met je wachtwoord om verder te werken. Je tekst staat er nog; probeer het opnieuw.'
		);
		expect(opslagMelding(new Error('Deze casus bestaat niet meer'))).toBe(
			'Niet bewaard: Deze casus bestaat niet meer. Je tekst staat er nog; probeer het opnieuw.'
		);
	});

	it('noemt een botsing met een ander tabblad', () => {
		expect(opslagMelding(new Dexie.ConstraintError('Key already exists'))).toMatch(
			/^Niet bewaard: deze casus is intussen ergens anders bijgewerkt/
		);
	});

	it('komt niet in de war van iets dat geen fout is', () => {
		const standaard =
			'Niet bewaard: de opslag in de browser weigert. Je tekst staat er nog; probeer het opnieuw.';
		expect(opslagMelding(undefined)).toBe(standaard);
		expect(opslagMelding(null)).toBe(standaard);
		expect(opslagMelding('kapot')).toBe(standaard);
	});
});

describe('een tweede beslissing terwijl de eerste nog wordt bewaard', () => {
	it('krijgt "Even geduld", en de casus gaat pas verder als de eerste bewaard is', async () => {
		let doorlaten!: () => void;
		const wacht = new Promise<void>((r) => (doorlaten = r));
		const echt = storing.opslag.beslissing;
		storing.opslag.beslissing = async (...args) => {
			await wacht;
			await echt(...args);
		};

		const eerste = casus.vastleggen(ev('GESPREK_GEVOERD'));
		expect(await casus.vastleggen(ev('GESPREK_OVERSLAAN'))).toEqual({
			ok: false,
			problemen: [EVEN_GEDULD]
		});
		expect(await casus.vastleggen(ev('GESPREK_GEVOERD'))).toEqual({
			ok: false,
			problemen: [EVEN_GEDULD]
		});
		// Not stored yet, so not moved on yet.
		expect(casus.waar).toBe('stap3');
		expect(casus.regels).toHaveLength(4);

		doorlaten();
		expect(await eerste).toEqual({ ok: true });
		expect(casus.waar).toBe('stap4.voorbereiding');
		expect(casus.regels.at(-1)!.beslissing.event.type).toBe('GESPREK_GEVOERD');
		expect(await logboekVan(db, id)).toHaveLength(5);

		// Once it is stored, the next decision goes through again.
		expect(await casus.vastleggen(ev('WEGING_VOORBEREID'))).toEqual({ ok: true });
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 6 });
	});

	it('ook na een mislukte eerste mag het daarna weer', async () => {
		let weigeren!: (f: unknown) => void;
		const echt = storing.opslag.beslissing;
		storing.opslag.beslissing = () => new Promise((_, f) => (weigeren = f));

		const eerste = casus.vastleggen(ev('GESPREK_GEVOERD'));
		expect(await casus.vastleggen(ev('GESPREK_GEVOERD'))).toEqual({
			ok: false,
			problemen: [EVEN_GEDULD]
		});
		weigeren(new Error('tijdelijk niet beschikbaar'));
		expect((await eerste).ok).toBe(false);

		storing.opslag.beslissing = echt;
		expect(await casus.vastleggen(ev('GESPREK_GEVOERD'))).toEqual({ ok: true });
		expect(await controleer(db, id)).toEqual({ ok: true, aantal: 5 });
	});
});
