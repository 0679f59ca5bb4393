import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Doorverwezen from '$lib/components/stappen/Doorverwezen.svelte';
import MedewerkerRoute from '$lib/components/stappen/MedewerkerRoute.svelte';
import { ev } from '../../unit/machines/voorbeelden';

const NAAR_MEDEWERKER = [ev('START_STAPPENPLAN'), ev('SIGNALEN_OVER_MEDEWERKER')];

describe('MedewerkerRoute', () => {
	it('zegt dat het stappenplan niet geldt, en wat elk antwoord betekent voordat je kiest', () => {
		const casus = casusNa(NAAR_MEDEWERKER);
		expect(casus.waar).toBe('medewerker.aard');
		render(MedewerkerRoute, { props: { casus } });

		expect(screen.getByText(/het stappenplan van de meldcode niet van toepassing/)).toBeVisible();
		expect(screen.getByText(/Die meldplicht geldt voor alle medewerkers/)).toBeVisible();
		expect(
			screen.getByRole('group', {
				name: 'Gaat het om seksueel misbruik of seksuele intimidatie door een medewerker?'
			})
		).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Ja' })).toHaveAccessibleDescription(
			/overlegt dan met de vertrouwensinspecteur, en moet daarna bij een redelijk vermoeden van een zedenmisdrijf aangifte doen/
		);
		expect(screen.getByRole('radio', { name: 'Nee' })).toHaveAccessibleDescription(
			/directeur of het schoolbestuur \(de bestuurssecretaris\); zij nemen het over/
		);
	});

	it('weigert zonder antwoord en zonder toelichting, en blijft staan', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NAAR_MEDEWERKER);
		render(MedewerkerRoute, { props: { casus } });

		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Kies ja of nee.');
		expect(alert).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('medewerker.aard');
	});

	it('ja: doorverwezen; het bevoegd gezag overlegt met de vertrouwensinspecteur, en het scherm daarna zegt wat je nu doet', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NAAR_MEDEWERKER);
		const { unmount } = render(MedewerkerRoute, { props: { casus } });

		await user.click(screen.getByRole('radio', { name: 'Ja' }));
		await user.type(
			screen.getByLabelText(/Wat heb je gezien of gehoord/),
			'Leerling vertelde dat de gymleraar haar aanraakte.'
		);
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(casus.waar).toBe('doorverwezen');
		expect(casus.snapshot.context.medewerker).toEqual({ aangifteplicht: true });
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'medewerker-zeden',
			antwoord: 'ja',
			toelichting: 'Leerling vertelde dat de gymleraar haar aanraakte.'
		});
		unmount();

		render(Doorverwezen, { props: { casus } });
		expect(
			screen.getByText('De directeur of het schoolbestuur neemt het over.')
		).toBeInTheDocument();
		expect(
			screen.getByText('Overleg met de vertrouwensinspecteur, en dan mogelijk aangifte')
		).toBeInTheDocument();
		expect(
			screen.getByText(
				/overlegt het bevoegd gezag \(de directeur of het schoolbestuur\) met de vertrouwensinspecteur/
			)
		).toBeInTheDocument();
		expect(screen.getByRole('heading', { name: 'Wat doe je nu?' })).toBeInTheDocument();
		expect(
			screen.getByText(/Meld de signalen bij de directeur, of bij het schoolbestuur/)
		).toBeInTheDocument();
	});

	it('nee: doorverwezen zonder overleg over aangifte; de meldplicht blijft', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NAAR_MEDEWERKER);
		const { unmount } = render(MedewerkerRoute, { props: { casus } });

		await user.click(screen.getByRole('radio', { name: 'Nee' }));
		await user.type(screen.getByLabelText(/Wat heb je gezien of gehoord/), 'Collega schreeuwt.');
		await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
		expect(casus.waar).toBe('doorverwezen');
		expect(casus.snapshot.context.medewerker).toEqual({ aangifteplicht: false });
		unmount();

		render(Doorverwezen, { props: { casus } });
		expect(screen.queryByText(/vertrouwensinspecteur/)).toBeNull();
		expect(screen.getByText('Meldplicht')).toBeInTheDocument();
	});
});
