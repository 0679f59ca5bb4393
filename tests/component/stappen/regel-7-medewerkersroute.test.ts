/**
 * Issue 13, rule 7, on screen: the staff route. The aangifteplicht is the bevoegd gezag's and
 * conditional: it consults the vertrouwensinspecteur and then has the duty "bij een redelijk
 * vermoeden van een zedenmisdrijf" (004 · Stappenplan, ter aanvulling, seed lines 248–252); the
 * signals go to the directeur or the bestuurssecretaris, who files the report (004 · Stap 1,
 * seed lines 275–280), named from the settings. The entry is open on the start screen.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';
import Doorverwezen from '$lib/components/stappen/Doorverwezen.svelte';
import MedewerkerRoute from '$lib/components/stappen/MedewerkerRoute.svelte';
import NaarMedewerker from '$lib/components/stappen/NaarMedewerker.svelte';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';

const NAAR_MEDEWERKER = [ev('START_STAPPENPLAN'), ev('SIGNALEN_OVER_MEDEWERKER')];
const VRAAG = 'Gaat het om signalen over een medewerker van de school?';

async function antwoordZeden(antwoord: 'Ja' | 'Nee') {
	const user = userEvent.setup();
	const casus = casusNa(NAAR_MEDEWERKER);
	const { unmount } = render(MedewerkerRoute, { props: { casus } });
	await user.click(screen.getByRole('radio', { name: antwoord }));
	await user.type(
		screen.getByLabelText(/Wat heb je gezien of gehoord/),
		'De leerling vertelde het.'
	);
	await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
	expect(casus.waar).toBe('doorverwezen');
	unmount();
	return { user, casus };
}

describe('regel 7: de route voor signalen over een medewerker', () => {
	afterEach(() => {
		instellingen.waarden = { ...STANDAARD };
	});

	it('staat open op het beginscherm: vraag, uitleg en knop zonder eerst iets open te klappen', () => {
		render(NaarMedewerker, { props: { casus: casusNa() } });
		const route = screen.getByRole('region', { name: VRAAG });
		expect(within(route).getByRole('heading', { name: VRAAG })).toBeVisible();
		expect(within(route).getByText(/Dan is dit stappenplan niet van toepassing/)).toBeVisible();
		expect(within(route).getByLabelText(/Waarom gaat het om een medewerker\?/)).toBeVisible();
		expect(
			within(route).getByRole('button', { name: 'Naar de route voor een medewerker' })
		).toBeVisible();
	});

	it('vanaf stap 1 klapt hij in onder zijn vraag', async () => {
		const user = userEvent.setup();
		render(NaarMedewerker, { props: { casus: casusNa([ev('START_STAPPENPLAN')]) } });
		expect(screen.queryByRole('region', { name: VRAAG })).toBeNull();
		const knop = screen.getByRole('button', { name: 'Naar de route voor een medewerker' });
		expect(knop).not.toBeVisible();
		await user.click(screen.getByText(VRAAG));
		expect(knop).toBeVisible();
	});

	it('ja: het bevoegd gezag overlegt met de vertrouwensinspecteur; aangifte pas bij een redelijk vermoeden van een zedenmisdrijf', async () => {
		await antwoordZeden('Ja').then(({ casus }) => render(Doorverwezen, { props: { casus } }));
		// No bare "Aangifteplicht" as if it were a fact already established.
		expect(screen.queryByText('Aangifteplicht')).toBeNull();
		const vak = screen.getByText(/Overleg met de vertrouwensinspecteur, en dan mogelijk aangifte/)
			.parentElement!.parentElement!;
		expect(vak).toHaveTextContent(
			/overlegt het bevoegd gezag \(de directeur of het schoolbestuur\) met de vertrouwensinspecteur/
		);
		expect(vak).toHaveTextContent(
			/Heeft het bevoegd gezag daarna een redelijk vermoeden van een zedenmisdrijf, dan moet het aangifte doen/
		);
		expect(vak).toHaveTextContent(/die aangifte doet de bestuurssecretaris\./);
		expect(vak).toHaveTextContent(/jij doet geen aangifte/);
		expect(vak).toHaveTextContent('Bron: meldcode, stappenplan (ter aanvulling)');
	});

	it('de bestuurssecretaris heet zoals de instellingen zeggen, op de vraag en na het antwoord', async () => {
		instellingen.waarden = { ...STANDAARD, bestuurssecretaris: ' A. van der Aa ' };
		render(MedewerkerRoute, { props: { casus: casusNa(NAAR_MEDEWERKER) } });
		expect(screen.getByRole('radio', { name: 'Ja' })).toHaveAccessibleDescription(
			/Jij meldt het bij de directeur of bij de bestuurssecretaris \(A\. van der Aa\)\..*die aangifte doet de bestuurssecretaris \(A\. van der Aa\)\./
		);
		document.body.innerHTML = '';

		const { casus } = await antwoordZeden('Ja');
		render(Doorverwezen, { props: { casus } });
		expect(
			screen.getByText(/die aangifte doet de bestuurssecretaris \(A\. van der Aa\)\./)
		).toBeInTheDocument();
		expect(
			screen.getByText(
				/Meld de signalen bij de directeur, of bij het schoolbestuur: bij de bestuurssecretaris \(A\. van der Aa\)\./
			)
		).toBeInTheDocument();
	});

	it('op het beginscherm noemt de ingang de bestuurssecretaris bij naam als die is ingesteld', () => {
		instellingen.waarden = { ...STANDAARD, bestuurssecretaris: 'A. van der Aa' };
		render(NaarMedewerker, { props: { casus: casusNa() } });
		expect(
			screen.getByText(/bij de directeur of bij de bestuurssecretaris \(A\. van der Aa\)/)
		).toBeVisible();
	});

	it('het logboek zegt na "ja" wat volgt, niet "aangifteplicht: ja"', async () => {
		const { user, casus } = await antwoordZeden('Ja');
		render(Geschiedenis, { props: { casus } });
		await user.click(screen.getByText(/Eerdere beslissingen/));
		const regel = within(screen.getAllByRole('listitem').at(-1)!);
		expect(
			regel.getByText(
				'Seksueel misbruik of seksuele intimidatie door een medewerker: ja; het bevoegd gezag (directeur of bestuur) overlegt met de vertrouwensinspecteur en moet bij een redelijk vermoeden van een zedenmisdrijf aangifte doen'
			)
		).toBeVisible();
	});
});
