import { test, expect } from './fixtures';
import { nieuweCasus, start } from './wizard';

test('een nieuwere versie in een ander tabblad: dit tabblad laat los, vraagt om herladen en verliest niets', async ({
	page,
	context
}) => {
	await nieuweCasus(page);
	await start(page);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Signalen in kaart brengen' })
	).toBeVisible();

	// Another tab opens the dossier at a higher schema version (as a newer app would).
	const ander = await context.newPage();
	await ander.goto('/');
	const versie = await ander.evaluate(
		() =>
			new Promise<number>((klaar, mis) => {
				const verzoek = indexedDB.open('meldcodewijzer', 10_000);
				verzoek.onsuccess = () => {
					const v = verzoek.result.version;
					verzoek.result.close();
					klaar(v);
				};
				verzoek.onerror = () => mis(verzoek.error);
			})
	);
	expect(versie).toBe(10_000);

	await expect(page.getByRole('alert')).toContainText('nieuwere versie van de app');
	await expect(page.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();

	// After the reload the case is back on its step: nothing was lost (Dexie 4 opens a database
	// whose version is higher than the app's own when its tables still fit).
	await page.getByRole('button', { name: 'Opnieuw laden' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Signalen in kaart brengen' })
	).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
