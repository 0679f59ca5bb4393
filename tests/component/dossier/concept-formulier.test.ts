import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { casusNa } from '../helpers';
import { ev } from '../../unit/machines/voorbeelden';
import Stap1Signalen from '$lib/components/stappen/Stap1Signalen.svelte';
import Stap2Consultatie from '$lib/components/stappen/Stap2Consultatie.svelte';
import StartStap from '$lib/components/stappen/StartStap.svelte';
import { DossierDB } from '$lib/dossier/db';
import { koppelAanDossier } from '$lib/dossier/koppeling.svelte';
import type { MeldcodeEvent } from '$machines/meldcode.events';

const GEVOEL = /Wat geeft je dit gevoel/;
const SAMENVATTING = /Samenvatting: wat maakt je zorg sterker of zwakker/;
const BUIKPIJN = 'Heeft vaak buikpijn of hoofdpijn, of valt flauw';
const TERUGGEZET = /Wat je eerder hier typte en nog niet had vastgelegd, is teruggezet/;

let db: DossierDB;
afterEach(async () => {
	vi.restoreAllMocks();
	await db?.delete({ disableAutoOpen: true });
});

/** A case as the case page has it: from the dossier, linked to its (own, fresh) database. */
function casusUitDossier(events: readonly MeldcodeEvent[] = [], database = db) {
	const casus = casusNa(events);
	koppelAanDossier(casus, database);
	return casus;
}

function nieuweDB() {
	db = new DossierDB(`formulier-${crypto.randomUUID()}`);
	return db;
}

async function concepten() {
	return Object.fromEntries(
		(await db.concepten.toArray()).map((r) => [r.naam ?? r.sleutel, r.waarde])
	);
}

