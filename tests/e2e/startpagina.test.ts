/**
 * What the start page loads before it is interactive (issue 15: cold start on slow 4G with a 4×
 * slower CPU, budget 1 s). It needs neither the dossier (Dexie) nor the statechart (XState), nor
 * the decision form of the acute dialog (only loaded when a case is open), nor date-fns (the
 * acute button's clock is written by hand: src/lib/wizard/klok.ts). Each is recognised by a
 * string that survives minification; every marker is checked to be in the build somewhere, so a
 * marker that stopped matching fails here instead of passing for the wrong reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const BUILD = 'build';

const NIET_OP_DE_STARTPAGINA = {
	'Dexie (het dossier)': 'DatabaseClosedError',
	'XState (de statechart)': 'xstate.init',
	'date-fns': 'unescaped latin alphabet character',
	'het beslisformulier van de acuut-knop': 'Vastleggen en naar de melding',
	'de regels van de beslissingen (meldcode.events)': 'toelichting is verplicht'
};

function alleJs(map: string): string[] {
	return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? alleJs(join(map, e.name)) : e.name.endsWith('.js') ? [join(map, e.name)] : []
	);
}

test('de startpagina wordt interactief zonder dossier, statechart, beslisformulier of date-fns', () => {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const voorgeladen = [
		...new Set(
			[
				...html.matchAll(/<link href="[^"]*?(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g)
			].map((m) => m[1]!)
		)
	];
	expect(voorgeladen.length).toBeGreaterThan(3);
	const startcode = voorgeladen.map((f) => readFileSync(join(BUILD, f), 'utf8'));
	const overal = alleJs(join(BUILD, '_app')).map((f) => readFileSync(f, 'utf8'));

	for (const [wat, teken] of Object.entries(NIET_OP_DE_STARTPAGINA)) {
		expect(
			overal.some((code) => code.includes(teken)),
			`${wat}: het kenmerk "${teken}" staat nergens in de build`
		).toBe(true);
		const waar = voorgeladen.filter((_, i) => startcode[i]!.includes(teken));
		expect(waar, `${wat} zit in wat de startpagina vooraf laadt`).toEqual([]);
	}

	// What is left stays small: the JS it preloads, gzip, within 55 KiB (was 79 KiB before issue 15).
	const kib = startcode.reduce((n, code) => n + gzipSync(code, { level: 9 }).length, 0) / 1024;
	expect(kib).toBeLessThan(55);
});
