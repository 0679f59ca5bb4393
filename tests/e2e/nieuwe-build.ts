/**
 * A "new version" of a build, as a deployment would bring it: a copy of `oud` in `nieuw` whose
 * version (version.json and the service worker) is `<versie>-2` and whose every page carries
 * MARKER in its <head>, so a test can see which version a page came from.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MARKER = '<meta name="app-versie" content="2" />';

/** Every .html file under `dir`. */
export function htmlBestanden(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((naam) => naam.endsWith('.html'))
		.map((naam) => join(dir, naam));
}

/** Copies `oud` to `nieuw` as the next version; returns the old version. */
export function maakNieuweVersie(oud: string, nieuw: string): string {
	cpSync(oud, nieuw, { recursive: true });
	const versie = JSON.parse(readFileSync(join(nieuw, '_app/version.json'), 'utf8'))
		.version as string;
	const swPad = join(nieuw, 'service-worker.js');
	const sw = readFileSync(swPad, 'utf8');
	if (!sw.includes(`\`${versie}\``))
		throw new Error(`de service worker in ${oud} noemt versie ${versie} niet`);
	writeFileSync(
		swPad,
		`${sw.replaceAll(`\`${versie}\``, `\`${versie}-2\``)}\n// Nieuwe versie (nieuwe-build.ts)\n`
	);
	writeFileSync(join(nieuw, '_app/version.json'), JSON.stringify({ version: `${versie}-2` }));
	for (const pagina of htmlBestanden(nieuw)) {
		const html = readFileSync(pagina, 'utf8');
		if (!html.includes('<head>')) throw new Error(`geen <head> in ${pagina}`);
		writeFileSync(pagina, html.replace('<head>', `<head>\n\t\t${MARKER}`));
	}
	return versie;
}
