/**
 * Issue 19.2 in the components themselves: after two devices corrected the same decision and
 * imported each other's file, the history and the report render (Svelte refuses an `{#each}`
 * with a duplicate key, which left the page on "Casus laden…" and "Rapport laden…").
 */
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import Rapport from '$lib/components/rapport/Rapport.svelte';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan } from '$lib/dossier/dossier';
import { maakRapport } from '$lib/rapport/rapport';
import { TOT_VRAAG2 } from '../../unit/machines/helpers';
import { laad } from '../../unit/dossier/hulp';
import { NU, tweeApparaten } from '../../unit/uitwisseling/hulp';
import { geefDoor, metCasus } from '../../unit/uitwisseling/overdracht-hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

describe('twee verbeteringen met hetzelfde nummer, van twee apparaten', () => {
	it('de geschiedenis en het rapport tonen ze allebei', async () => {
		const id = await metCasus(a, TOT_VRAAG2);
		await geefDoor(a, b, id);
		expect((await (await laad(a, id))!.corrigeer(1, 'Tekst van A.', 'Reden A.', NU)).ok).toBe(true);
		expect((await (await laad(b, id))!.corrigeer(1, 'Tekst van B.', 'Reden B.', NU)).ok).toBe(true);
		await geefDoor(b, a, id);

		const casus = (await laad(a, id))!;
		render(Geschiedenis, { props: { casus } });
		expect(screen.getAllByText(/^Verbetering \d/)).toHaveLength(2);

		const rij = (await a.casussen.get(id))!;
		const log = await logboekVan(a, id);
		render(Rapport, { props: { rapport: maakRapport(rij, log, await controleer(a, id), NU) } });
		expect(screen.getAllByText(/^Correctie \d/)).toHaveLength(2);
	});
});
