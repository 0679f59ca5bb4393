/**
 * The wizard as a user walks it, one function per screen, by role and label only. Journeys in
 * the e2e tests are written with these, so a changed label is fixed in one place.
 */
import { expect, type Page } from '@playwright/test';

export interface NieuweCasus {
	code?: string;
	leeftijd?: number;
	variant?: 'school' | 'basismodel';
}

export async function nieuweCasus(page: Page, casus: NieuweCasus = {}) {
	await page.goto('/');
	await page.getByRole('link', { name: 'Ik heb een niet-pluis-gevoel' }).click();
	await kluisKeuze(page);
	await nieuweCasusInvullen(page, casus);
}

/** The new-case form, already on screen. */
export async function nieuweCasusInvullen(
	page: Page,
	{ code = 'AB', leeftijd = 9, variant = 'school' }: NieuweCasus = {}
) {
	await page.getByLabel('Initialen of code van de leerling').fill(code);
	await page.getByLabel('Leeftijd van de leerling (jaren)').fill(String(leeftijd));
	await page
		.getByRole('radio', { name: variant === 'school' ? /Schoolvariant/ : /basismodel/ })
		.check();
	await page.getByRole('button', { name: 'Casus beginnen' }).click();
	await verwachtStap(page, 'Niet-pluis-gevoel');
}

export const KIEZEN = 'Beveilig je casussen met een wachtwoord';

/**
 * The first time a browser opens the dossier it asks for a passphrase. The journeys choose to go
 * on without one (the passphrase itself is tested in kluis.test.ts); a page that shows its own
 * content instead (`daarna`) was opened before, in the same browser.
 */
export async function kluisKeuze(
	page: Page,
	daarna = page.getByLabel('Initialen of code van de leerling'),
	wachtwoord?: string
) {
	const kiezen = page.getByRole('heading', { level: 1, name: KIEZEN });
	await expect(kiezen.or(daarna).first()).toBeVisible();
	if (!(await kiezen.isVisible())) return;
	if (wachtwoord) {
		await page.getByLabel('Kies een wachtwoord').fill(wachtwoord);
		await page.getByLabel('Herhaal het wachtwoord').fill(wachtwoord);
		await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
	} else {
		await page.getByRole('button', { name: /verder zonder wachtwoord/ }).click();
	}
	await expect(daarna).toBeVisible();
}

/** The step heading is shown and has focus: a keyboard or screen-reader user starts there. */
export async function verwachtStap(page: Page, titel: string | RegExp) {
	const kop = page.getByRole('heading', { level: 2, name: titel });
	await expect(kop).toBeVisible();
}

export async function verwachtFocusOpStap(page: Page, titel: string | RegExp) {
	await expect(page.getByRole('heading', { level: 2, name: titel })).toBeFocused();
}

export async function start(page: Page, tekst = 'Ik zag blauwe plekken op beide armen, maandag.') {
	await page.getByLabel(/Wat geeft je dit gevoel/).fill(tekst);
	await page.getByRole('button', { name: 'Begin met stap 1' }).click();
}

type Antwoord = 'Ja' | 'Nee' | 'Twijfel';

export const AFGESTEMD_MET = 'J. de Vries (aandachtsfunctionaris)';

export async function afweging(
	page: Page,
	nummer: 1 | 2 | 3 | 4 | 5,
	antwoord: Antwoord,
	extra: { termijn?: string; casemanager?: string; monitoring?: string } = {}
) {
	await expect(page.getByRole('group', { name: new RegExp(`^Afweging ${nummer}:`) })).toBeVisible();
	await page.getByRole('radio', { name: antwoord, exact: true }).check();
	if (extra.termijn) await page.getByLabel(/Termijn/).fill(extra.termijn);
	if (extra.casemanager) {
		await page.getByLabel(/Casemanager/).fill(extra.casemanager);
		await page.getByLabel(/Afgesproken resultaten/).fill('Geen nieuwe signalen.');
		await page.getByLabel(/Wie heeft welke rol/).fill('IB-er coördineert.');
	}
	if (extra.monitoring) await page.getByLabel(/Afspraken over het volgen/).fill(extra.monitoring);
	// Rule 6: with whom it was discussed; after the first answer the field starts filled.
	const besproken = page.getByLabel(/Besproken met/);
	if ((await besproken.inputValue()) === '') await besproken.fill(AFGESTEMD_MET);
	await page.getByLabel(/Waarom dit antwoord/).fill(`Afweging ${nummer}: ${antwoord}, omdat ...`);
	await page.getByRole('button', { name: 'Antwoord vastleggen' }).click();
}

