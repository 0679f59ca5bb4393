import { describe, expect, it } from 'vitest';
import { voegSamen } from '../../../deploy/csp-kop.js';

describe('de CSP-header uit de beleiden van de pagina’s', () => {
	it('neemt elke richtlijn één keer, met de bronnen van alle pagina’s, en voegt frame-ancestors toe', () => {
		expect(
			voegSamen([
				"default-src 'self'; script-src 'self' 'sha256-a='; style-src-attr 'unsafe-hashes' 'sha256-s='",
				"default-src 'self'; script-src 'self' 'sha256-b='; img-src 'self' data:"
			])
		).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; " +
				"style-src-attr 'unsafe-hashes' 'sha256-s='; img-src 'self' data:; frame-ancestors 'none'"
		);
	});

	it.each([
		["default-src 'self'; script-src 'self' 'unsafe-inline'", "'unsafe-inline'"],
		["default-src 'self'; script-src 'unsafe-eval'", "'unsafe-eval'"],
		["default-src 'self'; connect-src https://elders.example", 'https://elders.example'],
		["default-src 'self'; img-src *", '*'],
		["default-src 'self'; img-src cdn.example", 'cdn.example']
	])('weigert een te ruim beleid: %s', (beleid, bron) => {
		expect(() => voegSamen([beleid])).toThrow(bron);
	});

	it("eist default-src 'self', en alleen dat", () => {
		expect(() => voegSamen(["script-src 'self'"])).toThrow('default-src');
		expect(() => voegSamen(["default-src 'self' data:"])).toThrow('default-src');
	});
});
