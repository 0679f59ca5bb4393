/**
 * Issue 16, "never lost": the case list asks for an encrypted backup of everything when the last
 * one is older than the setting (default a month), the backup is made there, and restoring it on
 * an empty device brings every case back, log and all.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { kluisKeuze, totAfweging1, afweging } from './wizard';

const WACHTWOORD = 'reserve kopie wachtwoord';

test('herinnering aan een reservekopie, versleuteld maken, en terugzetten op een leeg apparaat', async ({
	page,
	browser,
	baseURL,
	expectAccessible
}, info) => {
	await totAfweging1(page, { code: 'RK' });
	await afweging(page, 1, 'Ja');
	// A case made today, no backup yet: not due before a month has passed.
	await page.goto('/casussen');
	await expect(page.getByRole('link', { name: /^RK / })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tijd voor een reservekopie' })).toHaveCount(0);
	await expect(page.getByText('nog geen versleutelde reservekopie gemaakt')).toBeVisible();

	// The last backup was made in January: due.
	await page.evaluate(() =>
		localStorage.setItem('meldcodewijzer-reservekopie', '2026-01-05T10:00:00.000+01:00')
	);
	await page.reload();
	const herinnering = page.getByRole('region', { name: 'Tijd voor een reservekopie' });
	await expect(herinnering).toContainText(
		'De laatste versleutelde reservekopie is van 5 januari 2026.'
	);
	await expectAccessible();
	await herinnering.getByRole('link', { name: /Maak een versleutelde reservekopie/ }).click();

	const form = page.getByRole('group', { name: 'Alle casussen exporteren' });
	await expect(form.getByLabel(/Versleutelen met een wachtwoord/)).toBeChecked();
	await form.getByLabel(/^Wachtwoord/).fill(WACHTWOORD);
	await form.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD);
	const download = page.waitForEvent('download');
	await form.getByRole('button', { name: 'Alle casussen exporteren' }).click();
	const pad = info.outputPath('reservekopie.json');
	await (await download).saveAs(pad);
	await expect(form.getByRole('status')).toContainText('versleuteld');
	await expect(herinnering).toHaveCount(0);
	await page.reload();
	await expect(
		page.getByText(/^Laatste versleutelde reservekopie: \d+ \w+ 20\d\d\.$/)
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Tijd voor een reservekopie' })).toHaveCount(0);

	// Restore on an empty device.
	const leeg: BrowserContext = await browser.newContext({ baseURL, locale: 'nl-NL' });
	const b = await leeg.newPage();
	await b.goto('/importeren');
	await kluisKeuze(b, b.getByLabel(/^Exportbestand/));
	await b.getByLabel(/^Exportbestand/).setInputFiles(pad);
	await b.getByLabel('Wachtwoord van het versleutelde bestand').fill(WACHTWOORD);
	await b.getByRole('button', { name: 'Ontsleutelen' }).click();
	await expect(b.getByRole('main')).toContainText('1 nieuw');
	await b.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(b.getByRole('heading', { name: 'Geïmporteerd' })).toBeVisible();
	await b.getByRole('link', { name: 'Casus RK' }).click();
	// Back where it was: afweging 1 answered, on afweging 2.
	await expect(b.getByRole('group', { name: /^Afweging 2:/ })).toBeVisible();
	await leeg.close();
});
