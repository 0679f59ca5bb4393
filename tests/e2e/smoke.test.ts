import { test, expect } from './fixtures';

test('de startpagina toont een kop, zonder fouten, toegankelijk en zonder externe verzoeken', async ({
	page,
	consoleErrors,
	requests,
	expectAccessible
}) => {
	const response = await page.goto('/');
	expect(response?.status()).toBe(200);

	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('main')).toHaveAttribute('id', 'inhoud');
	await page.waitForLoadState('networkidle');

	await expectAccessible();

	// The fixtures check these again at teardown; asserting here keeps the test readable on its own.
	expect(consoleErrors).toEqual([]);
	expect(requests.all.length).toBeGreaterThan(0);
	expect(requests.external()).toEqual([]);
});

test('de skiplink is de eerste tabstop en brengt de focus naar de inhoud', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skipLink).toBeFocused();
	await expect(skipLink).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('#inhoud')).toBeFocused();
});
