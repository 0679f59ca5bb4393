/**
 * Melding voorbereiden (issue 18, part 3) in real Chromium: a case walked through the wizard to
 * the melding, with a revised answer on the way; the preparation screen shows what the record
 * holds (and not the withdrawn answer), at phone size with axe, and printed to PDF and read back.
 */
import { test, expect } from './fixtures';
import { pdfTekst } from './pdf';
import { afweging, meldingBespreken, totAfweging1, verwachtStap } from './wizard';

test.use({ viewport: { width: 390, height: 844 } });

test('melding voorbereiden: uit het dossier, zonder herzien antwoord, afgedrukt als PDF', async ({
	page,
	expectAccessible
}, info) => {
	await totAfweging1(page, { code: 'MV' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await verwachtStap(page, /Afweging 3/);
	// Afweging 2 was answered wrongly: revised, then answered "Twijfel" (counts as ja: melden).
	await page.getByText('Verkeerd antwoord gegeven? Antwoord herzien').click();
	const formulier = page.getByRole('form', { name: 'Antwoord herzien' });
	await formulier.getByRole('radio', { name: 'Afweging 2 (veiligheid): nee' }).check();
	await formulier
		.getByLabel('Waarom was dit antwoord niet juist? (verplicht)')
		.fill('Verkeerd aangeklikt.');
	await formulier.getByRole('button', { name: 'Herziening vastleggen' }).click();
	await verwachtStap(page, 'Afweging 2: veiligheid');
	await afweging(page, 2, 'Twijfel');
	await meldingBespreken(page);
	await verwachtStap(page, 'Melden');

	await page.getByRole('link', { name: /Melding voorbereiden/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Melding voorbereiden: casus MV' })
	).toBeVisible();
	const feiten = page.getByRole('region', { name: /Wat heb je gezien en gehoord/ });
	await expect(feiten).toContainText('Blauwe plekken op beide bovenarmen.');
	await expect(feiten).toContainText('(Eigen waarneming;');
	const gedaan = page.getByRole('region', { name: /Wat heeft de school al gedaan/ });
	await expect(gedaan).toContainText('J. de Vries');
	await expect(gedaan).toContainText('Moeder herkent de zorg; afspraak over een vervolg.');
	const afwegingen = page.getByRole('region', { name: /Hoe hebben jullie gewogen/ });
	await expect(afwegingen.getByRole('listitem')).toHaveCount(2);
	await expect(afwegingen).toContainText('Afweging 2: Twijfel, omdat ...');
	await expect(afwegingen).not.toContainText('Afweging 2: Nee, omdat ...');
	await expect(page.getByRole('region', { name: /Weten de ouders/ })).toContainText(
		'Ja, de melding is vooraf besproken'
	);
	await expect(page.getByRole('region', { name: /Wie meldt/ })).toContainText(
		'Volgens de instellingen van de organisatie'
	);
	await expect(
		page.getByRole('region', { name: 'De ouders inlichten over de melding' })
	).toContainText('Bron: meldcode, bijlage 4');
	await expectAccessible();
	await page.screenshot({ path: info.outputPath('melding-390.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 900 });
	await expectAccessible();
	await page.screenshot({ path: info.outputPath('melding-desktop.png'), fullPage: true });

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken / opslaan als PDF' })).toBeHidden();
	const { tekst } = await pdfTekst(await page.pdf({ format: 'A4' }));
	expect(tekst).toContain('Melding voorbereiden: casus MV');
	expect(tekst).toContain('Blauwe plekken op beide bovenarmen.');
	expect(tekst).toContain('Afweging 2: Twijfel, omdat ...');
	expect(tekst).not.toContain('Afweging 2: Nee, omdat ...');
	expect(tekst).toContain('Meldnorm 1');
	expect(tekst).toContain('Ouders schrokken, begrepen de zorg');
	expect(tekst).toContain('De ouders inlichten over de melding');
	expect(tekst).not.toContain('Tekst kopiëren');
	expect(tekst).not.toContain('Privacyverklaring');
});
