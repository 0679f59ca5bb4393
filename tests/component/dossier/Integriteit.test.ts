import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';
import Integriteit from '$lib/components/dossier/Integriteit.svelte';
import { DossierDB } from '$lib/dossier/db';
import { metHash } from '$lib/dossier/keten';
import { koppelAanDossier } from '$lib/dossier/koppeling.svelte';
import { GENESIS, type BeslissingRecord, type CorrectieRecord } from '$lib/dossier/types';
import { Casus, type Opslag } from '$lib/wizard/casus.svelte';
import type { LogRegel } from '$lib/logboek/logboek';

let db: DossierDB;
afterEach(async () => {
	await db?.delete({ disableAutoOpen: true });
});

/** One decision as the dossier stores it, chained to the previous hash. */
function rij(caseId: string, regel: LogRegel, vorigeHash: string): Promise<BeslissingRecord> {
	// A case's decisions are reactive proxies: store plain copies, as IndexedDB needs.
	const r = JSON.parse(JSON.stringify(regel)) as LogRegel;
	return metHash<BeslissingRecord>({
		soort: 'beslissing',
		caseId,
		volgnummer: r.volgnummer,
		at: r.beslissing.at,
		door: r.door,
		beslissing: r.beslissing,
		vorigeHash
	});
}

/** The hash-chained rows of these decisions. */
async function rijen(caseId: string, regels: readonly LogRegel[]): Promise<BeslissingRecord[]> {
	const uit: BeslissingRecord[] = [];
	for (const r of regels) uit.push(await rij(caseId, r, uit.at(-1)?.hash ?? GENESIS));
	return uit;
}

/** Appends to the chain in the database, the way the dossier's Opslag does. */
function opslagIn(database: DossierDB, caseId: string): Opslag {
	const vorige = async () =>
		(await database.logboek.where('caseId').equals(caseId).sortBy('volgnummer')).at(-1)?.hash ??
		GENESIS;
	return {
		async beslissing(regel) {
			await database.logboek.add(await rij(caseId, regel, await vorige()));
		},
		async correctie(c) {
			await database.logboek.add(
				await metHash<CorrectieRecord>({
					soort: 'correctie',
					caseId,
					...c,
					vorigeHash: await vorige()
				})
			);
		}
	};
}

describe('Integriteit', () => {
	it('controleert de keten bij het tonen en na elke beslissing of verbetering', async () => {
		db = new DossierDB(`integriteit-${crypto.randomUUID()}`);
		const eerder = casusNa([ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD')]);
		await db.logboek.bulkAdd(await rijen('t', eerder.regels));
		const casus = new Casus(eerder.gegevens, eerder.regels, { opslag: opslagIn(db, 't') });
		koppelAanDossier(casus, db);
		render(Integriteit, { props: { casus } });

		expect(
			await screen.findByText('Integriteit gecontroleerd: 2 regels, de keten klopt.')
		).toBeVisible();
		expect(await casus.vastleggen(ev('CONSULTATIE'))).toEqual({ ok: true });
		expect(
			await screen.findByText('Integriteit gecontroleerd: 3 regels, de keten klopt.')
		).toBeVisible();
		expect(await casus.corrigeer(1, 'Nieuwe tekst.', 'Aangevuld.', ev('CONSULTATIE').at)).toEqual({
			ok: true
		});
		expect(
			await screen.findByText('Integriteit gecontroleerd: 4 regels, de keten klopt.')
		).toBeVisible();
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('noemt de regel en de reden als de keten niet klopt', async () => {
		db = new DossierDB(`integriteit-${crypto.randomUUID()}`);
		const casus = casusNa([ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD'), ev('CONSULTATIE')]);
		const [een, twee, drie] = await rijen('t', casus.regels);
		// Entry 2 changed afterwards (in devtools, say): its text no longer matches its hash.
		const veranderd = {
			...twee!,
			beslissing: { ...twee!.beslissing, toelichting: 'Achteraf anders opgeschreven.' }
		};
		await db.logboek.bulkAdd([een!, veranderd, drie!]);
		koppelAanDossier(casus, db);
		render(Integriteit, { props: { casus } });

		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(
			'Integriteit gecontroleerd: de keten klopt niet bij regel 2. Regel 2 is gewijzigd nadat hij werd vastgelegd.'
		);
	});

	it('merkt het als de laatste regels ontbreken', async () => {
		db = new DossierDB(`integriteit-${crypto.randomUUID()}`);
		const casus = casusNa([ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD'), ev('CONSULTATIE')]);
		const alle = await rijen('t', casus.regels);
		await db.casussen.add({
			...casus.gegevens,
			zoeknaam: 'ab',
			bijgewerkt: casus.gegevens.aangemaakt,
			status: 'open',
			uitkomst: null,
			volgendeDatum: null,
			volgendeWat: null,
			aantalRegels: 3,
			laatsteHash: alle[2]!.hash
		});
		// Entry 3 was cut off: what is left is a valid chain on its own.
		await db.logboek.bulkAdd(alle.slice(0, 2));
		koppelAanDossier(casus, db);
		render(Integriteit, { props: { casus } });

		expect(await screen.findByRole('alert')).toHaveTextContent(
			'de keten klopt niet bij regel 3. Het logboek eindigt bij regel 2, maar er waren 3 regels'
		);
	});

	it('toont niets voor een casus zonder dossier', async () => {
		render(Integriteit, { props: { casus: casusNa([ev('START_STAPPENPLAN')]) } });
		await new Promise((r) => setTimeout(r, 50));
		expect(screen.queryByText(/Integriteit/)).toBeNull();
	});
});
