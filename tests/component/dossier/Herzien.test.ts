/**
 * "Antwoord herzien" as a user does it (issue 13): choose the answer, say why, record; the case
 * goes back to that question and the history keeps the earlier answer, marked as revised. After
 * a melding the form is not offered, and the screen says why.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NA_MELDING } from '$machines/herzien';
import Herzien from '$lib/components/dossier/Herzien.svelte';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import { casusNa } from '../helpers';
import { MELDEN, TOT_VRAAG2, TOT_VRAAG4 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

describe('Herzien', () => {
	it('herziet afweging 2 vóór de melding: terug naar de vraag, het oude antwoord blijft zichtbaar', async () => {
		const user = userEvent.setup();
		const casus = casusNa([...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' })]);
		casus.door = { rol: 'ib-er', naam: 'M. Bakker' };
		expect(casus.waar).toBe('stap5.melden.bespreken');
		render(Herzien, { props: { casus } });
		render(Geschiedenis, { props: { casus } });

		await user.click(screen.getByText('Verkeerd antwoord gegeven? Antwoord herzien'));
		const formulier = within(screen.getByRole('form', { name: 'Antwoord herzien' }));
		// Only the answers that stand and may be revised are offered, in the order given.
		const keuzes = formulier
			.getAllByRole('radio')
			.map((r) => r.closest('label')!.textContent!.trim());
		expect(keuzes).toEqual(['Afweging 1 (vermoeden): ja', 'Afweging 2 (veiligheid): ja']);

		// Without a reason nothing is recorded.
		await user.click(formulier.getByRole('radio', { name: 'Afweging 2 (veiligheid): ja' }));
		await user.click(formulier.getByRole('button', { name: 'Herziening vastleggen' }));
		expect(screen.getByRole('alert')).toHaveTextContent(
			'Schrijf op waarom het eerdere antwoord niet juist was.'
		);
		expect(casus.waar).toBe('stap5.melden.bespreken');

		await user.type(
			formulier.getByLabelText('Waarom was dit antwoord niet juist? (verplicht)'),
			'Verkeerd aangeklikt: er is geen direct gevaar'
		);
		await user.click(formulier.getByRole('button', { name: 'Herziening vastleggen' }));
		expect(casus.waar).toBe('stap4.vraag2');
		expect(casus.snapshot.context.besluitI).toBeNull();
		expect(screen.getByText(/^Herzien\. Het eerdere antwoord blijft/)).toHaveRole('status');

		// The history: the earlier answer is still there, with who revised it, when and why.
		await user.click(screen.getByText(/Eerdere beslissingen/));
		const items = screen.getAllByRole('listitem');
		const oud = items.find((li) => li.textContent!.includes('Afweging 2 (veiligheid): ja'))!;
		expect(oud).toHaveTextContent(
			/Herzien op .* door Intern begeleider \(IB-er\) \(M\. Bakker\), omdat: Verkeerd aangeklikt: er is geen direct gevaar\. Dit antwoord telt niet meer/
		);
		expect(items.at(-1)).toHaveTextContent('Afweging 2 (veiligheid) herzien');
		// The melding decision it took waits for no sign-off any more.
		expect(casus.stap5[0]).toMatchObject({ besluit: 'melden', ingetrokken: { soort: 'herzien' } });
	});

	it('een eerder antwoord herzien laat de antwoorden erna vervallen, ook in de geschiedenis', async () => {
		const user = userEvent.setup();
		const casus = casusNa(TOT_VRAAG4);
		render(Herzien, { props: { casus } });
		render(Geschiedenis, { props: { casus } });
		await user.click(screen.getByText('Verkeerd antwoord gegeven? Antwoord herzien'));
		await user.click(screen.getByRole('radio', { name: 'Afweging 2 (veiligheid): nee' }));
		await user.type(screen.getByLabelText(/Waarom was dit antwoord niet juist/), 'Toch twijfel.');
		await user.click(screen.getByRole('button', { name: 'Herziening vastleggen' }));
		expect(casus.waar).toBe('stap4.vraag2');
		await user.click(screen.getByText(/Eerdere beslissingen/));
		const drie = screen
			.getAllByRole('listitem')
			.find((li) => li.textContent!.includes('Afweging 3 (hulp): ja'))!;
		expect(drie).toHaveTextContent(
			/Vervallen op .*: afweging 2 \(veiligheid\) werd toen herzien door .*, omdat: Toch twijfel\./
		);
	});

	it('na de melding wordt geen herziening aangeboden, en staat er waarom', () => {
		const casus = casusNa([...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }), ...MELDEN]);
		render(Herzien, { props: { casus } });
		expect(screen.queryByText(/Antwoord herzien/)).toBeNull();
		expect(screen.getByText(NA_MELDING)).toBeVisible();
	});
});
