/**
 * The prerendered pages, as they leave the build, held to the proofreading rules of
 * tests/tekst/tekstfouten.ts (what the browser adds later is checked by `expectAccessible`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { htmlTekst, paginafouten } from '../tekst/tekstfouten';

function paginas(map: string): string[] {
	return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? e.name === '_app'
				? []
				: paginas(join(map, e.name))
			: e.name.endsWith('.html')
				? [join(map, e.name)]
				: []
	);
}

test('geen taalslordigheden in de vooraf gerenderde pagina’s', () => {
	const lijst = paginas('build');
	expect(lijst.length).toBeGreaterThan(10);
	const fouten = lijst.flatMap((p) =>
		paginafouten(htmlTekst(readFileSync(p, 'utf8'))).map((f) => `${p}: ${f.regel}: ${f.waar}`)
	);
	expect(fouten).toEqual([]);
});
