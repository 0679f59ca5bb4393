import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Stap2Consultatie from '$lib/components/stappen/Stap2Consultatie.svelte';
import { vandaag } from '$lib/wizard/tijd';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { ev } from '../../unit/machines/voorbeelden';

/** A case brought to stap 2 with valid events. */
function casusInStap2() {
	const events: MeldcodeEvent[] = [ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD')];
	const casus = casusNa(events, { leeftijd: 9, variant: 'school' });
	expect(casus.waar).toBe('stap2');
	return casus;
}

const ADVIES = /Welk advies kreeg je/;

describe('Stap2Consultatie', () => {
	it('zegt dat overleg met de aandachtsfunctionaris verplicht is; afronden kan pas na een consultatie', () => {
		render(Stap2Consultatie, { props: { casus: casusInStap2() } });

		expect(
			screen.getByText(/Bespreek de signalen altijd met de aandachtsfunctionaris/)
		).toBeVisible();
		expect(
			screen.getByText(/pas verder naar stap 3 als je minstens één consultatie/)
		).toBeVisible();
		expect(screen.getByRole('status')).toHaveTextContent('Nog geen consultatie vastgelegd.');
		expect(screen.queryByRole('button', { name: 'Stap 2 afronden' })).toBeNull();
		// The safety lead from the settings is suggested; the date is today.
		expect(screen.getByLabelText('Welke rol heeft deze persoon? (verplicht)')).toHaveValue(
			'aandachtsfunctionaris'
		);
		expect(screen.getByLabelText('Wanneer was het overleg? (verplicht)')).toHaveValue(vandaag());
	});

	it('legt een consultatie vast, toont haar in de lijst, en rondt daarna stap 2 af', async () => {
		const user = userEvent.setup();
		const casus = casusInStap2();
		render(Stap2Consultatie, { props: { casus } });

		await user.type(screen.getByLabelText('Met wie heb je overlegd? (verplicht)'), 'J. de Vries');
		await user.type(screen.getByLabelText(ADVIES), 'Eerst met ouders praten.');
		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));

		expect(casus.waar).toBe('stap2');
		expect(casus.snapshot.context.consultaties).toBe(1);
		const regel = casus.regels.at(-1);
		expect(regel?.beslissing.event).toMatchObject({
			type: 'CONSULTATIE',
			metWie: 'J. de Vries',
			rol: 'aandachtsfunctionaris',
			toelichting: 'Eerst met ouders praten.'
		});
		expect(regel?.beslissing.event).not.toHaveProperty('kenmerk');
		expect(regel?.gegevens).toEqual({
			soort: 'consultatie',
			datum: vandaag(),
			anoniemVeiligThuis: false
		});

		expect(screen.getByRole('status')).toHaveTextContent('1 consultatie vastgelegd.');
		const lijst = screen.getByRole('list', { name: 'Vastgelegde consultaties' });
		expect(lijst).toHaveTextContent('J. de Vries');
		expect(lijst).toHaveTextContent('Advies: Eerst met ouders praten.');
		// The form is empty again for a next consultation.
		expect(screen.getByLabelText('Met wie heb je overlegd? (verplicht)')).toHaveValue('');
		expect(screen.getByLabelText(ADVIES)).toHaveValue('');

		await user.type(
			screen.getByLabelText(/Wat neem je mee uit de consultatie/),
			'We bespreken de signalen met de ouders.'
		);
		await user.click(screen.getByRole('button', { name: 'Stap 2 afronden' }));
		expect(casus.waar).toBe('stap3');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-2',
			toelichting: 'We bespreken de signalen met de ouders.'
		});
	});

	it('anoniem advies van Veilig Thuis: legt het kenmerk en de datum van het overleg vast', async () => {
		const user = userEvent.setup();
		const casus = casusInStap2();
		render(Stap2Consultatie, { props: { casus } });

		expect(screen.queryByLabelText(/Kenmerk van het advies/)).toBeNull();
		await user.click(screen.getByRole('checkbox', { name: 'Anoniem advies van Veilig Thuis' }));
		expect(screen.getByText(/zonder namen van leerling of ouders/)).toBeVisible();
		expect(screen.getByText(/Vraag naar dat kenmerk en noteer het/)).toBeVisible();

		await user.type(screen.getByLabelText('Met wie heb je overlegd? (verplicht)'), 'P. Smit');
		// Advice from Veilig Thuis: the suggested role follows.
		expect(screen.getByLabelText('Welke rol heeft deze persoon? (verplicht)')).toHaveValue(
			'adviseur Veilig Thuis'
		);
		const datum = screen.getByLabelText('Wanneer was het overleg? (verplicht)');
		await user.clear(datum);
		await user.type(datum, '2026-11-20');
		await user.type(screen.getByLabelText(/Kenmerk van het advies/), 'VT-2026-17');
		await user.type(screen.getByLabelText(ADVIES), 'Signalen zijn zorgelijk; gesprek met ouders.');
		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));

		expect(casus.regels.at(-1)?.beslissing.event).toMatchObject({
			metWie: 'P. Smit',
			rol: 'adviseur Veilig Thuis',
			kenmerk: 'VT-2026-17'
		});
		expect(casus.regels.at(-1)?.gegevens).toEqual({
			soort: 'consultatie',
			datum: '2026-11-20',
			anoniemVeiligThuis: true
		});
		expect(screen.getByText(/20 november 2026/)).toHaveTextContent(
			'anoniem advies van Veilig Thuis'
		);
		expect(screen.getByText(/Kenmerk van het advies: VT-2026-17/)).toBeInTheDocument();
	});

	it('weigert zonder naam en zonder advies, en zegt wat ontbreekt', async () => {
		const user = userEvent.setup();
		const casus = casusInStap2();
		render(Stap2Consultatie, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Met wie heb je overlegd?');
		expect(alert).toHaveTextContent('een toelichting is verplicht');
		expect(alert).toHaveFocus();
		expect(casus.snapshot.context.consultaties).toBe(0);
		expect(casus.regels).toHaveLength(2);
	});

	it('weigert een datum in de toekomst', async () => {
		const user = userEvent.setup();
		const casus = casusInStap2();
		render(Stap2Consultatie, { props: { casus } });

		await user.type(screen.getByLabelText('Met wie heb je overlegd? (verplicht)'), 'J. de Vries');
		const datum = screen.getByLabelText('Wanneer was het overleg? (verplicht)');
		await user.clear(datum);
		await user.type(datum, '2999-01-01');
		await user.type(screen.getByLabelText(ADVIES), 'Advies.');
		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));

		expect(screen.getByRole('alert')).toHaveTextContent(
			'Kies de datum van het overleg: vandaag of eerder.'
		);
		expect(casus.snapshot.context.consultaties).toBe(0);
	});

	it('toont consultaties die al eerder zijn vastgelegd', () => {
		const casus = casusInStap2();
		expect(
			casus.verstuur(
				{ ...ev('CONSULTATIE'), toelichting: 'Bespreek het met de IB-er.' },
				{ soort: 'consultatie', datum: '2026-11-19', anoniemVeiligThuis: false }
			)
		).toEqual({ ok: true });
		render(Stap2Consultatie, { props: { casus } });

		expect(screen.getByText('J. de Vries')).toBeInTheDocument();
		expect(screen.getByText(/19 november 2026/)).toBeInTheDocument();
		expect(screen.getByText('Advies: Bespreek het met de IB-er.')).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Nog een consultatie vastleggen' })).toBeVisible();
		expect(screen.getByRole('button', { name: 'Stap 2 afronden' })).toBeVisible();
	});

	it('herinnert aan de regels voor letsel als in stap 1 letsel is vastgelegd', () => {
		const casus = casusNa([ev('START_STAPPENPLAN')]);
		expect(
			casus.verstuur(ev('SIGNALEN_VASTGELEGD'), {
				soort: 'stap1',
				signalen: [],
				waarnemingen: [],
				letsel: true
			})
		).toEqual({ ok: true });
		render(Stap2Consultatie, { props: { casus } });

		expect(screen.getByText(/In stap 1 is letsel vastgelegd/)).toBeVisible();
		expect(screen.getByText("Geen foto's.")).toBeVisible();
	});

	it('noemt geen letsel als er in stap 1 geen letsel is vastgelegd', () => {
		render(Stap2Consultatie, { props: { casus: casusInStap2() } });
		expect(screen.queryByText(/In stap 1 is letsel vastgelegd/)).toBeNull();
	});
});

describe('regel 11: advies van Veilig Thuis alleen rondt stap 2 niet af', () => {
	it('zegt dat overleg met de aandachtsfunctionaris nodig is, en biedt afronden niet aan', () => {
		const casus = casusNa([
			ev('START_STAPPENPLAN'),
			ev('SIGNALEN_VASTGELEGD'),
			ev('CONSULTATIE', { rol: 'adviseur Veilig Thuis', veiligThuisAdvies: true })
		]);
		render(Stap2Consultatie, { props: { casus } });
		expect(screen.getByRole('note')).toHaveTextContent(
			'Advies van Veilig Thuis alleen rondt stap 2 niet af'
		);
		expect(screen.queryByRole('button', { name: 'Stap 2 afronden' })).toBeNull();
	});
});
