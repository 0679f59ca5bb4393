/**
 * mulberry32: a tiny seeded PRNG shared by every test that draws random journeys, files or crash
 * moments, so a failure names its seed and the same run can be repeated from it.
 */
export function prng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
