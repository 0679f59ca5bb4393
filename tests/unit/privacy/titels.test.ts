/**
 * Page titles never carry case data: a title stays as the tab's name after the app locks, and the
 * browser writes it, readable, into its history and top-sites files. Every `<title>` in the
 * routes and components is read from the source; an interpolated `{…}` may only be one of the
 * few expressions known to hold app content (a questionnaire's own name), and `document.title`
 * is only ever set to a fixed text or put back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WORTEL = join(__dirname, '../../..');
const MAPPEN = ['src/routes', 'src/lib'];
/** Expressions that are app content, never case content. */
const TOEGESTAAN = new Set(['lijst.titel']);

function bestanden(map: string): string[] {
	return readdirSync(join(WORTEL, map), { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(svelte|ts)$/.test(e.name))
		.map((e) => relative(WORTEL, join(e.parentPath, e.name)));
}

const bronnen = MAPPEN.flatMap(bestanden).map((pad) => ({
	pad,
	tekst: readFileSync(join(WORTEL, pad), 'utf8')
}));

/** The `{…}` expressions inside every <title> of a file. */
function titelExpressies(tekst: string): string[] {
	const uit: string[] = [];
	for (const [, inhoud] of tekst.matchAll(/<title>([\s\S]*?)<\/title>/g))
		for (const [, expr] of inhoud!.matchAll(/\{([^}]*)\}/g)) uit.push(expr!.trim());
	return uit;
}

describe('paginatitels', () => {
	it('de controle ziet een titel met casusgegevens (de oude rapporttitel)', () => {
		const oud =
			"<title>{rapport ? `Rapport casus ${rapport.pseudoniem} · ` : 'Rapport · '}Meldcodewijzer</title>";
		expect(titelExpressies(oud).filter((e) => !TOEGESTAAN.has(e))).toHaveLength(1);
	});

	it('er zijn titels om te controleren', () => {
		expect(bronnen.filter((b) => b.tekst.includes('<title>')).length).toBeGreaterThan(8);
	});

	it.each(bronnen.filter((b) => b.tekst.includes('<title>')).map((b) => [b.pad, b.tekst]))(
		'%s: geen casusgegevens in <title>',
		(_, tekst) => {
			expect(titelExpressies(tekst).filter((e) => !TOEGESTAAN.has(e))).toEqual([]);
		}
	);

	it('document.title krijgt alleen een vaste tekst, of de vorige terug', () => {
		const toewijzingen = bronnen.flatMap((b) =>
			[...b.tekst.matchAll(/document\.title\s*=\s*([^;\n]+)/g)].map((m) => `${b.pad}: ${m[1]}`)
		);
		expect(toewijzingen.length).toBeGreaterThan(0);
		for (const t of toewijzingen) expect(t).toMatch(/: ('[^'$]*'|titel)$/);
	});
});
