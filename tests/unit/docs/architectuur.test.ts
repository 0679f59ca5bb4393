/**
 * Keeps docs/architectuur.md and docs/woordenlijst.md true when code moves: every folder of
 * machines/, src/lib/ and src/routes/ is named in the architecture's table, and every path either
 * document names exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WORTEL = join(__dirname, '../../..');
const lees = (pad: string) => readFileSync(join(WORTEL, pad), 'utf8');
const mappen = (pad: string) =>
	readdirSync(join(WORTEL, pad), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => `${pad}/${d.name}`);

/** Paths in backticks that start at a top-level folder of the project. */
function genoemdePaden(tekst: string): string[] {
	return [...tekst.matchAll(/`((?:machines|src|tests|bench|docs|scripts)\/[^`*\s]*)`/g)].map((m) =>
		m[1]!.replace(/\/$/, '')
	);
}

describe.each(['docs/architectuur.md', 'docs/woordenlijst.md'])('%s', (doc) => {
	it('names only paths that exist', () => {
		const paden = genoemdePaden(lees(doc));
		expect(paden.length).toBeGreaterThan(10);
		expect(paden.filter((p) => !existsSync(join(WORTEL, p)))).toEqual([]);
	});
});

it('the architecture names every folder under src/lib and the machines', () => {
	const tekst = lees('docs/architectuur.md');
	const genoemd = new Set(genoemdePaden(tekst));
	const ontbreekt = ['machines', ...mappen('src/lib')].filter((m) => !genoemd.has(m));
	expect(ontbreekt).toEqual([]);
	expect(genoemd.has('src/routes')).toBe(true);
});
