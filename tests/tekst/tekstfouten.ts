/**
 * Proofreading by rule: the slips that come from gluing texts together (a sentence that ends in a
 * period followed by ". Daarom", a label that ends in "bel" before ": 112", a setting left empty
 * or at its default echoed after its own name, a status repeated by the outcome after it, a
 * sentence repeated as the first bullet below it). Used on the content modules, the prerendered
 * pages and every page the end-to-end tests check for accessibility.
 */

export interface Tekstfout {
	regel: string;
	waar: string;
}

const REGELS: readonly [string, RegExp][] = [
	// Two periods, but not an ellipsis ("..." is three).
	['dubbele punt (..)', /(?<!\.)\.\.(?!\.)/],
	['leesteken na leesteken', /[,;:]\s*[.,;:!?]|[.!?]\s*[,;:]/],
	['dubbele dubbelepunt', /::|:\s*bel\s*:/i],
	['lege haakjes', /\(\s*\)/],
	['technische waarde', /\b(?:undefined|null|NaN)\b|\[object /],
	// "Doorverwezen · Doorverwezen (medewerker)", "aandachtsfunctionaris: aandachtsfunctionaris".
	['label direct herhaald', /(?<![\p{L}])(\p{L}{4,})\s*[·:|-]\s*(?:de |het |een )?\1(?![\p{L}])/iu],
	// "de de", "het het"; "dat dat", "die die" and "je je" are good Dutch.
	['woord dubbel', /(?<![\p{L}])(?!dat\b|die\b|je\b)(\p{L}{2,}) +\1(?![\p{L}])/iu]
];

function normaal(zin: string): string {
	return zin
		.toLocaleLowerCase('nl')
		.replace(/[.;:!?,]+$/u, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every slip in one text; `regels` are its lines (block by block) when it has structure. */
export function tekstfouten(tekst: string): Tekstfout[] {
	const fouten: Tekstfout[] = [];
	for (const [regel, patroon] of REGELS) {
		const m = patroon.exec(tekst);
		if (m)
			fouten.push({
				regel,
				waar: tekst.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)
			});
	}
	return fouten;
}

/**
 * A line that says again what the line just above it said (a summary sentence repeated as its
 * own first bullet): the second, of four words or more, is the first or the first's opening.
 */
export function herhaaldeRegels(regels: readonly string[]): Tekstfout[] {
	const fouten: Tekstfout[] = [];
	for (let i = 1; i < regels.length; i++) {
		const boven = normaal(regels[i - 1]!);
		const onder = normaal(regels[i]!);
		if (onder.split(' ').length < 4) continue;
		if (boven === onder || boven.startsWith(`${onder};`) || boven.startsWith(`${onder},`))
			fouten.push({
				regel: 'zin herhaald in de regel eronder',
				waar: `${regels[i - 1]} | ${regels[i]}`
			});
	}
	return fouten;
}

/** The text of a prerendered page, a line per block: scripts, styles and tags out. */
export function htmlTekst(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(
			/<\/?(p|li|h[1-6]|dt|dd|div|section|header|footer|nav|main|ul|ol|dl|summary|details|legend|label|option|button|a|td|th|tr|br|title)\b[^>]*>/gi,
			'\n'
		)
		.replace(/<[^>]+>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/[ \t]+/g, ' ');
}

/** The visible text of a page as lines, one per block (as `innerText` gives it). */
export function paginafouten(innerText: string): Tekstfout[] {
	// innerText puts a tab between table cells: each cell is a text of its own.
	const regels = innerText
		.split(/[\n\t]/)
		.map((r) => r.trim())
		.filter(Boolean);
	return [...regels.flatMap((r) => tekstfouten(r)), ...herhaaldeRegels(regels)];
}
