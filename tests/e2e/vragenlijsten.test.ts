import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { kluisKeuze } from './wizard';

/** Starts a new answer set from a questionnaire's overview page. */
async function nieuweSet(
	page: Page,
	pad: string,
	titel: string,
	datum: string,
	titelLabel = /Gemeente/
) {
	await page.goto(pad);
	await page.getByLabel(titelLabel).fill(titel);
	await page.getByLabel('Datum').fill(datum);
	await page.getByRole('button', { name: 'Begin' }).click();
	await expect(page).toHaveURL(/\?id=/);
}

const vraag = (page: Page, nummer: string) =>
	page.getByRole('group', { name: new RegExp(`^${nummer}\\. `) });

const onderdeel = (page: Page, naam: RegExp | string) =>
	page.getByRole('navigation', { name: /Onderdelen/ }).getByRole('button', { name: naam });

test('zelfscan: a path with a conditional branch, reload, summary, export, report, comparison', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/zelfscan');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Zelfscan sterke lokale teams' })
	).toBeVisible();
	await expectAccessible();

	// A title is required for a scan: a clear message, focus on the field.
	await page.getByRole('button', { name: 'Begin' }).click();
	await expect(page.getByLabel('Gemeente')).toBeFocused();
	await expect(page.getByLabel('Gemeente')).toHaveAccessibleDescription('Vul de gemeente in.');

	await nieuweSet(page, '/zelfscan', 'Utrecht', '2026-11-01');
	await expect(page.getByRole('heading', { level: 2, name: /Standaard 1:/ })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'vragen beantwoord' })).toHaveText(
		'0 van 2 vragen beantwoord'
	);

	// The branch: 1 ja → 1a appears; 1a ja (with how and where) → 1b appears.
	await expect(vraag(page, '1a')).toHaveCount(0);
	await vraag(page, '1').getByRole('radio', { name: 'Ja' }).check();
	await vraag(page, '1a').getByRole('radio', { name: 'Ja' }).check();
	await vraag(page, '1a')
		.getByLabel('Hoe en waar is dit vastgelegd?')
		.fill('In de regiovisie 2025');
	await vraag(page, '1b').getByRole('radio', { name: 'Nog onvoldoende' }).check();
	await expect(page.getByRole('status').filter({ hasText: 'vragen beantwoord' })).toHaveText(
		'3 van 4 vragen beantwoord'
	);
	await expectAccessible();

	// Standard 6, by keyboard from the overview: 14 ja, 14a Veilig Thuis → the count table 16b.
	await onderdeel(page, /^Standaard 6 /).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: /Standaard 6:/ })).toBeFocused();
	await vraag(page, '14').getByRole('radio', { name: 'Ja' }).check();
	await vraag(page, '14a')
		.getByRole('checkbox', { name: /Veilig Thuis/ })
		.check();
	await vraag(page, '16b')
		.getByRole('group', { name: 'Meldingen' })
		.getByLabel('Kwartaal 3')
		.fill('7');
	await expectAccessible();

	// A reload keeps every answer.
	await page.reload();
	await expect(vraag(page, '1').getByRole('radio', { name: 'Ja' })).toBeChecked();
	await expect(vraag(page, '1a').getByLabel('Hoe en waar is dit vastgelegd?')).toHaveValue(
		'In de regiovisie 2025'
	);
	await expect(onderdeel(page, /^Standaard 1 /)).toContainText('3 van 4');
	await onderdeel(page, /^Standaard 6 /).click();
	await expect(
		vraag(page, '16b').getByRole('group', { name: 'Meldingen' }).getByLabel('Kwartaal 3')
	).toHaveValue('7');

	// Change of mind: 1 → nee hides 1a and 1b; their answers stay stored but leave the summary.
	await onderdeel(page, /^Standaard 1 /).click();
	await vraag(page, '1').getByRole('radio', { name: 'Nee' }).check();
	await expect(vraag(page, '1a')).toHaveCount(0);
	await vraag(page, '1').getByRole('radio', { name: 'Ja' }).check();
	await expect(vraag(page, '1a').getByLabel('Hoe en waar is dit vastgelegd?')).toHaveValue(
		'In de regiovisie 2025'
	);

	await onderdeel(page, 'Samenvatting').click();
	await expect(page.getByRole('heading', { level: 2, name: 'Samenvatting' })).toBeFocused();
	const s1 = page.getByRole('region', { name: /Standaard 1:/ });
	await expect(s1).toContainText('3 van 4 vragen beantwoord');
	await expect(s1).toContainText('Ja: In de regiovisie 2025');
	await expect(page.getByRole('region', { name: /Standaard 6:/ })).toContainText(
		'Meldingen: kwartaal 1 –, kwartaal 2 –, kwartaal 3 7, kwartaal 4 –'
	);
	await expectAccessible();

	// Export: a JSON file with the answers that apply.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Exporteren als JSON' }).click();
	const bestand = await download;
	expect(bestand.suggestedFilename()).toBe('zelfscan-utrecht-2026-11-01.json');
	const json = JSON.parse(await readFile((await bestand.path())!, 'utf8'));
	expect(json).toMatchObject({ formaat: 'meldcodewijzer-vragenlijst/1', titel: 'Utrecht' });
	expect(json.antwoorden.v1a).toEqual({ keuze: 'ja', teksten: { ja: 'In de regiovisie 2025' } });
	expect(json.groepen).toHaveLength(11);

	// The printable report: the content only, no app chrome or buttons.
	await page.getByRole('link', { name: 'Rapport om af te drukken' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: /Rapport: Utrecht, 1 november 2026/ })
	).toBeVisible();
	await expectAccessible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('link', { name: 'Meldcodewijzer' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByText('Ja: In de regiovisie 2025')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// A second municipality, then both side by side.
	await nieuweSet(page, '/zelfscan', 'Zeist', '2026-11-15');
	await vraag(page, '1').getByRole('radio', { name: 'Nee' }).check();
	await page.goto('/zelfscan');
	const lijst = page.getByRole('region', { name: 'Bewaard op dit apparaat' });
	await expect(lijst.getByRole('listitem')).toHaveCount(2);
	await expect(lijst.getByRole('listitem').first()).toContainText('Zeist, 15 november 2026');
	await lijst.getByRole('checkbox', { name: /Vergelijk Utrecht/ }).check();
	await lijst.getByRole('checkbox', { name: /Vergelijk Zeist/ }).check();
	await page.getByRole('link', { name: 'Vergelijk 2 naast elkaar' }).click();
	const tabel = page.getByRole('table', { name: /Standaard 1:/ });
	await expect(tabel.getByRole('columnheader')).toHaveText([
		'Vraag',
		'Utrecht, 1 november 2026',
		'Zeist, 15 november 2026'
	]);
	const rij1a = tabel.getByRole('row', { name: /^1a\./ });
	await expect(rij1a.getByRole('cell')).toHaveText([
		'Ja: In de regiovisie 2025',
		'Niet van toepassing'
	]);
	await expectAccessible();
});

