/**
 * The bestuurssecretaris as the settings name them, for the staff route's texts: "de
 * bestuurssecretaris (A. van der Aa)", or "de bestuurssecretaris" while no name is set. The
 * texts say "de bestuurssecretaris" mid-sentence; `metBestuurssecretaris` fills in the name.
 */
import type { InstellingenWaarden } from './instellingen.svelte';

export const BESTUURSSECRETARIS = 'de bestuurssecretaris';

export function bestuurssecretaris(w: Pick<InstellingenWaarden, 'bestuurssecretaris'>): string {
	const naam = w.bestuurssecretaris.trim();
	return naam ? `${BESTUURSSECRETARIS} (${naam})` : BESTUURSSECRETARIS;
}

/** The text with every "de bestuurssecretaris" naming the person of the settings. */
export function metBestuurssecretaris(
	tekst: string,
	w: Pick<InstellingenWaarden, 'bestuurssecretaris'>
): string {
	return tekst.replaceAll(BESTUURSSECRETARIS, bestuurssecretaris(w));
}
