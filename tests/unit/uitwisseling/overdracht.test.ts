/**
 * Hand-offs that made a case unopenable (issue 19.2, 19.3, issue 14 defect 1): every view reads
 * the same effective log, keys what it lists by something unique, and shows every decision and
 * every sign-off once, also after a merge and after a choice between two versions.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { akkoordVan, besluitSleutel } from '$lib/dossier/akkoord-regels';
import { notitieVoor } from '$lib/rapport/notitie';
import { maakRapport, type Rapport, type RapportBeslissing } from '$lib/rapport/rapport';
import { overzichtVan } from '$lib/rapport/overzicht';
import { effectief } from '$lib/dossier/effectief';
import { voegKeuzeToe } from '$lib/uitwisseling/keuze';
import type { Casus } from '$lib/wizard/casus.svelte';
import { ev } from '../machines/voorbeelden';
import { TOT_VRAAG1, TOT_VRAAG2 } from '../machines/helpers';
import { laad } from '../dossier/hulp';
import { IB, NU, tweeApparaten } from './hulp';
import { geefDoor, leg, metCasus } from './overdracht-hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

const op = async (db: DossierDB, id: string): Promise<Casus> => (await laad(db, id))!;

async function rapportOp(db: DossierDB, id: string): Promise<Rapport> {
	const rij = (await db.casussen.get(id))!;
	return maakRapport(rij, await logboekVan(db, id), await controleer(db, id), NU);
}

const items = (r: Rapport) => r.delen.flatMap((d) => d.items);
const beslissingen = (r: Rapport) =>
	items(r).filter((i): i is RapportBeslissing => i.soort === 'beslissing');

function uniek(sleutels: readonly string[]) {
	expect(new Set(sleutels).size).toBe(sleutels.length);
}

/** What the views key their `{#each}` blocks by, per list: each must be unique. */
function sleutelsUniek(casus: Casus, rapport: Rapport) {
	uniek(casus.regels.map(besluitSleutel));
	for (const r of casus.regels)
		uniek((r.correcties ?? []).map((c) => c.hash ?? `#${c.volgnummer}`));
	uniek(casus.stap5.map(besluitSleutel));
	for (const d of rapport.delen) {
		uniek(d.items.map((i) => i.sleutel));
		for (const i of d.items)
			if (i.soort === 'beslissing') uniek(i.correcties.map((c) => c.sleutel));
	}
	uniek(rapport.akkoorden.map((a) => a.sleutel));
}

describe('beide kanten verbeteren dezelfde beslissing en lezen elkaars bestand in (19.2)', () => {
	it('de casus en het rapport openen op beide apparaten, met elke verbetering één keer', async () => {
		const id = await metCasus(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		expect((await (await op(a, id)).corrigeer(1, 'Tekst van A.', 'Preciezer (A).', NU)).ok).toBe(
			true
		);
		expect((await (await op(b, id)).corrigeer(1, 'Tekst van B.', 'Preciezer (B).', NU)).ok).toBe(
			true
		);
		// Both corrections have the same number (the next one after TOT_VRAAG2) on their own device.
		const na = TOT_VRAAG2.length + 1;
		expect((await logboekVan(a, id)).at(-1)).toMatchObject({ soort: 'correctie', volgnummer: na });
		expect((await logboekVan(b, id)).at(-1)).toMatchObject({ soort: 'correctie', volgnummer: na });

		await geefDoor(b, a, id);
		await geefDoor(a, b, id);
		for (const db of [a, b]) {
			const casus = await op(db, id);
			const r = await rapportOp(db, id);
			sleutelsUniek(casus, r);
			const eerste = casus.regels[0]!;
			expect(eerste.correcties!.map((c) => c.tekst).sort()).toEqual([
				'Tekst van A.',
				'Tekst van B.'
			]);
			expect(beslissingen(r)[0]!.correcties).toHaveLength(2);
			expect(casus.geblokkeerd).toBeNull();
		}
	});
});

describe('na een keuze voor de ingevoegde versie (19.3)', () => {
	it('toont het rapport de beslissingen die niet meer gevolgd worden als zodanig', async () => {
		const id = await metCasus(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		await leg(await op(a, id), ev('AFWEGING_2', { antwoord: 'ja' }));
		await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }), ev('AFWEGING_3'));
		await geefDoor(b, a, id);
		const { open } = effectief(await logboekVan(a, id));
		await voegKeuzeToe(a, id, {
			samenvoeging: open!.samenvoeging.hash,
			tak: 'ingevoegd',
			reden: 'Besproken in het zorgoverleg.',
			at: NU,
			door: IB
		});

		const r = await rapportOp(a, id);
		const casus = await op(a, id);
		sleutelsUniek(casus, r);
		const afweging2 = beslissingen(r).filter((i) => i.wat.startsWith('Afweging 2'));
		expect(afweging2.map((i) => [i.wat.endsWith('ja'), i.nietGevolgd !== undefined])).toEqual([
			[true, true],
			[false, false]
		]);
		expect(afweging2[0]!.nietGevolgd).toMatch(
			/^Niet meer gevolgd na de keuze op .* Reden: Besproken/
		);
		expect(afweging2[1]!.samengevoegd).toMatch(/samenvoeging van regel/);
		// The case follows the chosen line, and every decision of both lines is in the report once.
		expect(casus.waar).toMatch(/stap4/);
		expect(beslissingen(r)).toHaveLength(TOT_VRAAG2.length + 3);
		expect(overzichtVan((await a.casussen.get(id))!, await logboekVan(a, id)).wachtOpAkkoord).toBe(
			0
		);
	});

	it('een open keuze: de andere versie staat erin als "telt (nog) niet"', async () => {
		const id = await metCasus(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		await leg(await op(a, id), ev('AFWEGING_2', { antwoord: 'ja' }));
		await leg(await op(b, id), ev('AFWEGING_2', { antwoord: 'nee' }));
		await geefDoor(b, a, id);
		const r = await rapportOp(a, id);
		const niet = beslissingen(r).filter((i) => i.nietGevolgd);
		expect(niet).toHaveLength(1);
		expect(niet[0]!.nietGevolgd).toMatch(/^Telt \(nog\) niet/);
		sleutelsUniek(await op(a, id), r);
	});
});

