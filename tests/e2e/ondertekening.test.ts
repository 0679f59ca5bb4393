import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { afweging, kluisKeuze, totAfweging1 } from './wizard';

/**
 * Issue 14, signed entries and a team roster, on two "devices" (two browser contexts, each its
 * own IndexedDB): the teacher hands a case to the directeur, the directeur signs off, and back
 * on the teacher's device the import preview says per entry whose known key signed it. Without
 * the directeur's key in the roster, the same sign-off is an unconfirmed claim.
 */

const GEBRUIKER = 'meldcodewijzer.gebruiker.v1';

async function exporteerCasus(page: Page, pad: string): Promise<string> {
	await page.getByText('Exporteren (voor een collega of het dossier)').click();
	const form = page.getByRole('group', { name: 'Deze casus exporteren' });
	const download = page.waitForEvent('download');
	await form.getByRole('button', { name: 'Casus exporteren' }).click();
	await (await download).saveAs(pad);
	await expect(form.getByRole('status')).toContainText('gemaakt');
	return pad;
}

async function naarTeam(page: Page) {
	await page.goto('/instellingen');
	await expect(
		page.getByRole('heading', { level: 2, name: 'Team en ondertekening' })
	).toBeVisible();
}

async function exporteerTeam(page: Page, pad: string): Promise<string> {
	await naarTeam(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Team exporteren' }).click();
	const d = await download;
	expect(d.suggestedFilename()).toMatch(/^meldcodewijzer-team-\d{4}-\d{2}-\d{2}\.json$/);
	await d.saveAs(pad);
	return pad;
}

async function leesTeamIn(page: Page, pad: string, verwacht: RegExp) {
	await naarTeam(page);
	const veld = page.getByLabel('Teambestand inlezen (.json)');
	// Enabled once the page is live: a file picked before that would be ignored.
	await expect(veld).toBeEnabled();
	await veld.setInputFiles(pad);
	await expect(page.getByRole('status').filter({ hasText: 'Teambestand ingelezen' })).toHaveText(
		verwacht
	);
}

/** Picks a case file and opens the per-entry signatures of the preview. */
async function voorbeeld(page: Page, pad: string) {
	await page.goto('/importeren');
	await kluisKeuze(page, page.getByLabel(/^Exportbestand/));
	await page.getByLabel(/^Exportbestand/).setInputFiles(pad);
	await expect(
		page.getByRole('heading', { name: 'Wat er gebeurt als je importeert' })
	).toBeFocused();
	await page.getByText(/^Ondertekening per regel/).click();
	return page.locator('details.ondertekend');
}

async function anderApparaat(browser: Browser, baseURL: string | undefined) {
	const context = await browser.newContext({ baseURL, locale: 'nl-NL' });
	const fouten: string[] = [];
	context.on('console', (m) => {
		if (m.type() === 'error') fouten.push(m.text());
	});
	context.on('weberror', (e) => fouten.push(e.error().message));
	return { context, page: await context.newPage(), fouten };
}

test('leerkracht en directeur: ondertekende regels, een teamlijst, en een akkoord dat pas met een bekende sleutel telt', async ({
	page,
	browser,
	baseURL,
	expectAccessible
}, info) => {
	// Two devices and five files: about twice an ordinary test.
	test.setTimeout(90_000);
	// The teacher works under her own name from the first entry on (as "Je werkt als" keeps it).
	await page.addInitScript(
		([sleutel]) => {
			if (!localStorage.getItem(sleutel!))
				localStorage.setItem(sleutel!, JSON.stringify({ rol: 'leerkracht', naam: 'K. de Boer' }));
		},
		[GEBRUIKER]
	);
	await totAfweging1(page, { code: 'OT' });
	const heen = await exporteerCasus(page, info.outputPath('heen.json'));
	const teamLeerkracht = await exporteerTeam(page, info.outputPath('team-leerkracht.json'));
	// Her key was made with her first entry; the settings show its fingerprint in groups of 4.
	await expect(page.getByText(/^K\. de Boer \(leerkracht\), vingerafdruk:/)).toBeVisible();
	await expectAccessible();
	await expect(page.locator('code.vingerafdruk').first()).toHaveText(
		/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/
	);

	// The directeur's device: it knows the teacher's key from her roster file.
	const b = await anderApparaat(browser, baseURL);
	await b.page.goto('/importeren');
	await kluisKeuze(b.page, b.page.getByLabel(/^Exportbestand/));
	await leesTeamIn(b.page, teamLeerkracht, /1 nieuw, 0 bijgewerkt/);
	const vakB = await voorbeeld(b.page, heen);
	await expect(vakB).toContainText('ondertekend door K. de Boer (leerkracht), sleutel bekend');
	await expect(vakB).not.toContainText('onbekende sleutel');
	await b.page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(b.page.getByRole('heading', { name: 'Geïmporteerd' })).toBeFocused();
	await b.page.goto('/casussen');
	await b.page.getByRole('link', { name: /^OT / }).click();
	await b.page.getByLabel('Je werkt als').selectOption({ label: 'Directeur' });
	await b.page.getByLabel('Je naam').fill('P. Jansen');
	await afweging(b.page, 1, 'Ja');
	await afweging(b.page, 2, 'Ja');
	const akkoordB = b.page.getByRole('region', { name: 'Akkoord van de directeur' });
	await akkoordB.getByLabel(/Naam van de directeur/).fill('P. Jansen');
	await akkoordB.getByRole('button', { name: 'Akkoord directeur vastleggen' }).click();
	await expect(akkoordB.getByRole('status')).toHaveText(/^Akkoord vastgelegd: Besluit I/);
	// On his own device his key was made here, for the name and role typed: that proves nothing
	// on this device (anyone could have typed it); it counts where the key comes from his roster file.
	await expect(
		akkoordB.getByText(
			/^onbevestigde claim \(ondertekend met een sleutel die op dit apparaat is gemaakt; als akkoord van de directeur telt het op een apparaat dat deze sleutel uit het teambestand kent\)/
		)
	).toBeVisible();
	const terug = await exporteerCasus(b.page, info.outputPath('terug.json'));
	const teamDirecteur = await exporteerTeam(b.page, info.outputPath('team-directeur.json'));

	// Back at the teacher's, before she knows his key: signed, but by a key nobody vouched for.
	let vak = await voorbeeld(page, terug);
	await expect(vak).toContainText('ondertekend, onbekende sleutel');
	await expect(vak).toContainText(
		/onbevestigde claim \(ondertekend met een sleutel die het team niet kent\)/
	);
	await expect(vak).not.toContainText('(directeur), sleutel bekend');
	// His export is sealed with his key: the content holds, who made it is not yet known here.
	await expect(page.locator('p.zegel')).toHaveText(
		/Het exportzegel klopt met de inhoud, maar is gemaakt met een sleutel die het team niet kent \(op naam van P\. Jansen, directeur\)/
	);
	await page.getByRole('button', { name: 'Niet importeren' }).click();

	// With the directeur's roster file, the same file reads as signed by him.
	await leesTeamIn(page, teamDirecteur, /1 nieuw, 0 bijgewerkt, 1 van dit apparaat zelf/);
	vak = await voorbeeld(page, terug);
	await expect(vak).toContainText('ondertekend door P. Jansen (directeur), sleutel bekend');
	await expect(vak).toContainText('ondertekend door K. de Boer (leerkracht), sleutel bekend');
	await expect(vak).toContainText('bevestigd: ondertekend door P. Jansen (directeur)');
	await expect(vak).not.toContainText('onbevestigde claim');
	await expect(vak).not.toContainText('klopt niet');
	await expect(page.locator('p.zegel')).toHaveText(
		'Exportzegel klopt: gemaakt door P. Jansen, sleutel bekend. Er ontbreekt niets en er is niets verplaatst sinds de export.'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Importeren', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Geïmporteerd' })).toBeFocused();

	// And the case history says the same, entry by entry.
	await page.goto('/casussen');
	await page.getByRole('link', { name: /^OT / }).click();
	await page.getByText(/^Eerdere beslissingen/).click();
	const geschiedenis = page.locator('details.geschiedenis');
	await expect(geschiedenis).toContainText(
		'ondertekend door P. Jansen (directeur), sleutel bekend'
	);
	await expect(geschiedenis).toContainText('bevestigd: ondertekend door P. Jansen (directeur)');
	// And so does the report the school shows the inspectie.
	await page.getByRole('link', { name: /^Rapport van deze casus/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: /Rapport meldcode: casus OT/ })
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Akkoord van de directeur' })
			.getByText(/^bevestigd: ondertekend door P\. Jansen \(directeur\)/)
	).toBeVisible();
	expect(b.fouten).toEqual([]);
	await b.context.close();
});
