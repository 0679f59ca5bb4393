/**
 * The shipped deployment recipe on real nginx (Debian's package): deploy/nginx/ serving the build
 * at a domain root and under /meldcode/ (nginx-server.ts starts it without root on a free port).
 * On each: every response carries the security headers and the CSP made from this build's own
 * pages (deploy/csp-kop.js), with the caching rules and types an update needs; the app installs
 * (the service worker is active and controls the page), one case goes through the wizard to the
 * report, and then, offline, every page and a cold reload of each work from the device. Nowhere,
 * online or offline, does the browser report a CSP violation (a listener on every document) or a
 * console error (fixtures.ts). The same install and offline proof on nginx as installed (Debian's
 * default site, try_files and no headers of ours), at the root and under /meldcode/.
 *
 * nginx: `sudo apt-get install nginx` (or NGINX_PATH); .ci/run installs it. Without nginx the
 * tests are skipped locally with that message; with CI set they fail instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { schrijfCspKop } from '../../deploy/csp-kop.js';
import { test, expect } from './fixtures';
import { kop, offlineKlaar, PAGINAS, vereisBuild } from './host';
import { htmlBestanden, maakNieuweVersie } from './nieuwe-build';
import { startNginx, STOCK, vindNginx, type NginxServer } from './nginx-server';
import {
	afweging,
	kluisKeuze,
	nieuweCasusInvullen,
	stap1,
	stap2,
	stap3,
	stap4,
	start,
	verwachtStap
} from './wizard';

const nginx = vindNginx();
const ZONDER =
	'nginx ontbreekt: installeer het met `sudo apt-get install nginx` (of zet NGINX_PATH); ' +
	'nginx is missing: install it with `sudo apt-get install nginx` (or set NGINX_PATH)';
if (!nginx && process.env.CI) throw new Error(ZONDER);

/** The headers of koppen.conf, on every response. */
const KOPPEN = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	'strict-transport-security': 'max-age=31536000'
};

/** Directive → sources. */
function richtlijnen(beleid: string): Map<string, Set<string>> {
	const uit = new Map<string, Set<string>>();
	for (const deel of beleid.split(';')) {
		const [naam, ...bronnen] = deel.trim().split(/\s+/);
		if (naam) uit.set(naam, new Set(bronnen));
	}
	return uit;
}

