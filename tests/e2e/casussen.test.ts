import { test, expect } from './fixtures';
import { afweging, nieuweCasus, start, totAfweging1 } from './wizard';

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
});

test('de casuslijst: wat aan de beurt is eerst, zoeken, en verwijderen met bevestiging', async ({
	page,
	expectAccessible
}) => {
	// Case XY: only started. Case AB: help runs, afweging 5 due on 15 January.
	await nieuweCasus(page, { code: 'XY' });
	await start(page);
	await totAfweging1(page, { code: 'AB' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await afweging(page, 3, 'Ja');
	await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'IB-er' });

	await page.getByRole('link', { name: 'Casussen', exact: true }).click();
	const items = page.getByRole('main').getByRole('listitem');
	await expect(items).toHaveCount(2);
	await expect(items.first()).toContainText('AB');
	await expect(items.first()).toContainText('Afweging 5: resultaat van de hulp, 15 januari 2027');
	await expectAccessible();

	await page.getByLabel('Zoek op initialen of code').fill('xy');
	await expect(items).toHaveCount(1);
	await expect(page.getByText('1 van 2 casussen')).toBeVisible();
	await page.getByLabel('Zoek op initialen of code').fill('');

	// Reopening from the list brings the case back on its step.
	await page.getByRole('link', { name: /AB/ }).click();
	await expect(page.getByRole('heading', { level: 2, name: /hulp loopt/i })).toBeVisible();
	await page.goBack();

	await page.getByRole('button', { name: 'Casus XY verwijderen' }).click();
	const dialoog = page.getByRole('dialog', { name: 'Casus XY verwijderen?' });
	await expect(dialoog).toContainText('Dit kan niet ongedaan worden gemaakt.');
	await expect(dialoog).toContainText('Exporteer de casus dan eerst.');
	await expectAccessible();
	await dialoog.getByRole('button', { name: 'Niet verwijderen' }).click();
	await expect(items).toHaveCount(2);

	await page.getByRole('button', { name: 'Casus XY verwijderen' }).click();
	await dialoog.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByText('Casus XY is verwijderd.')).toBeVisible();
	await page.reload();
	await expect(items).toHaveCount(1);
	await expect(items.first()).toContainText('AB');
});
