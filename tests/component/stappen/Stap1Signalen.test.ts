import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Stap1Signalen from '$lib/components/stappen/Stap1Signalen.svelte';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import { ev } from '../../unit/machines/voorbeelden';

/** A case of a pupil of this age, brought to stap 1 with valid events. */
function casusInStap1(leeftijd = 9) {
	const events: MeldcodeEvent[] = [ev('START_STAPPENPLAN')];
	const casus = casusNa(events, { leeftijd, variant: 'school' });
	expect(casus.waar).toBe('stap1');
	return casus;
}

const BUIKPIJN = 'Heeft vaak buikpijn of hoofdpijn, of valt flauw';
const JUSTITIE = 'Is in aanraking gekomen met politie of justitie';
/** Groups of the list are collapsed: open one by its summary, as a user does. */
const groep = (naam: string) => screen.getByText(naam, { selector: 'summary' });

const SAMENVATTING = /Samenvatting: wat maakt je zorg sterker of zwakker/;

describe('Stap1Signalen', () => {
	it('legt een aangevinkt signaal met notitie en een waarneming vast, en gaat naar stap 2', async () => {
		const user = userEvent.setup();
		const casus = casusInStap1(9);
		render(Stap1Signalen, { props: { casus } });

		expect(screen.getByRole('heading', { name: /kinderen van 4 tot 12 jaar/ })).toBeInTheDocument();
		await user.click(groep('Signalen bij het kind'));
		expect(screen.queryByLabelText(`Notitie bij: ${BUIKPIJN} (niet verplicht)`)).toBeNull();
		await user.click(screen.getByRole('checkbox', { name: BUIKPIJN }));
		await user.type(
			screen.getByLabelText(`Notitie bij: ${BUIKPIJN} (niet verplicht)`),
			'Ma en di, bij de gymles'
		);
		expect(screen.getByText('(1 aangevinkt)')).toBeInTheDocument();

		const waarneming = screen.getByRole('group', { name: 'Waarneming 1' });
		await user.type(
			within(waarneming).getByLabelText('Wat zag of hoorde je?'),
			'Zat in de pauze alleen bij de deur.'
		);
		await user.click(within(waarneming).getByRole('radio', { name: 'Feit: gezien of gehoord' }));
		await user.selectOptions(
			within(waarneming).getByLabelText('Van wie komt dit?'),
			'Eigen waarneming'
		);
		await user.type(
			screen.getByLabelText(SAMENVATTING),
			'Klachten passen bij spanning; ouders komen wel trouw naar gesprekken.'
		);
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));

		expect(casus.waar).toBe('stap2');
		const regel = casus.regels.at(-1);
		expect(regel?.beslissing).toMatchObject({
			vraagId: 'stap-1',
			toelichting: 'Klachten passen bij spanning; ouders komen wel trouw naar gesprekken.'
		});
		expect(regel?.gegevens).toEqual({
			soort: 'stap1',
			lijst: '4-12',
			signalen: [{ id: 'b2-lichamelijke-klachten', notitie: 'Ma en di, bij de gymles' }],
			waarnemingen: [
				{
					id: expect.any(String),
					soort: 'feit',
					tekst: 'Zat in de pauze alleen bij de deur.',
					herkomst: 'eigen-waarneming'
				}
			],
			letsel: false
		});
	});

	it('weigert als er geen signaal is aangevinkt en niets is opgeschreven', async () => {
		const user = userEvent.setup();
		const casus = casusInStap1();
		render(Stap1Signalen, { props: { casus } });

		await user.type(screen.getByLabelText(SAMENVATTING), 'Niets bijzonders.');
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));

		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent(
			'Vink minstens één signaal aan, of schrijf op wat je zag of hoorde.'
		);
		expect(alert).toHaveFocus();
		expect(casus.waar).toBe('stap1');
		expect(casus.regels).toHaveLength(1);
		// What was typed is kept.
		expect(screen.getByLabelText(SAMENVATTING)).toHaveValue('Niets bijzonders.');
	});

	it('vraagt bij een waarneming of het een feit of een vermoeden is, en van wie het komt', async () => {
		const user = userEvent.setup();
		const casus = casusInStap1();
		render(Stap1Signalen, { props: { casus } });

		const rij = screen.getByRole('group', { name: 'Waarneming 1' });
		await user.type(
			within(rij).getByLabelText('Wat zag of hoorde je?'),
			'Mogelijk slaapt hij slecht.'
		);
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));

		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Waarneming 1: kies of het een feit is of een vermoeden.');
		expect(alert).toHaveTextContent('Waarneming 1: kies van wie het komt.');
		expect(alert).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap1');

		const vermoeden = within(rij).getByRole('radio', { name: 'Vermoeden (hypothese)' });
		expect(vermoeden).toHaveAccessibleDescription(/bevestigd of weerlegd/);
		await user.click(vermoeden);
		await user.selectOptions(within(rij).getByLabelText('Van wie komt dit?'), 'Ouder of verzorger');
		await user.type(screen.getByLabelText(SAMENVATTING), 'Nog onzeker.');
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));

		expect(casus.waar).toBe('stap2');
		expect(casus.regels.at(-1)?.gegevens).toMatchObject({
			signalen: [],
			waarnemingen: [
				{ soort: 'hypothese', herkomst: 'ouder', tekst: 'Mogelijk slaapt hij slecht.' }
			]
		});
	});

	it('voegt waarnemingen toe en verwijdert ze; lege regels tellen niet mee', async () => {
		const user = userEvent.setup();
		const casus = casusInStap1();
		render(Stap1Signalen, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Nog een waarneming toevoegen' }));
		const tweede = screen.getByRole('group', { name: 'Waarneming 2' });
		expect(within(tweede).getByLabelText('Wat zag of hoorde je?')).toHaveFocus();
		await user.keyboard('De juf van groep 4 zag een blauwe plek.');
		await user.click(within(tweede).getByRole('radio', { name: 'Feit: gezien of gehoord' }));
		await user.selectOptions(within(tweede).getByLabelText('Van wie komt dit?'), 'Collega');

		await user.click(screen.getByRole('button', { name: 'Waarneming 1 verwijderen' }));
		expect(screen.queryByRole('group', { name: 'Waarneming 2' })).toBeNull();
		expect(screen.getByRole('button', { name: 'Nog een waarneming toevoegen' })).toHaveFocus();
		// The second row is now the first, with what was typed in it.
		expect(
			within(screen.getByRole('group', { name: 'Waarneming 1' })).getByLabelText(
				'Wat zag of hoorde je?'
			)
		).toHaveValue('De juf van groep 4 zag een blauwe plek.');

		await user.click(screen.getByRole('button', { name: 'Nog een waarneming toevoegen' }));
		await user.type(screen.getByLabelText(SAMENVATTING), 'Informatie van een collega.');
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));

		expect(casus.waar).toBe('stap2');
		expect(casus.regels.at(-1)?.gegevens).toMatchObject({
			waarnemingen: [{ herkomst: 'collega', tekst: 'De juf van groep 4 zag een blauwe plek.' }]
		});
	});

	it('toont bij letsel de regels van bijlage 7, en legt het letsel vast', async () => {
		const user = userEvent.setup();
		const casus = casusInStap1();
		render(Stap1Signalen, { props: { casus } });

		expect(screen.queryByText(/Maak geen foto's van letsel/)).toBeNull();
		await user.click(screen.getByRole('checkbox', { name: 'Er is letsel gezien' }));
		expect(screen.getByText(/Maak geen foto's van letsel/)).toBeInTheDocument();
		expect(
			screen.getByText(/Beoordeel lichamelijk letsel daarom nooit op eigen houtje/)
		).toBeVisible();
		expect(screen.getByText(/spoedeisende medische zorg/)).toBeInTheDocument();
		expect(
			screen.getByText(
				/Alle advies en ondersteuning bij zorgen over lichamelijk letsel stem je af met Veilig Thuis/
			)
		).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' })).toHaveAttribute(
			'href',
			'tel:08002000'
		);
		expect(screen.getByText('Bron: meldcode, bijlage 7')).toBeInTheDocument();

		await user.click(groep('Signalen bij het kind'));
		await user.click(screen.getByRole('checkbox', { name: BUIKPIJN }));
		await user.type(screen.getByLabelText(SAMENVATTING), 'Blauwe plek op de bovenarm.');
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));
		expect(casus.regels.at(-1)?.gegevens).toMatchObject({
			letsel: true,
			signalen: [{ id: 'b2-lichamelijke-klachten' }]
		});
	});

	it('toont voor een leerling van 14 de lijst voor 12 tot 18 jaar', async () => {
		const user = userEvent.setup();
		render(Stap1Signalen, { props: { casus: casusInStap1(14) } });

		expect(
			screen.getByRole('heading', { name: /jongeren van 12 tot 18 jaar/ })
		).toBeInTheDocument();
		expect(screen.queryByRole('heading', { name: /4 tot 12 jaar/ })).toBeNull();
		await user.click(groep('Signalen bij de jongere'));
		expect(screen.getByRole('checkbox', { name: JUSTITIE })).toBeInTheDocument();
		expect(screen.getByText('Bron: meldcode, bijlage 3')).toBeInTheDocument();
	});

	it('toont voor een leerling van 9 de signalen in de drie groepen van de bron', () => {
		render(Stap1Signalen, { props: { casus: casusInStap1(9) } });

		expect(screen.queryByRole('checkbox', { name: JUSTITIE })).toBeNull();
		expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(
			expect.arrayContaining([
				'Signalen bij het kind',
				'Signalen die vooral wijzen op seksueel misbruik',
				'Signalen bij de ouder of verzorger'
			])
		);
		expect(screen.getByText('Bron: meldcode, bijlage 2')).toBeInTheDocument();
	});
});