/** The <meta> policy of every page of the build. */
function paginaBeleiden(map: string): [string, string][] {
	return readdirSync(map, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => {
			const html = readFileSync(join(map, f), 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
			expect(meta, f).not.toBeNull();
			return [f, meta![1]!];
		});
}

/** Every CSP violation any document of the context reports, as `url: directive blocked sample`. */
async function cspOvertredingen(context: BrowserContext): Promise<string[]> {
	const overtredingen: string[] = [];
	await context.exposeBinding('meldCspOvertreding', (bron, tekst: string) => {
		overtredingen.push(`${bron.page?.url()}: ${tekst}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { meldCspOvertreding(t: string): void }).meldCspOvertreding(
				`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`
			);
		});
	});
	return overtredingen;
}

/**
 * Gives every page of the build in `map` other inline code (a comment in its bootstrap script),
 * and its <meta> policy the new hash, as a real new version would have.
 */
function andereInlineCode(map: string) {
	const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
	for (const pagina of htmlBestanden(map)) {
		const html = readFileSync(pagina, 'utf8');
		const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
		const nieuw = `${script}\n// versie 2\n`;
		expect(html).toContain(hash(script));
		writeFileSync(
			pagina,
			html
				.replace(`<script>${script}</script>`, `<script>${nieuw}</script>`)
				.replace(hash(script), hash(nieuw))
		);
	}
}

/** Asks nginx for a marker address (from Node) and returns the log length up to and with it. */
async function markeer(s: NginxServer, app: URL): Promise<number> {
	const merk = `?markering-${Date.now()}`;
	await fetch(new URL(merk, app), { method: 'HEAD' });
	await expect.poll(() => s.log().some((r) => r.endsWith(merk))).toBe(true);
	return s.log().findIndex((r) => r.endsWith(merk)) + 1;
}

for (const host of [
	{
		naam: 'met deploy/nginx/, in de hoofdmap van het domein',
		map: 'build',
		onder: '',
		opdracht: 'npm run build',
		stock: false
	},
	{
		naam: 'met deploy/nginx/, onder een subpad (/meldcode/)',
		map: 'build-meldcode',
		onder: '/meldcode',
		opdracht: 'npm run build:subpad',
		stock: false
	},
	// nginx as installed, with Debian's default site and none of our headers: the app still
	// installs and works offline (the README's "Online zetten" says any static host will do).
	{
		naam: 'zoals geïnstalleerd (Debians standaardsite), in de hoofdmap',
		map: 'build',
		onder: '',
		opdracht: 'npm run build',
		stock: true
	},
	{
		naam: 'zoals geïnstalleerd (Debians standaardsite), onder /meldcode/',
		map: 'build-meldcode',
		onder: '/meldcode',
		opdracht: 'npm run build:subpad',
		stock: true
	}
] as const) {
	test.describe(`nginx ${host.naam}`, () => {
		test.skip(!nginx, ZONDER);
		if (host.stock && nginx && !existsSync(STOCK))
			throw new Error(`${STOCK} ontbreekt: de standaardsite van Debians nginx-pakket`);
		let gestart: Promise<NginxServer> | undefined;
		const server = () => {
			vereisBuild(host.map, host.opdracht);
			return (gestart ??= startNginx(nginx!, host.map, host.onder, host.stock));
		};
		// eslint-disable-next-line no-empty-pattern
		test.use({ baseURL: async ({}, use) => use(`${(await server()).url}${host.onder}/`) });
		test.afterAll(async () => {
			if (gestart) await (await gestart).sluit();
		});

		if (!host.stock)
			test('koppen: CSP van deze build, beveiliging, caching, types en de 404', async ({
				baseURL
			}) => {
				const app = new URL(baseURL!);
				const vraag = (pad: string) => fetch(new URL(pad, app), { redirect: 'manual' });

				const pagina = await vraag('./');
				expect(pagina.status).toBe(200);
				expect(pagina.headers.get('content-type')).toBe('text/html; charset=utf-8');
				expect(pagina.headers.get('cache-control')).toBe('no-cache');
				const csp = pagina.headers.get('content-security-policy')!;
				const kop = richtlijnen(csp);
				expect([...kop.get('default-src')!]).toEqual(["'self'"]);
				expect([...kop.get('frame-ancestors')!]).toEqual(["'none'"]);
				expect([...kop.get('object-src')!]).toEqual(["'none'"]);
				// Nothing from elsewhere and no inline code but the hashed: no origin, no wildcard,
				// no 'unsafe-inline' / 'unsafe-eval'.
				for (const [naam, bronnen] of kop)
					for (const bron of bronnen)
						expect(bron, naam).toMatch(
							/^('self'|'none'|'unsafe-hashes'|'sha256-[A-Za-z0-9+/=]+'|data:)$/
						);
				// The header allows what each page's own policy allows, and nothing the pages do not
				// ask for (besides frame-ancestors, which a <meta> policy cannot carry).
				const beleiden = paginaBeleiden(host.map);
				expect(beleiden.length).toBeGreaterThan(10);
				const samen = new Map<string, Set<string>>();
				for (const [bestand, beleid] of beleiden)
					for (const [naam, bronnen] of richtlijnen(beleid)) {
						expect(kop.has(naam), `${bestand}: ${naam}`).toBe(true);
						for (const bron of bronnen) {
							expect(kop.get(naam)!.has(bron), `${bestand}: ${naam} ${bron}`).toBe(true);
							samen.set(naam, (samen.get(naam) ?? new Set()).add(bron));
						}
					}
				samen.set('frame-ancestors', new Set(["'none'"]));
				expect(kop).toEqual(samen);

				const immutable = /href="([^"]*_app\/immutable\/[^"]+\.js)"/.exec(await pagina.text())![1]!;
				const gevallen: [string, number, Record<string, string | RegExp>][] = [
					['casussen/', 200, { 'cache-control': 'no-cache', 'content-type': /^text\/html/ }],
					['service-worker.js', 200, { 'cache-control': 'no-cache', 'content-type': /javascript/ }],
					[
						'_app/version.json',
						200,
						{ 'cache-control': 'no-cache', 'content-type': /^application\/json/ }
					],
					[
						'manifest.webmanifest',
						200,
						{ 'cache-control': 'no-cache', 'content-type': /^application\/manifest\+json/ }
					],
					[
						'icons/icoon-192.png',
						200,
						{ 'cache-control': 'no-cache', 'content-type': 'image/png' }
					],
					[
						new URL(immutable, app).href,
						200,
						{
							'cache-control': 'public, max-age=31536000, immutable',
							'content-type': /javascript/
						}
					],
					// A folder without its slash: to the folder, by a relative address.
					['casussen', 301, { location: `${host.onder}/casussen/` }],
					['casus/nieuw?x=1', 301, { location: `${host.onder}/casus/nieuw/?x=1` }],
					// Not a page: the app's own "not found", as a 404.
					['bestaat-niet/', 404, { 'content-type': /^text\/html/, 'cache-control': 'no-cache' }],
					['_app/immutable/bestaat-niet.js', 404, {}],
					// The build's header include is not served.
					['meldcodewijzer-csp.conf', 404, {}]
				];
				for (const [pad, status, verwacht] of gevallen) {
					const a = await vraag(pad);
					expect(a.status, pad).toBe(status);
					for (const [naam, waarde] of Object.entries({ ...KOPPEN, ...verwacht }))
						if (typeof waarde === 'string')
							expect(a.headers.get(naam), `${pad}: ${naam}`).toBe(waarde);
						else expect(a.headers.get(naam), `${pad}: ${naam}`).toMatch(waarde);
					expect(a.headers.get('content-security-policy'), pad).toBe(csp);
					const tekst = await a.text();
					if (pad === 'bestaat-niet/') expect(tekst).toContain('__sveltekit_');
					expect(tekst).not.toContain('add_header');
				}
			});

		test('installeert, een casus tot het rapport, daarna elke pagina offline; nergens een CSP-overtreding', async ({
			page,
			context,
			baseURL
		}) => {
			test.setTimeout(120_000);
			const s = await server();
			const app = new URL(baseURL!);
			const overtredingen = await cspOvertredingen(context);
			const voor = s.log().length;

			const antwoord = await page.goto('./');
			const csp = (await antwoord!.allHeaders())['content-security-policy'];
			if (host.stock) expect(csp).toBeUndefined();
			else expect(csp).toContain("default-src 'self'");
			await kop(page, 'Meldcodewijzer');
			await offlineKlaar(page);
			expect(
				await page.evaluate(async () => {
					const r = await navigator.serviceWorker.getRegistration();
					return [r?.scope, r?.active?.state];
				})
			).toEqual([app.href, 'activated']);
			await page.getByRole('button', { name: 'Oké' }).click();

			// One case through the wizard, to help (afweging 4), its report.
			await page.getByRole('link', { name: 'Ik heb een niet-pluis-gevoel' }).click();
			await kluisKeuze(page);
			await nieuweCasusInvullen(page, { code: 'NG' });
			await start(page);
			await stap1(page);
			await stap2(page);
			await stap3(page);
			await stap4(page);
			await afweging(page, 1, 'Ja');
			await afweging(page, 2, 'Nee');
			await afweging(page, 3, 'Ja');
			await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'K. de Boer' });
			await verwachtStap(page, /hulp loopt/i);
			const casus = page.url();
			await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
			await kop(page, 'Rapport meldcode: casus NG');
			const rapport = page.url();
			for (const [pad, naam] of PAGINAS) {
				await page.goto(pad);
				await kop(page, naam);
			}
			// Installing and using it asked nginx for nothing it did not have.
			expect(
				s
					.log()
					.slice(voor)
					.filter((r) => !/^(200|304) /.test(r))
			).toEqual([]);
			expect(overtredingen).toEqual([]);

			// Nothing in flight, then offline; the log up to a marker request is what came before.
			await page.waitForLoadState('networkidle');
			await context.setOffline(true);
			const gevraagd = await markeer(s, app);
			const bezoek = async (adres: string, zie: () => Promise<void>) => {
				const a = await page.goto(adres);
				expect(a?.fromServiceWorker(), adres).toBe(true);
				// The page from the device carries the header it was installed with.
				expect((await a!.allHeaders())['content-security-policy'], adres).toBe(csp);
				await zie();
				await page.reload();
				await zie();
			};
			for (const [pad, naam] of PAGINAS)
				await bezoek(new URL(pad, app).href, () => kop(page, naam));
			await bezoek(casus, () => verwachtStap(page, /hulp loopt/i));
			await bezoek(rapport, () => kop(page, 'Rapport meldcode: casus NG'));
			// A cold start: a new tab, offline, straight to the case.
			const tab = await context.newPage();
			await tab.goto(casus);
			await verwachtStap(tab, /hulp loopt/i);
			await tab.close();
			// Nothing reached nginx, except the browser's own update check of the service worker on
			// a navigation (Chromium makes it outside the page's network, which the offline
			// emulation covers; a device without network simply fails it).
			const updateCheck = new RegExp(`^(200|304) GET ${app.pathname}service-worker\\.js$`);
			expect(
				s
					.log()
					.slice(gevraagd)
					.filter((r) => !updateCheck.test(r))
			).toEqual([]);
			expect(overtredingen).toEqual([]);
			await context.setOffline(false);
		});
	});
}

test.describe('nginx met deploy/nginx/: een nieuwe versie met deploy/nginx/publiceer.sh', () => {
	test.skip(!nginx, ZONDER);
	// The live folder is a copy of build/, which publiceer.sh replaces.
	let tmp = '';
	let doel = '';
	let gestart: Promise<NginxServer> | undefined;
	const server = () => {
		if (!gestart) {
			vereisBuild('build', 'npm run build');
			tmp = mkdtempSync(join(tmpdir(), 'meldcodewijzer-publiceer-'));
			doel = join(tmp, 'meldcodewijzer');
			cpSync('build', doel, { recursive: true });
			gestart = startNginx(nginx!, doel, '');
		}
		return gestart;
	};
	// eslint-disable-next-line no-empty-pattern
	test.use({ baseURL: async ({}, use) => use(`${(await server()).url}/`) });
	test.afterAll(async () => {
		if (gestart) await (await gestart).sluit();
		if (tmp) rmSync(tmp, { recursive: true, force: true });
	});

	test('andere hashes: na publiceren en "Nu bijwerken" de nieuwe versie met haar eigen CSP, ook offline, zonder overtreding', async ({
		page,
		context
	}) => {
		const s = await server();
		const overtredingen = await cspOvertredingen(context);
		const oud = (await (await page.goto('casussen/'))!.allHeaders())['content-security-policy'];
		await offlineKlaar(page);

		const nieuw = join(tmp, 'nieuw');
		maakNieuweVersie(doel, nieuw);
		andereInlineCode(nieuw);
		await schrijfCspKop(nieuw);
		const uit = spawnSync('sh', ['deploy/nginx/publiceer.sh', nieuw, doel], {
			encoding: 'utf8',
			env: { ...process.env, NGINX: s.opdracht }
		});
		expect(uit.status, uit.stderr).toBe(0);
		const kopNu = readFileSync(join(doel, 'meldcodewijzer-csp.conf'), 'utf8').match(/"(.+)"/)![1];
		expect(kopNu).not.toBe(oud);
		// nginx reloads in the background: new workers with the new header, the old ones finish.
		await expect
			.poll(async () => (await fetch(`${s.url}/casussen/`)).headers.get('content-security-policy'))
			.toBe(kopNu);

		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())!.update();
		});
		await expect(page.getByText('Nieuwe versie beschikbaar')).toBeVisible();
		const herladen = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Nu bijwerken' }).click();
		await herladen;
		await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
		await kop(page, 'Je casussen');

		await context.setOffline(true);
		// (The new-case and import pages ask about a passphrase first in a fresh browser.)
		for (const [pad, naam] of PAGINAS.filter(
			([p]) => !['casus/nieuw/', 'importeren/'].includes(p)
		)) {
			const a = await page.goto(pad);
			expect((await a!.allHeaders())['content-security-policy'], pad).toBe(kopNu);
			await kop(page, naam);
			await expect(page.locator('meta[name="app-versie"]')).toHaveAttribute('content', '2');
		}
		await context.setOffline(false);
		expect(overtredingen).toEqual([]);
	});
});
