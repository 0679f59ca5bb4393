/**
 * Defect 3 of issue 14: an IB-er who switches "Je werkt als" to Directeur to record the
 * directeur's akkoord (typing his name) kept the directeur's name for her own later decisions.
 * The name in the akkoord form names that entry only; who works on the case stays who she is.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AkkoordDirecteur from '$lib/components/rapport/AkkoordDirecteur.svelte';
import HulpLoopt from '$lib/components/stappen/HulpLoopt.svelte';
import JeWerktAls from '$lib/components/wizard/JeWerktAls.svelte';
import type { Akkoord } from '$lib/dossier/akkoord-regels';
import { Casus, type Opslag } from '$lib/wizard/casus.svelte';
import { leesGebruiker } from '$lib/wizard/gebruiker';
import type { Actor } from '$lib/logboek/logboek';
import { TOT_HULP } from '../../unit/machines/helpers';

/** What reaches the dossier: the `door` of every entry written, in order. */
function opslagDieOnthoudt() {
	const geschreven: { soort: 'beslissing' | 'akkoord'; door: Actor }[] = [];
	const opslag: Opslag = {
		async beslissing(regel) {
			geschreven.push({ soort: 'beslissing', door: structuredClone(regel.door) });
		},
		async correctie() {},
		async akkoord(a: Akkoord) {
			geschreven.push({ soort: 'akkoord', door: structuredClone(a.door) });
		}
	};
	return { opslag, geschreven };
}

function casusTotHulp(opslag: Opslag): Casus {
	const casus = new Casus(
		{ id: 't', pseudoniem: 'AB', leeftijd: 9, variant: 'school', aangemaakt: '2026-11-23' },
		[],
		{ opslag }
	);
	for (const e of TOT_HULP) expect(casus.verstuur(e)).toEqual({ ok: true });
	return casus;
}

beforeEach(() => {
	localStorage.clear();
	vi.useFakeTimers({ toFake: ['Date'] });
	// The term of the help (afweging 4) is 2027-01-15: afweging 5 can be answered.
	vi.setSystemTime(new Date('2027-01-15T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('Je werkt als, en het akkoord van de directeur', () => {
	it('het akkoord staat op naam van de directeur; de IB-er blijft daarna zichzelf', async () => {
		const user = userEvent.setup();
		const { opslag, geschreven } = opslagDieOnthoudt();
		const casus = casusTotHulp(opslag);
		casus.door = { rol: 'ib-er', naam: 'A. de Vries' };
		render(JeWerktAls, { props: { casus } });
		render(AkkoordDirecteur, { props: { casus } });
		render(HulpLoopt, { props: { casus } });

		expect(screen.getByText(/staat op naam van: Intern begeleider \(IB-er\) \(A\. de Vries\)/));

		// She switches to Directeur: said on screen, and the form does not offer her own name.
		await user.selectOptions(screen.getByLabelText('Je werkt als'), 'Directeur');
		expect(screen.getByText(/Je werkt nu als Directeur\./)).toBeVisible();
		const akkoord = screen.getByRole('region', { name: 'Akkoord van de directeur' });
		const naamDirecteur = within(akkoord).getByLabelText(/Naam van de directeur/);
		expect(naamDirecteur).toHaveValue('');
		await user.type(naamDirecteur, 'P. Jansen');
		await user.click(within(akkoord).getByRole('button', { name: 'Akkoord directeur vastleggen' }));
		expect(within(akkoord).getByText(/Akkoord directeur: P\. Jansen/)).toBeVisible();

		// Back to her own role: her name is still hers, also on this device for next time.
		await user.selectOptions(screen.getByLabelText('Je werkt als'), 'Intern begeleider (IB-er)');
		expect(screen.getByLabelText(/Je naam/)).toHaveValue('A. de Vries');
		expect(screen.getByText(/staat op naam van: Intern begeleider \(IB-er\) \(A\. de Vries\)/));
		expect(leesGebruiker()).toEqual({ rol: 'ib-er', naam: 'A. de Vries' });

		// Her next decision.
		const sectie = screen.getByRole('region', { name: /Termijn bereikt: afweging 5/ });
		await user.click(within(sectie).getByRole('radio', { name: 'Nee' }));
		await user.type(within(sectie).getByLabelText(/Waarom dit antwoord/), 'Nog steeds zorgen.');
		await user.click(within(sectie).getByRole('button', { name: 'Antwoord vastleggen' }));

		expect(geschreven).toEqual([
			{ soort: 'akkoord', door: { rol: 'directeur', naam: 'P. Jansen' } },
			{ soort: 'beslissing', door: { rol: 'ib-er', naam: 'A. de Vries' } }
		]);
		expect(casus.akkoorden.map((a) => a.door)).toEqual([{ rol: 'directeur', naam: 'P. Jansen' }]);
		expect(casus.regels.at(-1)?.door).toEqual({ rol: 'ib-er', naam: 'A. de Vries' });
	});

	it('een echte wissel van persoon: rol en naam samen, en zo vastgelegd', async () => {
		const user = userEvent.setup();
		const { opslag, geschreven } = opslagDieOnthoudt();
		const casus = casusTotHulp(opslag);
		casus.door = { rol: 'ib-er', naam: 'A. de Vries' };
		render(JeWerktAls, { props: { casus } });
		render(HulpLoopt, { props: { casus } });

		await user.selectOptions(screen.getByLabelText('Je werkt als'), 'Leerkracht');
		const naam = screen.getByLabelText(/Je naam/);
		await user.clear(naam);
		await user.type(naam, 'K. Bakker');
		expect(screen.getByText(/staat op naam van: Leerkracht \(K\. Bakker\)/));
		expect(leesGebruiker()).toEqual({ rol: 'leerkracht', naam: 'K. Bakker' });

		await user.click(screen.getByRole('radio', { name: 'Nee' }));
		await user.type(screen.getByLabelText(/Waarom dit antwoord/), 'Nog steeds zorgen.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(geschreven).toEqual([
			{ soort: 'beslissing', door: { rol: 'leerkracht', naam: 'K. Bakker' } }
		]);
	});
});
