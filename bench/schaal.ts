/**
 * Scale: the app on the production build in headless Chromium with a dossier of 5 cases and 500
 * log entries (1×), 50 and 5,000 (10×), 500 and 50,000 (100×), encrypted (a passphrase, the
 * realistic case) and, for the ratio, without. The data is written into Chromium's own
 * IndexedDB (a persistent profile on disk, as a user's browser has) by the app's own code
 * (bench/zaaien/pagina.ts), then the screens are measured the way a user reaches them.
 *
 * Each measurement takes the seeded page: adding one (for instance "export of everything") is a
 * function in METINGEN that gets the page, the level and the bench API, and returns rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { BROWSER_ARGS } from '../tests/e2e/browser.js';
import { budget } from './firstload.js';
import { median, summarise, type Result, type Unit } from './stats.js';
import type { BenchApi, CasusOpdracht, Zaaitijden } from './zaaien/pagina.js';

const MEETCASUS_ID = '00000000-0000-4000-8000-999999999999';

/** A passphrase as a user would choose one; the PBKDF2 count is the app's own (600,000). */
const WACHTWOORD = 'correct paard batterij nietje';
export const NIVEAUS = [1, 10, 100] as const;
export type Niveau = (typeof NIVEAUS)[number];
export type Modus = 'aan' | 'uit';

const LIJST_RUNS = 7;
const OPEN_RUNS = 3;
const STAP_RONDES = 3;
const TOEVOEGINGEN = 60;
const BUDGET = { lijst: 200, toevoegenP95: 5, stapwissel: 16, export: 1000, import: 2000 };
const UITWISSEL_RUNS = 3;

