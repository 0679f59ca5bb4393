import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import WaaromVak from '$lib/components/waarom/WaaromVak.svelte';
import { TOT_VRAAG3 } from '../../unit/machines/helpers';

describe('WaaromVak', () => {
	it('toont na openklappen elke beslissing met de bron en de toestand waar ze heen leidde', async () => {
		const casus = casusNa(TOT_VRAAG3);
		render(WaaromVak, { props: { rij: casus.gegevens, regels: casus.regels } });
		await userEvent.click(screen.getByText('Waarom deze uitkomst?'));
		const lijst = screen.getByRole('list', { name: 'Beslissingen die tot deze uitkomst leidden' });
		const items = within(lijst).getAllByRole('listitem');
		expect(items).toHaveLength(TOT_VRAAG3.length);
		const vraag2 = items.find((li) => /^Afweging 2/.test(li.textContent?.trim() ?? ''))!;
		expect(vraag2).toHaveTextContent(/→ Afweging 3: hulp/);
		expect(vraag2).toHaveTextContent(/Bron: .*afweging 2/i);
		expect(screen.getByText(/Nu:/)).toHaveTextContent('Nu: Afweging 3: hulp.');
	});

	it('zegt het als er nog niets besloten is', () => {
		const casus = casusNa();
		render(WaaromVak, { props: { rij: casus.gegevens, regels: casus.regels, open: true } });
		expect(screen.getByText('Er is nog niets besloten.')).toBeInTheDocument();
	});
});

describe('WaaromVak in het rapport', () => {
	it('is een uitgeklapte sectie met een kop, om af te drukken', () => {
		const casus = casusNa(TOT_VRAAG3);
		render(WaaromVak, { props: { rij: casus.gegevens, regels: casus.regels, sectie: true } });
		expect(screen.getByRole('heading', { name: 'Waarom deze uitkomst?' })).toBeVisible();
		expect(screen.getAllByRole('listitem')).toHaveLength(TOT_VRAAG3.length);
	});
});