test('reflectie after a case: linked to it, saved per date, growth side by side', async ({
	page,
	expectAccessible
}) => {
	const titel = /Naam, team of onderwerp/;
	await page.goto('/reflectie?casus=casus-123');
	// Reflections are kept in the dossier: the first visit asks for the passphrase choice.
	await kluisKeuze(page, page.getByText('Er is nog niets bewaard bij deze casus.'));
	await expect(page.getByText('hoort bij een casus')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Terug naar de casus' })).toHaveAttribute(
		'href',
		/\/casus\/\?id=casus-123$/
	);
	await expectAccessible();

	for (const [datum, stand] of [
		['2026-03-01', '2'],
		['2026-11-01', '4']
	] as const) {
		await nieuweSet(page, '/reflectie?casus=casus-123', 'Team Noord', datum, titel);
		await expect(
			page.getByRole('heading', { level: 2, name: /^1\. Heb ik genoeg kennis/ })
		).toBeVisible();
		await page
			.getByRole('group', { name: /Weet ik wat onveilige opvoedsituaties zijn/ })
			.getByRole('radio', { name: 'Ja' })
			.check();
		await page
			.getByRole('group', { name: /van veel leerpunten/ })
			.getByRole('radio', { name: stand, exact: true })
			.check();
		await page.getByLabel(/^Leerpunten/).fill(`Leerpunt van ${datum}`);
		await expectAccessible();
	}

	await page.goto('/reflectie?casus=casus-123');
	const lijst = page.getByRole('region', { name: 'Bewaard op dit apparaat' });
	await expect(lijst.getByRole('listitem')).toHaveCount(2);
	// Growth at a glance: the scale per date, oldest first.
	const groei = lijst.getByRole('table', { name: /Je groei/ });
	await expect(
		groei.getByRole('row', { name: /^1\. Heb ik genoeg kennis/ }).getByRole('cell')
	).toHaveText(['2', '4']);
	await expect(groei.getByRole('row', { name: /^2\. / }).getByRole('cell')).toHaveText(['–', '–']);
	await lijst.getByRole('checkbox', { name: /1 maart 2026/ }).check();
	await lijst.getByRole('checkbox', { name: /1 november 2026/ }).check();
	await page.getByRole('link', { name: 'Vergelijk 2 naast elkaar' }).click();
	const schaal = page
		.getByRole('table', { name: /^1\. Heb ik genoeg kennis/ })
		.getByRole('row', { name: /van veel leerpunten/ });
	await expect(schaal.getByRole('cell')).toHaveText(['2', '4']);
	await expectAccessible();

	// Not linked to this case: not in its list.
	await page.goto('/reflectie?casus=andere');
	await expect(page.getByText('Er is nog niets bewaard bij deze casus.')).toBeVisible();

	// Deleting asks first, in a dialog, and can be cancelled.
	await page.goto('/reflectie');
	await lijst.getByRole('button', { name: /Verwijderen Team Noord, 1 maart 2026/ }).click();
	const dialoog = page.getByRole('dialog', { name: 'Team Noord, 1 maart 2026 verwijderen?' });
	await expect(dialoog).toContainText('Dit kan niet ongedaan worden gemaakt.');
	await expectAccessible();
	await dialoog.getByRole('button', { name: 'Niet verwijderen' }).click();
	await expect(lijst.getByRole('listitem')).toHaveCount(2);
	await lijst.getByRole('button', { name: /Verwijderen Team Noord, 1 maart 2026/ }).click();
	await dialoog.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByText('Team Noord, 1 maart 2026 is verwijderd.')).toBeVisible();
	await page.reload();
	await expect(lijst.getByRole('listitem')).toHaveCount(1);
});

