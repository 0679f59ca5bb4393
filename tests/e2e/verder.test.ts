/**
 * After a crash or a reload the app opens on the start page: it offers the open cases changed
 * last, and the link opens the case on its current step. A locked dossier shows no pseudonym.
 */
import { test, expect } from './fixtures';
import { kluisKeuze, nieuweCasus, nieuweCasusInvullen, start, verwachtStap } from './wizard';

test('de startpagina biedt na herladen "Verder met …" aan, laatst gewijzigd eerst, en opent de casus op zijn stap', async ({
	page,
	expectAccessible
}) => {
	await nieuweCasus(page, { code: 'AB' });
	await start(page);
	await verwachtStap(page, 'Signalen in kaart brengen');
	const ab = new URL(page.url()).searchParams.get('id');
	await nieuweCasus(page, { code: 'CD' });

	await page.goto('/');
	await page.reload();
	const verder = page.getByRole('region', { name: 'Verder met een open casus' });
	await expect(verder.getByRole('link')).toHaveText([
		'Verder met CD, bij het begin',
		'Verder met AB, stap 1'
	]);
	await expectAccessible();

	await verder.getByRole('link', { name: 'Verder met AB, stap 1' }).click();
	await verwachtStap(page, 'Signalen in kaart brengen');
	expect(new URL(page.url()).searchParams.get('id')).toBe(ab);
});

test('vergrendeld: geen pseudoniem op de startpagina, wel "Ontgrendel om verder te gaan"', async ({
	page
}) => {
	await page.goto('/casus/nieuw');
	await kluisKeuze(
		page,
		page.getByLabel('Initialen of code van de leerling'),
		'een lang genoeg wachtwoord'
	);
	await nieuweCasusInvullen(page, { code: 'XY' });

	await page.goto('/');
	await expect(
		page.getByRole('link', { name: 'Ontgrendel om verder te gaan met je casussen' })
	).toBeVisible();
	// The start page itself, not the lock screen, and no trace of the case.
	await expect(page.getByRole('heading', { level: 1, name: 'Meldcodewijzer' })).toBeVisible();
	await expect(page.getByText(/Verder met/)).toHaveCount(0);
	await expect(page.locator('body')).not.toContainText('XY');

	await page.getByRole('link', { name: 'Ontgrendel om verder te gaan met je casussen' }).click();
	await expect(page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
});
