import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';
import Geschiedenis from '$lib/components/wizard/Geschiedenis.svelte';
import { Casus, type Opslag } from '$lib/wizard/casus.svelte';
import { tijdTekst } from '$lib/wizard/tijd';

const ORIGINEEL = 'Omdat de feiten dit laten zien.';

/** Opens the history (a <details>) and returns the entry of the n-th decision. */
async function open(user: ReturnType<typeof userEvent.setup>, n = 1) {
	await user.click(screen.getByText(/Eerdere beslissingen/));
	return within(screen.getAllByRole('listitem')[n - 1]!);
}

describe('Geschiedenis: toelichting verbeteren', () => {
	it('legt een verbetering vast, toont de nieuwe tekst en, uitklapbaar, het origineel met reden', async () => {
		const user = userEvent.setup();
		const casus = casusNa([ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD')]);
		casus.door = { rol: 'ib-er', naam: 'Sanne' };
		render(Geschiedenis, { props: { casus } });
		const regel = await open(user, 2);
		expect(regel.getByText(ORIGINEEL)).toBeVisible();

		const knop = regel.getByRole('button', { name: 'Toelichting verbeteren' });
		expect(knop).toHaveAttribute('aria-expanded', 'false');
		expect(knop).toHaveAccessibleDescription(/Stap 1/);
		await user.click(knop);
		expect(knop).toHaveAttribute('aria-expanded', 'true');
		const tekst = regel.getByLabelText('Verbeterde toelichting (verplicht)');
		// Starts from the current text, with the focus in it.
		expect(tekst).toHaveValue(ORIGINEEL);
		expect(tekst).toHaveFocus();
		await user.clear(tekst);
		await user.type(tekst, 'Blauwe plekken op de bovenarm, niet op de onderarm.');
		await user.type(
			regel.getByLabelText('Waarom verbeter je dit? (verplicht)'),
			'Verkeerde arm genoemd.'
		);
		await user.click(regel.getByRole('button', { name: 'Verbetering vastleggen' }));

		// The log has a correction entry; the decision itself is unchanged.
		const correcties = casus.regels[1]!.correcties!;
		expect(correcties).toHaveLength(1);
		expect(correcties[0]).toMatchObject({
			volgnummer: 3,
			tekst: 'Blauwe plekken op de bovenarm, niet op de onderarm.',
			reden: 'Verkeerde arm genoemd.',
			door: { rol: 'ib-er', naam: 'Sanne' }
		});
		expect(casus.regels[1]!.beslissing.toelichting).toBe(ORIGINEEL);

		// On screen: the corrected text; the form closed, the focus back on its button.
		expect(regel.getByText('Blauwe plekken op de bovenarm, niet op de onderarm.')).toBeVisible();
		expect(regel.queryByLabelText('Verbeterde toelichting (verplicht)')).toBeNull();
		expect(knop).toHaveFocus();
		expect(regel.getByRole('status')).toHaveTextContent('De verbetering is vastgelegd.');
		expect(
			regel.getByText(/Verbeterd op .* door Intern begeleider \(IB-er\) \(Sanne\)/)
		).toBeVisible();

		// The original and why it was corrected, one click away.
		const eerder = regel.getByText('Oorspronkelijke tekst en 1 verbetering');
		expect(regel.getByText(ORIGINEEL)).not.toBeVisible();
		await user.click(eerder);
		expect(regel.getByText(ORIGINEEL)).toBeVisible();
		expect(
			regel.getByText(
				/Verbetering 1, .* door Intern begeleider \(IB-er\) \(Sanne\)\. Reden: Verkeerde arm genoemd\./
			)
		).toBeVisible();
		// The other decision is untouched.
		const eerste = within(screen.getAllByRole('listitem')[0]!);
		expect(eerste.getByText(ORIGINEEL)).toBeVisible();
		expect(eerste.queryByText(/Verbeterd op/)).toBeNull();
	});

	it('weigert zonder reden of zonder nieuwe tekst, in het Nederlands, met de focus op de fout', async () => {
		const user = userEvent.setup();
		const casus = casusNa([ev('START_STAPPENPLAN')]);
		render(Geschiedenis, { props: { casus } });
		const regel = await open(user);
		await user.click(regel.getByRole('button', { name: 'Toelichting verbeteren' }));
		const tekst = regel.getByLabelText('Verbeterde toelichting (verplicht)');
		await user.clear(tekst);
		await user.click(regel.getByRole('button', { name: 'Verbetering vastleggen' }));

		const alert = regel.getByRole('alert');
		expect(alert).toHaveTextContent('Schrijf de verbeterde tekst op.');
		expect(alert).toHaveTextContent('Schrijf op waarom je dit verbetert.');
		expect(alert).toHaveFocus();
		expect(tekst).toHaveAttribute('aria-invalid', 'true');
		expect(casus.regels[0]!.correcties).toBeUndefined();

		// The same text as now is no correction either.
		await user.type(tekst, ORIGINEEL);
		await user.type(regel.getByLabelText('Waarom verbeter je dit? (verplicht)'), 'Typfout.');
		await user.click(regel.getByRole('button', { name: 'Verbetering vastleggen' }));
		expect(regel.getByRole('alert')).toHaveTextContent('gelijk aan de huidige');
		expect(casus.regels[0]!.correcties).toBeUndefined();

		// Cancelling closes the form, keeps the text and returns the focus to the button.
		await user.click(regel.getByRole('button', { name: 'Annuleren' }));
		expect(regel.queryByRole('alert')).toBeNull();
		expect(regel.getByRole('button', { name: 'Toelichting verbeteren' })).toHaveFocus();
		expect(regel.getByText(ORIGINEEL)).toBeVisible();
	});

	it('zegt het als de opslag de verbetering weigert, en laat de tekst staan', async () => {
		const user = userEvent.setup();
		const opslag: Opslag = {
			async beslissing() {},
			async correctie() {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			}
		};
		const casus = new Casus(casusNa().gegevens, [], { opslag });
		expect(await casus.vastleggen(ev('START_STAPPENPLAN'))).toEqual({ ok: true });
		render(Geschiedenis, { props: { casus } });
		const regel = await open(user);
		await user.click(regel.getByRole('button', { name: 'Toelichting verbeteren' }));
		const tekst = regel.getByLabelText('Verbeterde toelichting (verplicht)');
		await user.type(tekst, ' En op dinsdag.');
		await user.type(regel.getByLabelText('Waarom verbeter je dit? (verplicht)'), 'Aangevuld.');
		await user.click(regel.getByRole('button', { name: 'Verbetering vastleggen' }));

		expect(regel.getByRole('alert')).toHaveTextContent(/Niet bewaard: .*geen opslagruimte meer/);
		expect(tekst).toHaveValue(`${ORIGINEEL} En op dinsdag.`);
		expect(casus.regels[0]!.correcties).toBeUndefined();
	});

	it('toont meerdere verbeteringen op volgorde, de laatste als huidige tekst', async () => {
		const user = userEvent.setup();
		const casus = casusNa([ev('START_STAPPENPLAN')]);
		const [eerste, tweede] = ['2026-11-24T10:00:00+01:00', '2026-11-25T11:30:00+01:00'];
		expect(await casus.corrigeer(1, 'Tweede versie.', 'Aangevuld.', eerste)).toEqual({ ok: true });
		expect(await casus.corrigeer(1, 'Derde versie.', 'Datum klopte niet.', tweede)).toEqual({
			ok: true
		});
		render(Geschiedenis, { props: { casus } });
		const regel = await open(user);
		expect(regel.getByText('Derde versie.')).toBeVisible();
		expect(regel.getByText(`Verbeterd op ${tijdTekst(tweede)} door Leerkracht.`)).toBeVisible();
		await user.click(regel.getByText('Oorspronkelijke tekst en 2 verbeteringen'));
		const volgorde = [
			regel.getByText(ORIGINEEL),
			regel.getByText(`Verbetering 1, ${tijdTekst(eerste)}, door Leerkracht. Reden: Aangevuld.`),
			regel.getByText('Tweede versie.'),
			regel.getByText(/^Verbetering 2, .* Reden: Datum klopte niet\. Dit is de huidige tekst/)
		];
		for (const [i, el] of volgorde.entries()) {
			expect(el).toBeVisible();
			if (i > 0)
				expect(
					volgorde[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
				).toBeTruthy();
		}
		expect(regel.getAllByText('Derde versie.')).toHaveLength(1);
	});
});
