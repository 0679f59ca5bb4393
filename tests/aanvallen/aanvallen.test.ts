/**
 * Runs the attack corpus (aanvallen.ts and bestanden/) through the real reading and import
 * functions, against a dossier that already holds this case (an earlier copy, so merges are
 * tried) and one of its own. For each attack: refused with a Dutch message and nothing written,
 * or (an unknown entry kind) imported and shown for what it is; never a crash, in the import or
 * in any view of what is in the dossier afterwards. The figures are printed and written to
 * `uitslag-benoemd.json` for the README.
 */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { casusUit } from '$lib/dossier/open.svelte';
import { maakRapport } from '$lib/rapport/rapport';
import { overzichtVan } from '$lib/rapport/overzicht';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import type { Exportbestand } from '$lib/uitwisseling/formaat';
import { bekijk, importeer } from '$lib/uitwisseling/importeren';
import { lees, ONVERWACHT } from '$lib/uitwisseling/lezen';
import { TOT_HULP } from '../unit/machines/helpers';
import { ev } from '../unit/machines/voorbeelden';
import { nieuweDB, weg } from '../unit/dossier/hulp';
import { casusMet, dump, IB, NU } from '../unit/uitwisseling/hulp';
import { AANVALLEN, herketen, type Bestand } from './aanvallen';

const MAP = import.meta.dirname;

let bron: DossierDB;
let doel: DossierDB;
let basis: Bestand;

beforeAll(async () => {
	bron = nieuweDB();
	doel = nieuweDB();
	const { id, casus } = await casusMet(bron, TOT_HULP, { pseudoniem: 'AV' });
	// The sound case: every kind of entry an attack aims at (decisions, a correction, a sign-off).
	const basisVoor = await alsTekst(await maakExport(bron, { casus: id }));
	expect((await casus.corrigeer(2, 'Beter verwoord.', 'Preciezer.', NU)).ok).toBe(true);
	casus.door = { rol: 'directeur', naam: 'P. Jansen' };
	expect((await casus.akkoordGeven(casus.stap5.at(-1)!.volgnummer, 'Eens.', NU)).ok).toBe(true);
	basis = JSON.parse(await alsTekst(await maakExport(bron, { casus: id })));
	// The target knows the case as it was before the correction and the sign-off.
	const eerder = await lees(basisVoor);
	if (!eerder.ok) throw new Error(eerder.fout);
	expect((await importeer(doel, eerder.bestand, { door: IB, at: NU })).ok).toBe(true);
	await casusMet(doel, [ev('START_STAPPENPLAN')], { pseudoniem: 'EIGEN' });
});
afterAll(async () => {
	await weg(bron);
	await weg(doel);
});

interface Uitkomst {
	naam: string;
	verwacht: 'geweigerd' | 'gemarkeerd';
	uitslag: 'geweigerd' | 'ingelezen' | 'crash';
	melding: string;
	geschreven: boolean;
}

/** Every view of every case in the dossier, as the pages build them: none may throw. */
async function allesTonen(db: DossierDB): Promise<void> {
	for (const rij of await db.casussen.toArray()) {
		const log = await logboekVan(db, rij.id);
		maakRapport(rij, log, await controleer(db, rij.id), NU);
		overzichtVan(rij, log);
		await casusUit(db, rij.id);
	}
}

