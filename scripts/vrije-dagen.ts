/**
 * The Dutch days that are not werkdagen, computed at build time from `date-holidays` (a maintained
 * holiday library, data per country, no network) and served to the app as the virtual module
 * `virtual:vrije-dagen`: a sorted list of YYYY-MM-DD dates. Only the dates are bundled (a few
 * KiB); the library itself, with its calendars and time-zone data (about 150 KiB gzip), stays
 * out of the app. Vitest uses the same plugin, so tests count the same days as the app.
 *
 * Which days, and why. "5 werkdagen" (Veilig Thuis' feedback, 004 · Bijlage 6) is a term in
 * days, and the usual Dutch reference for what a werkdag is, is the Algemene termijnenwet: a term
 * does not end on a Saturday, a Sunday or an "algemeen erkende feestdag" (art. 1 and 3), which
 * are Nieuwjaarsdag, tweede paas- en pinksterdag, beide kerstdagen, Hemelvaartsdag, the day the
 * King's birthday is celebrated (Koningsdag) and 5 mei; Goede Vrijdag is equated with them by
 * decree (art. 3, third paragraph). The library marks the days for NL as:
 *   - `public`: Nieuwjaar, Pasen, tweede paasdag, Koningsdag (26 April when the 27th is a
 *     Sunday; before 2014 Koninginnedag), Hemelvaartsdag, Pinksteren, tweede pinksterdag, eerste
 *     en tweede kerstdag: all in the termijnenwet (or on a Sunday);
 *   - `school`: Goede Vrijdag and Bevrijdingsdag (5 mei), because not every employer gives them
 *     off; the termijnenwet counts both, so they are taken by their rule, deliberately;
 *   - `bank` (Oudejaarsdag) and `observance` (Dodenherdenking, Prinsjesdag, Sinterklaas, ...):
 *     ordinary werkdagen, left out.
 * Regional days (Gronings Ontzet, Leidens Ontzet, ...) are observances too and not asked for.
 */
import Holidays from 'date-holidays';
import type { Plugin } from 'vite';

/** The years computed: a date outside them counts weekends only (see `werkdagen.ts`). */
export const VAN = 2000;
export const TOT = 2099;

/** The library's rules for the two `school` days the termijnenwet counts. */
const OOK_VRIJ = new Set(['easter -2', '05-05']);

export interface VrijeDagen {
	van: number;
	tot: number;
	dagen: string[];
}

export function vrijeDagen(van = VAN, tot = TOT): VrijeDagen {
	const nl = new Holidays('NL');
	const dagen: string[] = [];
	for (let jaar = van; jaar <= tot; jaar++)
		for (const dag of nl.getHolidays(jaar))
			if (dag.type === 'public' || OOK_VRIJ.has(dag.rule)) dagen.push(dag.date.slice(0, 10));
	return { van, tot, dagen: [...new Set(dagen)].sort() };
}

const ID = 'virtual:vrije-dagen';

/** The Vite plugin that serves `virtual:vrije-dagen` (computed once per process, about 1 s). */
export function vrijeDagenPlugin(): Plugin {
	let bron: string | undefined;
	return {
		name: 'vrije-dagen',
		resolveId: (id) => (id === ID ? '\0' + ID : undefined),
		load: (id) =>
			id === '\0' + ID ? (bron ??= `export default ${JSON.stringify(vrijeDagen())};`) : undefined
	};
}
