/**
 * Rule 8 of issue 13 · acute danger and disclosure (004 · Bijlage 1; Meldnormen): from the red
 * button the Bijlage 1 examples are one tap away; after a disclosure the warning to coordinate
 * carefully with Veilig Thuis before telling the parents is on the path itself; the acute route's
 * first screen shows 0800-2000 and the option not to inform the parents first and promises no
 * "binnen 5 werkdagen"; 112 comes first, marked as an addition to the meldcode.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AcuutKnop from '$lib/components/wizard/AcuutKnop.svelte';
import MeldenBespreken from '$lib/components/stappen/MeldenBespreken.svelte';
import MeldingDoen from '$lib/components/stappen/MeldingDoen.svelte';
import { actief } from '$lib/wizard/actief.svelte';
import { casusNa } from '../helpers';
import { TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

afterEach(() => {
	actief.casus = null;
});

const KNOP = 'Acuut onveilig / kind vertelt zelf';
const AFSTEMMEN = 'Het kind vertelde het zelf: eerst afstemmen met Veilig Thuis';

async function openDialoog() {
	const user = userEvent.setup();
	render(AcuutKnop);
	await user.click(screen.getByRole('button', { name: KNOP }));
	return {
		user,
		dialoog: screen.getByRole('dialog', { name: 'Is een kind nu in direct gevaar?' })
	};
}

describe('regel 8: acuut gevaar en disclosure', () => {
	it('buiten een casus: 112 eerst, als aanvulling op de meldcode; de voorbeelden één tik verder', async () => {
		const { user, dialoog } = await openDialoog();
		const links = within(dialoog).getAllByRole('link');
		expect(links[0]).toHaveAccessibleName('Bij levensgevaar: 112');
		expect(links[1]).toHaveAccessibleName('Bel Veilig Thuis: 0800-2000');
		expect(
			within(dialoog).getByText(/aanvulling van deze app: de meldcode zelf noemt 112 niet/)
		).toBeVisible();

		const voorbeelden = within(dialoog).getByText(/Wat is acute of structurele onveiligheid/);
		const alleenThuis = within(dialoog).getByText(/alleen thuis gelaten, zonder toezicht/);
		expect(alleenThuis).not.toBeVisible();
		await user.click(voorbeelden);
		expect(alleenThuis).toBeVisible();
		expect(
			within(dialoog).getByText(/steeds weer getuige zijn van huiselijk geweld/)
		).toBeVisible();
		// Outside a case nothing is chosen yet: the disclosure warning stands in the dialog.
		expect(within(dialoog).getByRole('region', { name: AFSTEMMEN })).toBeVisible();
	});

	it('in een casus: bij "kind vertelt zelf" de waarschuwing om eerst af te stemmen', async () => {
		const casus = casusNa([ev('START_STAPPENPLAN')]);
		actief.casus = casus;
		const { user, dialoog } = await openDialoog();
		// The recording form is loaded when a case is open (AcuutVastleggen): it comes a moment later.
		const vertelt = await within(dialoog).findByRole('radio', { name: /vertelt zelf/ });
		expect(within(dialoog).queryByRole('region', { name: AFSTEMMEN })).toBeNull();
		await user.click(vertelt);
		expect(within(dialoog).getByRole('region', { name: AFSTEMMEN })).toHaveTextContent(
			/niet met de ouders .* voordat je het zorgvuldig met Veilig Thuis hebt afgestemd/
		);
	});

	it('na een disclosure staat de waarschuwing op het pad zelf, met 0800-2000 en niet vooraf informeren', () => {
		const casus = casusNa([ev('START_STAPPENPLAN'), ev('ACUUT', { soort: 'disclosure' })]);
		expect(casus.waar).toBe('stap5.melden.bespreken');
		render(MeldenBespreken, { props: { casus } });
		expect(screen.getByRole('region', { name: AFSTEMMEN })).toBeVisible();
		expect(screen.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' })).toBeVisible();
		// The option not to inform the parents first is in view, its reasons ready to choose.
		expect(screen.getByRole('radio', { name: /veiligheid van de leerling/ })).toBeVisible();
		expect(
			screen.getByRole('button', { name: 'Melden zonder vooraf te informeren' })
		).toBeVisible();
		expect(document.body).not.toHaveTextContent(/5 werkdagen/);
	});

	it('acuut gevaar (geen disclosure): geen afstemmingswaarschuwing, wel nummer en uitzondering', () => {
		const casus = casusNa([ev('START_STAPPENPLAN'), ev('ACUUT')]);
		render(MeldenBespreken, { props: { casus } });
		expect(screen.queryByRole('region', { name: AFSTEMMEN })).toBeNull();
		expect(screen.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' })).toBeVisible();
		expect(screen.getByRole('radio', { name: /contact verbreken/ })).toBeVisible();
	});

	it('de acute melding belooft geen "binnen 5 werkdagen"; een melding na afweging 3 wel', () => {
		const { unmount } = render(MeldingDoen, {
			props: { casus: casusNa([ev('START_STAPPENPLAN'), ev('ACUUT'), ev('MELDING_BESPROKEN')]) }
		});
		expect(document.body).not.toHaveTextContent(/5 werkdagen/);
		unmount();
		render(MeldingDoen, {
			props: {
				casus: casusNa([
					...TOT_VRAAG3,
					ev('AFWEGING_3', { antwoord: 'nee' }),
					ev('MELDING_BESPROKEN')
				])
			}
		});
		expect(document.body).toHaveTextContent(/binnen 5 werkdagen/);
	});
});
