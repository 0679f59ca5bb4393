import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { CasusRecord } from '$lib/dossier/types';
import { notitieVoor } from '$lib/rapport/notitie';
import { maakRapport, type Rapport } from '$lib/rapport/rapport';
import { TOT_HULP } from '../machines/helpers';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';
let db: DossierDB;
let rij: CasusRecord;
let rapport: Rapport;

beforeEach(async () => {
	db = nieuweDB();
	rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem: 'RP' }));
	const casus = (await laad(db, rij.id))!;
	await legVast(casus, TOT_HULP);
	await casus.corrigeer(3, 'Met J. de Vries besproken.', 'naam vergeten', LATER);
	casus.door = { rol: 'directeur', naam: 'P. Jansen' };
	await casus.akkoordGeven(10, 'Eens.', LATER);
	rapport = maakRapport(rij, await logboekVan(db, rij.id), await controleer(db, rij.id), LATER);
});
afterEach(() => weg(db));

const deel = (sleutel: string) => rapport.delen.find((d) => d.sleutel === sleutel)!;

describe('de notitie voor het leerlingvolgsysteem', () => {
	it('begint met de naam van het systeem uit de instellingen, de leerling en de stap', () => {
		const tekst = notitieVoor(rapport, deel('stap2'), {
			leerlingvolgsysteem: 'ParnasSys',
			organisatie: 'De Regenboog'
		});
		expect(tekst.split('\n').slice(0, 5)).toEqual([
			'Notitie voor ParnasSys',
			'Meldcode huiselijk geweld en kindermishandeling, De Regenboog',
			'Leerling: RP (9 jaar)',
			'Stap 2: collegiale consultatie',
			''
		]);
	});

	it('valt terug op "het leerlingvolgsysteem" als de naam leeg is', () => {
		const tekst = notitieVoor(rapport, deel('start'), { leerlingvolgsysteem: '  ' });
		expect(tekst.split('\n')[0]).toBe('Notitie voor het leerlingvolgsysteem');
		expect(tekst.split('\n')[1]).toBe('Meldcode huiselijk geweld en kindermishandeling');
	});

	it('geeft per beslissing wie, wat, de toelichting (verbeterd) en de bron, als platte tekst', () => {
		const tekst = notitieVoor(rapport, deel('stap2'), { leerlingvolgsysteem: 'ParnasSys' });
		expect(tekst).toContain('Stap 2: collegiale consultatie\nDoor: Leerkracht');
		expect(tekst).toContain('Met wie: J. de Vries');
		expect(tekst).toContain('Toelichting: Met J. de Vries besproken.');
		expect(tekst).toMatch(/\(Toelichting verbeterd op .* reden: naam vergeten\./);
		expect(tekst).toContain('Bron: meldcode, stap 2, collegiale consultatie');
		expect(tekst).toMatch(/Logboek gecontroleerd: keten intact\.$/);
		expect(tekst).not.toMatch(/[<>*#]/);
	});

	it('stap 1: feiten en hypothesen apart, met hun herkomst', () => {
		const tekst = notitieVoor(rapport, deel('stap1'), { leerlingvolgsysteem: 'ParnasSys' });
		expect(tekst).toContain('Feit: Komt zonder jas op school. (bron: Eigen waarneming)');
		expect(tekst).toContain('Hypothese: Mogelijk geen geld thuis. (bron: Collega)');
	});

	it('stap 4: het besluit met het akkoord van de directeur', () => {
		const tekst = notitieVoor(rapport, deel('stap4'), { leerlingvolgsysteem: 'ParnasSys' });
		expect(tekst).toContain('Casemanager (regiehouder): IB-er');
		expect(tekst).toMatch(/Akkoord gegeven: Directeur \(P\. Jansen\), .*\. Eens\./);
	});

	it('zegt het als de keten niet klopt', () => {
		const gebroken = { ...rapport, integriteit: { ok: false, tekst: '' } };
		expect(notitieVoor(gebroken, deel('start'), { leerlingvolgsysteem: 'X' })).toMatch(
			/Let op: de controle van het logboek vond een breuk\.$/
		);
	});
});
