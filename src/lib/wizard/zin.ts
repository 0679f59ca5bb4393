/**
 * Gluing texts into sentences without doubling the punctuation: a description that already ends
 * in a period (a reason quoted from the source) gets no second one.
 */
export function alsZin(tekst: string): string {
	const t = tekst.trim();
	return /[.!?…]$/u.test(t) ? t : `${t}.`;
}
