/**
 * Reads list items straight from the source text of the meldcode (seed 004), so the tests can
 * compare the app's content with what the source really says.
 *
 * The seed is plain text extracted from a PDF: bullets are a letter "o" (Bijlage 2 and 3) or "•"
 * (Bijlage 1), a wrapped item continues on a later line (often after an empty line), and a page
 * break can add a leading space. A continuation line starts with a lower-case letter, a bracket or
 * a quote; any other line ends the current item (a heading, a definition, a source line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, it } from 'vitest';
import path from 'node:path';

export const SEED_004_PATH = path.resolve(
	__dirname,
	'../../../../shared/seeds/004_41a3274d7eb25435.txt'
);

export interface BronItem {
	/** The last heading seen before the item, as it stands in the source. */
	kop: string | null;
	/** The item's text, lines joined and whitespace normalised. */
	tekst: string;
}

/** Collapses whitespace (also non-breaking spaces) and trims, as the `bron` fields are written. */
export function normaliseer(tekst: string): string {
	return tekst.replace(/\s+/g, ' ').trim();
}

/**
 * Why seed 004 cannot be read, in Dutch and English, or null when it is there. The seeds are not
 * in this repository but in `../shared/seeds` beside the checkout (CI puts them there).
 */
export const SEED_004_ONTBREEKT: string | null = existsSync(SEED_004_PATH)
	? null
	: `De brontekst van de meldcode (seed 004) ontbreekt: ${SEED_004_PATH}. ` +
		'Zet de map shared/ (met seeds/) naast deze checkout, zoals in CI. ' +
		'The meldcode source text is missing: put shared/ with seeds/ beside this checkout.';

const VIND_SEED = 'finds the meldcode source text (seed 004) in ../shared/seeds';

/**
 * For a test file that reads seed 004: without it, the file still loads, one test fails with
 * the message above (what is missing and where to put it), and every other test of the file is
 * skipped instead of failing on an empty text. Call it at the top of the file.
 */
export function vereistSeed004(): void {
	it(VIND_SEED, () => {
		if (SEED_004_ONTBREEKT) throw new Error(SEED_004_ONTBREEKT);
	});
	beforeEach((context) => {
		if (SEED_004_ONTBREEKT && context.task.name !== VIND_SEED)
			context.skip('seed 004 ontbreekt / missing');
	});
}

/** The seed's lines; none when it is absent (see `vereistSeed004`). */
export function leesSeed004(): string[] {
	if (SEED_004_ONTBREEKT) return [];
	return readFileSync(SEED_004_PATH, 'utf8').split(/\r?\n/);
}

/** The lines strictly between the first line matching `van` and the next one matching `tot`. */
export function sectie(regels: readonly string[], van: RegExp, tot: RegExp): string[] {
	// Without the seed there is nothing to find; vereistSeed004 says why.
	if (regels.length === 0) return [];
	const begin = regels.findIndex((r) => van.test(r));
	if (begin < 0) throw new Error(`Begin van sectie niet gevonden: ${van}`);
	const eindRelatief = regels.slice(begin + 1).findIndex((r) => tot.test(r));
	if (eindRelatief < 0) throw new Error(`Einde van sectie niet gevonden: ${tot}`);
	return regels.slice(begin + 1, begin + 1 + eindRelatief);
}

const VERVOLGREGEL = /^[\p{Ll}(["'‘“]/u;

export interface ExtractieOpties {
	/** Matches the start of an item; the item's text is what follows the match. */
	bullet: RegExp;
	/** Which non-item lines are headings that start a new group (others only end an item). */
	isKop: (regel: string) => boolean;
}

export function extraheerItems(regels: readonly string[], opties: ExtractieOpties): BronItem[] {
	const items: BronItem[] = [];
	let kop: string | null = null;
	let huidig: { kop: string | null; delen: string[] } | null = null;

	const sluit = () => {
		if (huidig) items.push({ kop: huidig.kop, tekst: voegSamen(huidig.delen) });
		huidig = null;
	};

	for (const ruw of regels) {
		const regel = ruw.replace(/\u00a0/g, ' ').trim();
		if (regel === '') continue;
		const bullet = opties.bullet.exec(regel);
		if (bullet) {
			sluit();
			huidig = { kop, delen: [regel.slice(bullet[0].length)] };
		} else if (huidig && VERVOLGREGEL.test(regel)) {
			huidig.delen.push(regel);
		} else {
			sluit();
			if (opties.isKop(regel)) kop = regel;
		}
	}
	sluit();
	return items;
}

/** Joins wrapped lines; a line ending in a hyphen glued to a word ("(ex)-") joins without a space. */
function voegSamen(delen: readonly string[]): string {
	let tekst = '';
	for (const deel of delen) {
		const schoon = deel.trim();
		if (tekst === '') tekst = schoon;
		else if (/\S-$/.test(tekst)) tekst += schoon;
		else tekst += ` ${schoon}`;
	}
	return normaliseer(tekst);
}

/** Bijlage 2 (4-12) or Bijlage 3 (12-18): items with the heading they stand under. */
export function signaleringslijstUitBron(bijlage: 2 | 3): BronItem[] {
	const regels = leesSeed004();
	const van = new RegExp(`^\\s*Bijlage ${bijlage}: Signaleringslijst`);
	const tot = new RegExp(`^\\s*Bijlage ${bijlage + 1}:`);
	return extraheerItems(sectie(regels, van, tot), {
		bullet: /^o\s+/,
		isKop: (regel) => !/^Bron\b/.test(regel)
	});
}

/** Bijlage 1: the examples, with the situation (acute, structurele onveiligheid) they belong to. */
export function voorbeeldenBijlage1UitBron(): BronItem[] {
	const regels = leesSeed004();
	return extraheerItems(sectie(regels, /^\s*Bijlage 1:/, /^\s*Bijlage 2:/), {
		bullet: /^(?:Voorbeelden\s+)?•\s+/,
		isKop: (regel) => /^(Acute Onveiligheid|Structurele Onveiligheid|Disclosure)$/.test(regel)
	});
}
