import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StartStap from '$lib/components/stappen/StartStap.svelte';
import { Casus, type Opslag } from '$lib/wizard/casus.svelte';

function casusMetOpslag(opslag: Opslag) {
	return new Casus(
		{
			id: 't',
			pseudoniem: 'AB',
			leeftijd: 9,
			variant: 'school',
			aangemaakt: '2026-11-23T09:00:00+01:00'
		},
		[],
		{ opslag }
	);
}

describe('een schrijffout in de opslag', () => {
	it('zegt in het Nederlands wat er mis is, houdt de tekst vast en zet de casus niet door', async () => {
		const user = userEvent.setup();
		let vol = true;
		const opgeslagen: number[] = [];
		const casus = casusMetOpslag({
			async beslissing(regel) {
				if (vol) throw new DOMException('Quota exceeded', 'QuotaExceededError');
				opgeslagen.push(regel.volgnummer);
			},
			async correctie() {}
		});
		render(StartStap, { props: { casus } });

		const veld = screen.getByLabelText(/Wat geeft je dit gevoel/);
		await user.type(veld, 'Blauwe plekken op maandag.');
		await user.click(screen.getByRole('button', { name: 'Begin met stap 1' }));

		expect(screen.getByRole('alert')).toHaveTextContent('geen opslagruimte meer');
		expect(veld).toHaveValue('Blauwe plekken op maandag.');
		expect(casus.waar).toBe('start');
		expect(casus.regels).toHaveLength(0);

		// Space freed: the same text is stored and the case moves on.
		vol = false;
		await user.click(screen.getByRole('button', { name: 'Begin met stap 1' }));
		expect(casus.waar).toBe('stap1');
		expect(opgeslagen).toEqual([1]);
		expect(casus.regels[0]?.beslissing.toelichting).toBe('Blauwe plekken op maandag.');
	});
});
