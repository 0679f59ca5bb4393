import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Stap6Nazorg from '$lib/components/stappen/Stap6Nazorg.svelte';
import { MELDEN, TOT_HULP, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

const NA_MELDING = [
	...TOT_VRAAG3,
	ev('AFWEGING_3', { antwoord: 'nee' }),
	...MELDEN,
	ev('NAAR_STAP6')
];
const NA_HULP = [...TOT_HULP, ev('AFWEGING_5', { antwoord: 'ja' })];

describe('Stap6Nazorg', () => {
	it('zegt dat een melding geen eindpunt is: nazorg, contact houden, evalueren', () => {
		render(Stap6Nazorg, { props: { casus: casusNa(NA_MELDING) } });
		expect(screen.getByText('Er is gemeld bij Veilig Thuis.')).toBeInTheDocument();
		expect(
			screen.getByText(/Een melding is geen eindpunt: de leerling blijft/)
		).toBeInTheDocument();
		expect(screen.getByText(/zorgteam, het centrum voor jeugd en gezin/)).toBeInTheDocument();
		expect(screen.getByText(/evalueer je de aanpak met alle betrokkenen/)).toBeInTheDocument();
		expect(screen.getByText('Er is nog geen evaluatie gepland.')).toBeInTheDocument();
		expect(screen.getByText('Samenwerken met het gezin', { selector: 'summary' })).toBeVisible();
	});

	it('na hulp met resultaat: toont de afspraken over het volgen van de veiligheid', () => {
		render(Stap6Nazorg, { props: { casus: casusNa(NA_HULP) } });
		expect(screen.getByText('De hulp heeft de afgesproken resultaten.')).toBeInTheDocument();
		expect(screen.getByText('Elke maand een kort gesprek.')).toBeInTheDocument();
	});

	it('legt nazorg vast met de datum van de volgende evaluatie, en toont die', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NA_MELDING);
		render(Stap6Nazorg, { props: { casus } });
		const form = screen.getByRole('form', { name: 'Nazorg vastleggen' });

		await user.type(
			within(form).getByLabelText(/Welke nazorg is afgesproken/),
			'Zorgteam volgt; IB-er belt moeder elke twee weken.'
		);
		await user.click(within(form).getByRole('button', { name: 'Nazorg vastleggen' }));
		expect(within(form).getByRole('alert')).toHaveTextContent(
			'Kies de datum van de volgende evaluatie.'
		);
		expect(casus.regels).toHaveLength(NA_MELDING.length);

		await user.type(
			within(form).getByLabelText('Datum van de volgende evaluatie (verplicht)'),
			'2030-03-01'
		);
		await user.click(within(form).getByRole('button', { name: 'Nazorg vastleggen' }));
		expect(casus.waar).toBe('stap6');
		expect(casus.snapshot.context.volgendeEvaluatie).toBe('2030-03-01');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-6-nazorg',
			toelichting: 'Zorgteam volgt; IB-er belt moeder elke twee weken.'
		});
		expect(screen.getByText(/Volgende evaluatie:/)).toHaveTextContent('1 maart 2030');
	});

	it('rondt de evaluatie af en sluit de casus na een melding', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NA_MELDING);
		render(Stap6Nazorg, { props: { casus } });
		const form = screen.getByRole('form', { name: 'Evaluatie afronden en casus afsluiten' });

		await user.click(
			within(form).getByRole('button', { name: 'Evaluatie afronden en casus afsluiten' })
		);
		expect(within(form).getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap6');

		await user.type(
			within(form).getByLabelText(/Hoe is de aanpak geëvalueerd/),
			'Met ouders, zorgteam en IB-er: het gaat goed, leerling zit beter in zijn vel.'
		);
		await user.click(
			within(form).getByRole('button', { name: 'Evaluatie afronden en casus afsluiten' })
		);
		expect(casus.waar).toBe('afgeslotenNaMelding');
		expect(casus.regels.at(-1)?.beslissing.toelichting).toBe(
			'Met ouders, zorgteam en IB-er: het gaat goed, leerling zit beter in zijn vel.'
		);
	});

	it('na hulp met resultaat sluit de casus af met monitoringsafspraken', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NA_HULP);
		render(Stap6Nazorg, { props: { casus } });
		const form = screen.getByRole('form', { name: 'Evaluatie afronden en casus afsluiten' });
		await user.type(within(form).getByLabelText(/Hoe is de aanpak geëvalueerd/), 'Goed verlopen.');
		await user.click(
			within(form).getByRole('button', { name: 'Evaluatie afronden en casus afsluiten' })
		);
		expect(casus.waar).toBe('afgeslotenMetMonitoring');
	});

	it.each([
		['na een melding', NA_MELDING],
		['na hulp met resultaat', NA_HULP]
	])('regel 4, %s: "de onveiligheid houdt aan" meldt op meldnorm 3', async (_, events) => {
		const user = userEvent.setup();
		const casus = casusNa(events);
		render(Stap6Nazorg, { props: { casus } });
		const form = screen.getByRole('form', { name: 'De onveiligheid houdt aan' });
		await user.type(
			within(form).getByLabelText(/Welke signalen laten zien/),
			'Opnieuw blauwe plekken na de vakantie.'
		);
		await user.click(
			within(form).getByRole('button', { name: 'De onveiligheid houdt aan: melden' })
		);
		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.snapshot.context.meldnorm).toBe(3);
	});
});
