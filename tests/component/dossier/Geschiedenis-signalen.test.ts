/** Issue 14, defect 2: the history shows ticked signals in the words of the list they came from. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNALERINGSLIJSTEN } from '$lib/content';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';

const woorden = (lijst: '4-12' | '12-18', id: string) =>
	SIGNALERINGSLIJSTEN[lijst].signalen.find((s) => s.id === id)!.label;

describe('Geschiedenis: aangevinkte signalen', () => {
	it('toont een oud, gedeeld id in de woorden van de lijst voor de leeftijd van de casus', async () => {
		const user = userEvent.setup();
		const casus = casusNa([ev('START_STAPPENPLAN')], { leeftijd: 9 });
		expect(
			casus.verstuur(ev('SIGNALEN_VASTGELEGD'), {
				soort: 'stap1',
				signalen: [{ id: 'verwaarloosd', notitie: 'ma en di' }],
				waarnemingen: [],
				letsel: false
			})
		).toEqual({ ok: true });
		render(Geschiedenis, { props: { casus } });
		await user.click(screen.getByText(/Eerdere beslissingen/));
		const stap1 = within(screen.getAllByRole('listitem')[1]!);
		expect(stap1.getByText(`${woorden('4-12', 'b2-verwaarloosd')} (ma en di)`)).toBeVisible();
		expect(stap1.queryByText(new RegExp(woorden('12-18', 'b3-verwaarloosd')))).toBeNull();
	});
});
