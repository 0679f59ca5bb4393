import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Groei from '$lib/components/vragenlijst/Groei.svelte';
import Vergelijking from '$lib/components/vragenlijst/Vergelijking.svelte';
import { REFLECTIE, ZELFSCAN } from '$lib/vragenlijst/data';
import type { AntwoordSetRecord } from '$lib/vragenlijst/db';

const set = (
	id: string,
	titel: string,
	datum: string,
	antwoorden: AntwoordSetRecord['antwoorden']
): AntwoordSetRecord => ({
	id,
	vragenlijst: 'zelfscan',
	titel,
	datum,
	antwoorden,
	bijgewerkt: `${datum}T12:00:00+01:00`
});

describe('side by side', () => {
	it('a column per set; a question that applies in one set only says so in the other', () => {
		render(Vergelijking, {
			lijst: ZELFSCAN,
			sets: [
				set('a', 'Utrecht', '2026-06-01', {
					v1: { keuze: 'ja' },
					v1a: { keuze: 'nog-onvoldoende' }
				}),
				set('b', 'Zeist', '2026-06-02', { v1: { keuze: 'nee' }, v1a: { keuze: 'ja' } })
			]
		});
		const tabel = screen.getByRole('table', { name: /Standaard 1:/ });
		expect(
			within(tabel)
				.getAllByRole('columnheader')
				.map((c) => c.textContent)
		).toEqual(['Vraag', 'Utrecht, 1 juni 2026', 'Zeist, 2 juni 2026']);
		const rij = within(tabel).getByRole('row', { name: /^1a\./ });
		expect(
			within(rij)
				.getAllByRole('cell')
				.map((c) => c.textContent)
		).toEqual(['Nog onvoldoende', 'Niet van toepassing']);
		// 1b applies in neither set: not a row at all.
		expect(within(tabel).queryByRole('row', { name: /^1b\./ })).not.toBeInTheDocument();
		expect(within(tabel).getByRole('row', { name: /^2\./ })).toHaveTextContent(/OpenOpen$/);
	});
});

describe('growth', () => {
	it('the scale per reflection question, oldest date first, a dash where none was given', () => {
		render(Groei, {
			lijst: REFLECTIE,
			sets: [
				{
					...set('n', '', '2026-11-01', { 'r1-schaal': { keuze: '4' } }),
					vragenlijst: 'reflectie'
				},
				{
					...set('o', '', '2026-03-01', {
						'r1-schaal': { keuze: '2' },
						'r2-schaal': { keuze: '3' }
					}),
					vragenlijst: 'reflectie'
				}
			]
		});
		const tabel = screen.getByRole('table', { name: /Je groei/ });
		expect(within(tabel).getAllByRole('row')).toHaveLength(11);
		const cellen = (naam: RegExp) =>
			within(within(tabel).getByRole('row', { name: naam }))
				.getAllByRole('cell')
				.map((c) => c.textContent);
		expect(cellen(/^1\. Heb ik genoeg kennis/)).toEqual(['2', '4']);
		expect(cellen(/^2\. Heb ik genoeg vaardigheden/)).toEqual(['3', '–']);
	});

	it('nothing for a questionnaire without a scale', () => {
		render(Groei, { lijst: ZELFSCAN, sets: [set('a', 'Utrecht', '2026-06-01', {})] });
		expect(screen.queryByRole('table')).not.toBeInTheDocument();
	});
});
