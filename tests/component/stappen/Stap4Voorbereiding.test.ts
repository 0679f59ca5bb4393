import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Stap4Voorbereiding from '$lib/components/stappen/Stap4Voorbereiding.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { ev } from '../../unit/machines/voorbeelden';

/** A case brought to stap 4 (voorbereiding) with valid events. */
function casusInStap4() {
	const events: MeldcodeEvent[] = [
		ev('START_STAPPENPLAN'),
		ev('SIGNALEN_VASTGELEGD'),
		ev('CONSULTATIE'),
		ev('CONSULTATIE_AFGEROND'),
		ev('GESPREK_GEVOERD')
	];
	const casus = casusNa(events, { leeftijd: 9, variant: 'school' });
	expect(casus.waar).toBe('stap4.voorbereiding');
	return casus;
}

const VOORBEREIDING = /hoe bereid je het gesprek daarover voor/;

afterEach(() => {
	instellingen.waarden = { ...STANDAARD };
});

describe('Stap4Voorbereiding', () => {
	it('stelt de aandachtsfunctionaris en de melder uit de instellingen voor', () => {
		instellingen.waarden = {
			...STANDAARD,
			aandachtsfunctionarisRol: 'regisseur veiligheid',
			aandachtsfunctionarisNaam: 'A. Bakker',
			melder: 'directeur, mevrouw Peters'
		};
		render(Stap4Voorbereiding, { props: { casus: casusInStap4() } });

		expect(screen.getByLabelText('Deelnemer 1')).toHaveValue('A. Bakker (regisseur veiligheid)');
		expect(
			screen.getByLabelText('Wie doet de melding als het zover komt? (verplicht)')
		).toHaveValue('directeur, mevrouw Peters');
		expect(screen.getByText(/altijd besproken met de aandachtsfunctionaris/)).toBeVisible();
		expect(screen.getByText(/Bij jullie is de aandachtsfunctionaris/)).toHaveTextContent(
			'regisseur veiligheid'
		);
	});

	it('zonder ingestelde aandachtsfunctionaris: zegt dat, en waar je het instelt', () => {
		render(Stap4Voorbereiding, { props: { casus: casusInStap4() } });
		expect(screen.queryByText(/Bij jullie is de aandachtsfunctionaris/)).toBeNull();
		expect(
			screen.getByText(
				/Wie bij jullie de aandachtsfunctionaris is, staat nog niet in de instellingen/
			)
		).toBeVisible();
		expect(screen.getByRole('link', { name: 'Instellingen' })).toHaveAttribute(
			'href',
			expect.stringMatching(/\/instellingen\/$/)
		);
	});

	it('bij twijfel: neem contact op met Veilig Thuis', () => {
		render(Stap4Voorbereiding, { props: { casus: casusInStap4() } });
		expect(screen.getByText(/Vraag advies als je twijfelt/)).toBeVisible();
		expect(screen.getByRole('link', { name: /Bel Veilig Thuis: 0800-2000/ })).toHaveAttribute(
			'href',
			'tel:08002000'
		);
	});

	it('legt vast wie meeweegt en wie meldt, en gaat naar afweging 1', async () => {
		const user = userEvent.setup();
		const casus = casusInStap4();
		render(Stap4Voorbereiding, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Deelnemer toevoegen' }));
		expect(screen.getByLabelText('Deelnemer 2')).toHaveFocus();
		await user.keyboard('M. Jansen (IB-er)');
		await user.type(screen.getByLabelText(VOORBEREIDING), 'De directeur belt de ouders vooraf.');
		await user.click(screen.getByRole('button', { name: 'Naar de afwegingsvragen' }));

		expect(casus.waar).toBe('stap4.vraag1');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-4',
			toelichting: 'De directeur belt de ouders vooraf.',
			event: {
				type: 'WEGING_VOORBEREID',
				deelnemers: ['aandachtsfunctionaris', 'M. Jansen (IB-er)'],
				melder: 'directeur'
			}
		});
	});

	it('weigert zonder deelnemers en zonder melder, en zegt wat ontbreekt', async () => {
		const user = userEvent.setup();
		const casus = casusInStap4();
		render(Stap4Voorbereiding, { props: { casus } });

		expect(screen.queryByText(/staat niet in de lijst/)).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Verwijder deelnemer 1' }));
		expect(screen.queryByLabelText('Deelnemer 1')).toBeNull();
		expect(screen.getByRole('button', { name: 'Deelnemer toevoegen' })).toHaveFocus();
		expect(screen.getByText(/aandachtsfunctionaris staat niet in de lijst/)).toBeVisible();

		await user.clear(screen.getByLabelText('Wie doet de melding als het zover komt? (verplicht)'));
		await user.type(screen.getByLabelText(VOORBEREIDING), 'Nog niet besproken.');
		await user.click(screen.getByRole('button', { name: 'Naar de afwegingsvragen' }));

		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Met wie weeg je? Noem minstens één deelnemer.');
		expect(alert).toHaveTextContent('Leg vast wie de melding doet als het zover komt.');
		expect(casus.waar).toBe('stap4.voorbereiding');
		expect(casus.regels).toHaveLength(5);
	});

	it('de voorbereiding van een gesprek over een melding is niet verplicht: die is er misschien niet', async () => {
		const user = userEvent.setup();
		const casus = casusInStap4();
		render(Stap4Voorbereiding, { props: { casus } });
		const veld = screen.getByLabelText(VOORBEREIDING);
		expect(veld.closest('form')!.querySelector(`label[for="${veld.id}"]`)).toHaveTextContent(
			'(niet verplicht)'
		);
		expect(veld).not.toBeRequired();
		// Who weighs and who would report are required, and say so.
		expect(screen.getByRole('group', { name: /Wie wegen er mee\? \(verplicht\)/ })).toBeVisible();
		expect(
			screen.getByLabelText('Wie doet de melding als het zover komt? (verplicht)')
		).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Naar de afwegingsvragen' }));
		expect(casus.waar).toBe('stap4.vraag1');
		expect(casus.regels.at(-1)?.beslissing.toelichting).toBe('');
	});
});
