/**
 * Issue 16, on the phone: at 390×844 the question of every afweging and all its answer buttons
 * are on the first screen, without scrolling (decision first; guidance and the history follow),
 * afweging 5 too, on the day of the term agreed at afweging 4.
 */
import { test, expect } from './fixtures';
import { afweging, totAfweging1 } from './wizard';

const SCHERM = { width: 390, height: 844 };

test('op een telefoon staan de vraag en alle antwoorden van elke afweging (1 tot en met 5) op het eerste scherm', async ({
	page
}) => {
	// Afweging 5 opens on the term of afweging 4: the clock is set, then moved to that day.
	await page.clock.install({ time: new Date('2026-12-01T10:00:00') });
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
	await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'K. de Boer' });
	await expect(page.getByRole('group', { name: /^Afweging 5:/ })).toHaveCount(0);
	await page.clock.setSystemTime(new Date('2027-01-15T10:00:00'));
	await page.reload();
	await opEersteScherm(5);
});
