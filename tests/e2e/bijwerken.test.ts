/**
 * Updating to a new version, in real Chromium with two builds: the new version waits until the
 * user chooses, nothing reloads by itself, and after "Nu bijwerken" the new version is in charge
 * with the case on the same step, its decisions and the text that was being typed.
 *
 * Two builds without a second `vite build` (and without touching build/, which other runs use):
 * `npm run test:e2e` has just built build/; it is copied twice into a temp folder. "oud" is the
 * copy as is. "nieuw" is the same build with another version: SvelteKit's version (by default the
 * build time) is replaced in service-worker.js (its cache name) and in _app/version.json, so the
 * browser sees a changed service worker script and installs it as an update, with its own cache.
 * Every HTML page of "nieuw" gets `<meta name="app-versie" content="2">`: a page that shows it was
 * served by the new version's cache, which proves the new version is in control.
 *
 * Both folders are served by a test-owned server (statische-server.ts) on a free port, which
 * switches from "oud" to "nieuw" as a deployment would; the fixtures compare requests with that
 * origin.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startStatischeServer, type StatischeServer } from './statische-server';
import { maakNieuweVersie } from './nieuwe-build';
import { kluisKeuze, nieuweCasus, nieuweCasusInvullen, start, verwachtStap } from './wizard';

const CONCEPT = 'Letsel op een plek die je niet snel stoot; dit typte ik vóór de update.';

interface TweeBuilds {
	server: StatischeServer;
	map: string;
	oud: string;
	nieuw: string;
	versie: string;
}

/**
 * Copies build/ and checks the copy is one whole build: another run may be building at the same
 * moment. The version in version.json must be the one in the service worker, and every file the
 * service worker precaches must be there.
 */
function kopieerBuild(doel: string): string {
	for (let poging = 1; ; poging++) {
		rmSync(doel, { recursive: true, force: true });
		cpSync('build', doel, { recursive: true });
		const v = JSON.parse(readFileSync(join(doel, '_app/version.json'), 'utf8')).version as string;
		const sw = readFileSync(join(doel, 'service-worker.js'), 'utf8');
		const bestanden = [...sw.matchAll(/`(\/_app\/immutable\/[^`]+)`/g)].map((m) => m[1]!);
		if (
			sw.includes(`\`${v}\``) &&
			bestanden.length > 0 &&
			bestanden.every((b) => existsSync(join(doel, b)))
		)
			return v;
		if (poging === 10)
			throw new Error(`build/ is geen hele build (versie ${v}); eerst npm run build`);
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
	}
}

async function maakTweeBuilds(): Promise<TweeBuilds> {
	const map = mkdtempSync(join(tmpdir(), 'meldcodewijzer-bijwerken-'));
	const oud = join(map, 'oud');
	const nieuw = join(map, 'nieuw');
	const versie = kopieerBuild(oud);
	maakNieuweVersie(oud, nieuw);

	return { server: await startStatischeServer(oud), map, oud, nieuw, versie };
}

// Made once for this file, on first use: the baseURL fixture needs the server's port, and
// Playwright may resolve it before a beforeAll hook has run.
let tweeBuilds: Promise<TweeBuilds> | undefined;
const builds = () => (tweeBuilds ??= maakTweeBuilds());
let server: StatischeServer;
let oud: string;
let nieuw: string;
let versie: string;

// The fixtures (and page.goto('/')) use the origin of this file's server.
// eslint-disable-next-line no-empty-pattern
test.use({ baseURL: async ({}, use) => use((await builds()).server.url) });

test.beforeAll(async () => {
	({ server, oud, nieuw, versie } = await builds());
});

test.afterAll(async () => {
	if (!tweeBuilds) return;
	const { server, map } = await tweeBuilds;
	await server.sluit();
	rmSync(map, { recursive: true, force: true });
});

// Each test starts on the old version, with a fresh browser context (no service worker yet).
test.beforeEach(() => server.dien(oud));

declare global {
	interface Window {
		__nietHerladen?: boolean;
	}
}

/** The names of this origin's caches: one per version of the service worker. */
function cacheNamen(page: Page): Promise<string[]> {
	return page.evaluate(async () => (await caches.keys()).sort());
}

/**
 * On the old version, controlled by its service worker: a case with one decision, and text typed
 * (not recorded) on the next step. Then the server serves the new version and the page checks for
 * an update, as it does by itself on a navigation or after a day.
 *
 * `eersteSessie`: all of it in the page load in which the app was first installed (only clicks,
 * no navigation that loads a page), where workbox-window's `isUpdate` is false. Otherwise the
 * case is begun from a fresh load of the start page, already controlled by the service worker.
 */
async function oudeVersieMetConcept(page: Page, { eersteSessie = false } = {}) {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	expect(await cacheNamen(page)).toEqual([`meldcodewijzer-${versie}`]);

	if (eersteSessie) {
		await page.getByRole('link', { name: 'Ik heb een niet-pluis-gevoel' }).click();
		await kluisKeuze(page);
		await nieuweCasusInvullen(page, { code: 'BW' });
	} else await nieuweCasus(page, { code: 'BW' });
	await start(page);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(CONCEPT);
	// Gone after any reload: shows that the page was not reloaded behind the user's back.
	await page.evaluate(() => (window.__nietHerladen = true));

	server.dien(nieuw);
	await page.evaluate(async () => {
		const registratie = await navigator.serviceWorker.getRegistration();
		await registratie!.update();
	});
	await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
	// The new version waits for the user: same page, same text, old version in control.
	expect(await page.evaluate(() => window.__nietHerladen)).toBe(true);
	await expect(page.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(CONCEPT);
	await expect(page.locator('meta[name="app-versie"]')).toHaveCount(0);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)
	).not.toBeNull();
}