export async function acuut(page: Page, soort: 'acuut' | 'disclosure', tekst: string) {
	await page.getByRole('button', { name: 'Acuut onveilig / kind vertelt zelf' }).click();
	const dialoog = page.getByRole('dialog');
	await expect(dialoog).toBeVisible();
	await dialoog
		.getByRole('radio', { name: soort === 'acuut' ? /direct gevaar/ : /vertelt zelf/ })
		.check();
	await dialoog.getByLabel(/Wat is er gebeurd/).fill(tekst);
	await dialoog.getByRole('button', { name: 'Vastleggen en naar de melding' }).click();
	await expect(dialoog).toBeHidden();
}

/** Stap 5, optie I: the conversation about the melding, then the melding itself. */
export async function meldingBespreken(page: Page) {
	await verwachtStap(page, /melding vooraf bespreken/i);
	await page.getByLabel('Met wie heb je het gesprek gevoerd?').fill('Moeder en vader');
	await page
		.getByLabel(/Hoe reageerden zij, welke bezwaren/)
		.fill('Ouders schrokken, begrepen de zorg; geen bezwaar dat zwaarder weegt.');
	await page.getByRole('button', { name: 'Gesprek over de melding vastleggen' }).click();
}

export async function meldingDoen(page: Page) {
	await verwachtStap(page, 'Melden');
	await page
		.getByLabel(/Wat heb je gemeld/)
		.fill('Feiten uit stap 1 gemeld; school blijft contact houden.');
	await page.getByRole('button', { name: 'Melding vastleggen' }).click();
	await verwachtStap(page, 'Gemeld bij Veilig Thuis');
}

export async function melden(page: Page) {
	await meldingBespreken(page);
	await meldingDoen(page);
}

export async function stap1(page: Page) {
	await verwachtStap(page, 'Signalen in kaart brengen');
	const groep = page.locator('details').filter({ hasText: 'aangevinkt' }).first();
	// A restored draft may already have opened the group; a second click would close it.
	if (!(await groep.evaluate((d) => (d as HTMLDetailsElement).open)))
		await groep.locator('summary').click();
	await groep.getByRole('checkbox').first().check();
	const waarneming = page.getByRole('group', { name: 'Waarneming 1' });
	await waarneming.getByLabel('Wat zag of hoorde je?').fill('Blauwe plekken op beide bovenarmen.');
	await waarneming.getByRole('radio', { name: /^Feit/ }).check();
	await waarneming.getByLabel('Van wie komt dit?').selectOption({ label: 'Eigen waarneming' });
	await page
		.getByLabel(/Samenvatting: wat maakt je zorg/)
		.fill('Letsel op een plek die je niet snel stoot.');
	await page.getByRole('button', { name: 'Signalen vastleggen' }).click();
}

export async function stap2(page: Page) {
	await verwachtStap(page, 'Collegiale consultatie');
	await page.getByLabel('Met wie heb je overlegd?').fill('J. de Vries');
	await page.getByLabel('Welk advies kreeg je?').fill('Ouders uitnodigen; daarna samen wegen.');
	await page.getByRole('button', { name: 'Consultatie vastleggen' }).click();
	await page
		.getByLabel(/Wat neem je mee uit de consultatie/)
		.fill('Gesprek met ouders voorbereiden.');
	await page.getByRole('button', { name: 'Stap 2 afronden' }).click();
}

export async function stap3(page: Page) {
	await verwachtStap(page, 'Gesprek met ouders en/of leerling');
	await page.getByLabel('Wie voerde het gesprek?').fill('Leerkracht en IB-er');
	await page.getByRole('checkbox').first().check();
	await page
		.getByLabel(/Hoe reageerden ouders/)
		.fill('Moeder herkent de zorg; afspraak over een vervolg.');
	await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
}

export async function stap3Overslaan(page: Page, reden: RegExp) {
	await verwachtStap(page, 'Gesprek met ouders en/of leerling');
	const deel = page.locator('details').filter({ hasText: 'Geen gesprek voeren?' });
	if (!(await deel.evaluate((d) => (d as HTMLDetailsElement).open)))
		await deel.locator('summary').click();
	await page.getByRole('radio', { name: reden }).check();
	await page
		.getByLabel('Waarom geldt deze reden hier?')
		.fill('Vader dreigde de leerling thuis te houden.');
	await page.getByRole('button', { name: 'Zonder gesprek naar stap 4' }).click();
}

export async function stap4(page: Page) {
	await verwachtStap(page, 'Wie weegt er, wie meldt');
	await page
		.getByLabel(/hoe bereid je het gesprek daarover voor/)
		.fill('Directeur en IB-er voeren het gesprek; we zeggen dat Veilig Thuis het registreert.');
	await page.getByRole('button', { name: 'Naar de afwegingsvragen' }).click();
}

/** Start up to and including the preparation of the weighing: on afweging 1. */
export async function totAfweging1(page: Page, opties: Parameters<typeof nieuweCasus>[1] = {}) {
	await nieuweCasus(page, opties);
	await start(page);
	await stap1(page);
	await stap2(page);
	await stap3(page);
	await stap4(page);
}
