/**
 * The stepper says which steps were done, the way a screen reader hears it (issue 14, defect 4):
 * after acute danger in stap 1, stap 1–4 were jumped over and must not be "gedaan".
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Voortgang from '$lib/components/wizard/Voortgang.svelte';
import { casusNa } from '../helpers';
import { TOT_HULP, TOT_STAP3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

const stappen = () =>
	within(screen.getByRole('navigation', { name: 'Voortgang in het stappenplan' }))
		.getAllByRole('listitem')
		.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

describe('Voortgang', () => {
	it('langs de eigen weg: de stappen voor de huidige zijn gedaan', () => {
		render(Voortgang, { props: { casus: casusNa(TOT_HULP) } });
		expect(stappen()).toEqual([
			'• Start (gedaan)',
			'1 Stap 1: Signalen (gedaan)',
			'2 Stap 2: Consultatie (gedaan)',
			'3 Stap 3: Gesprek (gedaan)',
			'4 Stap 4: Wegen (gedaan)',
			'5 Stap 5: Beslissen',
			'6 Stap 6: Volgen en afsluiten'
		]);
	});

	it('acuut in stap 1: stap 1 tot en met 4 zijn overgeslagen, niet gedaan', () => {
		render(Voortgang, {
			props: { casus: casusNa([ev('START_STAPPENPLAN'), ev('ACUUT')]) }
		});
		expect(stappen()).toEqual([
			'• Start (gedaan)',
			'1 Stap 1: Signalen (overgeslagen)',
			'2 Stap 2: Consultatie (overgeslagen)',
			'3 Stap 3: Gesprek (overgeslagen)',
			'4 Stap 4: Wegen (overgeslagen)',
			'5 Stap 5: Beslissen',
			'6 Stap 6: Volgen en afsluiten'
		]);
		expect(screen.getByText('Stap 5: Beslissen').closest('li')).toHaveAttribute(
			'aria-current',
			'step'
		);
	});

	it('gesprek overgeslagen: stap 3 is afgerond zonder gesprek', () => {
		render(Voortgang, {
			props: { casus: casusNa([...TOT_STAP3, ev('GESPREK_OVERSLAAN')]) }
		});
		expect(stappen()[3]).toBe('3 Stap 3: Gesprek (zonder gesprek)');
	});
});
