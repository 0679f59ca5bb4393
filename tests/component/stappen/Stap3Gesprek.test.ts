import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Stap3Gesprek from '$lib/components/stappen/Stap3Gesprek.svelte';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { ev } from '../../unit/machines/voorbeelden';

/** A case of a pupil of this age, brought to stap 3 with valid events. */
function casusInStap3(leeftijd = 9) {
	const events: MeldcodeEvent[] = [
		ev('START_STAPPENPLAN'),
		ev('SIGNALEN_VASTGELEGD'),
		ev('CONSULTATIE'),
		ev('CONSULTATIE_AFGEROND')
	];
	const casus = casusNa(events, { leeftijd, variant: 'school' });
	expect(casus.waar).toBe('stap3');
	return casus;
}

const REACTIE = /Hoe reageerden ouders en\/of leerling, en wat is afgesproken/;

describe('Stap3Gesprek', () => {
	it('helpt voorbereiden en toont de leeftijdsregel voor deze leerling', async () => {
		const user = userEvent.setup();
		render(Stap3Gesprek, { props: { casus: casusInStap3(9) } });

		expect(screen.getByRole('heading', { name: /Jonger dan 12 jaar/ })).toBeVisible();
		expect(screen.getByText('Bron: meldcode, bijlage 5')).toBeInTheDocument();
		await user.click(screen.getByText('Praktisch: uitnodigen, plek, tijd, tolk'));
		expect(screen.getByText(/laat niet het kind of een ander familielid tolken/)).toBeVisible();
		expect(screen.getByText('Wat je in het gesprek niet hoeft te doen')).toBeVisible();
	});

	it('toont voor een leerling van 14 de regel voor 12 tot 16 jaar', () => {
		render(Stap3Gesprek, { props: { casus: casusInStap3(14) } });
		expect(screen.getByRole('heading', { name: /12 tot 16 jaar/ })).toBeVisible();
		expect(screen.queryByRole('heading', { name: /Jonger dan 12 jaar/ })).toBeNull();
	});

	it('legt het gesprek vast met wie het voerde en welke agendapunten aan bod kwamen', async () => {
		const user = userEvent.setup();
		const casus = casusInStap3();
		render(Stap3Gesprek, { props: { casus } });

		const agenda = screen.getByRole('group', { name: 'Welke punten kwamen aan bod?' });
		expect(within(agenda).getAllByRole('checkbox')).toHaveLength(4);
		await user.type(
			screen.getByLabelText('Wie voerde het gesprek? (verplicht)'),
			'Leerkracht en IB-er'
		);
		await user.click(within(agenda).getByRole('checkbox', { name: /Leg uit wat het doel/ }));
		await user.click(
			within(agenda).getByRole('checkbox', { name: /Nodig ouders en\/of leerling uit/ })
		);
		await user.type(screen.getByLabelText(REACTIE), 'Moeder herkent het; over twee weken opnieuw.');
		await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));

		expect(casus.waar).toBe('stap4.voorbereiding');
		expect(casus.snapshot.context.stap3).toEqual({ gevoerd: true });
		const regel = casus.regels.at(-1);
		expect(regel?.beslissing).toMatchObject({
			vraagId: 'stap-3',
			toelichting: 'Moeder herkent het; over twee weken opnieuw.'
		});
		expect(regel?.gegevens).toEqual({
			soort: 'gesprek',
			agenda: ['doel-uitleggen', 'reactie-vragen'],
			metWie: 'Leerkracht en IB-er'
		});
	});

	it('weigert het gesprek vast te leggen zonder wie het voerde', async () => {
		const user = userEvent.setup();
		const casus = casusInStap3();
		render(Stap3Gesprek, { props: { casus } });

		await user.type(screen.getByLabelText(REACTIE), 'Vader was boos.');
		await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));

		expect(screen.getByRole('alert')).toHaveTextContent('Schrijf op wie het gesprek voerde.');
		expect(casus.waar).toBe('stap3');
		expect(casus.regels).toHaveLength(4);
	});

	it('geen gesprek voeren kan alleen om een van de twee redenen uit de meldcode', async () => {
		const user = userEvent.setup();
		const casus = casusInStap3();
		render(Stap3Gesprek, { props: { casus } });

		await user.click(screen.getByText('Geen gesprek voeren?'));
		const overslaan = screen.getByRole('form', { name: 'Geen gesprek voeren' });
		const redenen = within(overslaan).getByRole('group', {
			name: 'Welke reden uit de meldcode geldt?'
		});
		expect(within(redenen).getAllByRole('radio')).toHaveLength(2);

		await user.type(
			within(overslaan).getByLabelText(/Waarom geldt deze reden hier/),
			'Vader dreigde.'
		);
		await user.click(within(overslaan).getByRole('button', { name: 'Zonder gesprek naar stap 4' }));
		expect(within(overslaan).getByRole('alert')).toHaveTextContent(
			'Overslaan mag alleen om een van de twee redenen uit de meldcode'
		);
		expect(casus.waar).toBe('stap3');

		await user.click(within(redenen).getByRole('radio', { name: /veiligheid van de leerling/ }));
		await user.click(within(overslaan).getByRole('button', { name: 'Zonder gesprek naar stap 4' }));

		expect(casus.waar).toBe('stap4.voorbereiding');
		expect(casus.snapshot.context.stap3).toEqual({ gevoerd: false, reden: 'veiligheid' });
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-3-overslaan',
			antwoord: 'veiligheid',
			toelichting: 'Vader dreigde.'
		});
	});

	it('geen gesprek voeren vraagt ook een toelichting', async () => {
		const user = userEvent.setup();
		const casus = casusInStap3();
		render(Stap3Gesprek, { props: { casus } });

		await user.click(screen.getByText('Geen gesprek voeren?'));
		const overslaan = screen.getByRole('form', { name: 'Geen gesprek voeren' });
		await user.click(within(overslaan).getByRole('radio', { name: /contact verbreken/ }));
		await user.click(within(overslaan).getByRole('button', { name: 'Zonder gesprek naar stap 4' }));

		expect(within(overslaan).getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap3');
	});
});
