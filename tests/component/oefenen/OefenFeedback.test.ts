import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OefenFeedback from '$lib/components/oefenen/OefenFeedback.svelte';
import OefenTerugblik from '$lib/components/oefenen/OefenTerugblik.svelte';
import OefenBanner from '$lib/components/oefenen/OefenBanner.svelte';
import { OEFENCASUSSEN } from '$lib/content/oefencasussen';
import { beoordeel, laatsteOordeel } from '$lib/oefenen/beoordeling';
import type { MeldcodeEvent } from '$machines/meldcode.events';

const daan = OEFENCASUSSEN.find((c) => c.id === 'zonder-ontbijt')!;
const b = { at: '2026-12-04T09:00:00.000Z', toelichting: 'x' };
/** Daan's case up to afweging 2, answered "nee" where the meldcode expects "twijfel". */
const EVENTS = [
	{ type: 'START_STAPPENPLAN', ...b },
	{ type: 'SIGNALEN_VASTGELEGD', ...b },
	{ type: 'GESPREK_GEVOERD', ...b },
	{ type: 'AFWEGING_1', antwoord: 'ja', ...b },
	{ type: 'AFWEGING_2', antwoord: 'nee', ...b }
] as MeldcodeEvent[];

describe('practice feedback', () => {
	it('after a choice the meldcode does not expect: what it expects, why, and the source', () => {
		render(OefenFeedback, { props: { oordeel: laatsteOordeel(daan, EVENTS) } });
		const vak = screen.getByRole('region', {
			name: 'Wat de meldcode zegt · Afweging 2: veiligheid'
		});
		expect(vak).toHaveTextContent('De meldcode verwacht hier een andere keuze.');
		expect(vak).toHaveTextContent('Jouw keuze: Afweging 2: nee.');
		expect(vak).toHaveTextContent('De meldcode verwacht: Afweging 2: twijfel.');
		expect(vak).toHaveTextContent('Bron: meldcode, stap 4, afweging 2');
	});

	it('shows nothing before the first graded choice', () => {
		render(OefenFeedback, { props: { oordeel: laatsteOordeel(daan, EVENTS.slice(0, 2)) } });
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('the review counts the choices and names what was not reached', () => {
		render(OefenTerugblik, { props: { oordelen: beoordeel(daan, EVENTS) } });
		expect(
			screen.getByText('2 van de 4 keuzes zoals de meldcode verwacht (1 nog niet bereikt).')
		).toBeInTheDocument();
		expect(screen.getAllByRole('listitem')).toHaveLength(4);
		expect(screen.getByText(/Stap 5: de melding vooraf bespreken/).parentElement).toHaveTextContent(
			'nog niet bereikt'
		);
	});

	it('the banner is a region named Oefening, for screen readers too', () => {
		render(OefenBanner);
		expect(screen.getByRole('region', { name: 'Oefening' })).toHaveTextContent(
			'Typ geen echte namen'
		);
	});
});
