/**
 * Bundles bench/zaaien/pagina.ts (the app's own dossier code plus the journey generator) into
 * one script for page.evaluate. esbuild comes with the toolchain; the SvelteKit aliases ($lib,
 * $machines) are resolved here the way svelte.config.js defines them, and `virtual:vrije-dagen`
 * the way the Vite plugin in scripts/vrije-dagen.ts serves it.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { vrijeDagen } from '../../scripts/vrije-dagen.js';

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundel(): Promise<string> {
	const resultaat = await build({
		entryPoints: [resolve(import.meta.dirname, 'pagina.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		target: 'es2022',
		platform: 'browser',
		minify: false,
		logLevel: 'silent',
		plugins: [
			{
				name: 'sveltekit-aliassen',
				setup(b) {
					b.onResolve({ filter: /^\$(lib|machines)\// }, async (args) => {
						const pad = args.path
							.replace(/^\$lib\//, `${ROOT}/src/lib/`)
							.replace(/^\$machines\//, `${ROOT}/machines/`);
						const gevonden = await b.resolve(pad.endsWith('.ts') ? pad : `${pad}.ts`, {
							kind: args.kind,
							resolveDir: ROOT
						});
						return gevonden.errors.length
							? b.resolve(pad, { kind: args.kind, resolveDir: ROOT })
							: gevonden;
					});
					b.onResolve({ filter: /^virtual:vrije-dagen$/ }, () => ({
						path: 'vrije-dagen',
						namespace: 'vrije-dagen'
					}));
					b.onLoad({ filter: /.*/, namespace: 'vrije-dagen' }, () => ({
						contents: `export default ${JSON.stringify(vrijeDagen())};`,
						loader: 'js'
					}));
				}
			}
		]
	});
	return resultaat.outputFiles[0]!.text;
}
