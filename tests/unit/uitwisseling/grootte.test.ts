import { expect, it } from 'vitest';
import { utf8Bytes } from '$lib/uitwisseling/lezen';

it('telt de grootte in UTF-8 zoals een Blob, zonder de tekst te coderen', () => {
	for (const t of ['', 'abc', 'ëü', '€ en ✓', '😀 en 👩‍👩‍👧', 'x'.repeat(1000) + 'é'])
		expect(utf8Bytes(t)).toBe(new Blob([t]).size);
});
