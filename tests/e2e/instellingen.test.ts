import { test, expect } from './fixtures';
import { kluisKeuze } from './wizard';

test('instellingen blijven bewaard en worden overal gebruikt', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/instellingen');
	await expectAccessible();
	await page.getByLabel(/Telefoonnummer van Veilig Thuis in je regio/).fill('088 - 123 45 67');
	await page.getByLabel('Wie doet de melding bij Veilig Thuis?').fill('adjunct-directeur');
	await page.getByRole('radio', { name: /Landelijk basismodel/ }).check();
	await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
	await expect(
		page.getByRole('main').getByRole('status').filter({ hasText: 'instellingen' })
	).toHaveText('De instellingen zijn bewaard op dit apparaat.');

	// A cold reload keeps them.
	await page.reload();
	await expect(page.getByLabel(/Telefoonnummer van Veilig Thuis in je regio/)).toHaveValue(
		'088 - 123 45 67'
	);
	await expect(page.getByRole('radio', { name: /Landelijk basismodel/ })).toBeChecked();

	// The regional number is in the acute dialog, as a tel: link beside 0800-2000.
	await page.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' }).click();
	await expect(page.getByRole('link', { name: /regio: 088 - 123 45 67/ })).toHaveAttribute(
		'href',
		'tel:0881234567'
	);
	await page.getByRole('button', { name: 'Sluiten' }).click();

	// A new case starts with the organisation's variant.
	await page.getByRole('link', { name: 'Casussen', exact: true }).click();
	await kluisKeuze(page, page.getByText('Er staan nog geen casussen op dit apparaat.'));
	await page.getByRole('link', { name: 'Nieuwe casus' }).click();
	await expect(page.getByRole('radio', { name: /Landelijk basismodel/ })).toBeChecked();
});

test('Instellingen en de casuslijst tonen of de opslag blijvend is, hoeveel in gebruik is en hoe je installeert', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/instellingen');
	const opslag = page.getByRole('region', { name: 'Opslag op dit apparaat' });
	await expect(opslag.getByTestId('opslag-blijvend')).toHaveText(
		/De browser (bewaart de gegevens blijvend|heeft blijvende opslag \(nog\) niet toegezegd)/
	);
	await expect(opslag.getByText(/^In gebruik: [\d.]+ MB van ongeveer [\d.]+ MB\.$/)).toBeVisible();
	// Chromium on a computer, not installed: the install icon in the address bar.
	await expect(opslag.getByRole('heading', { name: 'De app installeren' })).toBeVisible();
	await expect(opslag.getByRole('listitem').first()).toContainText('adresbalk');
	await expectAccessible();

	// Asked on a button, never on first paint; the answer is said either way.
	// A fresh profile has no persistent storage yet.
	await opslag.getByRole('button', { name: 'Vraag om blijvende opslag' }).click();
	await expect(opslag.getByRole('status')).toHaveText(/De browser (bewaart|heeft het verzoek)/);
	await expect(opslag.getByTestId('opslag-blijvend')).toBeVisible();

	await page.getByRole('link', { name: 'Casussen', exact: true }).click();
	await kluisKeuze(page, page.getByText('Er staan nog geen casussen op dit apparaat.'));
	// The case list shows the state, and points to Instellingen for the steps.
	const kort = page.getByRole('region', { name: 'Opslag op dit apparaat' });
	await expect(kort.getByTestId('opslag-blijvend')).toBeVisible();
	await expect(kort.getByRole('listitem')).toHaveCount(0);
	await kort.getByRole('link', { name: 'zo doe je dat' }).click();
	await expect(page.getByRole('heading', { name: 'De app installeren' })).toBeVisible();
});

test('voordat de pagina leeft, kan niets verzonden of gekozen worden: wat dan getikt wordt, gaat niet verloren', async ({
	browser,
	baseURL
}) => {
	// Without the script the prerendered form is all there is: the state a slow phone shows first.
	const zonderScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const page = await zonderScript.newPage();
	await page.goto('/instellingen');
	await expect(page.getByLabel('Naam van het leerlingvolgsysteem')).toBeVisible();
	// A native submit would reload the page with the fields in the address, and save nothing.
	await expect(page.getByRole('button', { name: 'Instellingen bewaren' })).toBeDisabled();
	await expect(page.getByLabel('Organisatiebestand (.json)')).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Organisatiebestand maken' })).toBeDisabled();
	await expect(page.getByLabel('Teambestand inlezen (.json)')).toBeDisabled();
	await page.goto('/inrichten');
	await expect(page.getByRole('button', { name: 'Bewaren', exact: true })).toBeDisabled();
	await zonderScript.close();
});