describe('concepten in een beslissingsformulier', () => {
	it('bewaart wat je typt na een korte pauze, en zet het terug als het scherm terugkomt', async () => {
		nieuweDB();
		const user = userEvent.setup();
		const eerste = render(StartStap, { props: { casus: casusUitDossier() } });

		await user.type(screen.getByLabelText(GEVOEL), 'Blauwe plekken op maandag.');
		// After a short pause (~100 ms) the text is in the dossier.
		await waitFor(
			async () =>
				expect(await concepten()).toEqual({
					't|0|start|Begin met stap 1|Wat geeft je dit gevoel? (verplicht)#0':
						'Blauwe plekken op maandag.'
				}),
			{ timeout: 2000 }
		);
		expect(screen.queryByText(TERUGGEZET)).toBeNull();

		// The tab dies; the case is loaded again (a new Casus object) and the screen comes back.
		eerste.unmount();
		render(StartStap, { props: { casus: casusUitDossier() } });
		await waitFor(() =>
			expect(screen.getByLabelText(GEVOEL)).toHaveValue('Blauwe plekken op maandag.')
		);
		expect(screen.getByText(TERUGGEZET)).toBeVisible();
		expect(screen.getByText(TERUGGEZET).closest('[role="status"]')).not.toBeNull();
	});

	it('wist het concept zodra de beslissing is vastgelegd', async () => {
		nieuweDB();
		const user = userEvent.setup();
		const casus = casusUitDossier();
		render(StartStap, { props: { casus } });

		await user.type(screen.getByLabelText(GEVOEL), 'Vertelde over ruzie thuis.');
		await waitFor(async () => expect(await db.concepten.count()).toBe(1), { timeout: 2000 });
		await user.click(screen.getByRole('button', { name: 'Begin met stap 1' }));

		expect(casus.waar).toBe('stap1');
		await waitFor(async () => expect(await db.concepten.count()).toBe(0));
		// And stays gone: no late write brings it back.
		await new Promise((r) => setTimeout(r, 600));
		expect(await db.concepten.count()).toBe(0);
	});

	it('schrijft meteen bij pagehide, zonder op de pauze te wachten', async () => {
		nieuweDB();
		const user = userEvent.setup();
		render(StartStap, { props: { casus: casusUitDossier() } });

		await user.type(screen.getByLabelText(GEVOEL), 'Snel weg');
		window.dispatchEvent(new Event('pagehide'));
		await waitFor(async () => expect(Object.values(await concepten())).toEqual(['Snel weg']), {
			timeout: 200
		});
	});

	it('zet in stap 1 vinkjes, notities, waarnemingen en keuzes terug (vinkjes eerst)', async () => {
		nieuweDB();
		const user = userEvent.setup();
		// Found by label, not by role: role queries over the whole of stap 1 are slow in jsdom.
		const events = [ev('START_STAPPENPLAN')];
		const eerste = render(Stap1Signalen, { props: { casus: casusUitDossier(events) } });

		await user.click(screen.getByText('Signalen bij het kind', { selector: 'summary' }));
		await user.click(screen.getByLabelText(BUIKPIJN));
		// Pasted, not typed key by key: with a write every 150 ms, typing is slow under jsdom.
		await user.click(screen.getByLabelText(`Notitie bij: ${BUIKPIJN} (niet verplicht)`));
		await user.paste('Ma en di, bij de gymles');
		const waarneming = screen.getByRole('group', { name: 'Waarneming 1' });
		await user.click(within(waarneming).getByLabelText('Wat zag of hoorde je?'));
		await user.paste('Zat in de pauze alleen.');
		await user.click(within(waarneming).getByRole('radio', { name: 'Vermoeden (hypothese)' }));
		await user.selectOptions(within(waarneming).getByLabelText('Van wie komt dit?'), 'Collega');
		await user.click(screen.getByLabelText(SAMENVATTING));
		await user.paste('Past bij spanning.');
		window.dispatchEvent(new Event('pagehide'));
		await waitFor(async () => expect(Object.keys(await concepten())).toHaveLength(7));
		eerste.unmount();

		const casus = casusUitDossier(events);
		render(Stap1Signalen, { props: { casus } });
		await waitFor(() =>
			expect(screen.getByLabelText(SAMENVATTING)).toHaveValue('Past bij spanning.')
		);
		expect(screen.getByLabelText(BUIKPIJN)).toBeChecked();
		// Its group, closed by default, is opened to show it.
		expect(screen.getByLabelText(BUIKPIJN).closest('details')).toHaveAttribute('open');
		expect(screen.getByLabelText(`Notitie bij: ${BUIKPIJN} (niet verplicht)`)).toHaveValue(
			'Ma en di, bij de gymles'
		);
		const terug = screen.getByRole('group', { name: 'Waarneming 1' });
		expect(within(terug).getByLabelText('Wat zag of hoorde je?')).toHaveValue(
			'Zat in de pauze alleen.'
		);
		expect(within(terug).getByRole('radio', { name: 'Vermoeden (hypothese)' })).toBeChecked();
		expect(within(terug).getByRole('radio', { name: 'Feit: gezien of gehoord' })).not.toBeChecked();
		expect(within(terug).getByLabelText('Van wie komt dit?')).toHaveValue('collega');

		// The restored form records what the component's own state now holds.
		await user.click(screen.getByRole('button', { name: 'Signalen vastleggen' }));
		expect(casus.waar).toBe('stap2');
		expect(casus.regels.at(-1)?.gegevens).toMatchObject({
			signalen: [{ id: 'b2-lichamelijke-klachten', notitie: 'Ma en di, bij de gymles' }],
			waarnemingen: [{ soort: 'hypothese', tekst: 'Zat in de pauze alleen.', herkomst: 'collega' }]
		});
	});

	it('zet een concept van een vorige consultatie niet terug in een nieuwe', async () => {
		nieuweDB();
		const user = userEvent.setup();
		const events = [ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD')];
		const casus = casusUitDossier(events);
		const eerste = render(Stap2Consultatie, { props: { casus } });
		await user.type(screen.getByLabelText('Met wie heb je overlegd? (verplicht)'), 'J. de Vries');
		await user.type(screen.getByLabelText(/Welk advies kreeg je/), 'Eerst met ouders praten.');
		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));
		expect(casus.snapshot.context.consultaties).toBe(1);
		// The form is empty again and keeps no draft of the recorded consultation.
		expect(screen.getByLabelText(/Welk advies kreeg je/)).toHaveValue('');
		await new Promise((r) => setTimeout(r, 600));
		expect(await db.concepten.count()).toBe(0);
		// A draft of the old moment, as if the tab died between recording and clearing it.
		await db.concepten.put({
			sleutel: 't|2|stap2|Consultatie vastleggen|Welk advies kreeg je? (verplicht)#0',
			caseId: 't',
			waarde: 'Eerst met ouders praten.',
			bijgewerkt: '2026-11-23T09:00:00.000Z'
		});
		eerste.unmount();

		const opnieuw = casusNa([...events, ev('CONSULTATIE')]);
		koppelAanDossier(opnieuw, db);
		render(Stap2Consultatie, { props: { casus: opnieuw } });
		// Linking the case threw the stale draft away; the new form stays empty.
		await waitFor(async () => expect(await db.concepten.count()).toBe(0));
		expect(screen.getByLabelText(/Welk advies kreeg je/)).toHaveValue('');
		expect(screen.queryByText(TERUGGEZET)).toBeNull();
	});

	it('neemt de tekst van een ander formulier op het scherm mee als er intussen iets is vastgelegd', async () => {
		nieuweDB();
		const user = userEvent.setup();
		const events = [ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD'), ev('CONSULTATIE')];
		const casus = casusUitDossier(events);
		const eerste = render(Stap2Consultatie, { props: { casus } });
		const MEE = /Wat neem je mee uit de consultatie/;
		await user.type(screen.getByLabelText(MEE), 'Ouders uitnodigen.');
		// A second consultation is recorded while that text is still on screen.
		await user.type(screen.getByLabelText('Met wie heb je overlegd? (verplicht)'), 'M. Jansen');
		await user.type(screen.getByLabelText(/Welk advies kreeg je/), 'Letsel laten duiden.');
		await user.click(screen.getByRole('button', { name: 'Consultatie vastleggen' }));
		expect(casus.snapshot.context.consultaties).toBe(2);
		await waitFor(
			async () =>
				expect(await concepten()).toEqual({
					't|4|stap2|Stap 2 afronden|Wat neem je mee uit de consultatie? (verplicht)#0':
						'Ouders uitnodigen.'
				}),
			{ timeout: 2000 }
		);
		eerste.unmount();

		render(Stap2Consultatie, { props: { casus: casusUitDossier([...events, ev('CONSULTATIE')]) } });
		await waitFor(() => expect(screen.getByLabelText(MEE)).toHaveValue('Ouders uitnodigen.'));
		expect(screen.getByLabelText(/Welk advies kreeg je/)).toHaveValue('');
	});

	it('houdt niets bij voor een casus zonder dossier', async () => {
		nieuweDB();
		const user = userEvent.setup();
		const casus = casusNa();
		render(StartStap, { props: { casus } });
		await user.type(screen.getByLabelText(GEVOEL), 'Alleen in het geheugen.');
		window.dispatchEvent(new Event('pagehide'));
		await new Promise((r) => setTimeout(r, 600));
		expect(await db.concepten.count()).toBe(0);
	});

	it('typen gaat door als bewaren mislukt, met een rustige hint en zonder alert', async () => {
		nieuweDB();
		const user = userEvent.setup();
		vi.spyOn(db.concepten, 'bulkPut').mockRejectedValue(
			new DOMException('Quota exceeded', 'QuotaExceededError')
		);
		render(StartStap, { props: { casus: casusUitDossier() } });

		const veld = screen.getByLabelText(GEVOEL);
		await user.type(veld, 'Schijf vol');
		await waitFor(() => expect(screen.getByText(/niet tussentijds worden bewaard/)).toBeVisible(), {
			timeout: 2000
		});
		await user.type(veld, ', maar ik typ door.');
		expect(veld).toHaveValue('Schijf vol, maar ik typ door.');
		expect(screen.queryByRole('alert')).toBeNull();
	});
});
