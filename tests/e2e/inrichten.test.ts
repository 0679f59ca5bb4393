/**
 * Issue 16, "set up once, for a whole board": a fresh browser is asked calmly to set the app up;
 * the school reads the bestuur's organisation file, and its names appear where the app uses
 * them. A damaged file is refused in Dutch and changes nothing. On a phone and on a laptop.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { nieuweCasus, start, stap1, verwachtStap } from './wizard';

const TELEFOON = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const SLEUTEL = 'meldcodewijzer.instellingen.v1';
const MELDING = 'Nog niet ingericht voor jullie school';
const ACUUT = 'Acuut onveilig / kind vertelt zelf';

/** A bestuur's file as it travels by e-mail: written here by hand, not by the app's own code. */
const VAN_BESTUUR = {
	format: 'meldcodewijzer-organisatie',
	formatVersion: 1,
	appVersion: '0.1.0',
	gemaakt: '2026-12-01T09:00:00.000Z',
	instellingen: {
		organisatie: 'Stichting Primair Onderwijs Noord',
		aandachtsfunctionarisRol: 'coördinator sociale veiligheid',
		aandachtsfunctionarisNaam: 'F. el Amrani',
		bestuurssecretaris: 'M. de Groot',
		veiligThuisRegio: '088 - 555 00 11',
		leerlingvolgsysteem: 'ParnasSys',
		bewaartermijnMaanden: 36
	}
};

function json(naam: string, tekst: string) {
	return { name: naam, mimeType: 'application/json', buffer: Buffer.from(tekst) };
}

const opgeslagen = (page: Page) => page.evaluate((k) => localStorage.getItem(k), SLEUTEL);

async function foto(page: Page, naam: string) {
	const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
	const { width } = page.viewportSize()!;
	expect(breedte, `${naam} past op ${width} px`).toBeLessThanOrEqual(width);
	await page.screenshot({
		path: `docs/screenshots/${naam}.png`,
		fullPage: true,
		animations: 'disabled'
	});
}

