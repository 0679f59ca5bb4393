/**
 * Security in a real browser: the Content-Security-Policy on every prerendered page, and untrusted
 * text that stays text. A trap is installed before any page script runs: `__xss` collects every
 * payload that executes, every alert/confirm/prompt and every CSP violation; it must stay empty.
 */
import { test, expect } from './fixtures';
import { acuut, kluisKeuze, start, verwachtStap } from './wizard';
import { verwachtGeenUitvoering, XSS_PAYLOADS, zetXssVal } from './xss-payloads';
import { GRENZEN } from '../../src/lib/dossier/grenzen';

const PAGINAS = [
	'/',
	'/casussen',
	'/casus',
	'/casus/nieuw',
	'/importeren',
	'/inrichten',
	'/instellingen',
	'/privacy',
	'/toegankelijkheid'
];

test.beforeEach(({ page }) => zetXssVal(page));

function richtlijnen(csp: string): Map<string, string[]> {
	return new Map(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([naam]) => naam)
			.map(([naam, ...waarden]): [string, string[]] => [naam ?? '', waarden])
	);
}

test('elke pagina heeft een strikte CSP in een meta-tag, zonder overtredingen', async ({
	page
}) => {
	for (const pad of PAGINAS) {
		// The tag is in the prerendered HTML itself, not added later by a script.
		const html = await (await page.request.get(pad)).text();
		const ruw = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
		expect(ruw, `CSP-meta in de HTML van ${pad}`).toBeTruthy();

		await page.goto(pad);
		await expect(page.locator('h1')).toBeVisible();
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp, `CSP op ${pad}`).toBeTruthy();
		const d = richtlijnen(csp!);
		const script = d.get('script-src') ?? [];
		expect(script, `script-src op ${pad}`).toContain("'self'");
		expect(script).not.toContain("'unsafe-inline'");
		expect(script).not.toContain("'unsafe-eval'");
		expect(d.get('connect-src')).toEqual(["'self'"]);
		expect(d.get('default-src')).toEqual(["'self'"]);
		expect(d.get('object-src')).toEqual(["'none'"]);
		// Small stylesheets are inlined into the HTML (issue 15, cold start), each allowed by its
		// own hash: never 'unsafe-inline'.
		const stijl = d.get('style-src') ?? [];
		expect(stijl[0]).toBe("'self'");
		expect(stijl).not.toContain("'unsafe-inline'");
		for (const bron of stijl.slice(1)) expect(bron).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		expect(d.get('style-src-attr') ?? []).not.toContain("'unsafe-inline'");
		await verwachtGeenUitvoering(page);
	}
});

test('privacyverklaring en toegankelijkheidsverklaring: via de voettekst, met een kop, toegankelijk', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/');
	const voet = page.getByRole('contentinfo');
	await voet.getByRole('link', { name: 'Privacyverklaring' }).click();
	await expect(page).toHaveURL(/\/privacy\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Privacyverklaring' })).toBeVisible();
	await expect(page.getByText(/één bestand met alles wat over die leerling/)).toBeVisible();
	await expectAccessible();

	await voet.getByRole('link', { name: 'Toegankelijkheid' }).click();
	await expect(page).toHaveURL(/\/toegankelijkheid\/$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })
	).toBeVisible();
	await expect(page.getByText(/WCAG\) 2\.1 op niveau AA/)).toBeVisible();
	await expectAccessible();
	await verwachtGeenUitvoering(page);
});

/** A distinctive part of a payload for getByText (which collapses whitespace). */
const kenmerk = (p: string) => p.replace(/\s+/g, ' ').slice(0, 60);

// Ten payloads per case: 1 in the pupil code, 3 in the niet-pluis text, 1 in each of two
// observations, 2 in the stap-1 summary and 2 in the acute dialog's reasoning.
const PER_CASUS = 10;
const groepen: string[][] = [];
for (let i = 0; i < XSS_PAYLOADS.length; i += PER_CASUS) {
	groepen.push(XSS_PAYLOADS.slice(i, i + PER_CASUS));
}

test('er zijn minstens 50 payloads, allemaal verschillend, en alle worden gebruikt', () => {
	expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
	expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
	expect(groepen.flat()).toEqual([...XSS_PAYLOADS]);
});

