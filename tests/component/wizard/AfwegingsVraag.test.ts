import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import AfwegingsVraag from '$lib/components/stappen/AfwegingsVraag.svelte';
import {
	TOT_HULP,
	TOT_VRAAG1,
	TOT_VRAAG2,
	TOT_VRAAG3,
	TOT_VRAAG4
} from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

describe('AfwegingsVraag', () => {
	it('zegt bij elk antwoord wat het gevolg is, voordat je kiest', () => {
		render(AfwegingsVraag, { props: { casus: casusNa(TOT_VRAAG2), nummer: 2 } });
		const twijfel = screen.getByRole('radio', { name: 'Twijfel' });
		expect(twijfel).toHaveAccessibleDescription(
			/Twijfel telt als ja: meld direct bij Veilig Thuis/
		);
		expect(screen.getByRole('radio', { name: 'Nee' })).toHaveAccessibleDescription(/afweging 3/);
		expect(screen.getByText('Bron: meldcode, stap 4, afweging 2')).toBeInTheDocument();
	});

	it('twijfel bij afweging 2 leidt naar de melding, met de toelichting in het logboek', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG2);
		render(AfwegingsVraag, { props: { casus, nummer: 2 } });

		await user.click(screen.getByRole('radio', { name: 'Twijfel' }));
		await user.type(
			screen.getByLabelText(/Waarom dit antwoord/),
			'Blauwe plekken, wisselend verhaal.'
		);
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));

		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'afweging-2',
			antwoord: 'twijfel',
			toelichting: 'Blauwe plekken, wisselend verhaal.'
		});
	});

	it('weigert zonder antwoord of zonder toelichting, zegt wat ontbreekt en houdt de tekst vast', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG1);
		render(AfwegingsVraag, { props: { casus, nummer: 1 } });

		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Kies een antwoord.');

		await user.click(screen.getByRole('radio', { name: 'Nee' }));
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(screen.getByRole('alert')).toHaveFocus();
		expect(casus.waar).toBe('stap4.vraag1');
		expect(casus.regels).toHaveLength(TOT_VRAAG1.length);
	});

	it('vraag 4 ja vraagt een termijn en een casemanager', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG4);
		render(AfwegingsVraag, { props: { casus, nummer: 4 } });

		await user.click(screen.getByRole('radio', { name: 'Ja' }));
		await user.type(screen.getByLabelText(/Waarom dit antwoord/), 'Ouders werken mee.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Spreek een termijn af');
		expect(alert).toHaveTextContent('Benoem een casemanager');
		expect(casus.waar).toBe('stap4.vraag4');

		await user.type(screen.getByLabelText(/Termijn/), '2030-03-01');
		await user.type(screen.getByLabelText(/Casemanager/), 'IB-er');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('welke resultaten');
		expect(screen.getByRole('alert')).toHaveTextContent('wie welke rol heeft');
		expect(casus.waar).toBe('stap4.vraag4');

		await user.type(screen.getByLabelText(/Afgesproken resultaten/), 'Leerling komt op tijd.');
		await user.type(screen.getByLabelText(/Wie heeft welke rol/), 'Moeder: opvoedcursus.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(casus.waar).toBe('stap5.hulpLoopt');
		expect(casus.snapshot.context.hulp).toEqual({
			termijn: '2030-03-01',
			casemanager: 'IB-er',
			resultaten: 'Leerling komt op tijd.',
			taken: 'Moeder: opvoedcursus.'
		});
	});

	it('vraag 1 kent geen twijfel', () => {
		render(AfwegingsVraag, { props: { casus: casusNa(TOT_VRAAG1), nummer: 1 } });
		expect(screen.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['nee', 'ja']);
	});
});

