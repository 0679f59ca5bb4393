/**
 * The header on a phone (390×844) is one bar of at most 64 px: the acute button and "Scherm
 * verbergen" always in view (also after scrolling), the menu folded behind a disclosure button.
 * On a laptop everything is in one row, without the button.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kluisKeuze } from './wizard';

const TELEFOON = { width: 390, height: 844 };
const MAX_KOP = 64;

async function kopHoogte(page: Page): Promise<number> {
	const vak = await page.getByRole('banner').boundingBox();
	expect(vak).not.toBeNull();
	return vak!.height;
}

test('telefoon: een kopbalk van hoogstens 64 px, acuut en verbergen altijd bereikbaar, het menu vouwt', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize(TELEFOON);
	await page.goto('/casussen');
	await kluisKeuze(page, page.getByRole('heading', { level: 1, name: 'Je casussen' }));
	const kop = page.getByRole('banner');
	const menu = kop.getByRole('button', { name: 'Menu' });
	const acuut = kop.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' });
	const verbergen = kop.getByRole('button', { name: 'Scherm verbergen' });

	for (const pad of ['/', '/casussen', '/casus/nieuw', '/instellingen']) {
		await page.goto(pad);
		await expect(acuut).toBeVisible();
		expect(await kopHoogte(page), pad).toBeLessThanOrEqual(MAX_KOP);
		await expect(verbergen).toBeVisible();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(kop.getByRole('link', { name: 'Casussen' })).toBeHidden();
	}
	await expectAccessible();

	// Still at the top after scrolling down a long page.
	await page.goto('/hulpteksten');
	await page.mouse.wheel(0, 3000);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	const vak = await acuut.boundingBox();
	expect(vak!.y).toBeGreaterThanOrEqual(0);
	expect(vak!.y + vak!.height).toBeLessThanOrEqual(MAX_KOP);

	// The menu opens below the bar, and folds again with Escape (focus back on the button).
	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	const casussen = kop.getByRole('link', { name: 'Casussen' });
	await expect(casussen).toBeVisible();
	await expectAccessible();
	await casussen.focus();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(menu).toBeFocused();
	await expect(casussen).toBeHidden();

	// And after choosing a page from it.
	await menu.click();
	await casussen.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Je casussen' })).toBeVisible();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(casussen).toBeHidden();
});

test('laptop: alles in één rij, zonder menuknop', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/');
	const kop = page.getByRole('banner');
	await expect(kop.getByRole('link', { name: 'Casussen' })).toBeVisible();
	await expect(kop.getByRole('button', { name: 'Menu' })).toBeHidden();
	await expect(kop.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' })).toHaveText(
		'Acuut onveilig / kind vertelt zelf'
	);
	expect(await kopHoogte(page)).toBeLessThanOrEqual(MAX_KOP);
});

test('smalste telefoon (360 px): de balk blijft één regel, "Scherm verbergen" heet voor een schermlezer zo', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	const kop = page.getByRole('banner');
	await expect(
		kop.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' })
	).toBeVisible();
	await expect(kop.getByRole('button', { name: 'Scherm verbergen', exact: true })).toBeVisible();
	expect(await kopHoogte(page)).toBeLessThanOrEqual(MAX_KOP);
});
