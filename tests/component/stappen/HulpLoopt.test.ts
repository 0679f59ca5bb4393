import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casusNa } from '../helpers';
import HulpLoopt from '$lib/components/stappen/HulpLoopt.svelte';
import { TOT_HULP } from '../../unit/machines/helpers';

/** "Today" for the screen and for the time on every decision; the term is 2027-01-15. */
function vandaagIs(iso: string) {
	vi.setSystemTime(new Date(iso));
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
	vi.useRealTimers();
});

describe('HulpLoopt', () => {
	it('toont termijn en casemanager, en de hulpteksten van het NJi', () => {
		vandaagIs('2026-12-01T10:00:00');
		render(HulpLoopt, { props: { casus: casusNa(TOT_HULP) } });
		expect(screen.getByText('Hulp loopt. Evaluatie op 15 januari 2027.')).toBeInTheDocument();
		expect(screen.getByText('Casemanager (regiehouder): IB-er')).toBeInTheDocument();
		for (const titel of [
			'Veiligheid op de korte termijn',
			'Veiligheid op de lange termijn',
			'Herstel',
			'Samenwerken met het gezin',
			'Informatie delen'
		])
			expect(screen.getByText(titel, { selector: 'summary' })).toBeInTheDocument();
	});

	it('vóór de termijn: zegt wanneer afweging 5 komt en waarom het wacht, zonder de vraag', () => {
		vandaagIs('2027-01-14T10:00:00');
		render(HulpLoopt, { props: { casus: casusNa(TOT_HULP) } });
		expect(
			screen.getByRole('heading', { name: 'Afweging 5 volgt op 15 januari 2027' })
		).toBeInTheDocument();
		expect(screen.getByText(/Nog 1 dag\. Bij afweging 4 is afgesproken/)).toBeInTheDocument();
		expect(screen.queryByRole('radio')).toBeNull();
		expect(screen.queryByRole('button', { name: 'Antwoord vastleggen' })).toBeNull();
	});

	it('op de termijn: eerst de vraag; de uitleg van optie II is ingeklapt en het statusvak weg', () => {
		vandaagIs('2027-01-15T10:00:00');
		render(HulpLoopt, { props: { casus: casusNa(TOT_HULP) } });
		const vraag = screen.getByText(/^Heeft de hulp binnen de afgesproken termijn/);
		const uitleg = screen.getByText('Optie II: zelf hulp organiseren en de effecten volgen', {
			selector: 'summary'
		});
		expect(uitleg.closest('details')).not.toHaveAttribute('open');
		expect(vraag.compareDocumentPosition(uitleg) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		// Term and casemanager are in the question's own box of agreements.
		expect(screen.queryByText('Hulp loopt. Evaluatie op 15 januari 2027.')).toBeNull();
		expect(
			screen.getByText(/Afgesproken termijn: 15 januari 2027\. Casemanager: IB-er\./)
		).toBeInTheDocument();
	});

	it('op de termijn: afweging 5; nee leidt (opnieuw) naar melden, meldnorm 3', async () => {
		vandaagIs('2027-01-15T10:00:00');
		const user = userEvent.setup();
		const casus = casusNa(TOT_HULP);
		render(HulpLoopt, { props: { casus } });

		const sectie = screen.getByRole('region', { name: /Termijn bereikt: afweging 5/ });
		await user.click(within(sectie).getByRole('radio', { name: 'Nee' }));
		await user.type(
			within(sectie).getByLabelText(/Waarom dit antwoord/),
			'Nog steeds blauwe plekken.'
		);
		await user.click(within(sectie).getByRole('button', { name: 'Antwoord vastleggen' }));

		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.snapshot.context.meldnorm).toBe(3);
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'afweging-5',
			antwoord: 'nee',
			toelichting: 'Nog steeds blauwe plekken.'
		});
	});

	it('op de termijn: ja met afspraken leidt in de schoolvariant naar stap 6', async () => {
		vandaagIs('2027-01-20T10:00:00');
		const user = userEvent.setup();
		const casus = casusNa(TOT_HULP);
		render(HulpLoopt, { props: { casus } });

		await user.click(screen.getByRole('radio', { name: 'Ja' }));
		await user.type(
			screen.getByLabelText('Afspraken over het volgen van de veiligheid (verplicht)'),
			'IB-er spreekt moeder elke maand.'
		);
		await user.type(screen.getByLabelText(/Waarom dit antwoord/), 'Geen nieuwe signalen.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));

		expect(casus.waar).toBe('stap6');
		expect(casus.snapshot.context.uitkomst).toBe('monitoring');
	});

	it('de onveiligheid stopt niet: ook vóór de termijn alsnog melden (meldnorm 3)', async () => {
		vandaagIs('2026-12-01T10:00:00');
		const user = userEvent.setup();
		const casus = casusNa(TOT_HULP);
		render(HulpLoopt, { props: { casus } });

		const sectie = screen.getByRole('region', { name: 'De onveiligheid stopt niet of komt terug' });
		await user.click(
			within(sectie).getByRole('button', { name: 'Alsnog melden bij Veilig Thuis' })
		);
		expect(within(sectie).getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap5.hulpLoopt');

		await user.type(
			within(sectie).getByLabelText(/Welke signalen laten zien/),
			'Leerling vertelt dat vader weer slaat.'
		);
		await user.click(
			within(sectie).getByRole('button', { name: 'Alsnog melden bij Veilig Thuis' })
		);
		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.snapshot.context.meldnorm).toBe(3);
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'meldnorm-3',
			toelichting: 'Leerling vertelt dat vader weer slaat.'
		});
	});
});
