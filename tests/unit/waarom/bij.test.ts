/**
 * WaaromBij keeps "Waarom deze uitkomst?" up to date on the case page without replaying the
 * whole log on every step change (issue 15): an appended decision is the only one stepped through
 * the machine, and every answer equals waaromUit over the same decisions.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WaaromBij, waaromUit } from '$lib/waarom/keten';
import { Casus } from '$lib/wizard/casus.svelte';
import { TOT_HULP, TOT_VRAAG1, TOT_VRAAG2 } from '../machines/helpers';
import { gegevensBij, gegevensVoor } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';

function casusTot(events: typeof TOT_HULP) {
	const casus = new Casus(gegevensVoor('school'));
	for (const e of events) expect(casus.verstuur(e, gegevensBij(e))).toEqual({ ok: true });
	return casus;
}

describe('waarom, stap voor stap bijgehouden', () => {
	it('stapt bij een nieuwe beslissing alleen die ene door de statechart', () => {
		const casus = casusTot(TOT_VRAAG1);
		const bij = new WaaromBij();
		expect(bij.bij(casus.gegevens, casus.regels)).toEqual(waaromUit(casus.gegevens, casus.regels));
		expect(bij.gestapt).toBe(TOT_VRAAG1.length);
		for (const e of TOT_HULP.slice(TOT_VRAAG1.length)) {
			const voor = bij.gestapt;
			expect(casus.verstuur(e, gegevensBij(e))).toEqual({ ok: true });
			expect(bij.bij(casus.gegevens, casus.regels)).toEqual(
				waaromUit(casus.gegevens, casus.regels)
			);
			expect(bij.gestapt - voor).toBe(1);
		}
	});

	it('neemt een verbetering van een oude beslissing over zonder opnieuw af te spelen', async () => {
		const casus = casusTot(TOT_VRAAG2);
		const bij = new WaaromBij();
		bij.bij(casus.gegevens, casus.regels);
		const gestapt = bij.gestapt;
		expect(await casus.corrigeer(3, 'Met J. de Vries besproken.', 'naam vergeten', LATER)).toEqual({
			ok: true
		});
		const w = bij.bij(casus.gegevens, casus.regels);
		expect(w).toEqual(waaromUit(casus.gegevens, casus.regels));
		expect(w.schakels.find((s) => s.volgnummer === 3)).toMatchObject({
			toelichting: 'Met J. de Vries besproken.',
			gecorrigeerd: true
		});
		expect(bij.gestapt).toBe(gestapt);
	});

	it('begint opnieuw bij een andere casus of andere beslissingen (herladen, samengevoegd)', () => {
		const a = casusTot(TOT_HULP);
		const b = casusTot(TOT_VRAAG2);
		const bij = new WaaromBij();
		bij.bij(a.gegevens, a.regels);
		expect(bij.bij(b.gegevens, b.regels)).toEqual(waaromUit(b.gegevens, b.regels));
		// The same case, read again: other objects, same content, so the same answer.
		const herladen = new Casus(a.gegevens, JSON.parse(JSON.stringify(a.regels)));
		bij.bij(a.gegevens, a.regels);
		expect(bij.bij(herladen.gegevens, herladen.regels.slice(0, 4))).toEqual(
			waaromUit(herladen.gegevens, herladen.regels.slice(0, 4))
		);
	});
});
