/**
 * Herzien in real Chromium (issue 13): a mistaken "ja" at afweging 2 revised before the melding,
 * by a user on a phone; the case goes back to the question, the new answer counts, and the
 * history and the printed report keep the earlier answer with who revised it, when and why.
 */
import { test, expect } from './fixtures';
import { pdfTekst } from './pdf';
import { afweging, melden, totAfweging1, verwachtFocusOpStap, verwachtStap } from './wizard';

const REDEN = 'Verkeerd aangeklikt: er is geen direct gevaar, wel zorg';

test.use({ viewport: { width: 390, height: 844 } });

test('afweging 2 herzien vóór de melding: terug naar de vraag, en zichtbaar in het rapport', async ({
	page,
	expectAccessible
}, info) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await totAfweging1(page, { code: 'HZ' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Ja');
	await verwachtStap(page, /melding vooraf bespreken/i);

	const vak = page.locator('details.herzien');
	await vak.getByText('Verkeerd antwoord gegeven? Antwoord herzien').click();
	await expectAccessible();
	await page.screenshot({ path: info.outputPath('herzien-390.png'), fullPage: false });
	const formulier = page.getByRole('form', { name: 'Antwoord herzien' });
	await formulier.getByRole('radio', { name: 'Afweging 2 (veiligheid): ja' }).check();
	await formulier.getByLabel('Waarom was dit antwoord niet juist? (verplicht)').fill(REDEN);
	await formulier.getByRole('button', { name: 'Herziening vastleggen' }).click();

	await verwachtStap(page, 'Afweging 2: veiligheid');
	await verwachtFocusOpStap(page, 'Afweging 2: veiligheid');
	await afweging(page, 2, 'Nee');
	await verwachtStap(page, 'Afweging 3: hulp');

	// The history keeps the earlier answer, marked; after a reload too (it is the log).
	await page.reload();
	await page.getByText(/^Eerdere beslissingen/).click();
	const geschiedenis = page.locator('details.geschiedenis');
	await expect(geschiedenis.getByText(/^Herzien op .* omdat: Verkeerd aangeklikt/)).toBeVisible();
	await expect(geschiedenis.getByText('Afweging 2 (veiligheid) herzien')).toBeVisible();
	// The melding decision of the revised answer waits for no sign-off.
	await expect(page.getByText('Wacht op akkoord van de directeur.')).toHaveCount(0);

	await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: /Rapport meldcode: casus HZ/ })
	).toBeVisible();
	await expectAccessible();
	await page.emulateMedia({ media: 'print' });
	const { tekst } = await pdfTekst(await page.pdf({ format: 'A4' }));
	expect(tekst).toContain('Afweging 2 (veiligheid): ja');
	expect(tekst).toMatch(
		/Herzien op 23 november 2026 om 09:\d\d door .*, omdat: Verkeerd aangeklikt: er is geen direct gevaar, wel zorg\. Dit antwoord telt niet meer/
	);
	expect(tekst).toContain('Afweging 2 (veiligheid) herzien');
	expect(tekst).toContain('Afweging 2 (veiligheid): nee');
	expect(tekst).not.toContain('Wacht op akkoord');
});

test('na de melding geen herziening: het scherm zegt waarom', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	await totAfweging1(page, { code: 'HM' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Ja');
	await melden(page);
	await verwachtStap(page, 'Gemeld bij Veilig Thuis');
	await expect(page.getByText('Verkeerd antwoord gegeven? Antwoord herzien')).toHaveCount(0);
	await expect(
		page.getByText(/Na de melding bij Veilig Thuis kan een antwoord niet meer worden herzien/)
	).toBeVisible();
});