test('randvoorwaarden checklist and the help texts', async ({ page, expectAccessible }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Randvoorwaarden' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Randvoorwaarden/ })).toBeVisible();
	await page.getByRole('button', { name: 'Begin' }).click();
	await page.getByRole('checkbox', { name: /laten het gezin niet los/ }).check();
	await page
		.getByRole('textbox', { name: /Notitie bij: gebruiken de deskundigheid/ })
		.fill('Intervisie plannen');
	await expect(onderdeel(page, /^Professionals/)).toContainText('1 van 1');
	await expectAccessible();
	await page.reload();
	await expect(page.getByRole('checkbox', { name: /laten het gezin niet los/ })).toBeChecked();

	// The name can be added afterwards.
	await page.getByText('Naam of datum wijzigen').click();
	await page.getByLabel(/Organisatie of team/).fill('Wijkteam Oost');
	await page.getByRole('button', { name: 'Wijziging bewaren' }).click();
	await expect(page.getByText('Gewijzigd.')).toBeVisible();
	await page.goto('/randvoorwaarden');
	await expect(page.getByRole('link', { name: /^Wijkteam Oost, / })).toBeVisible();

	await page.goto('/');
	await page.getByRole('link', { name: 'Samen werken aan veiligheid en herstel' }).click();
	for (const kop of [
		'Veiligheid op de korte termijn',
		'Veiligheid op de lange termijn',
		'Herstel',
		'Samenwerken met het gezin',
		'Informatie delen'
	])
		await expect(page.getByRole('heading', { level: 2, name: kop, exact: true })).toBeVisible();
	await expect(page.getByText(/^Bron: NJi/).first()).toBeVisible();
	await expectAccessible();
});

test('the start page loads none of the questionnaires; after one visit they work offline', async ({
	page,
	context
}) => {
	// The URLs of every script the start page loads (also those loaded after mount, for "Verder
	// met"), fetched again afterwards: a response body cannot be read once its page navigated
	// or reloaded, which the first service-worker install may do at any moment.
	const urls = new Set<string>();
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') urls.add(r.url());
	});
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.waitForLoadState('networkidle');
	const scripts = await Promise.all(
		[...urls].map(async (url) => (await page.request.get(url)).text())
	);
	expect(scripts.length).toBeGreaterThan(0);
	for (const code of scripts) {
		expect(code).not.toContain('meldcodewijzer-vragenlijsten');
		expect(code).not.toContain('Standaard 6: signaleren en bespreekbaar maken');
	}

	await context.setOffline(true);
	for (const [pad, kop] of [
		['/zelfscan', 'Zelfscan sterke lokale teams'],
		['/reflectie', /Reflectievragen/],
		['/randvoorwaarden', /Randvoorwaarden/],
		['/hulpteksten', 'Samen werken aan veiligheid en herstel']
	] as const) {
		await page.goto(pad);
		await kluisKeuze(page, page.getByRole('heading', { level: 1, name: kop }));
	}
	// And a scan can be started and answered offline.
	await nieuweSet(page, '/zelfscan', 'Offline', '2026-11-23');
	await vraag(page, '1').getByRole('radio', { name: 'Ja' }).check();
	await page.reload();
	await expect(vraag(page, '1').getByRole('radio', { name: 'Ja' })).toBeChecked();
	await context.setOffline(false);
});