describe('regel 3: na een overgeslagen gesprek geen route zonder melding', () => {
	const OVERGESLAGEN = [
		...TOT_VRAAG1.slice(0, 4),
		ev('GESPREK_OVERSLAAN', { reden: 'contactbreuk' }),
		ev('WEGING_VOORBEREID')
	];

	it('afweging 1 biedt geen "nee" tot het gesprek alsnog is vastgelegd in stap 4', async () => {
		const user = userEvent.setup();
		const casus = casusNa(OVERGESLAGEN);
		render(AfwegingsVraag, { props: { casus, nummer: 1 } });
		expect(screen.queryByRole('radio', { name: 'Nee' })).toBeNull();
		expect(screen.getByRole('radio', { name: 'Ja' })).toBeInTheDocument();

		const form = screen.getByRole('form', { name: 'Gesprek alsnog vastleggen' });
		await user.type(within(form).getByLabelText('Wie voerde het gesprek?'), 'IB-er');
		await user.type(within(form).getByLabelText(/Hoe reageerden/), 'Moeder schrok, wil meewerken.');
		await user.click(within(form).getByRole('button', { name: 'Gesprek alsnog vastleggen' }));

		expect(casus.regels.at(-1)?.beslissing.vraagId).toBe('stap-3-later');
		expect(casus.waar).toBe('stap4.vraag1');
		expect(screen.getByRole('radio', { name: 'Nee' })).toBeInTheDocument();
		expect(screen.queryByRole('form', { name: 'Gesprek alsnog vastleggen' })).toBeNull();
	});

	it('afweging 4 biedt geen "ja" zolang het gesprek niet is gevoerd', () => {
		const casus = casusNa([
			...OVERGESLAGEN,
			ev('AFWEGING_1', { antwoord: 'ja' }),
			ev('AFWEGING_2', { antwoord: 'nee' }),
			ev('AFWEGING_3', { antwoord: 'ja' })
		]);
		render(AfwegingsVraag, { props: { casus, nummer: 4 } });
		expect(screen.queryByRole('radio', { name: 'Ja' })).toBeNull();
		expect(screen.getByRole('radio', { name: 'Nee' })).toBeInTheDocument();
		expect(screen.getByText(/Het gesprek van stap 3 is overgeslagen/)).toBeInTheDocument();
	});
});

describe('regel 1: twijfel en Veilig Thuis bij elke afwegingsvraag', () => {
	const VOOR = { 1: TOT_VRAAG1, 2: TOT_VRAAG2, 3: TOT_VRAAG3, 4: TOT_VRAAG4, 5: TOT_HULP } as const;

	it.each([1, 2, 3, 4, 5] as const)(
		'afweging %i toont de twijfelregel met een belknop voor Veilig Thuis',
		(nummer) => {
			render(AfwegingsVraag, { props: { casus: casusNa(VOOR[nummer]), nummer } });
			expect(screen.getByText(/Twijfel je bij deze vraag\?/)).toBeInTheDocument();
			expect(
				screen.getByRole('link', { name: /Twijfel\? Bel Veilig Thuis: 0800-2000/ })
			).toHaveAttribute('href', 'tel:08002000');
		}
	);

	it('twijfel bij afweging 3 leidt naar de melding', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG3);
		render(AfwegingsVraag, { props: { casus, nummer: 3 } });
		await user.click(screen.getByRole('radio', { name: 'Twijfel' }));
		await user.type(screen.getByLabelText(/Waarom dit antwoord/), 'Hulp via wijkteam is onzeker.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(casus.waar).toBe('stap5.melden.bespreken');
	});

	it('afweging 4 biedt twijfel aan', () => {
		render(AfwegingsVraag, { props: { casus: casusNa(TOT_VRAAG4), nummer: 4 } });
		expect(screen.getByRole('radio', { name: 'Twijfel' })).toHaveAccessibleDescription(
			/Meld dan bij Veilig Thuis/
		);
	});
});

describe('regel 5: afweging 5 toont de afspraken van afweging 4', () => {
	it('de afgesproken resultaten, rollen en taken staan bij de vraag naar het resultaat', () => {
		render(AfwegingsVraag, { props: { casus: casusNa(TOT_HULP), nummer: 5 } });
		expect(screen.getByText(/Afgesproken resultaten:/)).toHaveTextContent(
			'Geen nieuwe blauwe plekken; leerling komt op tijd.'
		);
		expect(screen.getByText(/Rollen en taken:/)).toHaveTextContent('IB-er coördineert');
	});
});