async function probeer(
	naam: string,
	verwacht: Uitkomst['verwacht'],
	tekst: string,
	db: DossierDB = doel,
	kijk?: (b: Exportbestand) => Promise<void>
) {
	const voor = await dump(db);
	try {
		const gelezen = await lees(tekst);
		if (gelezen.ok) await kijk?.(gelezen.bestand);
		const r = gelezen.ok ? await importeer(db, gelezen.bestand, { door: IB, at: NU }) : gelezen;
		await allesTonen(db);
		const na = await dump(db);
		if (r.ok) return { naam, verwacht, uitslag: 'ingelezen', melding: '', geschreven: na !== voor };
		const crash = r.fout === ONVERWACHT || /TypeError|undefined|\[object|Cannot read/.test(r.fout);
		return {
			naam,
			verwacht,
			uitslag: crash ? 'crash' : 'geweigerd',
			melding: r.fout,
			geschreven: na !== voor
		} satisfies Uitkomst;
	} catch (e) {
		return { naam, verwacht, uitslag: 'crash', melding: String(e), geschreven: false };
	}
}

const BESTANDEN = readdirSync(join(MAP, 'bestanden')).sort();
const uit: Uitkomst[] = [];

function beoordeel(u: Uitkomst) {
	uit.push(u);
	expect(u.uitslag, `${u.naam}: ${u.melding}`).toBe(
		u.verwacht === 'geweigerd' ? 'geweigerd' : 'ingelezen'
	);
	if (u.uitslag === 'geweigerd') expect(u.melding, u.naam).toMatch(/bestand|casus|regel/i);
	expect(u.uitslag !== 'ingelezen' && u.geschreven, `${u.naam} schreef bij weigering`).toBe(false);
}

describe('aanvalscorpus', () => {
	it.each(BESTANDEN)('bestanden/%s: geweigerd, niets geschreven', async (bestand) => {
		const tekst = readFileSync(join(MAP, 'bestanden', bestand), 'utf8');
		beoordeel((await probeer(`bestanden/${bestand}`, 'geweigerd', tekst)) as Uitkomst);
	});

	it.each(AANVALLEN.map((a) => [a.naam, a] as const))('%s', async (_naam, a) => {
		const b = structuredClone(basis);
		a.maak(b.casussen[0]!, b);
		await herketen(b.casussen[0]!);
		const beoordeelAanval = (u: Uitkomst) => {
			beoordeel(u);
			if (a.melding) expect(u.melding, a.naam).toMatch(a.melding);
		};
		if (a.apparaat !== 'nieuw')
			return beoordeelAanval((await probeer(a.naam, a.verwacht, JSON.stringify(b))) as Uitkomst);
		const nieuw = nieuweDB();
		try {
			// What is let in must say so before it is: the preview flags a header outside the chain.
			const kijk = async (bestand: Exportbestand) => {
				const c = (await bekijk(nieuw, bestand)).casussen[0]!;
				if (!c.kopInKeten)
					expect(c.kopBuitenKeten, a.naam).toMatch(/niet onder de gecontroleerde keten/);
			};
			beoordeelAanval(
				(await probeer(a.naam, a.verwacht, JSON.stringify(b), nieuw, kijk)) as Uitkomst
			);
		} finally {
			await weg(nieuw);
		}
	});

	it('de cijfers: alles geprobeerd, 0 crashes, 0 keer geschreven bij een weigering', () => {
		const cijfers = {
			aanvallen: uit.length,
			geweigerd: uit.filter((u) => u.uitslag === 'geweigerd').length,
			gemarkeerd: uit.filter((u) => u.uitslag === 'ingelezen' && u.verwacht === 'gemarkeerd')
				.length,
			crashes: uit.filter((u) => u.uitslag === 'crash').length,
			schrijvenBijWeigering: uit.filter((u) => u.uitslag !== 'ingelezen' && u.geschreven).length
		};
		writeFileSync(join(MAP, 'uitslag-benoemd.json'), `${JSON.stringify(cijfers, null, '\t')}\n`);
		console.log('Aanvalscorpus (benoemd):', cijfers);
		expect(cijfers).toEqual({
			aanvallen: BESTANDEN.length + AANVALLEN.length,
			geweigerd: BESTANDEN.length + AANVALLEN.filter((a) => a.verwacht === 'geweigerd').length,
			gemarkeerd: AANVALLEN.filter((a) => a.verwacht === 'gemarkeerd').length,
			crashes: 0,
			schrijvenBijWeigering: 0
		});
	});

	it('een gemarkeerde regel staat in het rapport als soort die deze versie niet kent', async () => {
		const rij = (await doel.casussen.get(basis.casussen[0]!.casus.id as string))!;
		const log = await logboekVan(doel, rij.id);
		const r = maakRapport(rij, log, await controleer(doel, rij.id), NU);
		const items = r.delen.flatMap((d) => d.items);
		expect(
			items.some((i) =>
				i.wat.includes('soort die deze versie van de app niet kent ("constructor")')
			)
		).toBe(true);
	});
});
