/**
 * The first-use choice is made once per browser: two tabs (two connections to one database) on
 * the first-use screen cannot both choose. Before, a second tab choosing "no passphrase" replaced
 * the wrapped data key the first tab had just stored: its cases could never be opened again.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DossierDB } from '$lib/dossier/db';
import { nieuweCasus } from '$lib/dossier/dossier';
import {
	KeuzeAlGemaakt,
	kiesZonderWachtwoord,
	leesKluis,
	ontgrendel,
	stelWachtwoordIn,
	wijzigWachtwoord
} from '$lib/kluis/kluis';
import { gegevensVoor, weg } from '../dossier/hulp';

const SNEL = 1_000;
const WACHTWOORD = 'paars konijn op de fiets';
const ANDER = 'zeven groene kikkers zingen';
const EERSTE = { eersteKeuze: true };

let naam: string;
let tab1: DossierDB;
let tab2: DossierDB;

beforeEach(() => {
	naam = `t-${crypto.randomUUID()}`;
	tab1 = new DossierDB(naam);
	tab2 = new DossierDB(naam);
});
afterEach(async () => {
	tab2.close();
	await weg(tab1);
});

/** A fresh tab opens the stored case with the passphrase: the key in use is the stored one. */
async function opentMet(wachtwoord: string, id: string) {
	const later = new DossierDB(naam);
	try {
		expect(await ontgrendel(later, wachtwoord)).toBe(true);
		return (await later.casussen.get(id))?.pseudoniem;
	} finally {
		later.close();
	}
}

describe('de eerste keuze, in twee tabbladen', () => {
	it('wachtwoord in tab 1, daarna "zonder wachtwoord" in tab 2: geweigerd, de sleutel blijft', async () => {
		await stelWachtwoordIn(tab1, WACHTWOORD, SNEL, EERSTE);
		const g = gegevensVoor('school', { pseudoniem: 'Qwxyz' });
		await nieuweCasus(tab1, g);

		const fout = await kiesZonderWachtwoord(tab2).catch((f: unknown) => f);
		expect(fout).toBeInstanceOf(KeuzeAlGemaakt);
		expect((fout as Error).message).toMatch(/ander tabblad is al een wachtwoord ingesteld/);
		expect(await leesKluis(tab2)).toMatchObject({ modus: 'aan' });
		expect(await opentMet(WACHTWOORD, g.id)).toBe('Qwxyz');
	});

	it('"zonder wachtwoord" in tab 1, daarna een wachtwoord op het keuzescherm van tab 2: geweigerd', async () => {
		await kiesZonderWachtwoord(tab1);
		await expect(stelWachtwoordIn(tab2, WACHTWOORD, SNEL, EERSTE)).rejects.toThrow(
			/al gekozen om zonder wachtwoord/
		);
		expect(await leesKluis(tab1)).toMatchObject({ modus: 'uit' });
		// From the settings, setting one later is still possible.
		await stelWachtwoordIn(tab2, WACHTWOORD, SNEL);
		expect(await leesKluis(tab1)).toMatchObject({ modus: 'aan' });
	});

	it('beide tegelijk: precies één keuze telt, en die is wat er staat', async () => {
		const [wachtwoord, zonder] = await Promise.allSettled([
			stelWachtwoordIn(tab1, WACHTWOORD, SNEL, EERSTE),
			kiesZonderWachtwoord(tab2)
		]);
		expect([wachtwoord.status, zonder.status].sort()).toEqual(['fulfilled', 'rejected']);
		const config = await leesKluis(tab1);
		expect(config?.modus).toBe(wachtwoord.status === 'fulfilled' ? 'aan' : 'uit');
	});

	it('twee wachtwoorden tegelijk op het keuzescherm: het tweede wordt geweigerd, het eerste opent', async () => {
		const g = gegevensVoor('school', { pseudoniem: 'Qwxyz' });
		await nieuweCasus(tab1, g);
		const [een, twee] = await Promise.allSettled([
			stelWachtwoordIn(tab1, WACHTWOORD, SNEL, EERSTE),
			stelWachtwoordIn(tab2, ANDER, SNEL, EERSTE)
		]);
		expect([een.status, twee.status].sort()).toEqual(['fulfilled', 'rejected']);
		const gelukt = een.status === 'fulfilled' ? WACHTWOORD : ANDER;
		expect(await opentMet(gelukt, g.id)).toBe('Qwxyz');
	});

	it('twee keer tegelijk wijzigen: één lukt, het andere verandert niets', async () => {
		await stelWachtwoordIn(tab1, WACHTWOORD, SNEL, EERSTE);
		const g = gegevensVoor('school', { pseudoniem: 'Qwxyz' });
		await nieuweCasus(tab1, g);
		expect(await ontgrendel(tab2, WACHTWOORD)).toBe(true);
		const [een, twee] = await Promise.allSettled([
			wijzigWachtwoord(tab1, WACHTWOORD, ANDER, SNEL),
			wijzigWachtwoord(tab2, WACHTWOORD, 'nog een heel ander wachtwoord', SNEL)
		]);
		expect([een.status, twee.status].sort()).toEqual(['fulfilled', 'rejected']);
		const gelukt = een.status === 'fulfilled' ? ANDER : 'nog een heel ander wachtwoord';
		expect(await opentMet(gelukt, g.id)).toBe('Qwxyz');
	});
});
