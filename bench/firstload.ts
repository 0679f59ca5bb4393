/**
 * The first load of the start page: how much JS and CSS it takes (gzip), and how long until
 * `load` and until the h1 is visible, on this machine and throttled to a slow 4G phone.
 *
 * The production build is served by `vite preview` (as `npm run preview` does, on a free port)
 * and loaded in headless Chromium; every JS and CSS response the page receives is counted, so
 * lazily imported chunks are included. `build/index.html` is parsed as a cross-check.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../tests/e2e/browser.js';
import { startPreview, stop, VITE } from './server.js';
import { median, summarise, type Result } from './stats.js';

const ROOT = resolve(import.meta.dirname, '..');

/** Budget for the first page, from the performance issue; printed beside the figure, never enforced. */
export const BUDGET_KIB_GZIP = 90;
const LOADS = 5;

/** Slow 4G as in Lighthouse: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up; CPU 4× slower. */
const SLOW_4G = {
	offline: false,
	latency: 150,
	downloadThroughput: 1_600_000 / 8,
	uploadThroughput: 750_000 / 8
};
const CPU_SLOWDOWN = 4;
/** Budgets from the performance issue; printed beside the figures, never enforced. */
const COLD_BUDGET_MS = 1_000;
const WARM_BUDGET_MS = 300;

const kib = (bytes: number) => bytes / 1024;
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** What the names in the table mean; printed under it. */
export const FIRSTLOAD_LEGENDA = [
	`startpagina: elk JS- en CSS-antwoord bij het laden van / in Chromium (vite preview), gzip -9 per bestand`,
	`koude start: nieuwe browsercontext (lege cache), mediaan van ${LOADS} (plus 1 niet geteld), vanaf navigatiestart`,
	`traag 4G: ${SLOW_4G.latency} ms latentie, 1,6 Mbit/s down, 0,75 Mbit/s up, CPU ${CPU_SLOWDOWN}× trager (CDP)`,
	`interactief: het eerste moment dat een klik op "Scherm verbergen" (elk frame geprobeerd zodra de h1 er is)`,
	`  in de DOM antwoord geeft, d.w.z. SvelteKit heeft de pagina gehydrateerd`,
	`warme start offline: service worker geïnstalleerd, context offline, herladen; mediaan van ${LOADS} (plus 1)`,
	`vloer: een kale SvelteKit-pagina (alleen een h1), zelfde versies en config, in dezelfde run gebouwd`
];

export interface FirstLoadOptions {
	/** Always build, even when build/ looks up to date (werkmap only; HEAD always builds). */
	build: boolean;
	/**
	 * `werkmap`: the working tree as it is, in build/ and .svelte-kit/ (what `npm run build` makes).
	 * `head`: the last commit, exported to a temporary folder and built there, so that work in
	 * progress in the checkout neither breaks the build nor changes the figures.
	 */
	source: 'werkmap' | 'head';
	/** Run with the built app (for the scale benchmarks), before a temporary folder is removed. */
	daarna?: (root: string) => Promise<void>;
}

export interface FirstLoad {
	results: Result[];
	/** What was built: the commit, and whether the working tree had changes. */
	built: { source: FirstLoadOptions['source']; commit: string; changes: boolean };
	/** The JS and CSS files the start page loaded, largest first (for the performance work). */
	files: { path: string; gzipKiB: number }[];
	/** Set when there was no browser: only the sizes from build/index.html were measured. */
	skipped?: string;
}