test('nieuwe versie: eerst de vraag, geen herladen vanzelf; na "Nu bijwerken" de nieuwe versie, zelfde stap, beslissing en getypte tekst', async ({
	page,
	expectAccessible
}) => {
	await oudeVersieMetConcept(page);
	const adres = page.url();
	await expectAccessible();

	const herladen = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Nu bijwerken' }).click();
	await herladen;

	// The new version is in control: its page, its cache only (the old one is cleared).
	await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
	expect(await page.evaluate(() => window.__nietHerladen)).toBeUndefined();
	await expect.poll(() => cacheNamen(page)).toEqual([`meldcodewijzer-${versie}-2`]);
	await expect(page.getByText('Nieuwe versie beschikbaar')).toHaveCount(0);

	// The case is where it was, with its decision and the text that was being typed.
	expect(page.url()).toBe(adres);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Casus BW');
	const geschiedenis = page.locator('details').filter({ hasText: 'Eerdere beslissingen (1)' });
	await geschiedenis.locator('summary').click();
	await expect(
		geschiedenis.getByText('Niet-pluis-gevoel beschreven', { exact: true })
	).toBeVisible();
	await expect(page.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(CONCEPT);
	await expect(page.getByRole('status').filter({ hasText: 'is teruggezet' })).toBeVisible();
});

test('nieuwe versie in de sessie van de eerste installatie: "Nu bijwerken" herlaadt, met de nieuwe versie en de tekst die net nog getypt werd', async ({
	page
}) => {
	await oudeVersieMetConcept(page, { eersteSessie: true });
	const adres = page.url();

	// Typed just before the click, well inside the drafts' debounce: written before the switch.
	const meer = `${CONCEPT} En nog één zin.`;
	await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(meer);
	await page.getByRole('button', { name: 'Nu bijwerken' }).click();

	// Without the reload the old code would run on, its cache deleted by the new version.
	await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
	expect(await page.evaluate(() => window.__nietHerladen)).toBeUndefined();
	await expect.poll(() => cacheNamen(page)).toEqual([`meldcodewijzer-${versie}-2`]);
	expect(page.url()).toBe(adres);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await expect(page.getByText('Eerdere beslissingen (1)')).toBeVisible();
	await expect(page.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(meer);
});

test('nieuwe versie, bijgewerkt in een ander tabblad: ook het tabblad van de eerste installatie herlaadt met de nieuwe versie', async ({
	page,
	context
}) => {
	// Tab 1 installs the app; tab 2 is opened after, under the installed version.
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.evaluate(() => (window.__nietHerladen = true));
	const tweede = await context.newPage();
	await tweede.goto('/');
	await tweede.waitForFunction(() => navigator.serviceWorker.controller !== null);

	server.dien(nieuw);
	await tweede.evaluate(async () => {
		const registratie = await navigator.serviceWorker.getRegistration();
		await registratie!.update();
	});
	await expect(tweede.getByText('Nieuwe versie beschikbaar')).toBeVisible();
	await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
	await tweede.getByRole('button', { name: 'Nu bijwerken' }).click();

	await expect(tweede.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
	// Tab 1 does not run on as the old version, whose cache is gone now.
	await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
	expect(await page.evaluate(() => window.__nietHerladen)).toBeUndefined();
	await tweede.close();
});

test('nieuwe versie, "Later": de oude versie blijft draaien, niets gaat verloren, en de vraag komt terug', async ({
	page
}) => {
	await oudeVersieMetConcept(page);

	await page.getByRole('button', { name: 'Later' }).click();
	await expect(page.getByText('Nieuwe versie beschikbaar')).toHaveCount(0);
	expect(await page.evaluate(() => window.__nietHerladen)).toBe(true);

	// Working on: the typed text is recorded as the decision, on the old version.
	const waarneming = page.getByRole('group', { name: 'Waarneming 1' });
	await waarneming.getByLabel('Wat zag of hoorde je?').fill('Blauwe plekken op beide bovenarmen.');
	await waarneming.getByRole('radio', { name: /^Feit/ }).check();
	await waarneming.getByLabel('Van wie komt dit?').selectOption({ label: 'Eigen waarneming' });
	await expect(page.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(CONCEPT);
	await page.getByRole('button', { name: 'Signalen vastleggen' }).click();
	await verwachtStap(page, 'Collegiale consultatie');
	await expect(page.getByText('Eerdere beslissingen (2)')).toBeVisible();
	expect(await page.evaluate(() => window.__nietHerladen)).toBe(true);

	// A reload does not switch either: the old version still serves the page, and asks again.
	await page.reload();
	await verwachtStap(page, 'Collegiale consultatie');
	await expect(page.getByText('Eerdere beslissingen (2)')).toBeVisible();
	await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
	await expect(page.locator('meta[name="app-versie"]')).toHaveCount(0);
	expect(await cacheNamen(page)).toEqual(
		[`meldcodewijzer-${versie}`, `meldcodewijzer-${versie}-2`].sort()
	);
});