for (const [nummer, groep] of groepen.entries()) {
	test(`vrije tekst blijft tekst: payloads ${nummer * PER_CASUS + 1}–${nummer * PER_CASUS + groep.length}`, async ({
		page
	}) => {
		const [eerste = 'XSS', ...rest] = groep;
		// The pupil code field stops at the pseudonym limit (19.5); the whole payload goes into the
		// niet-pluis text as well, so every payload is still shown back in full somewhere.
		const code = eerste.slice(0, GRENZEN.pseudoniem);
		const nietPluis = [eerste, ...rest.slice(0, 3)].join('\n');
		const waarnemingen = rest.slice(3, 5);
		const samenvatting = rest.slice(5, 7).join('\n');
		const acuutTekst = rest.slice(7).join('\n') || 'Direct gevaar.';

		// The pupil code on /casus/nieuw, then the niet-pluis text.
		await page.goto('/casus/nieuw');
		await kluisKeuze(page);
		await page.getByLabel('Initialen of code van de leerling').fill(code);
		await page.getByLabel('Leeftijd van de leerling (jaren)').fill('9');
		await page.getByRole('radio', { name: /Schoolvariant/ }).check();
		await page.getByRole('button', { name: 'Casus beginnen' }).click();
		await verwachtStap(page, 'Niet-pluis-gevoel');
		const kop = page.getByRole('heading', { level: 1 });
		await expect(kop).toContainText(kenmerk(code));
		expect(await kop.evaluate((h) => h.firstChild?.textContent)).toBe(`Casus ${code} `);
		await start(page, nietPluis);

		// Stap 1: two observations and the summary.
		await verwachtStap(page, 'Signalen in kaart brengen');
		const lijst = page.locator('details').filter({ hasText: 'aangevinkt' }).first();
		if (!(await lijst.evaluate((d) => (d as HTMLDetailsElement).open)))
			await lijst.locator('summary').click();
		await lijst.getByRole('checkbox').first().check();
		for (const [i, tekst] of waarnemingen.entries()) {
			if (i > 0) await page.getByRole('button', { name: 'Nog een waarneming toevoegen' }).click();
			const rij = page.getByRole('group', { name: `Waarneming ${i + 1}` });
			await rij.getByLabel('Wat zag of hoorde je?').fill(tekst);
			await rij.getByRole('radio', { name: /^Feit/ }).check();
			await rij.getByLabel('Van wie komt dit?').selectOption({ label: 'Eigen waarneming' });
			await expect(rij.getByLabel('Wat zag of hoorde je?')).toHaveValue(tekst);
		}
		await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(samenvatting);
		await page.getByRole('button', { name: 'Signalen vastleggen' }).click();
		await verwachtStap(page, 'Collegiale consultatie');

		// The acute dialog's reasoning.
		await acuut(page, 'acuut', acuutTekst);
		await expect(page.getByText('Vorige beslissing:')).toBeVisible();
		await expect(page.getByText('Vorige beslissing:').locator('..')).toContainText(
			'Acuut onveilig of het kind vertelt het zelf'
		);
		await verwachtGeenUitvoering(page);

		// Shown back in the history, verbatim.
		await page.getByText(/^Eerdere beslissingen/).click();
		const geschiedenis = page.locator('details.geschiedenis');
		for (const tekst of [...rest.slice(0, 3), ...rest.slice(5)]) {
			await expect(geschiedenis.getByText(kenmerk(tekst)).first()).toBeVisible();
		}
		const toelichtingen = await geschiedenis
			.locator('.toelichting')
			.evaluateAll((els) => els.map((el) => el.textContent));
		expect(toelichtingen).toEqual(expect.arrayContaining([nietPluis, samenvatting, acuutTekst]));
		await verwachtGeenUitvoering(page);

		// Reload: the stored text is rendered from the database, still as text.
		await page.reload();
		await page.getByText(/^Eerdere beslissingen/).click();
		await expect(geschiedenis.getByText(kenmerk(nietPluis)).first()).toBeVisible();
		await verwachtGeenUitvoering(page);

		// The case list.
		await page.goto('/casussen');
		const link = page.getByRole('link', { name: `${code} (9 jaar)`, exact: true });
		await expect(link).toBeVisible();
		await expect(link.locator('strong')).toHaveText(code, { useInnerText: true });
		await expect(page.getByRole('button', { name: `Casus ${code} verwijderen` })).toBeVisible();
		await verwachtGeenUitvoering(page);
	});
}
