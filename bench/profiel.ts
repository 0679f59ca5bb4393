/**
 * `npx tsx bench/profiel.ts <meting> [niveau] [aan|uit]`: one scale measurement under the CDP
 * CPU profiler, on a freshly seeded dossier, to find where a missed budget goes. Prints the
 * functions with the most self time, with a bit of the (minified) code at each, since the
 * production build has no source maps.
 *
 *   npx tsx bench/profiel.ts casuslijst 100
 *   npx tsx bench/profiel.ts stapwissel 100 aan
 *   npx tsx bench/profiel.ts import 100 aan   (export, import: the whole timed call)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser } from '../tests/e2e/browser.js';
import {
	casuslijst,
	casusOpenen,
	eenNiveau,
	markeerVoorProfiel,
	stapwissel,
	toevoegen,
	uitwisselen,
	type Meting,
	type Modus,
	type Niveau
} from './schaal.js';
import { startPreview, stop } from './server.js';
import { formatTable } from './stats.js';
import { bundel } from './zaaien/bundel.js';

const ROOT = resolve(import.meta.dirname, '..');
const METINGEN: Record<string, Meting> = {
	casuslijst,
	casusOpenen,
	stapwissel,
	toevoegen,
	export: uitwisselen,
	import: uitwisselen
};

interface ProfielKnoop {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/**
 * Self time per function over every timed click of the measurement (the profiler runs only then),
 * or, for `export` and `import`, over every timed call of that name (the whole call).
 */
function geprofileerd(meting: Meting, alleen?: string): Meting {
	return async (m) => {
		const zelf = new Map<string, number>();
		let venster = 0;
		let vensters = 0;
		markeerVoorProfiel(true);
		await m.cdp.send('Profiler.enable');
		await m.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		m.rondOm = {
			voor: async (wat) => {
				if (wat === alleen) await m.cdp.send('Profiler.start');
			},
			na: async (wat) => {
				if (wat !== alleen) return;
				const { profile } = await m.cdp.send('Profiler.stop');
				const knopen = new Map<number, ProfielKnoop>(
					(profile.nodes as ProfielKnoop[]).map((k) => [k.id, k])
				);
				const ouder = new Map<number, ProfielKnoop>();
				for (const k of profile.nodes as (ProfielKnoop & { children?: number[] })[])
					for (const c of k.children ?? []) ouder.set(c, k);
				const deltas = profile.timeDeltas ?? [];
				const samples = profile.samples ?? [];
				// Only between the click and the target laid out: the measured window.
				const isMarkering = (id: number, naam: string) => {
					for (let k: ProfielKnoop | undefined = knopen.get(id); k; k = ouder.get(k.id))
						if (k.callFrame.functionName === naam) return true;
					return false;
				};
				const van = alleen ? -1 : samples.findIndex((id) => isMarkering(id, '__benchKlik'));
				const tot = alleen
					? samples.length
					: samples.findIndex((id, i) => i > van && isMarkering(id, '__benchDomKlaar'));
				if ((!alleen && van < 0) || tot < 0) return;
				venster += deltas.slice(van + 1, tot + 1).reduce((a, b) => a + b, 0) / 1_000;
				vensters += 1;
				samples.forEach((id, i) => {
					if (i <= van || i >= tot) return;
					const f = knopen.get(id)!.callFrame;
					const sleutel = `${f.functionName || '(anoniem)'}\t${f.url}\t${f.lineNumber}\t${f.columnNumber}`;
					zelf.set(sleutel, (zelf.get(sleutel) ?? 0) + (deltas[i + 1] ?? 0) / 1_000);
				});
			}
		};
		const results = await meting(m);
		const totaal = [...zelf.values()].reduce((a, b) => a + b, 0);
		console.log(
			`\nCPU-profiel van ${vensters} gemeten vensters (klik → doel opgemaakt; samen ${venster.toFixed(0)} ms, ` +
				`${totaal.toFixed(0)} ms bemonsterd), meeste eigen tijd:`
		);
		for (const [sleutel, ms] of [...zelf].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
			const [naam, url, regel, kolom] = sleutel.split('\t') as [string, string, string, string];
			const pad = url ? join(ROOT, 'build', new URL(url).pathname) : '';
			let code = '';
			if (pad && existsSync(pad)) {
				const r = readFileSync(pad, 'utf8').split('\n')[Number(regel)] ?? '';
				code = r.slice(Number(kolom), Number(kolom) + 90).replace(/\s+/g, ' ');
			}
			const waar = url ? `${url.split('/').pop()}:${regel}:${kolom}` : '';
			console.log(
				`${ms.toFixed(1).padStart(8)} ms  ${naam.slice(0, 28).padEnd(28)} ${waar.padEnd(30)} ${code}`
			);
		}
		return results;
	};
}

const [naam = 'casuslijst', niveauTekst = '100', modus = 'aan'] = process.argv.slice(2);
const meting = METINGEN[naam];
if (!meting)
	throw new Error(`onbekende meting ${naam}; kies uit ${Object.keys(METINGEN).join(', ')}`);
const { url, proces } = await startPreview(ROOT);
try {
	const r = await eenNiveau(
		findBrowser()!,
		url,
		await bundel(),
		Number(niveauTekst) as Niveau,
		modus as Modus,
		[geprofileerd(meting, naam === 'export' || naam === 'import' ? naam : undefined)]
	);
	console.log(`\n${formatTable(r.results)}`);
	for (const f of r.fouten) console.log(`! ${f}`);
} finally {
	await stop(proces);
}
