/**
 * Issue 16, on the phone: at 390×844 the question of every afweging and all its answer buttons
 * are on the first screen, without scrolling (decision first; guidance and the history follow).
 */
import { test, expect } from './fixtures';
import { afweging, totAfweging1 } from './wizard';

const SCHERM = { width: 390, height: 844 };

test('op een telefoon staan de vraag en alle antwoorden van afweging 1 tot en met 4 op het eerste scherm', async ({
	page
}) => {
	await page.setViewportSize(SCHERM);
	await totAfweging1(page);
	// The one-time "works offline" notice comes once the app is installed; a user dismisses it.
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.getByRole('button', { name: 'Oké' }).click();

	const opEersteScherm = async (nummer: number) => {
		await page.evaluate(() => window.scrollTo(0, 0));
		const vraag = page.locator('p.vraag');
		const antwoorden = page
			.getByRole('group', { name: new RegExp(`^Afweging ${nummer}:`) })
			.getByRole('radio');
		await expect(antwoorden.first()).toBeVisible();
		const vakken = [
			await vraag.boundingBox(),
			...(await Promise.all((await antwoorden.all()).map((a) => a.boundingBox())))
		];
		for (const v of vakken) {
			expect(v, `afweging ${nummer}`).not.toBeNull();
			expect(v!.y + v!.height, `afweging ${nummer}: onder de rand`).toBeLessThanOrEqual(
				SCHERM.height
			);
		}
	};

	await opEersteScherm(1);
	await afweging(page, 1, 'Ja');
	await opEersteScherm(2);
	await afweging(page, 2, 'Nee');
	await opEersteScherm(3);
	await afweging(page, 3, 'Ja');
	await opEersteScherm(4);
});
