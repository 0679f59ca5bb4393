import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AcuutKnop from '$lib/components/wizard/AcuutKnop.svelte';
import { actief } from '$lib/wizard/actief.svelte';
import { Casus } from '$lib/wizard/casus.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import { TOT_VRAAG1 } from '../../unit/machines/helpers';

function nieuweCasus() {
	return new Casus({
		id: 't',
		pseudoniem: 'AB',
		leeftijd: 9,
		variant: 'school',
		aangemaakt: '2026-11-23T09:00:00+01:00'
	});
}

afterEach(() => {
	actief.casus = null;
	instellingen.waarden = { ...STANDAARD };
});

describe('AcuutKnop', () => {
	it('toont altijd de nummers om te bellen, ook zonder casus', async () => {
		const user = userEvent.setup();
		instellingen.waarden = { ...STANDAARD, veiligThuisRegio: '088 123 45 67' };
		render(AcuutKnop);

		await user.click(screen.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' }));
		const dialoog = screen.getByRole('dialog', { name: 'Is een kind nu in direct gevaar?' });
		expect(
			within(dialoog).getByRole('link', { name: /Bel Veilig Thuis: 0800-2000/ })
		).toHaveAttribute('href', 'tel:08002000');
		expect(within(dialoog).getByRole('link', { name: /regio: 088 123 45 67/ })).toHaveAttribute(
			'href',
			'tel:0881234567'
		);
		expect(within(dialoog).getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
		expect(within(dialoog).queryByRole('button', { name: /Vastleggen/ })).toBeNull();
	});

	it('legt in een open casus het signaal vast en gaat naar de melding (meldnorm 1)', async () => {
		const user = userEvent.setup();
		// The form is a lazy chunk; on a busy machine its first transform outlasts findByRole's
		// second, so it is loaded before the component asks for it.
		await import('$lib/components/wizard/AcuutVastleggen.svelte');
		const casus = nieuweCasus();
		for (const e of TOT_VRAAG1.slice(0, 2)) casus.verstuur(e);
		actief.casus = casus;
		render(AcuutKnop);

		await user.click(screen.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' }));
		// The recording form is loaded when a case is open (AcuutVastleggen): it comes a moment later.
		await user.click(await screen.findByRole('radio', { name: /vertelt zelf/ }));
		await user.click(screen.getByRole('button', { name: 'Vastleggen en naar de melding' }));
		expect(screen.getByRole('alert')).toHaveTextContent('toelichting is verplicht');
		expect(casus.waar).toBe('stap2');

		await user.type(
			screen.getByLabelText(/Wat is er gebeurd/),
			'Leerling vertelde in de klas over slaan thuis.'
		);
		await user.click(screen.getByRole('button', { name: 'Vastleggen en naar de melding' }));
		expect(casus.waar).toBe('stap5.melden.bespreken');
		expect(screen.queryByRole('dialog')).toBeNull();
		expect(casus.snapshot.context.meldnorm).toBe(1);
		expect(casus.regels.at(-1)?.beslissing).toMatchObject({
			vraagId: 'acuut',
			antwoord: 'disclosure'
		});
	});
});
