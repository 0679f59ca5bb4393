/**
 * Issue 13, rule 6: stap 5 "is afgestemd met de regisseur" (004 · Stap 5, seed line 404) and the
 * weighing is "altijd [...] besproken met de regisseur" (Stap 4, lines 326–328). Every answer
 * records with whom; the directeur's sign-off names both decisions of the help route.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import AfwegingsVraag from '$lib/components/stappen/AfwegingsVraag.svelte';
import AkkoordDirecteur from '$lib/components/rapport/AkkoordDirecteur.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import { TOT_HULP, TOT_VRAAG1 } from '../../unit/machines/helpers';

afterEach(() => {
	instellingen.waarden = { ...STANDAARD };
});

describe('regel 6: met wie is de afweging besproken', () => {
	it('is verplicht, en staat daarna bij de beslissing in het logboek', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG1);
		render(AfwegingsVraag, { props: { casus, nummer: 1 } });
		const veld = screen.getByRole('textbox', { name: /Besproken met/ });
		expect(veld).toHaveValue('');
		expect(veld).toHaveAccessibleDescription(/altijd te bespreken met de aandachtsfunctionaris/);

		await user.click(screen.getByRole('radio', { name: 'Ja' }));
		await user.type(screen.getByLabelText(/Waarom dit antwoord/), 'Signalen wijzen erop.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Leg vast met wie deze afweging is besproken'
		);
		expect(casus.waar).toBe('stap4.vraag1');

		await user.type(veld, 'M. Bakker (regisseur)');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(casus.waar).toBe('stap4.vraag2');
		expect(casus.regels.at(-1)?.beslissing.event).toMatchObject({
			type: 'AFWEGING_1',
			afgestemdMet: 'M. Bakker (regisseur)'
		});
	});

	it('begint met de naam van het vorige antwoord, anders met de aandachtsfunctionaris uit de instellingen', () => {
		instellingen.waarden = { ...STANDAARD, aandachtsfunctionarisNaam: 'K. Smit' };
		const { unmount } = render(AfwegingsVraag, {
			props: { casus: casusNa(TOT_VRAAG1), nummer: 1 }
		});
		expect(screen.getByRole('textbox', { name: /Besproken met/ })).toHaveValue(
			'K. Smit (aandachtsfunctionaris)'
		);
		unmount();
		// TOT_HULP's answers were discussed with the sample's J. de Vries.
		render(AfwegingsVraag, { props: { casus: casusNa(TOT_HULP), nummer: 5 } });
		expect(screen.getByRole('textbox', { name: /Besproken met/ })).toHaveValue(
			'J. de Vries (aandachtsfunctionaris)'
		);
	});
});

describe('regel 6: de eindverantwoordelijkheid van de directeur voor beide besluiten', () => {
	it('hulp zonder melding: het akkoord noemt besluit I (niet melden) en besluit II (hulp)', () => {
		const casus = casusNa(TOT_HULP);
		casus.door = { rol: 'directeur' };
		render(AkkoordDirecteur, { props: { casus } });
		expect(
			screen.getByRole('heading', {
				name: 'Akkoord geven op: Besluit I: niet melden; besluit II: hulp bieden of organiseren'
			})
		).toBeInTheDocument();
	});
});
