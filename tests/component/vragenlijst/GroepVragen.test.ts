import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import GroepVragen from '$lib/components/vragenlijst/GroepVragen.svelte';
import { AntwoordStaat } from '$lib/vragenlijst/antwoorden.svelte';
import { RANDVOORWAARDEN, REFLECTIE, ZELFSCAN } from '$lib/vragenlijst/data';
import type { Antwoorden } from '$lib/vragenlijst/types';

const groep = (id: string) => ZELFSCAN.groepen.find((g) => g.id === id)!;

function toon(groepId: string, begin: Antwoorden = {}, lijst = ZELFSCAN) {
	const bewaard: Antwoorden[] = [];
	const staat = new AntwoordStaat(begin, async (a) => {
		bewaard.push(a);
	});
	const g = lijst.groepen.find((x) => x.id === groepId)!;
	render(GroepVragen, { lijst, groep: g, staat });
	return { staat, bewaard, user: userEvent.setup() };
}

describe('the questionnaire renderer', () => {
	it('a conditional question appears after choosing the answer that opens it, and goes again', async () => {
		const { user } = toon('standaard-1');
		expect(screen.queryByRole('group', { name: /^1a\./ })).not.toBeInTheDocument();

		const vraag1 = screen.getByRole('group', { name: /^1\. Heeft je gemeente/ });
		await user.click(within(vraag1).getByRole('radio', { name: 'Ja' }));
		const vraag1a = screen.getByRole('group', { name: /^1a\./ });
		expect(vraag1a).toHaveAccessibleDescription(
			/Alleen te beantwoorden als je bij vraag 1 ‘ja’ koos/
		);

		// 1a → ja opens 1b, and asks how and where it is laid down.
		await user.click(within(vraag1a).getByRole('radio', { name: 'Ja' }));
		expect(screen.getByRole('group', { name: /^1b\./ })).toBeInTheDocument();
		await user.type(
			within(vraag1a).getByLabelText('Hoe en waar is dit vastgelegd?'),
			'Beleidsplan'
		);

		// 1 → nee closes 1a and, behind it, 1b.
		await user.click(within(vraag1).getByRole('radio', { name: 'Nee' }));
		expect(screen.queryByRole('group', { name: /^1a\./ })).not.toBeInTheDocument();
		expect(screen.queryByRole('group', { name: /^1b\./ })).not.toBeInTheDocument();
	});

	it('kept answers come back when the question applies again', async () => {
		const { user, staat } = toon('standaard-1');
		const vraag1 = screen.getByRole('group', { name: /^1\. Heeft je gemeente/ });
		await user.click(within(vraag1).getByRole('radio', { name: 'Ja' }));
		await user.click(
			within(screen.getByRole('group', { name: /^1a\./ })).getByRole('radio', {
				name: 'Nog onvoldoende'
			})
		);
		await user.click(within(vraag1).getByRole('radio', { name: 'Nee' }));
		expect(staat.waarden.v1a).toEqual({ keuze: 'nog-onvoldoende' });
		await user.click(within(vraag1).getByRole('radio', { name: 'Ja' }));
		expect(
			within(screen.getByRole('group', { name: /^1a\./ })).getByRole('radio', {
				name: 'Nog onvoldoende'
			})
		).toBeChecked();
	});

	it('progress per standard is announced as questions are answered and appear', async () => {
		const { user } = toon('standaard-1');
		const stand = screen.getByRole('status');
		expect(stand).toHaveTextContent('0 van 2 vragen beantwoord');
		await user.click(
			within(screen.getByRole('group', { name: /^2\. / })).getByRole('radio', { name: 'Ja' })
		);
		// 2 answered, and 2a appeared.
		expect(stand).toHaveTextContent('1 van 3 vragen beantwoord');
	});

	it('every change is saved straight away, the last one last', async () => {
		const { user, bewaard } = toon('standaard-2');
		await user.type(screen.getByLabelText('3b. Waar is deze opdracht vastgelegd?'), 'Nota');
		expect(bewaard.at(-1)).toEqual({ v3b: { teksten: { '': 'Nota' } } });
		expect(bewaard).toHaveLength(4);
	});

	it('multiple choice with "anders, namelijk", and the count table it opens (16b)', async () => {
		const { user, staat } = toon('standaard-6', { v14: { keuze: 'ja' } });
		const v14a = screen.getByRole('group', { name: /^14a\./ });
		await user.click(within(v14a).getByRole('checkbox', { name: 'Anders' }));
		await user.type(within(v14a).getByLabelText('Anders, namelijk'), 'Intervisie');
		expect(screen.queryByRole('group', { name: /^16b\./ })).not.toBeInTheDocument();

		await user.click(within(v14a).getByRole('checkbox', { name: /Veilig Thuis/ }));
		const v16b = screen.getByRole('group', { name: /^16b\./ });
		const meldingen = within(v16b).getByRole('group', { name: 'Meldingen' });
		await user.type(within(meldingen).getByLabelText('Kwartaal 2'), '3');
		expect(staat.waarden.v16b).toEqual({ aantallen: { 'meldingen/k2': 3 } });
		expect(staat.waarden.v14a?.teksten).toEqual({ anders: 'Intervisie' });
	});

	it('a count that is not a whole number gets a Dutch message and overwrites nothing', async () => {
		const { user, staat } = toon('standaard-6', {
			v14: { keuze: 'ja' },
			v14a: { gekozen: ['veilig-thuis'] },
			v16b: { aantallen: { 'adviesvragen/k1': 4 } }
		});
		const adviesvragen = within(screen.getByRole('group', { name: /^16b\./ })).getByRole('group', {
			name: 'Adviesvragen'
		});
		const veld = within(adviesvragen).getByLabelText('Kwartaal 1');
		expect(veld).toHaveValue('4');
		await user.type(veld, ',5');
		expect(veld).toHaveAccessibleDescription('Vul een heel getal in van 0 of meer.');
		expect(veld).toHaveAttribute('aria-invalid', 'true');
		expect(staat.waarden.v16b).toEqual({ aantallen: { 'adviesvragen/k1': 4 } });
	});

	it('a tick grid opens 5a when a box is ticked, and 5b until all are', async () => {
		const { user } = toon('standaard-4');
		expect(screen.queryByLabelText(/^5a\./)).not.toBeInTheDocument();
		expect(screen.getByLabelText(/^5b\./)).toBeInTheDocument();
		const rij = within(screen.getByRole('group', { name: /^5\. / })).getByRole('group', {
			name: /direct stoppen van acute onveiligheid/
		});
		await user.click(within(rij).getByRole('checkbox', { name: 'Voor kinderen' }));
		expect(screen.getByLabelText(/^5a\./)).toBeInTheDocument();
	});

	it('a Ja/Nee table: "nee" in any row opens the follow-up (33b)', async () => {
		const { user } = toon('standaard-9');
		expect(screen.queryByLabelText(/^33b\./)).not.toBeInTheDocument();
		const stalking = within(screen.getByRole('group', { name: /^33\. / })).getByRole('group', {
			name: 'Stalking'
		});
		await user.click(within(stalking).getByRole('radio', { name: 'Nee' }));
		expect(screen.getByLabelText(/^33b\./)).toBeInTheDocument();
		expect(screen.queryByLabelText(/^33a\./)).not.toBeInTheDocument();
	});

	it('the reflection: sub-questions Ja/Nee, the scale, learning points', async () => {
		const { user, staat } = toon('vraag-3', {}, REFLECTIE);
		const kind = screen.getByRole('group', {
			name: 'Ga ik (of mijn collega) in gesprek met het kind?'
		});
		await user.click(within(kind).getByRole('radio', { name: 'Ja' }));
		const schaal = screen.getByRole('group', {
			name: /van veel leerpunten \(1\) tot veel sterke punten \(5\)/
		});
		await user.click(within(schaal).getByRole('radio', { name: '4' }));
		await user.type(screen.getByLabelText(/^Leerpunten/), 'Vaker met het kind praten');
		expect(staat.waarden).toEqual({
			'r3-deelvragen': { rijen: { d1: 'ja' } },
			'r3-schaal': { keuze: '4' },
			'r3-leerpunten': { teksten: { '': 'Vaker met het kind praten' } }
		});
	});

	it('the preconditions: a checklist with a note per item', async () => {
		const { user, staat } = toon('organisatie', {}, RANDVOORWAARDEN);
		await user.click(screen.getByRole('checkbox', { name: 'De privacy van cliënten is geborgd.' }));
		await user.type(
			screen.getByRole('textbox', {
				name: 'Notitie bij: Verantwoordelijkheden zijn helder belegd.'
			}),
			'Navragen'
		);
		expect(staat.waarden.organisatie).toEqual({
			gekozen: ['privacy'],
			teksten: { verantwoordelijkheden: 'Navragen' }
		});
	});

	it('an answer whose save failed is saved again with the next change', async () => {
		const opgeslagen: Antwoorden[] = [];
		let vol = true;
		const staat = new AntwoordStaat({}, async (a) => {
			if (vol) throw new Error('De opslag is vol.');
			opgeslagen.push(a);
		});
		const user = userEvent.setup();
		render(GroepVragen, { lijst: ZELFSCAN, groep: groep('standaard-3'), staat });
		await user.click(
			within(screen.getByRole('group', { name: /^4a\./ })).getByRole('radio', { name: 'Ja' })
		);
		expect(staat.fout).toMatch(/^Niet bewaard/);
		vol = false;
		await user.click(
			within(screen.getByRole('group', { name: /^4b\./ })).getByRole('radio', { name: 'Nee' })
		);
		expect(staat.fout).toBe('');
		expect(opgeslagen).toEqual([{ v4a: { keuze: 'ja' }, v4b: { keuze: 'nee' } }]);
	});

	it('a failed save says so and keeps the answer on screen', async () => {
		const staat = new AntwoordStaat({}, async () => {
			throw new Error('De opslag is vol.');
		});
		const user = userEvent.setup();
		render(GroepVragen, { lijst: ZELFSCAN, groep: groep('standaard-2'), staat });
		await user.type(screen.getByLabelText('3b. Waar is deze opdracht vastgelegd?'), 'X');
		expect(staat.fout).toMatch(/^Niet bewaard: De opslag is vol\./);
		expect(screen.getByLabelText('3b. Waar is deze opdracht vastgelegd?')).toHaveValue('X');
	});
});
