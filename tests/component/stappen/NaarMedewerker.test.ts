/**
 * Defect 5 of issue 14: the niet-pluis-gevoel typed on the start screen was lost when the staff
 * route was chosen there instead of "Begin met stap 1". It now goes into that entry's data and
 * shows in the history like the other texts.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';
import NaarMedewerker from '$lib/components/stappen/NaarMedewerker.svelte';
import StartStap from '$lib/components/stappen/StartStap.svelte';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';

const GEVOEL = 'Meester K. houdt Sam na de gym steeds alleen achter in het lokaal.';

describe('NaarMedewerker', () => {
	it('neemt het getypte niet-pluis-gevoel mee in het logboek, en toont het in de geschiedenis', async () => {
		const user = userEvent.setup();
		const casus = casusNa();
		expect(casus.waar).toBe('start');
		render(StartStap, { props: { casus } });
		render(NaarMedewerker, { props: { casus } });
		render(Geschiedenis, { props: { casus } });

		await user.type(screen.getByLabelText(/Wat geeft je dit gevoel\?/), GEVOEL);
		// Open on the start screen (issue 13, rule 7): nothing to unfold first.
		expect(
			screen.getByText(/Wat je bij "Wat geeft je dit gevoel\?" schreef, wordt met deze keuze/)
		).toBeVisible();
		await user.type(
			screen.getByLabelText(/Waarom gaat het om een medewerker\?/),
			'Het gaat om een leerkracht.'
		);
		await user.click(screen.getByRole('button', { name: 'Naar de route voor een medewerker' }));

		expect(casus.waar).toBe('medewerker.aard');
		expect(casus.regels).toHaveLength(1);
		expect(casus.regels[0]).toMatchObject({
			beslissing: { event: { type: 'SIGNALEN_OVER_MEDEWERKER' } },
			gegevens: { soort: 'niet-pluis', tekst: GEVOEL }
		});

		await user.click(screen.getByText(/Eerdere beslissingen/));
		const regel = within(screen.getAllByRole('listitem')[0]!);
		expect(regel.getByText('Het gaat om een leerkracht.')).toBeVisible();
		expect(regel.getByText(/Niet-pluis-gevoel/)).toBeVisible();
		expect(regel.getByText(GEVOEL)).toBeVisible();
	});

	it('zonder getypte tekst, of na stap 1 begonnen: geen extra gegevens', async () => {
		const user = userEvent.setup();
		const casus = casusNa([ev('START_STAPPENPLAN')]);
		casus.nietPluis = 'al vastgelegd bij het begin';
		render(NaarMedewerker, { props: { casus } });
		await user.click(screen.getByText('Gaat het om signalen over een medewerker van de school?'));
		expect(screen.queryByText(/Wat je bij "Wat geeft je dit gevoel\?" schreef/)).toBeNull();
		await user.type(
			screen.getByLabelText(/Waarom gaat het om een medewerker\?/),
			'Een leerkracht.'
		);
		await user.click(screen.getByRole('button', { name: 'Naar de route voor een medewerker' }));
		expect(casus.waar).toBe('medewerker.aard');
		expect(casus.regels.at(-1)?.gegevens).toBeUndefined();
	});
});
