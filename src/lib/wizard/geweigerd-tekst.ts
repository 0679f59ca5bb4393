/**
 * One policy for an entry the statechart does not accept on replay (issue 14, one log core):
 * it is never skipped silently and never a reason to fail. Such an entry can only come from a log
 * recorded under other rules (a later version, or one before a rule was tightened: a local write
 * and an import both refuse it today). Every view of a case that replays its log shows the same
 * sentence; the entry itself stays in the log and in the history as it was recorded.
 */
export function geweigerdTekst(volgnummers: readonly number[]): string | null {
	if (volgnummers.length === 0) return null;
	const welke =
		volgnummers.length === 1
			? `regel ${volgnummers[0]} past`
			: `de regels ${volgnummers.slice(0, -1).join(', ')} en ${volgnummers.at(-1)} passen`;
	return `Let op: ${welke} niet in het stappenplan zoals deze versie van de app het kent. ${volgnummers.length === 1 ? 'Die regel telt' : 'Die regels tellen'} niet mee voor de stap waar de casus nu staat, en ${volgnummers.length === 1 ? 'staat' : 'staan'} in het logboek zoals ${volgnummers.length === 1 ? 'hij is' : 'ze zijn'} vastgelegd.`;
}