test('telefoon: nieuwe browser → melding → organisatiebestand inlezen → de namen staan in de app, de melding is weg', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize(TELEFOON);
	await page.goto('/');
	const melding = page.getByRole('main').getByText(MELDING);
	await expect(melding).toBeVisible();
	// Calm: no alert, nothing of a case on it, and the acute button stays free to use.
	await expect(page.getByRole('alert')).toHaveCount(0);
	const acuut = page.getByRole('banner').getByRole('button', { name: ACUUT });
	await acuut.click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
	await expectAccessible();

	await foto(page, '11-start-inrichten-telefoon');
	await page.getByRole('main').getByRole('link', { name: 'Inrichten' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Inrichten voor jullie school' })
	).toBeVisible();
	await expectAccessible();
	await foto(page, '09-inrichten-telefoon');

	// A damaged file: a Dutch message, and nothing written.
	const veld = page.getByLabel('Organisatiebestand (.json)');
	await expect(veld).toBeEnabled();
	await veld.setInputFiles(json('organisatie.json', JSON.stringify(VAN_BESTUUR).slice(0, 90)));
	const fout = page.getByRole('alert');
	await expect(fout).toHaveText(/geen JSON.*Er is niets veranderd\./);
	await expect(page.getByRole('button', { name: 'Overnemen', exact: true })).toHaveCount(0);
	expect(await opgeslagen(page)).toBeNull();
	await expectAccessible();

	// The bestuur's file: first what would change, then "Overnemen".
	await veld.setInputFiles(json('organisatie.json', JSON.stringify(VAN_BESTUUR)));
	const voorbeeld = page.getByRole('region', { name: 'Wat er verandert als je overneemt' });
	await expect(voorbeeld.getByRole('heading')).toBeFocused();
	await expect(fout).toHaveCount(0);
	await expect(voorbeeld.getByRole('listitem')).toHaveCount(7);
	await expect(voorbeeld).toContainText('F. el Amrani');
	expect(await opgeslagen(page)).toBeNull();
	await expectAccessible();
	await foto(page, '10-inrichten-voorbeeld-telefoon');
	await voorbeeld.getByRole('button', { name: 'Overnemen', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Overgenomen' })).toHaveText(
		/Overgenomen: 7 instellingen\./
	);
	// The form below starts again from what is stored now.
	await expect(page.getByLabel('Naam van de aandachtsfunctionaris')).toHaveValue('F. el Amrani');

	// The start page no longer asks; the regional number is in the acute dialog.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Meldcodewijzer' })).toBeVisible();
	await expect(page.getByText(MELDING)).toHaveCount(0);
	await acuut.click();
	await expect(
		page.getByRole('dialog').getByRole('link', { name: /regio: 088 - 555 00 11/ })
	).toHaveAttribute('href', 'tel:0885550011');
	await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

	// Stap 2 names the aandachtsfunctionaris of the file.
	await nieuweCasus(page);
	await start(page);
	await stap1(page);
	await verwachtStap(page, 'Collegiale consultatie');
	await expect(page.getByRole('main')).toContainText(
		'Bij jullie is dat: F. el Amrani (coördinator sociale veiligheid).'
	);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Meldcodewijzer' })).toBeVisible();
	await expect(page.getByText(MELDING)).toHaveCount(0);
});

test('laptop: zelf invullen, fouten worden genoemd; "Niet nu" blijft; Instellingen maakt en leest het bestand', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize(LAPTOP);
	await page.goto('/');
	await expect(page.getByText(MELDING)).toBeVisible();
	await expectAccessible();

	// "Niet nu": gone, the keyboard stays on the page, and it stays gone after a reload.
	await page.getByRole('button', { name: 'Niet nu' }).click();
	await expect(page.getByText(MELDING)).toHaveCount(0);
	await expect(page.getByRole('main')).toBeFocused();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Meldcodewijzer' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ik heb een niet-pluis-gevoel' })).toBeVisible();
	await expect(page.getByText(MELDING)).toHaveCount(0);

	// Settings lead to the setup.
	await page.getByRole('link', { name: 'Instellingen', exact: true }).click();
	await page.getByRole('link', { name: 'Inrichten voor jullie school' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Inrichten voor jullie school' })
	).toBeVisible();
	await expectAccessible();
	await foto(page, '09-inrichten-desktop');

	// A wrong number is named, announced and focused; nothing is stored.
	await page.getByLabel('Naam van de school').fill('Basisschool De Linde');
	const vt = page.getByLabel('Telefoonnummer van Veilig Thuis in jullie regio');
	await vt.fill('bel de regio');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	const fouten = page.getByRole('alert');
	await expect(fouten).toBeFocused();
	await expect(fouten).toContainText('alleen cijfers, spaties');
	await expect(vt).toHaveAttribute('aria-invalid', 'true');
	expect(await opgeslagen(page)).toBeNull();
	await expectAccessible();

	await vt.fill('088 123 45 67');
	await page.getByLabel('Naam van de aandachtsfunctionaris').fill('A. Bakker');
	await page.getByRole('button', { name: 'Bewaren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Bewaard' })).toContainText(
		'De app gebruikt vanaf nu deze namen en nummers.'
	);
	await expect(fouten).toHaveCount(0);

	// For a bestuur: folded away for the schools; the file holds what is stored.
	await page.getByText('Voor een bestuur: één organisatiebestand voor alle scholen').click();
	await expectAccessible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Organisatiebestand maken' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(
		/^meldcodewijzer-organisatie-basisschool-de-linde-\d{4}-\d{2}-\d{2}-\d{4}\.json$/
	);
	const bestand = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(bestand).toMatchObject({
		format: 'meldcodewijzer-organisatie',
		formatVersion: 1,
		instellingen: { organisatie: 'Basisschool De Linde', aandachtsfunctionarisNaam: 'A. Bakker' }
	});
	expect(bestand.instellingen).not.toHaveProperty('vergrendelNaMinuten');

	// Instellingen reads the bestuur's file; its form shows the new values at once.
	await page.goto('/instellingen');
	const inlezen = page.getByLabel('Organisatiebestand (.json)');
	// Enabled once the page is live: a file picked before that would be ignored.
	await expect(inlezen).toBeEnabled();
	await inlezen.setInputFiles(json('organisatie.json', JSON.stringify(VAN_BESTUUR)));
	const voorbeeld = page.getByRole('region', { name: 'Wat er verandert als je overneemt' });
	await expect(voorbeeld).toContainText('A. Bakker');
	await expect(voorbeeld).toContainText('F. el Amrani');
	await expectAccessible();
	await foto(page, '12-instellingen-organisatiebestand-desktop');
	await voorbeeld.getByRole('button', { name: 'Overnemen', exact: true }).click();
	await expect(page.getByLabel('Aandachtsfunctionaris: naam (niet verplicht)')).toHaveValue(
		'F. el Amrani'
	);
	await expect(page.getByLabel('Naam van de organisatie of school')).toHaveValue(
		'Stichting Primair Onderwijs Noord'
	);
});
