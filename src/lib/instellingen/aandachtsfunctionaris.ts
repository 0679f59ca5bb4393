/**
 * Who the aandachtsfunctionaris is, as the settings say, for sentences like "Bij jullie is dat
 * …": "A. Bakker (regisseur veiligheid)", "A. Bakker", "de regisseur veiligheid". Null while the settings hold only the default role and no name: then the sentence would
 * say "de aandachtsfunctionaris is: aandachtsfunctionaris", so the screen says instead that it
 * is not set yet, and where to set it.
 */
import { STANDAARD, type InstellingenWaarden } from './instellingen.svelte';

export function aandachtsfunctionaris(
	w: Pick<InstellingenWaarden, 'aandachtsfunctionarisRol' | 'aandachtsfunctionarisNaam'>
): string | null {
	const rol = w.aandachtsfunctionarisRol.trim() || STANDAARD.aandachtsfunctionarisRol;
	const naam = w.aandachtsfunctionarisNaam.trim();
	const eigenRol = rol.toLocaleLowerCase('nl') !== STANDAARD.aandachtsfunctionarisRol;
	if (naam) return eigenRol ? `${naam} (${rol})` : naam;
	return eigenRol ? `de ${rol}` : null;
}

/** What the screen says when it is not set. */
export const NIET_INGESTELD =
	'Wie bij jullie de aandachtsfunctionaris is, staat nog niet in de instellingen.';
