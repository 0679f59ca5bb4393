import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SkipLink from '$lib/components/SkipLink.svelte';

describe('SkipLink', () => {
	it('is the first thing a keyboard user reaches, and points to the main content', async () => {
		const user = userEvent.setup();
		render(SkipLink);

		await user.tab();

		const link = screen.getByRole('link', { name: 'Naar de inhoud' });
		expect(link).toHaveFocus();
		expect(link).toHaveAttribute('href', '#inhoud');
	});

	it('can point elsewhere, with its own label', () => {
		render(SkipLink, { props: { target: 'vragen', label: 'Naar de vragen' } });

		expect(screen.getByRole('link', { name: 'Naar de vragen' })).toHaveAttribute('href', '#vragen');
	});
});
