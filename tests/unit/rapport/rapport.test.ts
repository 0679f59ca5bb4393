import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { maakRapport, type RapportBeslissing } from '$lib/rapport/rapport';
import { TERMIJN_WAT } from '$lib/dossier/termijnen';
import { datumTekst } from '$lib/wizard/tijd';
import { TOT_HULP } from '../machines/helpers';
import { TERMIJN } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';

let db: DossierDB;
let rij: CasusRecord;

beforeEach(async () => {
	db = nieuweDB();
	rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem: 'RP' }));
	const casus = (await laad(db, rij.id))!;
	await legVast(casus, TOT_HULP);
	expect(
		await casus.corrigeer(3, 'Met J. de Vries (AF) besproken.', 'naam vergeten', LATER)
	).toEqual({
		ok: true
	});
	casus.door = { rol: 'directeur', naam: 'P. Jansen' };
	expect(await casus.akkoordGeven(10, 'Eens.', LATER)).toEqual({ ok: true });
});
afterEach(() => weg(db));

async function rapport(log?: LogRecord[]) {
	const l = log ?? (await logboekVan(db, rij.id));
	return maakRapport(rij, l, await controleer(db, rij.id), LATER);
}

const beslissingen = (r: Awaited<ReturnType<typeof rapport>>) =>
	r.delen.flatMap((d) => d.items).filter((i): i is RapportBeslissing => i.soort === 'beslissing');

describe('het rapport van een casus', () => {
	it('heeft elke stap als deel, elke beslissing met toelichting en bron', async () => {
		const r = await rapport();
		expect(r.pseudoniem).toBe('RP');
		expect(r.delen.map((d) => d.sleutel)).toEqual(['start', 'stap1', 'stap2', 'stap3', 'stap4']);
		expect(beslissingen(r)).toHaveLength(10);
		for (const b of beslissingen(r)) {
			expect(b.toelichting).not.toBe('');
			expect(b.bron).toMatch(/^meldcode, /);
		}
		expect(r.uitkomst).toBe('Hulp loopt');
		// What is due, from the same function as the case list and the calendar.
		expect(r.termijnen).toEqual([`${TERMIJN_WAT['afweging-5']}, ${datumTekst(TERMIJN)}`]);
		expect(r.integriteit).toEqual({
			ok: true,
			tekst: expect.stringMatching(/^Keten intact: 12 regels gecontroleerd/)
		});
	});

	it('noemt bij elk antwoord met wie het is besproken, en bij afweging 4 de afspraken (regel 5 en 6)', async () => {
		const vraag4 = beslissingen(await rapport()).find((b) => b.volgnummer === 10)!;
		expect(vraag4.details).toEqual(
			expect.arrayContaining([
				['Afgesproken resultaten', 'Geen nieuwe blauwe plekken; leerling komt op tijd.'],
				['Rollen en taken', 'IB-er coördineert, ouders gaan naar opvoedondersteuning.'],
				['Besproken met', 'J. de Vries (aandachtsfunctionaris)']
			])
		);
	});

	it('toont een correctie als correctie, met de oorspronkelijke tekst erbij', async () => {
		const consultatie = beslissingen(await rapport()).find((b) => b.volgnummer === 3)!;
		expect(consultatie.toelichting).toBe('Met J. de Vries (AF) besproken.');
		expect(consultatie.oorspronkelijk).toBe('Omdat de feiten dit laten zien.');
		expect(consultatie.correcties).toMatchObject([{ volgnummer: 11, reden: 'naam vergeten' }]);
		expect(consultatie.details).toEqual(
			expect.arrayContaining([
				['Met wie', 'J. de Vries'],
				['Anoniem advies van Veilig Thuis', 'ja']
			])
		);
	});

	it('houdt feiten en hypothesen uit elkaar, elk met de herkomst', async () => {
		const stap1 = beslissingen(await rapport()).find((b) => b.volgnummer === 2)!;
		expect(stap1.waarnemingen).toEqual([
			{ soort: 'feit', tekst: 'Komt zonder jas op school.', herkomst: 'Eigen waarneming' },
			{ soort: 'hypothese', tekst: 'Mogelijk geen geld thuis.', herkomst: 'Collega' }
		]);
	});

	it('noemt het akkoord van de directeur bij het besluit dat het tekent', async () => {
		const r = await rapport();
		const hulp = beslissingen(r).find((b) => b.volgnummer === 10)!;
		expect(hulp.akkoord).toMatchObject({ wie: 'Directeur (P. Jansen)', notitie: 'Eens.' });
		expect(r.wachtOpAkkoord).toEqual([]);
		expect(r.akkoorden).toHaveLength(1);
	});

	it('toont regels van een onbekende soort op hun plaats, zonder te breken', async () => {
		const log = await logboekVan(db, rij.id);
		const vreemd = {
			...log.at(-1)!,
			soort: 'toekomstig',
			volgnummer: 13,
			door: { rol: 'ib-er', naam: 'K' }
		} as unknown as LogRecord;
		const r = await rapport([...log, vreemd]);
		const laatste = r.delen.at(-1)!.items.at(-1)!;
		expect(laatste).toMatchObject({
			soort: 'onbekend',
			volgnummer: 13,
			wie: 'Intern begeleider (IB-er) (K)'
		});
		expect(laatste.wat).toContain('"toekomstig"');
	});

	it('zegt het als de keten niet klopt', async () => {
		const log = await logboekVan(db, rij.id);
		const r = maakRapport(
			rij,
			log,
			{ ok: false, volgnummer: 4, positie: 4, reden: 'Regel 4 is gewijzigd.' },
			LATER
		);
		expect(r.integriteit.ok).toBe(false);
		expect(r.integriteit.tekst).toMatch(/^Keten verbroken bij regel 4: Regel 4 is gewijzigd\./);
	});
});
