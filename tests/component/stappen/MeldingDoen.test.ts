import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import MeldingDoen from '$lib/components/stappen/MeldingDoen.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import { TOT_VRAAG2, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

/** Straight from the start to the melding (acute danger), without stap 4. */
const ACUUT = [ev('START_STAPPENPLAN'), ev('ACUUT'), ev('MELDING_BESPROKEN')];
/** Through stap 4, where "wie meldt" was agreed (the sample says: directeur). */
const VIA_STAP4 = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ev('MELDING_BESPROKEN')];

afterEach(() => {
	instellingen.waarden = { ...STANDAARD };
});

describe('MeldingDoen', () => {
	it('geeft de nummers om te bellen, met het regionale nummer als dat is ingesteld', () => {
		instellingen.waarden = { ...STANDAARD, veiligThuisRegio: '088 123 45 67' };
		render(MeldingDoen, { props: { casus: casusNa(ACUUT) } });
		expect(screen.getByRole('link', { name: 'Bel Veilig Thuis: 0800-2000' })).toHaveAttribute(
			'href',
			'tel:08002000'
		);
		expect(screen.getByRole('link', { name: /regio: 088 123 45 67/ })).toHaveAttribute(
			'href',
			'tel:0881234567'
		);
	});

	it('geeft de tips voor het melden: feiten, wat van anderen komt, wat de school nog doet', () => {
		render(MeldingDoen, { props: { casus: casusNa(ACUUT) } });
		expect(screen.getByText(/zo veel mogelijk aan feiten/)).toBeInTheDocument();
		expect(
			screen.getByText(/Zeg er duidelijk bij als informatie \(ook\) van anderen komt/)
		).toBeInTheDocument();
		expect(screen.getByText(/wat jij na de melding, binnen je gewone werk/)).toBeInTheDocument();
		expect(screen.queryByText(/binnen 5 werkdagen/, { selector: 'li' })).toBeNull();
	});

	it('vult de melder in uit de instellingen, of uit de afspraak van stap 4', () => {
		instellingen.waarden = { ...STANDAARD, melder: 'adjunct-directeur' };
		const { unmount } = render(MeldingDoen, { props: { casus: casusNa(ACUUT) } });
		expect(screen.getByLabelText('Wie heeft de melding gedaan? (verplicht)')).toHaveValue(
			'adjunct-directeur'
		);
		unmount();
		render(MeldingDoen, { props: { casus: casusNa(VIA_STAP4) } });
		expect(screen.getByLabelText('Wie heeft de melding gedaan? (verplicht)')).toHaveValue(
			'directeur'
		);
	});

	it('legt de melding vast met melder, kenmerk en toelichting, en gaat naar gemeld', async () => {
		const user = userEvent.setup();
		const casus = casusNa(ACUUT);
		render(MeldingDoen, { props: { casus } });

		const melder = screen.getByLabelText('Wie heeft de melding gedaan? (verplicht)');
		await user.clear(melder);
		await user.type(melder, 'J. Jansen, directeur');
		await user.type(screen.getByLabelText(/Kenmerk van de melding/), 'VT-2026-0042');
		await user.type(
			screen.getByLabelText(/Wat heb je gemeld/),
			'Blauwe plekken en wat de leerling vertelde. School blijft contact houden met moeder.'
		);
		await user.click(screen.getByRole('button', { name: 'Melding vastleggen' }));

		expect(casus.waar).toBe('stap5.gemeld');
		expect(casus.snapshot.context.meldingen).toBe(1);
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'stap-5-melding',
			toelichting:
				'Blauwe plekken en wat de leerling vertelde. School blijft contact houden met moeder.',
			event: { melder: 'J. Jansen, directeur', kenmerk: 'VT-2026-0042' }
		});
	});

	it('het kenmerk mag ontbreken, de melder en de toelichting niet', async () => {
		const user = userEvent.setup();
		const casus = casusNa(ACUUT);
		render(MeldingDoen, { props: { casus } });

		await user.clear(screen.getByLabelText('Wie heeft de melding gedaan? (verplicht)'));
		await user.click(screen.getByRole('button', { name: 'Melding vastleggen' }));
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('Wie heeft de melding gedaan?');
		expect(alert).toHaveTextContent('een toelichting is verplicht');
		expect(casus.waar).toBe('stap5.melden.doen');

		await user.type(screen.getByLabelText('Wie heeft de melding gedaan? (verplicht)'), 'directeur');
		await user.type(screen.getByLabelText(/Wat heb je gemeld/), 'Gemeld wat we zagen.');
		await user.click(screen.getByRole('button', { name: 'Melding vastleggen' }));
		expect(casus.waar).toBe('stap5.gemeld');
		expect(casus.regels.at(-1)?.beslissing.event).not.toHaveProperty('kenmerk');
	});
});

describe('regel 11: het kenmerk van het advies komt terug bij de melding', () => {
	it('toont het kenmerk van het advies uit stap 2, met een eigen label naast dat van de melding', () => {
		const events = [
			...TOT_VRAAG2.slice(0, 2),
			ev('CONSULTATIE', { rol: 'adviseur Veilig Thuis', kenmerk: 'A-77', veiligThuisAdvies: true }),
			...TOT_VRAAG2.slice(2),
			ev('AFWEGING_2', { antwoord: 'ja' }),
			ev('MELDING_BESPROKEN')
		];
		render(MeldingDoen, { props: { casus: casusNa(events) } });
		expect(screen.getByLabelText(/Kenmerk van de melding/)).toHaveAccessibleDescription(
			/kenmerk A-77: noem dat kenmerk van het advies bij de melding/
		);
	});
});
