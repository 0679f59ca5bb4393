/**
 * What a revision (herzien, machines/herzien.ts) did to an answer, in one Dutch sentence: the
 * history on the case page and the report say the same words.
 */
import type { Intrekking } from '$lib/dossier/verloop';
import { afwegingsvraag } from '$machines/afwegingskader';
import { tijdTekst } from './tijd';
import { wie } from './wie';

/** "afweging 2 (veiligheid)" or "het overgeslagen gesprek (stap 3)". */
export function herzieneVraag(vraag: Intrekking['vraag']): string {
	return vraag === 'gesprek'
		? 'het overgeslagen gesprek (stap 3)'
		: `afweging ${vraag} (${afwegingsvraag(vraag).titel.toLowerCase()})`;
}

export function intrekkingTekst(i: Intrekking): string {
	const wanneer = tijdTekst(i.at);
	const reden = i.reden.trim().replace(/[.!?]?$/, '.');
	return i.soort === 'herzien'
		? `Herzien op ${wanneer} door ${wie(i.door)}, omdat: ${reden} Dit antwoord telt niet meer en blijft in het logboek staan.`
		: `Vervallen op ${wanneer}: ${herzieneVraag(i.vraag)} werd toen herzien door ${wie(i.door)}, omdat: ${reden} Dit antwoord kwam daarna en telt ook niet meer; het blijft in het logboek staan.`;
}
