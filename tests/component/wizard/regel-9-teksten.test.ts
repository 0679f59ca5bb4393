/**
 * Issue 13, rule 9, on screen: the optie II help text says the school does not examine injury
 * itself (Bijlage 7); the basismodel's closing text says a melding is not an end; with a pupil of
 * 12 or older, the laws of Bijlage 5 are named and an objection does not block the melding.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casusNa } from '../helpers';
import Gemeld from '$lib/components/stappen/Gemeld.svelte';
import HulpLoopt from '$lib/components/stappen/HulpLoopt.svelte';
import MeldenBespreken from '$lib/components/stappen/MeldenBespreken.svelte';
import Stap3Gesprek from '$lib/components/stappen/Stap3Gesprek.svelte';
import { MELDEN, TOT_HULP, TOT_VRAAG3 } from '../../unit/machines/helpers';
import { ev } from '../../unit/machines/voorbeelden';

const GEEN_HULP = [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })];
const STAP_3 = [
	ev('START_STAPPENPLAN'),
	ev('SIGNALEN_VASTGELEGD'),
	ev('CONSULTATIE'),
	ev('CONSULTATIE_AFGEROND')
];

describe('regel 9: teksten die de bron niet meer buigen', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-12-01T10:00:00'));
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('optie II: onderzoek naar letsel doet de school niet zelf (bijlage 7)', () => {
		render(HulpLoopt, { props: { casus: casusNa(TOT_HULP) } });
		const blok = screen.getByText('Veiligheid op de korte termijn', {
			selector: 'summary'
		}).parentElement!;
		expect(blok).toHaveTextContent(/Dat onderzoek doen deskundigen, niet de school/);
		const punt = within(blok)
			.getByText(/Letsel onderzoekt de school niet zelf/)
			.closest('li')!;
		expect(punt).toHaveTextContent(/toestemming van de ouders of Veilig Thuis/);
		expect(punt).toHaveTextContent('(Bron: meldcode, bijlage 7)');
	});

	it('basismodel: afsluiten na de melding zegt dat een melding geen eindpunt is', () => {
		render(Gemeld, {
			props: { casus: casusNa([...GEEN_HULP, ...MELDEN], { variant: 'basismodel' }) }
		});
		const sectie = screen.getByRole('region', { name: 'Casus afsluiten' });
		expect(sectie).toHaveTextContent(/Een melding is geen eindpunt/);
		expect(sectie).not.toHaveTextContent(/eindigt met de melding/);
		expect(sectie).toHaveTextContent('Bron: meldcode, stap 6');
	});

	it('een leerling van 13: het bezwaar houdt de melding niet tegen, en de wetten van bijlage 5 staan erbij', () => {
		render(MeldenBespreken, { props: { casus: casusNa(GEEN_HULP, { leeftijd: 13 }) } });
		expect(screen.getByText(/Het bezwaar houdt de melding niet tegen/)).toBeInTheDocument();
		const wetten = screen.getByText('Welke wetten noemt de meldcode hier?', {
			selector: 'summary'
		}).parentElement!;
		expect(wetten).toHaveTextContent(/Wet bescherming persoonsgegevens \(Wbp, 2001\)/);
		expect(wetten).toHaveTextContent(/vervangen door de Jeugdwet/);
	});

	it('stap 3: de wetten bij een leerling van 16, niet bij een leerling van 9 (dan beslissen de ouders)', () => {
		const { unmount } = render(Stap3Gesprek, {
			props: { casus: casusNa(STAP_3, { leeftijd: 16, variant: 'school' }) }
		});
		expect(screen.getByText('Welke wetten noemt de meldcode hier?')).toBeInTheDocument();
		expect(screen.getByText(/Het bezwaar houdt de melding niet tegen/)).toBeInTheDocument();
		unmount();
		render(Stap3Gesprek, { props: { casus: casusNa(STAP_3, { leeftijd: 9, variant: 'school' }) } });
		expect(screen.queryByText('Welke wetten noemt de meldcode hier?')).toBeNull();
	});
});
