import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import MeldenBespreken from '$lib/components/stappen/MeldenBespreken.svelte';
import { TOT_VRAAG2, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

/** Afweging 2 twijfel: melden at once (meldnorm 1), decision II later with Veilig Thuis. */
const NA_TWIJFEL = [...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'twijfel' })];
/** Afweging 3 nee: no effective help possible (meldnorm 2). */
const GEEN_HULP = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })];

describe('MeldenBespreken', () => {
	it('zegt waarom er gemeld wordt: meldnorm 1, en besluit II later samen met Veilig Thuis', () => {
		render(MeldenBespreken, { props: { casus: casusNa(NA_TWIJFEL) } });
		expect(screen.getByText(/Besluit I: er wordt gemeld/).parentElement).toHaveTextContent(
			/meldnorm 1: Acute of structurele onveiligheid/
		);
		expect(screen.getByText(/samen met Veilig Thuis: afweging 3/)).toBeInTheDocument();
	});

	it('noemt meldnorm 2 als er geen hulp mogelijk is, zonder besluit II met Veilig Thuis', () => {
		render(MeldenBespreken, { props: { casus: casusNa(GEEN_HULP) } });
		expect(screen.getByText(/Besluit I: er wordt gemeld/).parentElement).toHaveTextContent(
			/meldnorm 2: Je kunt zelf/
		);
		expect(screen.queryByText(/samen met Veilig Thuis: afweging 3/)).toBeNull();
	});

	it('bespreekt het met de ouders onder 12 jaar, en vanaf 12 ook met de leerling', () => {
		const { unmount } = render(MeldenBespreken, {
			props: { casus: casusNa(GEEN_HULP, { leeftijd: 9 }) }
		});
		expect(screen.getByText(/AB is 9 jaar/)).toHaveTextContent(/gesprek daarover voer je met hen/);
		unmount();
		render(MeldenBespreken, { props: { casus: casusNa(GEEN_HULP, { leeftijd: 13 }) } });
		expect(screen.getByText(/AB is 13 jaar/)).toHaveTextContent(/ook met de leerling zelf/);
	});

	it('legt het gesprek vast met de agenda, met wie en de toelichting, en gaat naar de melding', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEEN_HULP);
		render(MeldenBespreken, { props: { casus } });

		const agenda = screen.getByRole('group', { name: 'Gespreksagenda: wat kwam aan bod?' });
		expect(within(agenda).getAllByRole('checkbox')).toHaveLength(5);
		await user.click(within(agenda).getByRole('checkbox', { name: /^1\. Leg uit waarom/ }));
		await user.click(within(agenda).getByRole('checkbox', { name: /^2\. Vraag uitdrukkelijk/ }));
		await user.type(
			screen.getByLabelText('Met wie heb je het gesprek gevoerd? (verplicht)'),
			'Moeder, IB-er'
		);
		await user.type(
			screen.getByLabelText(/Hoe reageerden zij/),
			'Moeder begreep het, geen bezwaar tegen de melding.'
		);
		await user.click(screen.getByRole('button', { name: 'Gesprek over de melding vastleggen' }));

		expect(casus.waar).toBe('stap5.melden.doen');
		const regel = casus.regels.at(-1)!;
		expect(regel.beslissing).toMatchObject({
			vraagId: 'stap-5-melding-besproken',
			toelichting: 'Moeder begreep het, geen bezwaar tegen de melding.'
		});
		expect(regel.gegevens).toEqual({
			soort: 'gesprek',
			agenda: ['waarom-melden', 'reactie-vragen'],
			metWie: 'Moeder, IB-er'
		});
	});

	it('weigert zonder toelichting en zonder met wie, zegt wat ontbreekt en blijft staan', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEEN_HULP);
		render(MeldenBespreken, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Gesprek over de melding vastleggen' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('een toelichting is verplicht');
		expect(alert).toHaveTextContent('met wie je het gesprek hebt gevoerd');
		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.regels).toHaveLength(GEEN_HULP.length);
	});

	it('overslaan mag alleen met een van de twee wettelijke redenen', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NA_TWIJFEL);
		render(MeldenBespreken, { props: { casus } });

		await user.click(screen.getByText('Ouders of leerling niet vooraf informeren?'));
		const form = screen.getByRole('form', { name: 'De melding niet vooraf bespreken' });
		await user.type(
			within(form).getByLabelText(/Waarom geldt deze reden hier/),
			'Vader dreigde de leerkracht.'
		);
		await user.click(
			within(form).getByRole('button', { name: 'Melden zonder vooraf te informeren' })
		);
		expect(within(form).getByRole('alert')).toHaveTextContent(
			'Overslaan mag alleen om een van de twee redenen uit de meldcode'
		);
		expect(casus.waar).toBe('stap5.melden.bespreken');

		const redenen = within(form).getByRole('group', { name: 'Welke reden geldt hier?' });
		expect(within(redenen).getAllByRole('radio')).toHaveLength(2);
		await user.click(within(redenen).getByRole('radio', { name: /De veiligheid van de leerling/ }));
		await user.click(
			within(form).getByRole('button', { name: 'Melden zonder vooraf te informeren' })
		);

		expect(casus.waar).toBe('stap5.melden.doen');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-5-melding-niet-besproken',
			antwoord: 'veiligheid',
			toelichting: 'Vader dreigde de leerkracht.'
		});
	});
});
