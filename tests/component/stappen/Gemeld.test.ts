import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Gemeld from '$lib/components/stappen/Gemeld.svelte';
import { MELDEN, TOT_VRAAG2, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

/** Melding because no help is possible (meldnorm 2): decision II is taken (geen hulp). */
const GEMELD_GEEN_HULP = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN];
/** Melding for safety (twijfel at afweging 2): decision II still open, with Veilig Thuis. */
const GEMELD_VOOR_VEILIGHEID = [
	...TOT_VRAAG2,
	ev('AFWEGING_2', { antwoord: 'twijfel' }),
	...MELDEN
];

describe('Gemeld', () => {
	it('toont de uitkomst, en dat Veilig Thuis binnen 5 werkdagen besluit en terugkoppelt', () => {
		render(Gemeld, { props: { casus: casusNa(GEMELD_GEEN_HULP) } });
		expect(screen.getByText(/Er is gemeld bij Veilig Thuis/).parentElement).toHaveTextContent(
			'op 23 november 2026, door directeur, kenmerk van de melding VT-123.'
		);
		expect(screen.getByText(/binnen 5 werkdagen een besluit/)).toBeInTheDocument();
	});

	it('legt de terugkoppeling van Veilig Thuis vast; de casus blijft gemeld', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEMELD_GEEN_HULP);
		render(Gemeld, { props: { casus } });

		const form = screen.getByRole('form', { name: 'Terugkoppeling van Veilig Thuis' });
		await user.click(within(form).getByRole('button', { name: 'Terugkoppeling vastleggen' }));
		expect(within(form).getByRole('alert')).toHaveTextContent('een toelichting is verplicht');

		await user.type(
			within(form).getByLabelText(/Wat liet Veilig Thuis weten/),
			'VT doet onderzoek; school blijft volgen.'
		);
		await user.click(within(form).getByRole('button', { name: 'Terugkoppeling vastleggen' }));
		expect(casus.waar).toBe('stap5.gemeld');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'veilig-thuis-terugkoppeling',
			toelichting: 'VT doet onderzoek; school blijft volgen.'
		});
		expect(screen.getByText('VT doet onderzoek; school blijft volgen.')).toBeInTheDocument();
	});

	it('schoolvariant: verder naar stap 6, en niet afsluiten', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEMELD_GEEN_HULP, { variant: 'school' });
		render(Gemeld, { props: { casus } });

		expect(screen.queryByRole('button', { name: 'Casus afsluiten' })).toBeNull();
		expect(screen.queryByRole('heading', { name: /Besluit II/ })).toBeNull();
		await user.type(
			screen.getByLabelText(/Wat is er afgesproken over de zorg na de melding/),
			'IB-er coördineert, gesprek met moeder over zes weken.'
		);
		await user.click(screen.getByRole('button', { name: 'Verder naar stap 6' }));
		expect(casus.waar).toBe('stap6');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-6',
			toelichting: 'IB-er coördineert, gesprek met moeder over zes weken.'
		});
	});

	it('basismodel: casus afsluiten, en geen stap 6', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEMELD_GEEN_HULP, { variant: 'basismodel' });
		render(Gemeld, { props: { casus } });

		expect(screen.queryByRole('button', { name: 'Verder naar stap 6' })).toBeNull();
		await user.type(
			screen.getByLabelText(/Waarom sluit je de casus nu af/),
			'Veilig Thuis heeft de zaak overgenomen.'
		);
		await user.click(screen.getByRole('button', { name: 'Casus afsluiten' }));
		expect(casus.waar).toBe('afgeslotenNaMelding');
		expect(casus.regels.at(-1)?.beslissing.toelichting).toBe(
			'Veilig Thuis heeft de zaak overgenomen.'
		);
	});

	it('na een melding voor de veiligheid: besluit II samen met Veilig Thuis, naar afweging 3', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEMELD_VOOR_VEILIGHEID);
		render(Gemeld, { props: { casus } });

		const sectie = screen.getByRole('region', {
			name: 'Besluit II samen met Veilig Thuis: is hulp (ook) mogelijk?'
		});
		await user.type(
			within(sectie).getByLabelText(/Wat spraken jullie met Veilig Thuis af/),
			'VT adviseert hulp via het wijkteam te bekijken.'
		);
		await user.click(
			within(sectie).getByRole('button', { name: 'Verder met afweging 3, samen met Veilig Thuis' })
		);
		expect(casus.waar).toBe('stap4.vraag3');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-5-besluit-2',
			toelichting: 'VT adviseert hulp via het wijkteam te bekijken.'
		});
	});

	it.each(['school', 'basismodel'] as const)(
		'regel 2, %s: zolang besluit II open is geen stap 6 en geen afsluiten, en het scherm zegt waarom',
		(variant) => {
			render(Gemeld, { props: { casus: casusNa(GEMELD_VOOR_VEILIGHEID, { variant }) } });
			expect(screen.queryByRole('button', { name: 'Verder naar stap 6' })).toBeNull();
			expect(screen.queryByRole('button', { name: 'Casus afsluiten' })).toBeNull();
			expect(screen.getByText(/beide beslissingen genomen, in deze volgorde/)).toBeInTheDocument();
		}
	);

	it('zonder toelichting gaat de casus nergens heen', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEMELD_GEEN_HULP, { variant: 'school' });
		render(Gemeld, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Verder naar stap 6' }));
		expect(screen.getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap5.gemeld');
	});
});