/** What a measurement gets: the page with the seeded, unlocked dossier on the case list. */
export interface Meetcontext {
	page: Page;
	cdp: CDPSession;
	niveau: Niveau;
	modus: Modus;
	wachtwoord: string | null;
	/** The case with 2 % of all entries, ending at afweging 1 (for step changes). */
	meetcasus: { id: string; pseudoniem: string; regels: number };
	casussen: number;
	regels: number;
	/**
	 * Set by bench/profiel.ts: wraps each timed click (or timed call, named by `wat`: 'export',
	 * 'import'), to profile only what is measured.
	 */
	rondOm?: { voor(wat?: string): Promise<void>; na(wat?: string): Promise<void> };
	/** Calls a function of bench/zaaien/pagina.ts in the page. */
	bench: <K extends keyof BenchApi>(
		naam: K,
		arg: Parameters<BenchApi[K]>[0]
	) => Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

export type Meting = (m: Meetcontext) => Promise<Result[]>;

// ---------------------------------------------------------------------------------------------
// Timing in the page

interface Doel {
	selector: string;
	/** The element's text must contain this. */
	bevat?: string;
	/** Or must start with this. */
	begintMet?: string;
}

/**
 * Arms a probe before a click: the click's own timestamp (the input event), and for each target
 * the moment it is in the DOM and laid out (a MutationObserver, then a forced layout); for the
 * first target also the start of the next frame.
 */
async function wapen(page: Page, ...doelen: Doel[]): Promise<void> {
	await page.evaluate(`(${WAPEN})(${JSON.stringify(doelen)}, ${!!profileren})`);
}

/**
 * While profiling (bench/profiel.ts), the probe marks the click and the moment the target is
 * laid out with two named functions that the sampling profiler cannot miss, so only the samples
 * in between are counted.
 */
let profileren = false;
export function markeerVoorProfiel(aan: boolean): void {
	profileren = aan;
}

/** The probe itself, as text: no compiler helpers (tsx's __name) may end up in the page. */
const WAPEN = `(doelen, markeer) => {
	function __benchMarkering() { const t = performance.now(); while (performance.now() - t < 0.5); }
	function __benchKlik() { __benchMarkering(); }
	function __benchDomKlaar() { __benchMarkering(); }
	window.__klik = undefined;
	addEventListener('click', (e) => { window.__klik = e.timeStamp; if (markeer) __benchKlik(); }, { capture: true, once: true });
	const klaar = (d) => {
		const el = document.querySelector(d.selector);
		if (!el) return false;
		const tekst = el.textContent ?? '';
		if (d.bevat !== undefined && !tekst.includes(d.bevat)) return false;
		if (d.begintMet !== undefined && !tekst.trimStart().startsWith(d.begintMet)) return false;
		el.getBoundingClientRect();
		return true;
	};
	window.__wacht = Promise.all(doelen.map((d, i) => new Promise((res) => {
		const kijker = new MutationObserver(() => {
			if (window.__klik === undefined || !klaar(d)) return;
			const dom = performance.now();
			kijker.disconnect();
			if (markeer && i === 0) __benchDomKlaar();
			if (i > 0) res({ dom, frame: dom });
			else requestAnimationFrame(() => res({ dom, frame: performance.now() }));
		});
		kijker.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
	})));
}`;

/** Click → each target laid out (ms), and → the frame after the first target. */
async function gemeten(page: Page): Promise<{ dom: number; frame: number; doelen: number[] }> {
	return (await page.evaluate(
		`Promise.race([window.__wacht, new Promise((_, nee) => setTimeout(() => nee(new Error('doel niet bereikt binnen 60 s')), 60000))])
			.then((r) => ({ dom: r[0].dom - window.__klik, frame: r[0].frame - window.__klik, doelen: r.map((x) => x.dom - window.__klik) }))`
	)) as { dom: number; frame: number; doelen: number[] };
}

async function heapMiB(cdp: CDPSession): Promise<number> {
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
	return used / 2 ** 20;
}

function p95(waarden: readonly number[]): number {
	const s = [...waarden].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

const rij = (
	m: Meetcontext,
	naam: string,
	label: string,
	unit: Unit,
	waarden: number[],
	note?: string
) =>
	summarise(
		`schaal.${naam}.${m.niveau}x.${m.modus === 'aan' ? 'versleuteld' : 'onversleuteld'}`,
		`${label} (${m.niveau}×${m.modus === 'uit' ? ', onversleuteld' : ''})`,
		unit,
		waarden,
		note
	);

// ---------------------------------------------------------------------------------------------
// The screens

async function naarStart(page: Page) {
	await page.getByRole('link', { name: 'Meldcodewijzer', exact: true }).click();
	await page.getByRole('heading', { level: 1, name: 'Meldcodewijzer' }).waitFor();
}

async function naarLijst(m: Meetcontext) {
	await m.page
		.getByRole('navigation', { name: 'Hoofdmenu' })
		.getByRole('link', { name: 'Casussen' })
		.click();
	await m.page.getByText(`${m.casussen} van ${m.casussen} casussen`).waitFor();
}

/** The case list, reached from the start page through the menu (client-side, as a user does). */
export const casuslijst: Meting = async (m) => {
	const tijden: number[] = [];
	for (let i = 0; i <= LIJST_RUNS; i++) {
		await naarStart(m.page);
		await wapen(m.page, {
			selector: '[role=status].hint',
			bevat: `${m.casussen} van ${m.casussen}`
		});
		const link = m.page
			.getByRole('navigation', { name: 'Hoofdmenu' })
			.getByRole('link', { name: 'Casussen' });
		await link.waitFor();
		await m.rondOm?.voor();
		await link.click();
		const t = await gemeten(m.page);
		await m.rondOm?.na();
		if (i > 0) tijden.push(t.dom);
	}
	const note =
		m.modus === 'aan' && m.niveau === 100 ? budget(median(tijden), BUDGET.lijst) : undefined;
	return [rij(m, 'lijst', 'casuslijst getekend', 'ms', tijden, note)];
};

/**
 * Opens a case from the list. The case page keeps the last opened case in memory, so before the
 * measurement case is opened again another case is opened: every measured open reads, decrypts
 * and replays the whole log.
 */
async function openCasus(m: Meetcontext, pseudoniem: string, ...doelen: Doel[]) {
	await wapen(m.page, ...doelen);
	await m.page.getByRole('link', { name: new RegExp(`^${pseudoniem} `) }).click();
	return gemeten(m.page);
}

async function openMeetcasus(m: Meetcontext): Promise<{ stap: number; keten: number }> {
	await openCasus(m, 'C001', { selector: '#stap-titel' });
	await naarLijst(m);
	const t = await openCasus(
		m,
		m.meetcasus.pseudoniem,
		{ selector: '#stap-titel', begintMet: 'Afweging' },
		{ selector: '.integriteit', bevat: 'de keten klopt' }
	);
	return { stap: t.dom, keten: t.doelen[1]! };
}

/** Opening the measurement case from the list: its log read, decrypted and replayed. */
export const casusOpenen: Meting = async (m) => {
	const heapLijst = await heapMiB(m.cdp);
	const stap: number[] = [];
	const keten: number[] = [];
	let heapCasus = NaN;
	for (let i = 0; i <= OPEN_RUNS; i++) {
		const t = await openMeetcasus(m);
		if (i === 0) heapCasus = await heapMiB(m.cdp);
		else {
			stap.push(t.stap);
			keten.push(t.keten);
		}
		await naarLijst(m);
	}
	const rows = [
		rij(
			m,
			'openen',
			`meetcasus (${m.meetcasus.regels} regels) openen`,
			'ms',
			stap,
			'klik in de lijst → vraag getekend'
		),
		rij(
			m,
			'openen-keten',
			'meetcasus openen + ketencontrole',
			'ms',
			keten,
			'klik → "de keten klopt" (alle hashes)'
		)
	];
	if (m.modus === 'aan')
		rows.push(
			rij(
				m,
				'heap',
				'JS-heap na openen meetcasus',
				'MiB',
				[heapCasus],
				`op de casuslijst ${heapLijst.toFixed(1)} MiB (na GC)`
			)
		);
	return rows;
};

/**
 * Step changes in the measurement case: afweging 1 "ja" → afweging 2, 2 "nee" → 3, 3 "ja" → 4,
 * from the click on "Antwoord vastleggen" to the next question's heading laid out. In between
 * the case is brought back to afweging 1 through voegBeslissingToe (not timed) and reopened.
 */
export const stapwissel: Meting = async (m) => {
	const tijden: number[] = [];
	const frames: number[] = [];
	const antwoorden = ['Ja', 'Nee', 'Ja'] as const;
	for (let ronde = 0; ronde < STAP_RONDES; ronde++) {
		if (ronde > 0) {
			await m.bench('terugNaar', {
				caseId: m.meetcasus.id,
				doel: 'stap4.vraag1',
				wachtwoord: m.wachtwoord
			});
		}
		await openMeetcasus(m);
		for (const [k, antwoord] of antwoorden.entries()) {
			const nummer = k + 1;
			await m.page.getByRole('group', { name: new RegExp(`^Afweging ${nummer}:`) }).waitFor();
			await m.page.getByRole('radio', { name: antwoord, exact: true }).check();
			await m.page
				.getByLabel(/Waarom dit antwoord/)
				.fill(`Afweging ${nummer}: ${antwoord}, omdat de feiten dat laten zien.`);
			// Required since the afweging asks with whom it was discussed (seed 004, stap 5).
			const besproken = m.page.getByLabel(/^Besproken met/);
			if ((await besproken.count()) > 0)
				await besproken.fill('A. Functionaris (aandachtsfunctionaris)');
			await wapen(m.page, { selector: '#stap-titel', begintMet: `Afweging ${nummer + 1}:` });
			const knop = m.page.getByRole('button', { name: 'Antwoord vastleggen' });
			await knop.waitFor();
			await m.rondOm?.voor();
			await knop.click();
			const t = await gemeten(m.page);
			await m.rondOm?.na();
			tijden.push(t.dom);
			frames.push(t.frame);
		}
		await naarLijst(m);
	}
	const note =
		(m.modus === 'aan' && m.niveau === 100
			? `${budget(median(tijden), BUDGET.stapwissel)}; `
			: '') + `tot het volgende frame ${median(frames).toFixed(1)} ms`;
	return [rij(m, 'stapwissel', `stapwissel in meetcasus`, 'ms', tijden, note)];
};

/** Appending a decision to the measurement case through voegBeslissingToe, one at a time. */
export const toevoegen: Meting = async (m) => {
	// As a user appends: on a case, not while the case list reads every log in the background.
	await naarStart(m.page);
	await m.bench('voegToe', {
		caseId: m.meetcasus.id,
		aantal: 5,
		wachtwoord: m.wachtwoord,
		zaad: 7
	});
	const tijden = await m.bench('voegToe', {
		caseId: m.meetcasus.id,
		aantal: TOEVOEGINGEN,
		wachtwoord: m.wachtwoord,
		zaad: 8
	});
	const p = p95(tijden);
	const note =
		`p95 ${p.toFixed(2)} ms` +
		(m.modus === 'aan' && m.niveau === 100 ? `; ${budget(p, BUDGET.toevoegenP95)} (p95)` : '');
	return [rij(m, 'toevoegen', 'beslissing toevoegen', 'ms', tijden, note)];
};

/**
 * Export of everything and import of that file with full verification into a fresh dossier (as
 * on another device), through the app's own functions (src/lib/uitwisseling/).
 */
export const uitwisselen: Meting = async (m) => {
	// From the start page: the case list reads every case's due dates in the background, which
	// would share the main thread with what is measured here.
	await naarStart(m.page);
	const exp: number[] = [];
	const imp: number[] = [];
	const controle: number[] = [];
	const lezen: number[] = [];
	let bytes = 0;
	for (let i = 0; i < UITWISSEL_RUNS; i++) {
		await m.rondOm?.voor('export');
		const e = await m.bench('exporteer', { wachtwoord: m.wachtwoord });
		await m.rondOm?.na('export');
		exp.push(e.totaalMs);
		lezen.push(e.lezenMs);
		bytes = e.bytes;
		const naam = `bench-import-${m.niveau}-${m.modus}-${i}`;
		await m.bench('maakLeeg', { wachtwoord: m.wachtwoord, naam });
		await m.rondOm?.voor('import');
		const r = await m.bench('importeer', { wachtwoord: m.wachtwoord, naam });
		await m.rondOm?.na('import');
		if (r.casussen !== m.casussen)
			throw new Error(`import: ${r.casussen} van ${m.casussen} casussen ingelezen`);
		imp.push(r.totaalMs);
		controle.push(r.controleMs);
	}
	await naarLijst(m);
	const groot = m.modus === 'aan' && m.niveau === 100;
	return [
		rij(
			m,
			'export',
			'export van alles',
			'ms',
			exp,
			`${(bytes / 1024 / 1024).toFixed(1)} MB, waarvan lezen en ontsleutelen ${median(lezen).toFixed(0)} ms` +
				(groot ? `; ${budget(median(exp), BUDGET.export)}` : '')
		),
		rij(
			m,
			'import',
			'import met volledige ketencontrole',
			'ms',
			imp,
			`waarvan controle (JSON, schema, ketens, statechart) ${median(controle).toFixed(0)} ms` +
				(groot ? `; ${budget(median(imp), BUDGET.import)}` : '')
		)
	];
};

/** In this order; the step changes come after opening, the appends last (they grow the case). */
export const METINGEN: Meting[] = [casuslijst, casusOpenen, uitwisselen, stapwissel, toevoegen];

// ---------------------------------------------------------------------------------------------
// Seeding and the run

/** The cases of a level: 5 × n cases, 500 × n entries, one measurement case with 2 % of them. */
export function casussenVoor(niveau: Niveau): CasusOpdracht[] {
	const aantal = 5 * niveau;
	const regels = 500 * niveau;
	const groot = Math.max(10, Math.round(regels * 0.02));
	const rest = regels - groot;
	const gemiddeld = rest / (aantal - 1);
	const casussen: CasusOpdracht[] = [
		{
			// A UUID, as the app makes them: an import accepts no other case id.
			id: MEETCASUS_ID,
			pseudoniem: 'MEET',
			leeftijd: 10,
			variant: 'school',
			lengte: groot,
			eindigOp: 'stap4.vraag1'
		}
	];
	let over = rest;
	for (let i = 1; i < aantal; i++) {
		// 50–150 % of the average, the last case takes what is left, so the total is exact.
		const lengte =
			i === aantal - 1 ? over : Math.max(1, Math.round(gemiddeld * (0.5 + ((i * 37) % 100) / 100)));
		over -= lengte;
		casussen.push({
			// A UUID, as the app makes them (an import refuses any other id).
			id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
			pseudoniem: `C${String(i).padStart(3, '0')}`,
			leeftijd: 4 + (i % 14),
			variant: i % 4 === 0 ? 'basismodel' : 'school',
			lengte
		});
	}
	return casussen;
}

export interface SchaalResultaat {
	results: Result[];
	zaaien: { niveau: Niveau; modus: Modus; tijden: Zaaitijden }[];
	problemen: string[];
}

export async function eenNiveau(
	executablePath: string,
	url: string,
	bundel: string,
	niveau: Niveau,
	modus: Modus,
	metingen: Meting[]
): Promise<{ results: Result[]; zaaien: Zaaitijden; fouten: string[] }> {
	const profiel = mkdtempSync(join(tmpdir(), 'meldcodewijzer-schaal-'));
	let context: BrowserContext | undefined;
	const fouten: string[] = [];
	try {
		// A profile on disk: IndexedDB as a user's browser keeps it (an incognito context keeps it in memory).
		context = await chromium.launchPersistentContext(profiel, {
			executablePath,
			args: BROWSER_ARGS,
			headless: true,
			locale: 'nl-NL'
		});
		const page = context.pages()[0] ?? (await context.newPage());
		page.on('pageerror', (e) => fouten.push(`pagina: ${e.message}`));
		page.on('console', (b) => {
			if (b.type() === 'error') fouten.push(`console: ${b.text()}`);
		});
		page.setDefaultTimeout(60_000);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const wachtwoord = modus === 'aan' ? WACHTWOORD : null;
		const bench: Meetcontext['bench'] = async (naam, arg) => {
			if (!(await page.evaluate(`'__bench' in window`))) await page.evaluate(bundel);
			return page.evaluate(`window.__bench.${naam}(${JSON.stringify(arg)})`) as never;
		};

		await page.goto(url, { waitUntil: 'load' });
		const opdracht = casussenVoor(niveau);
		const zaaien = await bench('zaai', { casussen: opdracht, wachtwoord, zaad: niveau });

		await page.goto(new URL('casussen/', url).href, { waitUntil: 'load' });
		if (modus === 'aan') {
			await page.getByLabel('Wachtwoord', { exact: true }).fill(WACHTWOORD);
			await page.getByRole('button', { name: 'Ontgrendelen' }).click();
		}
		const m: Meetcontext = {
			page,
			cdp,
			niveau,
			modus,
			wachtwoord,
			meetcasus: { id: MEETCASUS_ID, pseudoniem: 'MEET', regels: zaaien.lengtes[0]! },
			casussen: opdracht.length,
			regels: zaaien.regels,
			bench
		};
		await page.getByText(`${m.casussen} van ${m.casussen} casussen`).waitFor();
		const results: Result[] = [];
		for (const meting of metingen) results.push(...(await meting(m)));
		return { results, zaaien, fouten };
	} finally {
		await context?.close();
		rmSync(profiel, { recursive: true, force: true });
	}
}

/** Growth of a figure from 1× to 10× and 100× (same modus), in words. */
function groeiRijen(results: Result[]): Result[] {
	const rows: Result[] = [];
	const per = new Map<string, Map<number, number>>();
	for (const r of results) {
		const m = /^schaal\.(.+)\.(\d+)x\.(\w+)$/.exec(r.id);
		if (!m) continue;
		const sleutel = `${m[1]}.${m[3]}`;
		if (!per.has(sleutel)) per.set(sleutel, new Map());
		per.get(sleutel)!.set(Number(m[2]), r.median);
	}
	for (const [sleutel, waarden] of per) {
		const een = waarden.get(1);
		if (!een) continue;
		const [naam, modus] = sleutel.split('.') as [string, string];
		const delen = [10, 100]
			.filter((n) => waarden.has(n))
			.map((n) => `${n}×: ${(waarden.get(n)! / een).toFixed(1)}×`);
		if (delen.length === 0) continue;
		const factor = waarden.get(100) ?? waarden.get(10)!;
		rows.push(
			summarise(
				`schaal.${naam}.groei.${modus}`,
				`groei ${naam}${modus === 'onversleuteld' ? ' (onversleuteld)' : ''}`,
				'×',
				[factor / een],
				`t.o.v. 1×: ${delen.join(', ')} (de data groeit 10× en 100×)`
			)
		);
	}
	return rows;
}

/** Encryption's cost: encrypted / unencrypted, per figure and level. */
function versleutelingRijen(results: Result[]): Result[] {
	const rows: Result[] = [];
	for (const r of results) {
		const m = /^schaal\.(.+)\.(\d+)x\.versleuteld$/.exec(r.id);
		if (!m) continue;
		const uit = results.find((x) => x.id === `schaal.${m[1]}.${m[2]}x.onversleuteld`);
		if (!uit || uit.median === 0) continue;
		rows.push(
			summarise(
				`schaal.${m[1]}.${m[2]}x.versleuteling`,
				`versleuteling: ${m[1]} (${m[2]}×)`,
				'×',
				[r.median / uit.median],
				`${r.median} / ${uit.median} ${r.unit}`
			)
		);
	}
	return rows;
}

export async function schaalBenchmarks(
	executablePath: string,
	url: string,
	bundel: string,
	{
		niveaus = NIVEAUS as readonly Niveau[],
		metingen = METINGEN,
		onversleuteldOveral = false
	}: { niveaus?: readonly Niveau[]; metingen?: Meting[]; onversleuteldOveral?: boolean } = {}
): Promise<SchaalResultaat> {
	const results: Result[] = [];
	const zaaien: SchaalResultaat['zaaien'] = [];
	const problemen: string[] = [];
	// Without encryption only at the largest level (for the ratio that shows encryption's cost),
	// unless asked for at every level (`--alleen uitwisseling`, where a level is cheap).
	const grootste = Math.max(...niveaus);
	for (const niveau of niveaus) {
		const beide = onversleuteldOveral || niveau === grootste;
		for (const modus of beide ? (['aan', 'uit'] as const) : (['aan'] as const)) {
			console.error(`schaal ${niveau}× (${modus === 'aan' ? 'versleuteld' : 'onversleuteld'}) …`);
			const r = await eenNiveau(executablePath, url, bundel, niveau, modus, metingen);
			results.push(...r.results);
			zaaien.push({ niveau, modus, tijden: r.zaaien });
			problemen.push(...r.fouten.map((f) => `schaal ${niveau}× ${modus}: ${f}`));
		}
	}
	for (const z of zaaien) {
		const t = z.tijden;
		results.push(
			summarise(
				`schaal.zaaien.${z.niveau}x.${z.modus === 'aan' ? 'versleuteld' : 'onversleuteld'}`,
				`zaaien ${t.regels.toLocaleString('nl-NL')} regels (${z.niveau}×${z.modus === 'uit' ? ', onversleuteld' : ''})`,
				'ms',
				[t.totaalMs],
				`openen + wachtwoord ${t.sleutelMs.toFixed(0)}, reizen ${t.wandelenMs.toFixed(0)}, hashen ${t.hashenMs.toFixed(0)}, schrijven ${t.schrijvenMs.toFixed(0)}, verdichten ${t.verdichtenMs.toFixed(0)} ms`
			)
		);
	}
	results.push(...versleutelingRijen(results), ...groeiRijen(results));
	return { results, zaaien, problemen };
}

export const SCHAAL_LEGENDA = [
	'schaal: 1× = 5 casussen / 500 regels, 10× = 50 / 5.000, 100× = 500 / 50.000, in IndexedDB van een Chromium-profiel op schijf',
	'  geschreven door de eigen code van de app (DossierDB met versleuteling, metHash, samenvatting), daarna per casus verdicht',
	'  (verdicht: elke 256 losse regels één verzegeld blok, zoals de app na elke 256e regel doet); geldige reizen door de',
	'  statechart (gewogen willekeurige wandeling met de voorbeeld-events, elk event door stap() geaccepteerd)',
	'  versleuteld = wachtwoord ingesteld (PBKDF2 600.000, AES-256-GCM per record); onversleuteld = "verder zonder wachtwoord",',
	'  alleen op het grootste niveau gemeten, voor de verhouding (versleuteling: versleuteld / onversleuteld)',
	'meetcasus: 2 % van de regels (10 / 100 / 1.000), eindigt bij afweging 1; bij 100× de grootste casus',
	'casuslijst: klik op "Casussen" in het menu (vanaf de startpagina) → "N van N casussen" en de lijst in de DOM en opgemaakt',
	'openen: klik op de casus in de lijst → de vraag (h2) opgemaakt; + ketencontrole: tot "de keten klopt" (alle hashes)',
	'stapwissel: klik op "Antwoord vastleggen" (afweging 1 → 2 → 3 → 4) → kop van de volgende vraag opgemaakt;',
	'  omvat het wegschrijven (eerst bewaren, dan verder) en het tekenen',
	'beslissing toevoegen: voegBeslissingToe op de meetcasus, één voor één, in de pagina; mediaan (p95 in de opmerking)',
	'groei: mediaan bij 10× en 100× gedeeld door die bij 1× (versleuteld)'
];
