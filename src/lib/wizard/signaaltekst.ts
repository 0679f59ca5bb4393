/**
 * The ticked signals of a stap-1 entry in their own list's words, for the report, the note and
 * the case history alike. An old entry's bare id is shared by both lists (often worded
 * differently), so it is read in the list the entry names or, lacking that, the case's age.
 */
import { signaalVoor } from '$lib/content/signaleringslijsten';
import type { Stap1Gegevens } from '$lib/logboek/logboek';

export function signaalTeksten(g: Stap1Gegevens, leeftijd: number): string[] {
	return (Array.isArray(g.signalen) ? g.signalen : []).map((s) => {
		const label = signaalVoor(String(s.id), { lijst: g.lijst, leeftijd })?.label ?? String(s.id);
		return s.notitie ? `${label} (${s.notitie})` : label;
	});
}
