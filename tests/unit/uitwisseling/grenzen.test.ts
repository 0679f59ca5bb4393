/**
 * One set of limits (issue 19.5): what the app lets a person type, its own export brings back.
 * Exported and re-imported at each limit; one character more is refused where it is typed, in
 * Dutch, before anything is stored.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { GRENZEN, normaliseerPseudoniem, pseudoniemProblemen } from '$lib/dossier/grenzen';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { TOT_HULP } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad } from '../dossier/hulp';
import { casusMet, leesEnImporteer, NU, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

const vol = (n: number) => 'x'.repeat(n);

describe('precies op de grens: exporteren en weer inlezen', () => {
	it('pseudoniem, toelichting, verbetering, naam en opmerking van het akkoord', async () => {
		const [eerste, ...rest] = TOT_HULP;
		const { id, casus } = await casusMet(
			a,
			[{ ...eerste!, toelichting: vol(GRENZEN.tekst) }, ...rest],
			{ pseudoniem: 'P'.repeat(GRENZEN.pseudoniem) }
		);
		const r = await casus.corrigeer(2, vol(GRENZEN.tekst), vol(GRENZEN.tekst), NU);
		expect(r).toEqual({ ok: true });
		casus.door = { rol: 'directeur', naam: 'N'.repeat(GRENZEN.naam) };
		const stap5 = casus.stap5.at(-1)!;
		expect(await casus.akkoordGeven(stap5.volgnummer, vol(GRENZEN.tekst), NU)).toEqual({
			ok: true
		});

		const tekst = await alsTekst(await maakExport(a, { alle: true }));
		const terug = await leesEnImporteer(b, tekst);
		expect(terug).toMatchObject({ ok: true, overzicht: { nieuw: 1 } });
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
		expect((await b.casussen.get(id))!.pseudoniem).toHaveLength(GRENZEN.pseudoniem);
	});
});

describe('één teken te veel: geweigerd waar het wordt getypt', () => {
	it('een pseudoniem van 41 tekens', async () => {
		const g = gegevensVoor('school', { pseudoniem: 'P'.repeat(GRENZEN.pseudoniem + 1) });
		expect(pseudoniemProblemen(g.pseudoniem)).toEqual([
			expect.stringMatching(/^Het pseudoniem is te lang \(41 tekens; de grens is 40\)/)
		]);
		await expect(nieuweCasus(a, g)).rejects.toThrow(/te lang/);
		expect(await a.casussen.count()).toBe(0);
	});

	it('een toelichting, verbetering, reden of opmerking van 100.001 tekens', async () => {
		const { id, casus } = await casusMet(a, TOT_HULP);
		const voor = await logboekVan(a, id);
		const te = vol(GRENZEN.tekst + 1);
		const besluit = await casus.vastleggen(ev('AFWEGING_5', { toelichting: te }));
		expect(besluit).toEqual({
			ok: false,
			problemen: [
				expect.stringMatching(
					/^De toelichting is te lang \(100\.001 tekens; de grens is 100\.000\)/
				)
			]
		});
		expect((await casus.corrigeer(2, te, 'reden', NU)).ok).toBe(false);
		expect((await casus.corrigeer(2, 'tekst', te, NU)).ok).toBe(false);
		casus.door = { rol: 'directeur', naam: 'P. Jansen' };
		const r = await casus.akkoordGeven(casus.stap5.at(-1)!.volgnummer, te, NU);
		expect(r).toMatchObject({
			ok: false,
			problemen: [expect.stringMatching(/opmerking is te lang/)]
		});
		expect(await logboekVan(a, id)).toEqual(voor);
		expect((await laad(a, id))!.regels).toHaveLength(TOT_HULP.length);
	});
});

describe('onzichtbare pseudoniemen (19.11)', () => {
	it.each([
		['alleen zero-width', '\u200b\u200b\u200b'],
		['alleen richting omdraaien', '\u202e\u202d'],
		['een letter met richting omdraaien', 'A\u202eB'],
		['Hangul-vulteken', '\u3164\u3164'],
		['braille-spatie', '\u2800'],
		['een joiner tussen letters', 'A\u200dB'],
		['alleen spaties', ' \u00a0\u2003 '],
		['alleen een combinerend accent', '\u0301']
	])('%s: geweigerd met een Nederlandse melding', (_naam, p) => {
		expect(pseudoniemProblemen(p)).toEqual([expect.stringMatching(/^(Het pseudoniem|Vul)/)]);
	});

	it('gewone namen mogen, en worden als NFC bewaard', async () => {
		for (const p of ['AB', 'J.d.V.', 'Zoë', 'Ø-12', 'Élodie 7'])
			expect(pseudoniemProblemen(p)).toEqual([]);
		const ontleed = 'Zoe\u0308';
		expect(normaliseerPseudoniem(` ${ontleed} `)).toBe('Zo\u00eb');
		const rij = await nieuweCasus(a, gegevensVoor('school', { pseudoniem: ontleed }));
		expect(rij.pseudoniem).toBe('Zo\u00eb');
	});
});
