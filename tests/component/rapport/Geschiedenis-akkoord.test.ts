import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casusNa } from '../helpers';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import { TOT_HULP } from '../../unit/machines/helpers';
import { tijdTekst } from '$lib/wizard/tijd';

const AKKOORD_OM = '2026-11-23T15:00:00+01:00';

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-11-23T14:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('Geschiedenis: het akkoord van de directeur', () => {
	it('staat onder het besluit dat het tekent, met naam, tijd en opmerking', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_HULP);
		casus.door = { rol: 'directeur', naam: 'P. Jansen' };
		expect(await casus.akkoordGeven(10, 'Eens.', AKKOORD_OM)).toEqual({
			ok: true
		});
		render(Geschiedenis, { props: { casus } });
		await user.click(screen.getByText(/Eerdere beslissingen/));
		const items = screen.getAllByRole('listitem');
		expect(items).toHaveLength(10);
		expect(
			within(items[9]!)
				.getByText(/Akkoord directeur/)
				.closest('p')
		).toHaveTextContent(
			`Akkoord directeur (Besluit I: niet melden; besluit II: hulp bieden of organiseren): Directeur (P. Jansen), ${tijdTekst(AKKOORD_OM)}. Eens.`
		);
		for (const item of items.slice(0, 9))
			expect(within(item).queryByText(/Akkoord directeur/)).toBeNull();
	});
});
