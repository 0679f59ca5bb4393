import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import KluisKiezen from '$lib/components/kluis/KluisKiezen.svelte';
import Ontgrendelen from '$lib/components/kluis/Ontgrendelen.svelte';
import { dossierZonderToegang } from '$lib/dossier/open.svelte';
import { leesKluis, stelWachtwoordIn, vergrendel } from '$lib/kluis/kluis';
import { toegang, wachtOpToegang } from '$lib/kluis/toegang.svelte';

const WACHTWOORD = 'paars konijn op de fiets';

// One dossier per file (the app's singleton); every test starts from an empty one.
beforeEach(async () => {
	const db = await dossierZonderToegang();
	await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
	vergrendel(db);
	db.sleutelbos.modus = 'uit';
	toegang.scherm = 'pagina';
	toegang.modus = 'onbekend';
});
afterEach(() => {
	toegang.scherm = 'pagina';
});

describe('eerste gebruik: een wachtwoord kiezen', () => {
	it('de kop krijgt de focus; te kort en niet gelijk worden uitgelegd, er wordt niets opgeslagen', async () => {
		const user = userEvent.setup();
		render(KluisKiezen);
		expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
		expect(screen.getByText(/kan niemand de casussen nog openen/)).toBeVisible();

		await user.type(screen.getByLabelText('Kies een wachtwoord'), 'kort');
		await user.type(screen.getByLabelText('Herhaal het wachtwoord'), 'anders');
		await user.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
		const fout = screen.getByRole('alert');
		expect(fout).toHaveTextContent(/minstens 12 tekens/);
		expect(fout).toHaveTextContent(/niet gelijk/);
		expect(fout).toHaveFocus();
		expect(await leesKluis(await dossierZonderToegang())).toBeUndefined();
	});

	it('een goed wachtwoord versleutelt het dossier en geeft de pagina terug', async () => {
		const user = userEvent.setup();
		const db = await dossierZonderToegang();
		const wacht = wachtOpToegang(db);
		await expect.poll(() => toegang.scherm).toBe('kiezen');
		render(KluisKiezen);
		await user.type(screen.getByLabelText('Kies een wachtwoord'), WACHTWOORD);
		await user.type(screen.getByLabelText('Herhaal het wachtwoord'), WACHTWOORD);
		await user.click(screen.getByRole('button', { name: 'Wachtwoord instellen' }));
		await wacht;
		expect(toegang.scherm).toBe('pagina');
		expect(toegang.modus).toBe('aan');
		expect(await leesKluis(db)).toMatchObject({ modus: 'aan' });
		expect(db.sleutelbos.open).toBe(true);
	});

	it('zonder wachtwoord: alleen na de knop die het risico noemt', async () => {
		const user = userEvent.setup();
		const db = await dossierZonderToegang();
		const wacht = wachtOpToegang(db);
		render(KluisKiezen);
		expect(screen.getByText(/kan ze lezen/)).toBeVisible();
		await user.click(screen.getByRole('button', { name: /Ik begrijp het risico/ }));
		await wacht;
		expect(toegang.modus).toBe('uit');
		expect(await leesKluis(db)).toMatchObject({ modus: 'uit' });
	});
});

describe('vergrendeld scherm', () => {
	it('het wachtwoordveld heeft de focus; een fout wachtwoord wordt gemeld, het goede opent', async () => {
		const user = userEvent.setup();
		const db = await dossierZonderToegang();
		await stelWachtwoordIn(db, WACHTWOORD, 1_000);
		vergrendel(db);
		toegang.modus = 'onbekend';
		const wacht = wachtOpToegang(db);
		await expect.poll(() => toegang.scherm).toBe('vergrendeld');
		render(Ontgrendelen);
		const veld = screen.getByLabelText('Wachtwoord');
		expect(veld).toHaveFocus();

		await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Vul je wachtwoord in.');

		await user.type(veld, 'niet het goede wachtwoord');
		await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
		await expect.poll(() => screen.getByRole('alert').textContent).toMatch(/klopt niet/);
		expect(veld).toHaveAttribute('aria-invalid', 'true');
		expect(db.sleutelbos.open).toBe(false);

		await user.clear(veld);
		await user.type(veld, WACHTWOORD);
		await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
		await wacht;
		expect(toegang.scherm).toBe('pagina');
		expect(db.sleutelbos.open).toBe(true);
	});
});