export async function firstLoadBenchmarks(options: FirstLoadOptions): Promise<FirstLoad> {
	const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
	const built = {
		source: options.source,
		commit: git('rev-parse', '--short', 'HEAD').trim(),
		// Changes to the app, not to these benchmarks.
		changes:
			options.source === 'werkmap' &&
			git('status', '--porcelain', '--', '.', ':(exclude)bench').trim() !== ''
	};

	let root = ROOT;
	if (options.source === 'head') {
		root = mkdtempSync(join(tmpdir(), 'meldcodewijzer-bench-'));
		git('archive', '--output', `${root}.tar`, 'HEAD');
		execFileSync('tar', ['-xf', `${root}.tar`, '-C', root]);
		rmSync(`${root}.tar`);
		symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
	}
	try {
		await zorgVoorBuild(root, options.build || options.source === 'head');
		const gemeten = await meet(root);
		await options.daarna?.(root);
		return { ...gemeten, built };
	} finally {
		if (root !== ROOT) rmSync(root, { recursive: true, force: true });
	}
}

async function meet(root: string): Promise<Omit<FirstLoad, 'built'>> {
	const results = [groottesUitIndexHtml(join(root, 'build'))];

	const executablePath = findBrowser();
	if (!executablePath) {
		return {
			results,
			files: [],
			skipped: 'geen Chromium gevonden (CHROME_PATH of /usr/bin/chromium): laadtijden overgeslagen'
		};
	}

	const { url, proces } = await startPreview(root);
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
		const groottes = await groottesInBrowser(browser, url);
		results.push(...groottes.results);
		results.push(...(await kaleVloer(browser, root, groottes.totaalKiB)));
		for (const throttled of [false, true]) {
			results.push(...(await laadtijden(browser, url, throttled)));
		}
		for (const throttled of [false, true]) {
			results.push(await warmOffline(browser, url, throttled));
		}
		return { results, files: groottes.files };
	} finally {
		await browser?.close();
		await stop(proces);
	}
}

// ---------------------------------------------------------------------------------------------
// Build

/** The newest modification time of anything that goes into the build. */
function nieuwsteBron(pad: string): number {
	if (!existsSync(pad)) return 0;
	const stat = statSync(pad);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(pad).map((naam) => nieuwsteBron(join(pad, naam))));
}

