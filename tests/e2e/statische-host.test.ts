/**
 * The app on any static host, in real Chromium: a plain file server (kale-server.ts: a folder
 * with a slash is its index.html, without one a 301, everything else 404; no SPA fallback, no
 * rewrites), at the domain root and under a sub path (/meldcode/, as on a board's site).
 * On each: the first visit installs the app (the service worker's precache gets only 200s), the
 * pages work by their links, and after going offline every page, a reload, a deep link with and
 * without its slash and a case's own address work from the device. Under the sub path the update
 * question works too, and the service worker, manifest and icons stay inside /meldcode/.
 *
 * The root build is build/ (`npm run build`), the sub-path build is build-meldcode/
 * (`npm run build:subpad`, BASE_PATH=/meldcode); `npm run test:e2e` makes both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { kop, offlineKlaar, PAGINAS, vereisBuild } from './host';
import { startKaleServer, type KaleServer } from './kale-server';
import { maakNieuweVersie } from './nieuwe-build';
import { kluisKeuze, nieuweCasusInvullen, start, verwachtStap } from './wizard';

for (const host of [
	{ naam: 'in de hoofdmap van het domein', map: 'build', onder: '', opdracht: 'npm run build' },
	{
		naam: 'onder een subpad (/meldcode/)',
		map: 'build-meldcode',
		onder: '/meldcode',
		opdracht: 'npm run build:subpad'
	}
]) {
	test.describe(`kale statische server, ${host.naam}`, () => {
		let gestart: Promise<KaleServer> | undefined;
		const server = () => {
			vereisBuild(host.map, host.opdracht);
			return (gestart ??= startKaleServer(host.map, host.onder));
		};
		// The app's own address, with its slash: page.goto('casussen/') resolves under it.
		// eslint-disable-next-line no-empty-pattern
		test.use({ baseURL: async ({}, use) => use(`${(await server()).url}${host.onder}/`) });
		test.afterAll(async () => {
			if (gestart) await (await gestart).sluit();
		});

		test('eerste bezoek installeert alles; daarna werkt elke pagina offline, ook herladen en diepe links', async ({
			page,
			context,
			baseURL,
			consoleErrors
		}) => {
			const s = await server();
			const app = new URL(baseURL!);
			s.log.length = 0;

			await page.goto('./');
			await kop(page, 'Meldcodewijzer');
			await offlineKlaar(page);
			// The service worker is the app's own, for the app's folder only.
			expect(
				await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
			).toBe(app.href);

			// The installable app points at its own folder: start_url and icons resolve there.
			const manifestAdres = new URL(
				(await page.locator('link[rel="manifest"]').getAttribute('href'))!,
				page.url()
			);
			expect(manifestAdres.href).toBe(new URL('manifest.webmanifest', app).href);
			const manifest = await (await page.request.get(manifestAdres.href)).json();
			expect(new URL(manifest.start_url, manifestAdres).href).toBe(app.href);
			expect(new URL(manifest.scope, manifestAdres).href).toBe(app.href);
			for (const icoon of manifest.icons) {
				const adres = new URL(icoon.src, manifestAdres).href;
				expect(adres.startsWith(app.href), adres).toBe(true);
				expect((await page.request.get(adres)).status(), adres).toBe(200);
			}

			// Around the app by its links, online. First a case (the first use asks about a
			// passphrase, once), then the other pages.
			await page.getByRole('link', { name: 'Ik heb een niet-pluis-gevoel' }).click();
			await kluisKeuze(page);
			await nieuweCasusInvullen(page, { code: 'SH' });
			await start(page);
			await verwachtStap(page, 'Signalen in kaart brengen');
			const casusAdres = page.url();
			expect(casusAdres.startsWith(new URL('casus/?id=', app).href), casusAdres).toBe(true);
			const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
			await menu.getByRole('link', { name: 'Casussen' }).click();
			await kop(page, 'Je casussen');
			expect(page.url()).toBe(new URL('casussen/', app).href);
			await expect(page.getByRole('link', { name: /SH/ }).first()).toBeVisible();
			await menu.getByRole('link', { name: 'Instellingen' }).click();
			await kop(page, 'Instellingen van je organisatie');
			await page.getByRole('contentinfo').getByRole('link', { name: 'Privacyverklaring' }).click();
			await kop(page, 'Privacyverklaring');
			await page.getByRole('link', { name: 'Meldcodewijzer', exact: true }).click();
			await kop(page, 'Meldcodewijzer');
			expect(page.url()).toBe(app.href);

			// Everything asked of the server was in the app's folder and there: no 404, and no
			// redirect either (every link and every precached URL is a folder with its slash).
			expect(s.log.filter((r) => r.status !== 200 && r.status !== 304)).toEqual([]);
			expect(s.log.filter((r) => !r.pad.startsWith(app.pathname))).toEqual([]);
			// The page addresses the service worker precached.
			for (const [pad] of PAGINAS)
				expect(s.log.map((r) => r.pad)).toContain(new URL(pad, app).pathname);

			// Offline: nothing reaches the server any more.
			await context.setOffline(true);
			const gevraagd = s.log.length;

			for (const [pad, naam] of PAGINAS) {
				await page.goto(pad);
				await kop(page, naam);
				await page.reload();
				await kop(page, naam);
			}
			// A deep link without its slash, as typed or bookmarked: to the page, with its slash.
			await page.goto('instellingen');
			await kop(page, 'Instellingen van je organisatie');
			expect(page.url()).toBe(new URL('instellingen/', app).href);
			await page.goto('casus/nieuw?x=1');
			await kop(page, 'Nieuwe casus');
			expect(page.url()).toBe(new URL('casus/nieuw/?x=1', app).href);
			// The case's own address in a new tab, and a reload of it.
			const tab = await context.newPage();
			await tab.goto(casusAdres);
			await expect(tab.getByRole('heading', { level: 1 })).toContainText('Casus SH');
			await verwachtStap(tab, 'Signalen in kaart brengen');
			await tab.reload();
			await verwachtStap(tab, 'Signalen in kaart brengen');
			// A path in the app that is no page gets the app's own "not found", not the browser's.
			await tab.goto('bestaat-niet/');
			await expect(tab.getByRole('heading', { level: 1 })).toContainText('404');
			await tab.close();
			// What that 404 logs, and only that: SvelteKit's "Not found", and its check whether the
			// app was updated (_app/version.json), which cannot reach the server offline.
			const verwacht = [
				/^console\.error: \w+: Not found: .*\/bestaat-niet\//,
				/_app\/version\.json/
			];
			const rest = consoleErrors.filter((f) => !verwacht.some((v) => v.test(f)));
			expect(rest).toEqual([]);
			consoleErrors.length = 0;

			expect(s.log.length).toBe(gevraagd);
			await context.setOffline(false);
		});

		if (!host.onder) return;

		test('onder het subpad: de vraag bij een nieuwe versie, en na "Nu bijwerken" de nieuwe versie, ook offline', async ({
			page,
			context,
			baseURL
		}) => {
			const s = await server();
			const app = new URL(baseURL!);
			const map = mkdtempSync(join(tmpdir(), 'meldcodewijzer-subpad-'));
			try {
				const nieuw = join(map, 'nieuw');
				const versie = maakNieuweVersie(host.map, nieuw);

				await page.goto('casussen/');
				await offlineKlaar(page);
				s.dien(nieuw);
				await page.evaluate(async () => {
					await (await navigator.serviceWorker.getRegistration())!.update();
				});
				await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
				await expect(page.locator('meta[name="app-versie"]')).toHaveCount(0);

				const herladen = page.waitForEvent('load');
				await page.getByRole('button', { name: 'Nu bijwerken' }).click();
				await herladen;
				await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
				expect(page.url()).toBe(new URL('casussen/', app).href);
				await expect
					.poll(() => page.evaluate(async () => (await caches.keys()).sort()))
					.toEqual([`meldcodewijzer-${versie}-2`]);

				await context.setOffline(true);
				await page.goto('instellingen/');
				await kop(page, 'Instellingen van je organisatie');
				await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
				await context.setOffline(false);
			} finally {
				s.dien(host.map);
				rmSync(map, { recursive: true, force: true });
			}
		});
	});
}
