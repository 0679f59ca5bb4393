/**
 * Issue 14, defect 6: the case header (pseudonym, age, route, start) is outside the chain. On a
 * device that knows the case, a file with another header no longer imports silently: the
 * preview says what differs, and this device's header stays.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { lees } from '$lib/uitwisseling/lezen';
import { bekijk, importeer, kopVerschillen } from '$lib/uitwisseling/importeren';
import { TOT_VRAAG2 } from '../machines/helpers';
import { casusMet, IB, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

describe('een andere kop in het bestand', () => {
	it('wordt in het voorbeeld genoemd, en de kop op dit apparaat blijft', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'KL' });
		const eerst = await lees(await alsTekst(await maakExport(a, { casus: id })));
		if (!eerst.ok) throw new Error(eerst.fout);
		expect((await importeer(b, eerst.bestand, { door: IB, at: NU })).ok).toBe(true);
		expect((await bekijk(b, eerst.bestand)).casussen[0]!.kopVerschilt).toEqual([]);

		// Someone edits the header of the file only.
		const bestand = await maakExport(a, { casus: id });
		bestand.casussen[0]!.casus = { ...bestand.casussen[0]!.casus, pseudoniem: 'XY', leeftijd: 15 };
		const gelezen = await lees(JSON.stringify(bestand));
		if (!gelezen.ok) throw new Error(gelezen.fout);
		const voorbeeld = await bekijk(b, gelezen.bestand);
		expect(voorbeeld.casussen[0]!.kopVerschilt).toEqual([
			'pseudoniem "XY" (hier "KL")',
			'leeftijd 15 (hier 9)'
		]);
		// The preview names the case as this device knows it.
		expect(voorbeeld.casussen[0]!.pseudoniem).toBe('KL');
		expect((await importeer(b, gelezen.bestand, { door: IB, at: NU })).ok).toBe(true);
		expect(await b.casussen.get(id)).toMatchObject({ pseudoniem: 'KL', leeftijd: 9 });
	});

	it('kopVerschillen vergelijkt het begin als moment, niet als tekst', () => {
		const kop = {
			pseudoniem: 'AB',
			leeftijd: 9,
			variant: 'school' as const,
			aangemaakt: '2026-11-23T10:00:00+01:00'
		};
		expect(kopVerschillen(kop, { ...kop, aangemaakt: '2026-11-23T09:00:00.000Z' })).toEqual([]);
		expect(kopVerschillen(kop, { ...kop, variant: 'basismodel' })).toEqual([
			'stappenplan basismodel (hier school)'
		]);
	});
});
