import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Exporteren from '$lib/components/uitwisseling/Exporteren.svelte';

describe('Exporteren', () => {
	const opties = {
		keuze: { alle: true as const },
		titel: 'Alle casussen exporteren',
		knop: 'Exporteren'
	};

	it('vraagt bij versleutelen om een wachtwoord van minstens 10 tekens, twee keer gelijk', async () => {
		const user = userEvent.setup();
		render(Exporteren, opties);
		expect(screen.queryByLabelText(/^Wachtwoord/)).not.toBeInTheDocument();
		await user.click(screen.getByLabelText(/Versleutelen met een wachtwoord/));
		await user.type(screen.getByLabelText(/^Wachtwoord/), 'kort');
		await user.click(screen.getByRole('button', { name: 'Exporteren' }));
		expect(screen.getByRole('alert')).toHaveTextContent('minstens 10 tekens');

		await user.clear(screen.getByLabelText(/^Wachtwoord/));
		await user.type(screen.getByLabelText(/^Wachtwoord/), 'lang genoeg wachtwoord');
		await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'lang genoeg wachtwoort');
		await user.click(screen.getByRole('button', { name: 'Exporteren' }));
		expect(screen.getByRole('alert')).toHaveTextContent('niet gelijk');
	});
});
