import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashVan, kanoniek, type ZonderHash } from '$lib/dossier/keten';

/**
 * The hash chain's canonical form is written by `kanoniek` (fast, synchronous) since the import
 * checks 50,000 entries; every existing hash was made with the `canonicalize` package, so the two
 * must agree byte for byte on everything an entry can hold.
 */
const fixture = JSON.parse(
	readFileSync(new URL('../../fixtures/uitwisseling/v1-casus.json', import.meta.url), 'utf8')
) as { casussen: { logboek: object[] }[] };

const lastig: unknown[] = [
	{ b: 1, a: 2, '10': 'x', '9': 'y', '': 0, é: 1, e: 2, Z: 3, z: 4 },
	{ getal: [0, -0, 1e21, 1e-7, 0.1 + 0.2, -5.5, 123456789012345680000, 2 ** 53] },
	{ tekst: 'aanhalingstekens " en \\ en \n\t\u0001 en \u2028 en 😀 en ü' },
	{ leeg: {}, lijst: [], weg: undefined, nul: null, waar: true, onwaar: false },
	{ lijst: [undefined, 1, { b: [{ d: 1, c: 2 }] }] },
	{ diep: { c: { b: { a: [1, { z: 1, y: 2 }] } } } },
	{ '\ud83d\ude00': 1, '\u00e9': 2, a: 3 },
	'los',
	42,
	null
];

describe('kanoniek (RFC 8785)', () => {
	it('geeft precies wat canonicalize geeft, voor lastige waarden en voor de regels van een echt bestand', () => {
		const regels = fixture.casussen.flatMap((c) => c.logboek);
		expect(regels.length).toBeGreaterThan(0);
		for (const w of [...lastig, ...regels]) expect(kanoniek(w)).toBe(canonicalize(w));
	});

	it('weigert wat canonicalize weigert: NaN, oneindig en losse surrogaten', () => {
		for (const w of [{ a: NaN }, { a: Infinity }, { a: '\ud800' }, { a: 'x\udc00' }, ['\ud83d']]) {
			expect(() => canonicalize(w)).toThrow();
			expect(() => kanoniek(w)).toThrow();
		}
	});

	it('hashVan is SHA-256 over de canonieke tekst, zonder hash en ondertekening', async () => {
		const regels = fixture.casussen.flatMap((c) => c.logboek) as (ZonderHash & {
			hash: string;
		})[];
		for (const r of regels) {
			const { hash, ...inhoud } = r;
			const verwacht = createHash('sha256').update(canonicalize(inhoud)!, 'utf8').digest('hex');
			expect(await hashVan(r)).toBe(verwacht);
			expect(hash).toBe(verwacht);
		}
	});
});

it('volgt toJSON zoals canonicalize (een Date)', () => {
	const w = { op: new Date('2026-11-23T10:00:00.000Z'), b: [new Date(0)] };
	expect(kanoniek(w)).toBe(canonicalize(w));
});
