/**
 * Issue 18, part 1: a practice case walked end to end on a phone, through the real wizard, with
 * the "Oefening" mark on every screen and the meldcode's feedback after each graded choice; then
 * the real dossier holds no trace of it and the real case list is still empty.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { rauweInhoud } from './indexeddb';
import { afweging, kluisKeuze, start, stap1, stap2, stap3, stap4, verwachtStap } from './wizard';

test.use({ viewport: { width: 390, height: 844 } });

/** The names of the databases in this browser (without opening, so without creating, any). */
function databases(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
}

async function oefenmerk(page: Page) {
	await expect(page.getByRole('region', { name: 'Oefening', exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Oefening', exact: true })).toContainText(
		'verzonnen casus'
	);
}

const TOELICHTING_STAP1 = 'Oefenzin-Qzwx: blauwe plekken op de schenen.';

test('een oefencasus van begin tot eind, zonder spoor in het echte dossier', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Oefenen met verzonnen casussen' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Oefenen met de meldcode' })
	).toBeVisible();
	await oefenmerk(page);
	const lijst = page.getByRole('listitem').filter({ hasText: 'Blauwe plekken op de schenen' });
	await expect(lijst).toContainText('Nog niet begonnen');
	await expectAccessible();

	await lijst.getByRole('link', { name: 'Blauwe plekken op de schenen' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Oefening: Blauwe plekken op de schenen' })
	).toBeVisible();
	await oefenmerk(page);
	await page.getByRole('button', { name: 'Oefening beginnen' }).click();
	// The real wizard's first screen, marked as practice in its heading too.
	await verwachtStap(page, 'Oefening Niet-pluis-gevoel');
	await oefenmerk(page);
	await expectAccessible();

	await start(page, 'Oefening: blauwe plekken na het weekend.');
	await oefenmerk(page);
	// stap1 fills the first observation; the summary holds a marker to look for in raw storage.
	await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(TOELICHTING_STAP1);
	await stap1(page);
	await oefenmerk(page);
	await stap2(page);
	await oefenmerk(page);
	await expect(page.locator('p', { hasText: 'In de casus:' })).toContainText('Vader vertelt');
	await stap3(page);

	// Feedback after the graded choice: what the meldcode says, why, and the source.
	const feedback = page.getByRole('region', { name: /Wat de meldcode zegt · Stap 3/ });
	await expect(feedback).toContainText('Je koos wat de meldcode hier verwacht.');
	await expect(feedback).toContainText('Bron: meldcode, stap 3');
	// On the phone the feedback is on screen, not scrolled away above the next step's heading,
	// which has the focus.
	await expect(feedback.getByRole('heading')).toBeInViewport({ ratio: 1 });
	// …and not behind the sticky bar at the top either.
	const balk = (await page.getByRole('banner').boundingBox())!;
	const titel = (await feedback.getByRole('heading').boundingBox())!;
	expect(titel.y).toBeGreaterThanOrEqual(balk.y + balk.height);
	await expect(
		page.getByRole('heading', { level: 2, name: /Wie weegt er, wie meldt/ })
	).toBeFocused();
	await oefenmerk(page);
	await expectAccessible();

	await stap4(page);
	await oefenmerk(page);
	await afweging(page, 1, 'Nee');

	// The end: the outcome and a review of every graded choice.
	const terugblik = page.getByRole('region', { name: 'Oefening klaar: terugblik' });
	await expect(terugblik).toBeVisible();
	await expect(terugblik).toContainText('Afgesloten: geen vermoeden');
	await expect(terugblik).toContainText('2 van de 2 keuzes zoals de meldcode verwacht');
	await expect(
		page.getByRole('region', { name: /Wat de meldcode zegt · Afweging 1/ })
	).toContainText('Bron: meldcode, stap 4, afweging 1');
	await oefenmerk(page);
	await expectAccessible();

	// Progress is kept: after a reload the list says so.
	await page.goto('/oefenen/');
	await expect(lijst).toContainText('Klaar · 2 van de 2 keuzes zoals de meldcode verwacht');

	// The practice lives in its own database; the real dossier was never even created.
	const namen = await databases(page);
	expect(namen).toContain('meldcodewijzer-oefenen');
	expect(namen).not.toContain('meldcodewijzer');
	expect(await rauweInhoud(page, 'meldcodewijzer-oefenen')).toContain('oefening-blauwe-schenen');

	// The real case list opens the real dossier: it is empty.
	await page.goto('/casussen/');
	// The list text shows only once the dossier is read: the first time, after the passphrase choice.
	const leeg = page.getByText('Er staan nog geen casussen op dit apparaat.');
	await kluisKeuze(page, leeg);
	await expect(page.getByRole('heading', { level: 1, name: 'Je casussen' })).toBeVisible();
	await expect(leeg).toBeVisible();
	const echt = await rauweInhoud(page, 'meldcodewijzer');
	expect(echt).not.toContain('oefening-');
	expect(echt).not.toContain('Oefenzin-Qzwx');
	expect(echt).not.toContain('Oefening');
});

