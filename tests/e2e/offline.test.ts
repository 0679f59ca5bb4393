import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kluisKeuze, nieuweCasus, start } from './wizard';

/** Waits until the service worker has installed this build and controls the page. */
async function offlineKlaar(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(page.getByText('werkt ook zonder internet')).toBeVisible();
}

test('na één bezoek werkt de app zonder netwerk: elke pagina, koud herladen, en opslaan', async ({
	page,
	context
}) => {
	await page.goto('/');
	await offlineKlaar(page);
	// The first-use choice about a passphrase, made once, online (the lock screen offline is in
	// kluis.test.ts's reload test: it needs nothing from the network either).
	await page.goto('/casus/nieuw');
	await kluisKeuze(page);
	await context.setOffline(true);

	for (const [pad, kop] of [
		['/', 'Meldcodewijzer'],
		['/casussen', 'Je casussen'],
		['/instellingen', 'Instellingen van je organisatie'],
		['/casus/nieuw', 'Nieuwe casus'],
		['/importeren', 'Casussen importeren']
	] as const) {
		await page.goto(pad);
		await expect(page.getByRole('heading', { level: 1, name: kop })).toBeVisible();
	}

	// A case started offline is stored, and a cold reload offline brings it back on its step.
	await nieuweCasus(page, { code: 'OF' });
	await start(page);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Signalen in kaart brengen' })
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Signalen in kaart brengen' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Casus OF');
	await context.setOffline(false);
});

test('de app is installeerbaar: manifest met naam, iconen en start-URL', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const adres = new URL(href!, page.url());
	const manifest = await (await page.request.get(adres.href)).json();
	// Relative to the manifest, so the same file works at the domain root and under a sub path.
	expect(manifest).toMatchObject({
		name: 'Meldcodewijzer',
		start_url: './',
		scope: './',
		display: 'standalone'
	});
	const doelen = manifest.icons.map(
		(i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
	);
	expect(doelen).toEqual(
		expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
	);
	for (const icoon of manifest.icons)
		expect((await page.request.get(new URL(icoon.src, adres).href)).ok()).toBe(true);
});
