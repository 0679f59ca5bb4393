/**
 * Screenshots of the main screens at phone and desktop width, for the README
 * (docs/screenshots/). Made by every e2e run, with a fixed clock so they only change when the
 * screens do. Each shot also checks that nothing overflows sideways on a 360 px phone.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
	afweging,
	meldingBespreken,
	nieuweCasus,
	start,
	stap1,
	stap2,
	stap3,
	stap4
} from './wizard';

const MAP = 'docs/screenshots';
const BREEDTES = { telefoon: { width: 360, height: 800 }, desktop: { width: 1280, height: 900 } };

async function foto(page: Page, naam: string) {
	for (const [soort, maat] of Object.entries(BREEDTES)) {
		await page.setViewportSize(maat);
		const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breedte, `${naam} past op ${maat.width} px`).toBeLessThanOrEqual(maat.width);
		await page.screenshot({
			path: `${MAP}/${naam}-${soort}.png`,
			fullPage: true,
			animations: 'disabled'
		});
	}
}

test('schermafbeeldingen van de belangrijkste stappen', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await page.goto('/');
	// The one-time "works offline now" note would otherwise appear in some shots and not others.
	await page.getByRole('button', { name: 'Oké' }).click();
	await foto(page, '01-start');
	await nieuweCasus(page);
	await page
		.getByLabel(/Wat geeft je dit gevoel/)
		.fill('Sinds de herfstvakantie stil en schrikachtig.');
	await foto(page, '02-niet-pluis');
	await start(page);
	await foto(page, '03-stap1-signalen');
	await stap1(page);
	await foto(page, '04-stap2-consultatie');
	await stap2(page);
	await foto(page, '05-stap3-gesprek');
	await stap3(page);
	await stap4(page);
	await afweging(page, 1, 'Ja');
	await foto(page, '06-afweging2-veiligheid');
	await afweging(page, 2, 'Twijfel');
	await foto(page, '07-stap5-melding-bespreken');
	await meldingBespreken(page);
	await page.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' }).click();
	await foto(page, '08-acuut');
});
