/**
 * `npx tsx bench/voor-na.ts [commit] [--start] [--stap]`: the two budgets of the performance
 * issue that a change is meant to move, before (a commit, default `main`) and after (the
 * working tree), in one run on this machine, so their ratio is not the noise between two runs
 * on a shared machine.
 *
 * - cold start on slow 4G with the CPU 4× slower, to interactive (as `npm run bench`), the two
 *   builds loaded in turn: before, after, before, after, …;
 * - the step change in the 1,000-entry case of the 100× dossier, encrypted (as `npm run bench`),
 *   before, after, and before again (the second "before" shows how far the machine drifted).
 *
 * Without --start or --stap both are measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../tests/e2e/browser.js';
import { laadtijden, zorgVoorBuild } from './firstload.js';
import { eenNiveau, stapwissel } from './schaal.js';
import { startPreview, stop } from './server.js';
import { formatTable, summarise, type Result } from './stats.js';
import { bundel } from './zaaien/bundel.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const commit = args.find((a) => !a.startsWith('--')) ?? 'main';
const beide = !args.includes('--start') && !args.includes('--stap');
const RONDES = 3;

const executablePath = findBrowser();
if (!executablePath) throw new Error('geen Chromium gevonden (CHROME_PATH of /usr/bin/chromium)');

const git = (...a: string[]) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
const voorRoot = mkdtempSync(join(tmpdir(), 'meldcodewijzer-voor-'));
const naam = { voor: `voor (${git('rev-parse', '--short', commit)})`, na: 'na (werkmap)' };
const results: Result[] = [];
try {
	git('archive', '--output', `${voorRoot}.tar`, commit);
	execFileSync('tar', ['-xf', `${voorRoot}.tar`, '-C', voorRoot]);
	rmSync(`${voorRoot}.tar`);
	symlinkSync(join(ROOT, 'node_modules'), join(voorRoot, 'node_modules'), 'dir');
	await zorgVoorBuild(voorRoot, true);
	await zorgVoorBuild(ROOT, true);
	const voor = await startPreview(voorRoot);
	const na = await startPreview(ROOT);
	try {
		if (beide || args.includes('--start')) {
			const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
			const waarden = { voor: [] as number[], na: [] as number[] };
			try {
				// In turn, so a busy moment of the machine falls on both.
				for (let i = 0; i < RONDES; i++) {
					for (const kant of ['voor', 'na'] as const) {
						const r = await laadtijden(browser, kant === 'voor' ? voor.url : na.url, true);
						const interactief = r.find((x) => x.id === 'firstload.slow4g.interactief')!;
						waarden[kant].push(interactief.median);
					}
				}
			} finally {
				await browser.close();
			}
			for (const kant of ['voor', 'na'] as const)
				results.push(
					summarise(
						`voor-na.koude-start.${kant}`,
						`koude start traag 4G, interactief: ${naam[kant]}`,
						'ms',
						waarden[kant],
						`mediaan van ${RONDES} medianen van 5 laadbeurten; budget 1000 ms`
					)
				);
		}
		if (beide || args.includes('--stap')) {
			const code = await bundel();
			for (const [kant, url] of [
				['voor', voor.url],
				['na', na.url],
				['voor', voor.url]
			] as const) {
				console.error(`stapwissel 100× ${naam[kant]} …`);
				const r = await eenNiveau(executablePath, url, code, 100, 'aan', [stapwissel]);
				for (const f of r.fouten) console.error(`! ${f}`);
				const rij = r.results[0]!;
				results.push({
					...rij,
					id: `voor-na.stapwissel.${kant}`,
					label: `stapwissel 100×: ${naam[kant]}`
				});
			}
		}
	} finally {
		await stop(voor.proces);
		await stop(na.proces);
	}
} finally {
	rmSync(voorRoot, { recursive: true, force: true });
}
console.log(`\n${formatTable(results)}`);