describe('een akkoord na een overdrachtsketen (issue 14, defect 1)', () => {
	it('blijft zichtbaar op beide apparaten, in elke weergave, ook na het terugsturen', async () => {
		const DIRECTEUR = { rol: 'directeur' as const, naam: 'P. Jansen' };
		const id = await metCasus(a, TOT_VRAAG1);
		await geefDoor(a, b, id);
		// The directeur's device: afweging 1 and 2 (melden: besluit I), then the sign-off.
		const opB = await op(b, id);
		opB.door = DIRECTEUR;
		await leg(opB, ev('AFWEGING_1', { antwoord: 'ja' }), ev('AFWEGING_2', { antwoord: 'ja' }));
		expect(opB.stap5).toHaveLength(1);
		expect(await opB.akkoordGeven(opB.stap5[0]!.volgnummer, 'Eens.', NU)).toEqual({ ok: true });
		// Meanwhile the teacher improves one text.
		const opA = await op(a, id);
		expect((await opA.corrigeer(1, 'Beter verwoord.', 'Preciezer.', NU)).ok).toBe(true);

		expect((await geefDoor(b, a, id)).casussen[0]!.soort).toBe('samenvoegen');
		expect((await geefDoor(a, b, id, DIRECTEUR)).casussen[0]!.soort).toBe('overnemen');
		for (const db of [a, b]) {
			const casus = await op(db, id);
			const r = await rapportOp(db, id);
			const log = await logboekVan(db, id);
			sleutelsUniek(casus, r);
			expect(casus.akkoorden).toHaveLength(1);
			expect(casus.stap5).toHaveLength(1);
			expect(akkoordVan(casus.stap5[0]!, casus.akkoorden)).toMatchObject({ door: DIRECTEUR });
			expect(r.akkoorden).toHaveLength(1);
			expect(r.wachtOpAkkoord).toEqual([]);
			const besluit = beslissingen(r).find((i) => i.wat.startsWith('Afweging 2'))!;
			expect(besluit.akkoord).toMatchObject({ wie: 'Directeur (P. Jansen)' });
			expect(besluit.samengevoegd ?? '').not.toMatch(/ander apparaat/);
			expect(overzichtVan((await db.casussen.get(id))!, log).wachtOpAkkoord).toBe(0);
			expect(casus.regels[0]!.correcties).toHaveLength(1);
			const notitie = notitieVoor(
				r,
				r.delen.find((d) => d.sleutel === 'stap4')!,
				{
					leerlingvolgsysteem: 'LVS'
				}
			);
			expect(notitie).toContain('Akkoord gegeven: Directeur (P. Jansen)');
		}
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
	});
});
