import type { Bron } from '$machines/sources';

/**
 * A machine source reference for people: "004 · Stap 4 · afweging 2" becomes
 * "meldcode, stap 4, afweging 2", the way the content's references read.
 */
export function bronLabel(bron: Bron): string {
	const [doc, ...delen] = bron.split(' · ');
	const naam = doc === '004' ? 'meldcode' : doc;
	return [naam, ...delen.map((d) => d.charAt(0).toLowerCase() + d.slice(1))].join(', ');
}
