import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { BRON } from '$machines/sources';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import Afgesloten from '$lib/components/stappen/Afgesloten.svelte';
import { MELDEN, TOT_HULP, TOT_VRAAG1, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

const GEEN_VERMOEDEN = [
	...TOT_VRAAG1,
	ev('AFWEGING_1', {
		antwoord: 'nee',
		toelichting: 'Het blauwe oog kwam van een val op het plein.'
	})
];
const NA_MELDING = [
	...TOT_VRAAG3,
	ev('AFWEGING_3', { antwoord: 'nee' }),
	...MELDEN,
	ev('NAAR_STAP6'),
	ev('AFSLUITEN', { toelichting: 'Geëvalueerd met ouders en zorgteam.' })
];
/** Basismodel: afweging 5 ja closes the case at once, with the agreements on monitoring. */
const MET_MONITORING = [...TOT_HULP, ev('AFWEGING_5', { antwoord: 'ja' })];

describe('Afgesloten', () => {
	it('geen vermoeden: zegt uitdrukkelijk dat het vermoeden niet is bevestigd, met de reden', () => {
		const casus = casusNa(GEEN_VERMOEDEN);
		expect(casus.waar).toBe('afgeslotenGeenVermoeden');
		render(Afgesloten, { props: { casus } });
		expect(
			screen.getByText(
				'Het vermoeden van huiselijk geweld of kindermishandeling is niet bevestigd.'
			)
		).toBeInTheDocument();
		expect(screen.getByText('Het blauwe oog kwam van een val op het plein.')).toBeInTheDocument();
		// Without an earlier melding or help, meldnorm 3 cannot apply: only reopening is offered.
		expect(screen.queryByRole('button', { name: /onveiligheid komt terug/ })).toBeNull();
	});

	it('biedt de reflectievragen aan, gekoppeld aan deze casus', () => {
		const casus = casusNa(NA_MELDING);
		render(Afgesloten, { props: { casus } });
		const link = screen.getByRole('link', { name: 'Reflectievragen bij deze casus' });
		expect(link.getAttribute('href')).toMatch(
			new RegExp(`/reflectie/\\?casus=${encodeURIComponent(casus.gegevens.id)}$`)
		);
	});

	it('geen vermoeden: nieuwe signalen heropenen de casus bij stap 1', async () => {
		const user = userEvent.setup();
		const casus = casusNa(GEEN_VERMOEDEN);
		render(Afgesloten, { props: { casus } });
		expect(screen.getByRole('region', { name: 'Nieuwe signalen?' })).toHaveTextContent(
			'Bron: meldcode, stap 1, signalen in kaart brengen'
		);

		await user.click(screen.getByRole('button', { name: 'Nieuwe signalen: casus heropenen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('afgeslotenGeenVermoeden');

		await user.type(screen.getByLabelText(/Welke nieuwe signalen/), 'Weer een blauw oog.');
		await user.click(screen.getByRole('button', { name: 'Nieuwe signalen: casus heropenen' }));
		expect(casus.waar).toBe('stap1');
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'heropenen',
			toelichting: 'Weer een blauw oog.',
			// Issue 13, rule 10: a new round from stap 1, not a meldnorm.
			bron: BRON.stap1
		});
	});

	it('na melding: de uitkomst in woorden, en de onveiligheid die terugkomt leidt naar melden', async () => {
		const user = userEvent.setup();
		const casus = casusNa(NA_MELDING);
		expect(casus.waar).toBe('afgeslotenNaMelding');
		render(Afgesloten, { props: { casus } });
		// Not again under the step's own heading, which says it already.
		expect(screen.queryByText('Afgesloten na melding bij Veilig Thuis.')).toBeNull();
		expect(screen.getByText(/Gemeld op 23 november 2026 door directeur/)).toBeInTheDocument();
		expect(screen.getByText('Geëvalueerd met ouders en zorgteam.')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Nieuwe signalen: casus heropenen' })).toBeVisible();

		const sectie = screen.getByRole('region', { name: 'De onveiligheid komt terug?' });
		await user.type(
			within(sectie).getByLabelText(/Welke signalen laten zien/),
			'Leerling vertelt opnieuw over geweld thuis.'
		);
		await user.click(
			within(sectie).getByRole('button', { name: 'De onveiligheid komt terug: melden' })
		);
		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(casus.snapshot.context.meldnorm).toBe(3);
		expect(casus.regels.at(-1)?.beslissing.toelichting).toBe(
			'Leerling vertelt opnieuw over geweld thuis.'
		);
	});

	it('na heropenen toont het alleen de afsluiting van de laatste ronde', () => {
		const casus = casusNa(
			[
				...TOT_VRAAG3,
				ev('AFWEGING_3', { antwoord: 'nee' }),
				...MELDEN,
				ev('AFSLUITEN', { toelichting: 'Eerste ronde: Veilig Thuis nam het over.' }),
				ev('HEROPENEN'),
				...MET_MONITORING.slice(1)
			],
			{ variant: 'basismodel' }
		);
		expect(casus.waar).toBe('afgeslotenMetMonitoring');
		render(Afgesloten, { props: { casus } });
		expect(screen.getByText('Elke maand een kort gesprek.')).toBeInTheDocument();
		expect(screen.queryByText(/Eerste ronde/)).toBeNull();
	});

	it('met monitoringsafspraken: toont de afspraken uit afweging 5', () => {
		const casus = casusNa(MET_MONITORING, { variant: 'basismodel' });
		expect(casus.waar).toBe('afgeslotenMetMonitoring');
		render(Afgesloten, { props: { casus } });
		expect(
			screen.getByText('Afgesloten met afspraken over het volgen van de veiligheid.')
		).toBeInTheDocument();
		expect(screen.getByText('Elke maand een kort gesprek.')).toBeInTheDocument();
		expect(
			screen.getByRole('button', { name: 'De onveiligheid komt terug: melden' })
		).toBeInTheDocument();
		expect(
			screen.getByRole('button', { name: 'Nieuwe signalen: casus heropenen' })
		).toBeInTheDocument();
	});
});
