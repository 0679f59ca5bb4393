import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan } from '$lib/dossier/dossier';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { lees } from '$lib/uitwisseling/lezen';
import { ITERATIES, ontsleutel, versleutel } from '$lib/uitwisseling/versleuteling';
import { TOT_VRAAG2 } from '../machines/helpers';
import { casusMet, dump, leesEnImporteer, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

const WACHTWOORD = 'correct paard batterij nietje';

describe('versleuteld exporteren', () => {
	it('AES-GCM met PBKDF2 (600.000 keer), willekeurig zout en IV; terug te lezen met het wachtwoord', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2, { pseudoniem: 'GEHEIM' });
		const tekst = await alsTekst(await maakExport(a, { casus: id }), WACHTWOORD);
		const envelop = JSON.parse(tekst);
		expect(envelop).toMatchObject({
			format: 'meldcodewijzer-versleuteld',
			versie: 1,
			kdf: { naam: 'PBKDF2-SHA256', iteraties: ITERATIES }
		});
		expect(ITERATIES).toBeGreaterThanOrEqual(600_000);
		expect(atob(envelop.kdf.zout)).toHaveLength(16);
		expect(atob(envelop.iv)).toHaveLength(12);
		expect(tekst).not.toContain('GEHEIM');
		// Twice the same content: different salt, IV and ciphertext.
		const nog = JSON.parse(await alsTekst(await maakExport(a, { casus: id }), WACHTWOORD));
		expect(nog.kdf.zout).not.toBe(envelop.kdf.zout);
		expect(nog.iv).not.toBe(envelop.iv);
		expect(nog.data).not.toBe(envelop.data);

		expect(await lees(tekst)).toMatchObject({ ok: false, wachtwoordNodig: true });
		const r = await leesEnImporteer(b, tekst, { wachtwoord: WACHTWOORD });
		expect(r).toMatchObject({ ok: true, overzicht: { nieuw: 1 } });
		expect(await logboekVan(b, id)).toEqual(await logboekVan(a, id));
	});

	it('een verkeerd wachtwoord of een gewijzigde byte: een duidelijke melding, niets geschreven', async () => {
		const { id } = await casusMet(a, TOT_VRAAG2);
		const tekst = await alsTekst(await maakExport(a, { casus: id }), WACHTWOORD);
		const voor = await dump(b);
		const fout = await leesEnImporteer(b, tekst, { wachtwoord: 'iets anders dan het was' });
		expect(fout).toMatchObject({
			ok: false,
			fout: expect.stringMatching(/^Het wachtwoord klopt niet.*Er is niets ingelezen/)
		});
		const envelop = JSON.parse(tekst);
		const bytes = atob(envelop.data);
		const anders =
			bytes.slice(0, 10) + String.fromCharCode(bytes.charCodeAt(10) ^ 1) + bytes.slice(11);
		const gewijzigd = JSON.stringify({ ...envelop, data: btoa(anders) });
		expect(await leesEnImporteer(b, gewijzigd, { wachtwoord: WACHTWOORD })).toMatchObject({
			ok: false,
			fout: expect.stringMatching(
				/wachtwoord klopt niet, of het versleutelde bestand is beschadigd/
			)
		});
		expect(await dump(b)).toBe(voor);
	});

	it('ontsleutelen geeft precies de tekst terug, ook met lage rekenlast voor de test', async () => {
		const e = await versleutel('{"a":"é ✓"}', 'x'.repeat(12), 100_000);
		expect(await ontsleutel(e, 'x'.repeat(12))).toEqual({ ok: true, tekst: '{"a":"é ✓"}' });
	});
});
