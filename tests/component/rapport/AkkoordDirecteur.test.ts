import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casusNa } from '../helpers';
import AkkoordDirecteur from '$lib/components/rapport/AkkoordDirecteur.svelte';
import { TOT_HULP, TOT_VRAAG2 } from '../../unit/machines/helpers';

// The sample decisions are dated 23 November 2026, 09:00 UTC; the sign-off comes after.
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-11-23T14:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('AkkoordDirecteur', () => {
	it('staat er niet zolang er geen besluit van stap 5 is', () => {
		render(AkkoordDirecteur, { props: { casus: casusNa(TOT_VRAAG2) } });
		expect(screen.queryByRole('heading', { name: 'Akkoord van de directeur' })).toBeNull();
	});

	it('vraagt een andere rol om de directeur, en laat geen formulier zien', () => {
		const casus = casusNa(TOT_HULP);
		casus.door = { rol: 'ib-er' };
		render(AkkoordDirecteur, { props: { casus } });
		expect(screen.getByText('Wacht op akkoord van de directeur.')).toBeInTheDocument();
		expect(screen.getByText(/Alleen de directeur geeft akkoord/)).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: 'Akkoord directeur vastleggen' })).toBeNull();
	});

	it('legt het akkoord van de directeur vast, met naam en opmerking', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_HULP);
		casus.door = { rol: 'directeur' };
		render(AkkoordDirecteur, { props: { casus } });
		await user.click(screen.getByRole('button', { name: 'Akkoord directeur vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Vul de naam van de directeur in.');
		expect(casus.akkoorden).toEqual([]);

		await user.type(screen.getByLabelText(/Naam van de directeur/), 'P. Jansen');
		await user.type(screen.getByLabelText('Opmerking (niet verplicht)'), 'Eens met de aanpak.');
		await user.click(screen.getByRole('button', { name: 'Akkoord directeur vastleggen' }));
		expect(screen.getByRole('status')).toHaveTextContent(
			'Akkoord vastgelegd: Besluit I: niet melden; besluit II: hulp bieden of organiseren.'
		);
		expect(screen.getByText(/Akkoord directeur: P\. Jansen, .*Eens met de aanpak\./)).toBeVisible();
		expect(casus.akkoorden).toMatchObject([
			{ akkoordOp: 10, besluit: 'hulp', door: { rol: 'directeur', naam: 'P. Jansen' } }
		]);
		expect(screen.queryByRole('button', { name: 'Akkoord directeur vastleggen' })).toBeNull();
	});
});
