/**
 * Jaaroverzicht (issue 18, part 4) in real Chromium: three cases walked through the wizard (a
 * melding after a disclosure, the staff-member route, one just begun), their overview with
 * known counts shown under the "< 5" rule, the CSV and the file for the board downloaded and
 * read back, and two schools' files combined into one board overview; a wrong file is refused.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { pdfTekst } from './pdf';
import { acuut, melden, nieuweCasus, start, stap1, verwachtStap } from './wizard';

test.use({ viewport: { width: 390, height: 844 } });

async function download(page: Page, knop: string): Promise<string> {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: knop }).click()
	]);
	return readFile((await dl.path())!, 'utf8');
}

const rij = (page: Page, label: string | RegExp, kolom = 1) =>
	page
		.getByRole('row', { name: label })
		.getByRole('cell')
		.nth(kolom - 1);

test('jaaroverzicht van bekende casussen, CSV, bestand voor het bestuur en het bestuursoverzicht', async ({
	page,
	expectAccessible
}, info) => {
	// Three cases walked through the wizard before the overview itself.
	test.slow();
	await nieuweCasus(page, { code: 'QA' });
	await start(page);
	await acuut(page, 'disclosure', 'Leerling vertelde vanochtend dat papa haar slaat.');
	await melden(page);

	await nieuweCasus(page, { code: 'QB' });
	await start(page);
	await stap1(page);
	await page.getByText('Gaat het om signalen over een medewerker van de school?').click();
	await page.getByLabel('Waarom gaat het om een medewerker?').fill('Het gaat om een invalkracht.');
	await page.getByRole('button', { name: 'Naar de route voor een medewerker' }).click();
	await verwachtStap(page, /seksueel misbruik of seksuele intimidatie/);

	await nieuweCasus(page, { code: 'QC' });
	await start(page);
	await verwachtStap(page, 'Signalen in kaart brengen');

	await page.goto('/casussen/');
	await page.getByRole('link', { name: 'Jaaroverzicht' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Jaaroverzicht meldcode' })
	).toBeVisible();
	await expect(rij(page, 'Casussen begonnen')).toHaveText('< 5');
	await expect(rij(page, /^Meldingen op meldnorm 1/)).toHaveText('< 5');
	await expect(rij(page, /^Route bij signalen over een medewerker/)).toHaveText('< 5');
	await expect(rij(page, /^Mediaan dagen: Niet-pluis-gevoel/)).toHaveText('< 5 casussen');
	await expectAccessible();

	const csv = await download(page, 'CSV downloaden');
	expect(csv).toContain('"Casussen begonnen";"< 5"');
	expect(csv).not.toMatch(/;"[0-4]"/);
	const json = await download(page, 'Bestand voor het bestuur maken');
	const bestand = JSON.parse(json) as {
		school: string;
		tellingen: {
			casussen: number;
			meldingen: Record<string, number>;
			medewerker: number;
			adviesvragen: number;
		};
	};
	// The exact counts, for the board to add up; no pseudonym and no typed text.
	expect(bestand.tellingen).toMatchObject({
		casussen: 3,
		adviesvragen: 0,
		meldingen: { 1: 1, 2: 0, 3: 0 },
		medewerker: 1,
		nazorg: 0
	});
	for (const geheim of ['QA', 'QB', 'QC', 'papa', 'invalkracht', 'blauwe plekken'])
		expect(json).not.toContain(geheim);

	// The board: this school's file and another one, combined.
	const ander = {
		...bestand,
		school: 'Basisschool De Eik',
		tellingen: { ...bestand.tellingen, casussen: 2, meldingen: { 1: 4, 2: 0, 3: 0 } }
	};
	const veld = page.getByLabel('Jaaroverzichten van de scholen (JSON)');
	const alsBestand = (name: string, inhoud: unknown) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud))
	});
	await veld.setInputFiles([alsBestand('eigen.json', json), alsBestand('eik.json', ander)]);
	const tabel = page.getByRole('table', { name: /^Bestuur, schooljaar/ });
	await expect(tabel).toBeVisible();
	await expect(tabel.getByRole('columnheader')).toHaveText([
		'Onderdeel',
		bestand.school,
		'Basisschool De Eik',
		'Totaal'
	]);
	const bestuurRij = (label: RegExp) => tabel.getByRole('row', { name: label }).getByRole('cell');
	await expect(bestuurRij(/^Casussen begonnen/)).toHaveText(['< 5', '< 5', '5']);
	await expect(bestuurRij(/^Meldingen op meldnorm 1/)).toHaveText(['< 5', '< 5', '5']);
	await expect(bestuurRij(/^Route bij signalen/)).toHaveText(['< 5', '< 5', '< 5']);
	await expectAccessible();
	await page.screenshot({ path: info.outputPath('jaaroverzicht-390.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 900 });
	await expectAccessible();
	await page.screenshot({ path: info.outputPath('jaaroverzicht-desktop.png'), fullPage: true });
	const bestuurCsv = await download(page, 'CSV van het bestuursoverzicht downloaden');
	expect(bestuurCsv).toContain('"Casussen begonnen";"< 5";"< 5";"5"');

	// Printable: the tables on paper, the controls not.
	await page.emulateMedia({ media: 'print' });
	const { tekst } = await pdfTekst(await page.pdf({ format: 'A4' }));
	expect(tekst).toContain('Jaaroverzicht meldcode');
	expect(tekst).toMatch(/Casussen begonnen < 5 Adviesvragen/);
	expect(tekst).toMatch(/Casussen begonnen < 5 < 5 5/);
	expect(tekst).not.toContain('CSV downloaden');
	expect(tekst).not.toContain('Privacyverklaring');
	await page.emulateMedia({ media: 'screen' });

	// A damaged file: a Dutch message naming it, and no overview.
	const kapot = { ...ander, tellingen: { ...ander.tellingen, casussen: 'veel' } };
	await veld.setInputFiles([alsBestand('eigen.json', json), alsBestand('kapot.json', kapot)]);
	await expect(page.getByRole('alert')).toHaveText(
		'kapot.json: in het jaaroverzicht klopt "tellingen → casussen" niet: is geen getal. Er is niets samengevoegd.'
	);
	await expect(tabel).toHaveCount(0);
});
