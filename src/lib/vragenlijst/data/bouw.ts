/**
 * Small builders for the questionnaire data, so each question in the data files reads as one
 * line of meaning rather than a block of repeated options. Ids follow the source numbering:
 * question 14a is `v14a`.
 */
import type {
	AantallenVraag,
	KeuzeVraag,
	MeerkeuzeVraag,
	Optie,
	Rij,
	TabelVraag,
	TekstVraag,
	Voorwaarde
} from '../types';

export const JA = 'ja';
export const NEE = 'nee';
export const NOG_ONVOLDOENDE = 'nog-onvoldoende';

export const vraagId = (nummer: string) => `v${nummer}`;

interface Extra {
	uitleg?: string;
	voorwaarde?: Voorwaarde;
	voorwaardeTekst?: string;
}

/** Shown only if `optie` was chosen at question `nummer`, said the way the source says it. */
export function alsGekozen(nummer: string, optie = JA): Extra {
	const woord = optie === JA ? '‘ja’' : optie === NEE ? '‘nee’' : '‘nog onvoldoende’';
	return {
		voorwaarde: { soort: 'gekozen', vraag: vraagId(nummer), optie },
		voorwaardeTekst: `Alleen te beantwoorden als je bij vraag ${nummer} ${woord} koos.`
	};
}

/** Shown only if at least one row of table question `nummer` has `optie`. */
export function alsRijMet(nummer: string, optie: string): Extra {
	const woord = optie === JA ? '‘ja’' : '‘nee’';
	return {
		voorwaarde: { soort: 'rij-met', vraag: vraagId(nummer), optie },
		voorwaardeTekst: `Alleen te beantwoorden als je bij vraag ${nummer} minstens één keer ${woord} koos.`
	};
}

/** Two-option question: `ja` or `nee` (or `nog onvoldoende`), each perhaps asking for an explanation. */
export function jaOf(
	tweede: typeof NEE | typeof NOG_ONVOLDOENDE,
	nummer: string,
	tekst: string,
	toelichting: { ja?: string; anders?: string } = {},
	extra: Extra = {}
): KeuzeVraag {
	const opties: Optie[] = [
		{ id: JA, label: 'Ja', ...(toelichting.ja ? { tekstveld: toelichting.ja } : {}) },
		{
			id: tweede,
			label: tweede === NEE ? 'Nee' : 'Nog onvoldoende',
			...(toelichting.anders ? { tekstveld: toelichting.anders } : {})
		}
	];
	return { id: vraagId(nummer), nummer, tekst, type: 'keuze', opties, ...extra };
}

export function jaNee(
	nummer: string,
	tekst: string,
	toelichting: { ja?: string; anders?: string } = {},
	extra: Extra = {}
): KeuzeVraag {
	return jaOf(NEE, nummer, tekst, toelichting, extra);
}

export function jaOnvoldoende(
	nummer: string,
	tekst: string,
	toelichting: { ja?: string; anders?: string } = {},
	extra: Extra = {}
): KeuzeVraag {
	return jaOf(NOG_ONVOLDOENDE, nummer, tekst, toelichting, extra);
}

export function meerkeuze(
	nummer: string,
	tekst: string,
	opties: readonly Optie[],
	extra: Extra = {}
): MeerkeuzeVraag {
	return { id: vraagId(nummer), nummer, tekst, type: 'meerkeuze', opties, ...extra };
}

export function open(nummer: string, tekst: string, extra: Extra = {}): TekstVraag {
	return { id: vraagId(nummer), nummer, tekst, type: 'tekst', ...extra };
}

export const JA_NEE_OPTIES: readonly Optie[] = [
	{ id: JA, label: 'Ja' },
	{ id: NEE, label: 'Nee' }
];

export function tabel(
	nummer: string,
	tekst: string,
	rijen: readonly Rij[],
	extra: Extra = {}
): TabelVraag {
	return {
		id: vraagId(nummer),
		nummer,
		tekst,
		type: 'tabel',
		rijen,
		opties: JA_NEE_OPTIES,
		...extra
	};
}

export function aantallen(
	nummer: string,
	tekst: string,
	rijen: readonly Rij[],
	kolommen: readonly Rij[],
	extra: Extra = {}
): AantallenVraag {
	return { id: vraagId(nummer), nummer, tekst, type: 'aantallen', rijen, kolommen, ...extra };
}

/** An option with a text field: "Anders, namelijk: …". */
export const ANDERS: Optie = { id: 'anders', label: 'Anders', tekstveld: 'Anders, namelijk' };
export const GETRAIND = (label = 'Professionals zijn hierin getraind'): Optie => ({
	id: 'getraind',
	label
});
export const INSTRUMENTEN = (label: string, tekstveld = 'Zoals'): Optie => ({
	id: 'instrumenten',
	label,
	tekstveld
});

export const WAAR_BLIJKT = 'Waar blijkt dat uit?';
