/**
 * `npm run bench`: measures the statechart and the first load of the start page, prints a table
 * and writes the figures to bench/results.json.
 *
 *   npm run bench               the working tree; builds when build/ is missing or out of date
 *   npm run bench -- --build    the working tree, always built first
 *   npm run bench -- --head     the last commit, built in a temporary folder (ignores work in
 *                               progress in the checkout; the statechart is always the checkout's)
 *   npm run bench -- --snel     scale only at 1× and 10× (the 100× level takes most of the time);
 *                               prints the table but leaves bench/results.json as it is
 *   npm run bench -- --alleen uitwisseling
 *                               only export of everything and import with full verification, at
 *                               1×, 10× and 100×, encrypted and not at every level (about 3 min);
 *                               builds when build/ is out of date (or with --build), skips the
 *                               statechart and first load, leaves bench/results.json as it is
 *
 * Benchmarks, not tests: no figure makes this fail. When a part cannot be measured at all (e.g.
 * the build fails) the rest is still printed, bench/results.json is left as it was, and the exit
 * code is 1.
 */
import { writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser } from '../tests/e2e/browser.js';
import {
	FIRSTLOAD_LEGENDA,
	firstLoadBenchmarks,
	zorgVoorBuild,
	type FirstLoad
} from './firstload.js';
import {
	NIVEAUS,
	SCHAAL_LEGENDA,
	schaalBenchmarks,
	uitwisselen,
	type SchaalResultaat
} from './schaal.js';
import { startPreview, stop } from './server.js';
import { bundel } from './zaaien/bundel.js';
import { STATECHART_LEGENDA, statechartBenchmarks } from './statechart.js';
import { formatTable, type Result } from './stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const started = performance.now();
const results: Result[] = [];
const problems: string[] = [];
let built: FirstLoad['built'] | undefined;
let startPageFiles: FirstLoad['files'] = [];
let zaaien: SchaalResultaat['zaaien'] = [];
const snel = process.argv.includes('--snel');
const alleen = process.argv[process.argv.indexOf('--alleen') + 1];
const alleenUitwisseling = process.argv.includes('--alleen') && alleen === 'uitwisseling';
if (process.argv.includes('--alleen') && !alleenUitwisseling)
	throw new Error(`--alleen ${alleen ?? ''}: alleen "--alleen uitwisseling" bestaat`);

/** The scale benchmarks, on the same build as the first load. */
async function schaal(root: string): Promise<void> {
	const executablePath = findBrowser();
	if (!executablePath) {
		problems.push('schaal niet gemeten: geen Chromium gevonden');
		return;
	}
	const { url, proces } = await startPreview(root);
	try {
		const s = await schaalBenchmarks(executablePath, url, await bundel(), {
			niveaus: snel ? NIVEAUS.filter((n) => n < 100) : NIVEAUS,
			...(alleenUitwisseling ? { metingen: [uitwisselen], onversleuteldOveral: true } : {})
		});
		results.push(...s.results);
		zaaien = s.zaaien;
		problems.push(...s.problemen);
	} catch (error) {
		problems.push(`schaal niet gemeten: ${error instanceof Error ? error.message : error}`);
		process.exitCode = 1;
	} finally {
		await stop(proces);
	}
}

if (alleenUitwisseling) {
	try {
		await zorgVoorBuild(ROOT, process.argv.includes('--build'));
		await schaal(ROOT);
	} catch (error) {
		problems.push(`uitwisseling niet gemeten: ${error instanceof Error ? error.message : error}`);
		process.exitCode = 1;
	}
} else {
	console.error('statechart …');
	results.push(...statechartBenchmarks());
	console.error('eerste laadbeurt …');
	await eersteLaadbeurt();
}

async function eersteLaadbeurt(): Promise<void> {
	try {
		const firstLoad = await firstLoadBenchmarks({
			build: process.argv.includes('--build'),
			source: process.argv.includes('--head') ? 'head' : 'werkmap',
			daarna: schaal
		});
		results.push(...firstLoad.results);
		built = firstLoad.built;
		startPageFiles = firstLoad.files;
		if (firstLoad.skipped) problems.push(firstLoad.skipped);
	} catch (error) {
		problems.push(
			`eerste laadbeurt niet gemeten: ${error instanceof Error ? error.message : error}`
		);
		process.exitCode = 1;
	}
}

const date = new Date().toISOString();
const cpuList = cpus();
const machine = {
	cores: cpuList.length,
	cpu: cpuList[0]?.model.trim() ?? 'onbekend',
	memoryGiB: Math.round(totalmem() / 2 ** 30),
	os: `${type()} ${release()}`
};

const app = built
	? ` · app: ${built.source === 'head' ? 'commit' : 'werkmap op'} ${built.commit}${built.changes ? ' + wijzigingen' : ''}`
	: '';
console.log(
	`\nBenchmarks ${date.slice(0, 10)} · Node ${process.version} · ${machine.cores} cores${app}\n`
);
console.log(formatTable(results));
console.log('');
for (const line of [...STATECHART_LEGENDA, ...FIRSTLOAD_LEGENDA, ...SCHAAL_LEGENDA])
	console.log(`  ${line}`);
for (const problem of problems) console.log(`\n! ${problem}`);

const seconds = ((performance.now() - started) / 1_000).toFixed(0);
if (process.exitCode) {
	console.log(`\nbench/results.json niet bijgewerkt: niet alles is gemeten (${seconds} s)`);
} else if (snel || alleenUitwisseling) {
	console.log(
		`\nbench/results.json niet bijgewerkt: ${snel ? '--snel' : '--alleen'} meet niet alles (${seconds} s)`
	);
} else {
	const report = {
		date,
		node: process.version,
		machine,
		app: built,
		results,
		startPageFiles,
		// Without the length of every case: the totals are what a reader compares.
		zaaien: zaaien.map((z) => ({
			...z,
			tijden: Object.fromEntries(Object.entries(z.tijden).filter(([k]) => k !== 'lengtes'))
		})),
		problems
	};
	writeFileSync(
		join(import.meta.dirname, 'results.json'),
		JSON.stringify(report, null, '\t') + '\n'
	);
	console.log(`\nGeschreven: bench/results.json (${seconds} s)`);
}