test('de oefencasus over een medewerker gaat langs de route voor een medewerker', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/oefenen/?casus=berichtjes');
	await page.getByRole('button', { name: 'Oefening beginnen' }).click();
	await verwachtStap(page, 'Oefening Niet-pluis-gevoel');
	const route = page.getByRole('region', {
		name: 'Gaat het om signalen over een medewerker van de school?'
	});
	await route
		.getByLabel('Waarom gaat het om een medewerker?')
		.fill('Berichtjes van een leerkracht.');
	await route.getByRole('button', { name: 'Naar de route voor een medewerker' }).click();
	await expect(
		page.getByRole('region', { name: /Wat de meldcode zegt · Welke route/ })
	).toContainText('Je koos wat de meldcode hier verwacht.');
	await oefenmerk(page);
	await page.getByRole('radio', { name: 'Nee', exact: true }).check();
	await page.getByLabel(/Wat heb je gezien of gehoord/).fill('Iris liet de berichtjes zien.');
	await page.getByRole('button', { name: 'Antwoord vastleggen' }).click();

	// "Nee" is not what the meldcode expects here: the feedback and the review say so.
	const feedback = page.getByRole('region', {
		name: /Wat de meldcode zegt · Signalen over een medewerker/
	});
	await expect(feedback).toContainText('De meldcode verwacht hier een andere keuze.');
	await expect(feedback).toContainText(
		'De meldcode verwacht: Seksueel misbruik of seksuele intimidatie: ja.'
	);
	// The case has ended here: no hint to revise, the review follows.
	await expect(feedback).not.toContainText('Je kunt dit antwoord herzien');
	const terugblik = page.getByRole('region', { name: 'Oefening klaar: terugblik' });
	await expect(terugblik).toContainText('1 van de 2 keuzes zoals de meldcode verwacht');
	await oefenmerk(page);
	await expectAccessible();

	// Opnieuw oefenen throws the attempt away, in the practice dossier only.
	await terugblik.getByRole('button', { name: 'Opnieuw oefenen' }).click();
	await expect(page.getByRole('button', { name: 'Oefening beginnen' })).toBeVisible();
	await page.goto('/oefenen/');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Berichtjes van een leerkracht' })
	).toContainText('Nog niet begonnen');
	expect(await databases(page)).not.toContain('meldcodewijzer');
});

test('in de oefening gaat de tijd sneller: hulp met de termijn vandaag, meteen afweging 5', async ({
	page
}) => {
	await page.goto('/oefenen/?casus=overbelaste-moeder');
	await page.getByRole('button', { name: 'Oefening beginnen' }).click();
	await start(page, 'Oefening: Sara komt steeds te laat.');
	await stap1(page);
	await stap2(page);
	await stap3(page);
	await stap4(page);
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await afweging(page, 3, 'Ja');
	await expect(page.locator('p', { hasText: 'In de casus:' })).toContainText('termijn vandaag');
	const vandaag = await page.evaluate(() => {
		const d = new Date();
		const twee = (n: number) => String(n).padStart(2, '0');
		return `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`;
	});
	await afweging(page, 4, 'Ja', { termijn: vandaag, casemanager: 'Schoolmaatschappelijk werker' });
	await afweging(page, 5, 'Ja', { monitoring: 'Elke maand kort contact met moeder.' });
	const terugblik = page.getByRole('region', { name: 'Oefening klaar: terugblik' });
	await expect(terugblik).toContainText('verder in stap 6');
	await expect(terugblik).toContainText('6 van de 6 keuzes zoals de meldcode verwacht');
	await oefenmerk(page);
});