/** Builds when asked, or when build/ is missing or older than its sources. */
export async function zorgVoorBuild(root: string, altijd: boolean): Promise<void> {
	const index = join(root, 'build/index.html');
	const bronnen = [
		'src',
		'machines',
		'static',
		'svelte.config.js',
		'vite.config.ts',
		'package.json'
	];
	const verouderd =
		!existsSync(index) ||
		!existsSync(join(root, '.svelte-kit/output/client')) ||
		statSync(index).mtimeMs < Math.max(...bronnen.map((b) => nieuwsteBron(join(root, b))));
	if (!altijd && !verouderd) {
		console.error(
			'build/ is actueel; niet opnieuw gebouwd (npm run bench -- --build dwingt het af)'
		);
		return;
	}
	console.error(root === ROOT ? 'vite build …' : `vite build (in ${root}) …`);
	const t0 = performance.now();
	const child = spawn(VITE, ['build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
	let uitvoer = '';
	child.stdout?.on('data', (d: Buffer) => (uitvoer += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (uitvoer += d.toString()));
	const code = await new Promise<number | null>((res) => child.on('close', res));
	if (code !== 0) throw new Error(`vite build mislukte (code ${code}):\n${uitvoer.slice(-1_500)}`);
	console.error(`vite build klaar in ${((performance.now() - t0) / 1_000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** JS and CSS that build/index.html loads: modulepreloads, stylesheets, scripts and import()s. */
function groottesUitIndexHtml(build: string): Result {
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	const paden = new Set<string>();
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/g)) {
		const attr = (naam: string) => tag.match(new RegExp(`\\b${naam}="([^"]*)"`))?.[1];
		const rel = attr('rel');
		const href = tag.startsWith('<link') ? attr('href') : attr('src');
		if (href && (tag.startsWith('<script') || rel === 'modulepreload' || rel === 'stylesheet')) {
			paden.add(href);
		}
	}
	for (const [, pad] of html.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) paden.add(pad!);

	let gz = 0;
	let js = 0;
	for (const pad of paden) {
		const body = readFileSync(join(build, pad));
		gz += gzip(body);
		if (pad.endsWith('.js')) js++;
	}
	return summarise(
		'firstload.index-html.gzip',
		'build/index.html: JS+CSS gzip',
		'KiB',
		[kib(gz)],
		`controle: ${js} JS + ${paden.size - js} CSS uit de HTML, zonder wat later geïmporteerd wordt`
	);
}

interface Bestand {
	url: string;
	soort: 'js' | 'css';
	raw: number;
	gzip: number;
	/** Bytes on the wire as Chromium saw them (compressed if the server compressed). */
	wire: number;
}

/** Every JS and CSS response of one cold load, until the network is idle. */
async function groottesInBrowser(
	browser: Browser,
	url: string
): Promise<Pick<FirstLoad, 'results' | 'files'> & { totaalKiB: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const metingen: Promise<Bestand | null>[] = [];
	page.on('response', (response) => metingen.push(meetBestand(response)));
	await page.goto(url, { waitUntil: 'networkidle' });
	const bestanden = (await Promise.all(metingen)).filter((b): b is Bestand => b !== null);
	await context.close();

	const som = (kies: (b: Bestand) => number, soort?: Bestand['soort']) =>
		kib(bestanden.filter((b) => !soort || b.soort === soort).reduce((n, b) => n + kies(b), 0));
	const totaal = som((b) => b.gzip);
	const aantal = (soort: Bestand['soort']) => bestanden.filter((b) => b.soort === soort).length;
	const budget = totaal <= BUDGET_KIB_GZIP ? 'binnen' : 'BOVEN';
	const files = bestanden
		.map((b) => ({ path: new URL(b.url).pathname, gzipKiB: Number(kib(b.gzip).toFixed(2)) }))
		.sort((a, b) => b.gzipKiB - a.gzipKiB);
	const results = [
		summarise(
			'firstload.gzip',
			'startpagina: JS+CSS gzip',
			'KiB',
			[totaal],
			`budget ≤ ${BUDGET_KIB_GZIP} KiB: ${budget} (${Math.round((totaal / BUDGET_KIB_GZIP) * 100)} %); ` +
				`${aantal('js')} JS + ${aantal('css')} CSS`
		),
		summarise('firstload.gzip.js', 'startpagina: waarvan JS', 'KiB', [som((b) => b.gzip, 'js')]),
		summarise('firstload.gzip.css', 'startpagina: waarvan CSS', 'KiB', [som((b) => b.gzip, 'css')]),
		summarise('firstload.raw', 'startpagina: JS+CSS ongecomprimeerd', 'KiB', [som((b) => b.raw)]),
		summarise(
			'firstload.wire',
			'startpagina: JS+CSS over de lijn',
			'KiB',
			[som((b) => b.wire)],
			'zoals vite preview ze stuurt'
		)
	];
	return { results, files, totaalKiB: totaal };
}

/** Only the JS+CSS gzip total of one cold load (for the bare SvelteKit page). */
async function gzipTotaal(browser: Browser, url: string): Promise<{ kib: number; aantal: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const metingen: Promise<Bestand | null>[] = [];
	page.on('response', (response) => metingen.push(meetBestand(response)));
	await page.goto(url, { waitUntil: 'networkidle' });
	const bestanden = (await Promise.all(metingen)).filter((b): b is Bestand => b !== null);
	await context.close();
	return { kib: kib(bestanden.reduce((n, b) => n + b.gzip, 0)), aantal: bestanden.length };
}

/**
 * The floor: a bare SvelteKit page (an h1, nothing else) built with the same SvelteKit, Svelte,
 * Vite and adapter-static from node_modules and the same svelte.config.js, vite.config.ts and
 * src/app.html, in a temporary folder, served and loaded the same way. What the start page
 * weighs above it is ours.
 */
async function kaleVloer(browser: Browser, root: string, onsKiB: number): Promise<Result[]> {
	const map = mkdtempSync(join(tmpdir(), 'meldcodewijzer-kaal-'));
	try {
		for (const bestand of ['svelte.config.js', 'vite.config.ts', 'src/app.html'])
			cpSync(join(root, bestand), join(map, bestand));
		// vite.config.ts loads its plugins from scripts/ (the holidays of virtual:vrije-dagen).
		for (const map_ of ['static', 'scripts'])
			if (existsSync(join(root, map_)))
				cpSync(join(root, map_), join(map, map_), { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(map, 'node_modules'), 'dir');
		mkdirSync(join(map, 'src/routes'), { recursive: true });
		writeFileSync(
			join(map, 'package.json'),
			JSON.stringify({ name: 'kaal', private: true, type: 'module' })
		);
		writeFileSync(join(map, 'src/routes/+layout.ts'), 'export const prerender = true;\n');
		writeFileSync(
			join(map, 'src/routes/+page.svelte'),
			'<svelte:head><title>Kaal</title></svelte:head>\n<h1>Kale SvelteKit-pagina</h1>\n'
		);
		await zorgVoorBuild(map, true);
		const { url, proces } = await startPreview(map);
		try {
			const vloer = await gzipTotaal(browser, url);
			return [
				summarise(
					'firstload.vloer.gzip',
					'kale SvelteKit-pagina: JS+CSS gzip',
					'KiB',
					[vloer.kib],
					`de vloer: zelfde kit/svelte/vite/adapter en config, alleen een h1; ${vloer.aantal} bestanden`
				),
				summarise(
					'firstload.boven-vloer',
					'startpagina boven de vloer',
					'KiB',
					[onsKiB - vloer.kib],
					`startpagina = ${(onsKiB / vloer.kib).toFixed(1)} × de vloer`
				)
			];
		} finally {
			await stop(proces);
		}
	} finally {
		rmSync(map, { recursive: true, force: true });
	}
}

async function meetBestand(response: Response): Promise<Bestand | null> {
	const type = response.request().resourceType();
	const contentType = response.headers()['content-type'] ?? '';
	const soort =
		type === 'script' || /javascript/.test(contentType)
			? 'js'
			: type === 'stylesheet' || /text\/css/.test(contentType)
				? 'css'
				: null;
	if (!soort || response.status() !== 200) return null;
	const body = await response.body();
	const sizes = await response.request().sizes();
	return {
		url: response.url(),
		soort,
		raw: body.length,
		gzip: gzip(body),
		wire: sizes.responseBodySize
	};
}

// ---------------------------------------------------------------------------------------------
// Load times

/**
 * Records (in `window.__benchH1`) when the h1 is first visible: checked in every animation
 * frame, i.e. just before each paint. Then, to see when the page is interactive (hydrated), it
 * clicks "Scherm verbergen" in the header once per frame; before hydration a click does nothing,
 * after it Svelte hides the screen, and `window.__benchInteractief` is the moment that change is
 * in the DOM. A string, so no compiler helpers end up in the page.
 */
export const H1_PROBE = `(() => {
	let kijker = null;
	const probe = () => {
		const h1 = document.querySelector('h1');
		if (window.__benchH1 === undefined && h1 && h1.checkVisibility() && h1.getBoundingClientRect().height > 0) {
			window.__benchH1 = performance.now();
		}
		if (window.__benchH1 !== undefined) {
			const knop = document.querySelector('button[aria-keyshortcuts]');
			const scherm = document.querySelector('.scherm');
			if (knop && scherm && !kijker) {
				kijker = new MutationObserver(() => {
					if (scherm.hidden && window.__benchInteractief === undefined) {
						window.__benchInteractief = performance.now();
						kijker.disconnect();
					}
				});
				kijker.observe(scherm, { attributes: true });
			}
			if (knop && window.__benchInteractief === undefined) knop.click();
		}
		if (window.__benchInteractief === undefined) requestAnimationFrame(probe);
	};
	requestAnimationFrame(probe);
})()`;

const TIJDEN = `({
	load: performance.getEntriesByType('navigation')[0].loadEventStart,
	h1: window.__benchH1,
	interactief: window.__benchInteractief,
	fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
})`;

interface Tijden {
	load: number;
	h1: number;
	interactief: number;
	fcp: number;
}

/** Time to `load` and to a visible h1, from navigation start, over fresh (cold) contexts. */
export async function laadtijden(
	browser: Browser,
	url: string,
	throttled: boolean
): Promise<Result[]> {
	const load: number[] = [];
	const h1: number[] = [];
	const interactief: number[] = [];
	const fcp: number[] = [];
	// One extra load first, not counted: the first request to vite preview and a fresh renderer are slower.
	for (let i = 0; i <= LOADS; i++) {
		const context = await browser.newContext();
		await context.addInitScript({ content: H1_PROBE });
		const page = await context.newPage();
		if (throttled) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		}
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(() => '__benchInteractief' in window, undefined, {
			timeout: 30_000
		});
		const t = (await page.evaluate(TIJDEN)) as Tijden;
		await context.close();
		if (i === 0) continue;
		load.push(t.load);
		h1.push(t.h1);
		interactief.push(t.interactief);
		fcp.push(t.fcp);
	}
	const naam = throttled ? 'traag 4G' : 'lokaal';
	const id = throttled ? 'slow4g' : 'local';
	return [
		summarise(
			`firstload.${id}.h1`,
			`koude start ${naam}: h1 zichtbaar`,
			'ms',
			h1,
			`eerste paint (FCP) ${median(fcp).toFixed(0)} ms`
		),
		summarise(`firstload.${id}.load`, `koude start ${naam}: load`, 'ms', load),
		summarise(
			`firstload.${id}.interactief`,
			`koude start ${naam}: interactief`,
			'ms',
			interactief,
			throttled ? budget(median(interactief), COLD_BUDGET_MS) : undefined
		)
	];
}

/** "budget ≤ X ms: binnen (NN %)", beside a figure. */
export function budget(waarde: number, grens: number, eenheid = 'ms'): string {
	const oordeel = waarde <= grens ? 'binnen' : 'BOVEN';
	return `budget ≤ ${grens} ${eenheid}: ${oordeel} (${Math.round((waarde / grens) * 100)} %)`;
}

/**
 * The warm offline start: the service worker has installed the app, the context goes offline,
 * and the page is reloaded; from navigation start to a visible h1 and to interactive.
 */
async function warmOffline(browser: Browser, url: string, throttled: boolean): Promise<Result> {
	const context = await browser.newContext();
	await context.addInitScript({ content: H1_PROBE });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(`navigator.serviceWorker.ready.then(() => true)`);
	if (!(await page.evaluate(`!!navigator.serviceWorker.controller`))) {
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	}
	await context.setOffline(true);
	if (throttled) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	}
	const h1: number[] = [];
	const interactief: number[] = [];
	for (let i = 0; i <= LOADS; i++) {
		await page.reload({ waitUntil: 'load' });
		await page.waitForFunction(() => '__benchInteractief' in window, undefined, {
			timeout: 30_000
		});
		const t = (await page.evaluate(TIJDEN)) as Tijden;
		if (i === 0) continue;
		h1.push(t.h1);
		interactief.push(t.interactief);
	}
	await context.close();
	const naam = throttled ? ', CPU 4× trager' : '';
	return summarise(
		`firstload.warm-offline${throttled ? '.cpu4x' : ''}.interactief`,
		`warme start offline${naam}: interactief`,
		'ms',
		interactief,
		`${budget(median(interactief), WARM_BUDGET_MS)}; h1 zichtbaar ${median(h1).toFixed(0)} ms`
	);
}
