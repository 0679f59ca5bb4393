/** A case's outcome and status in a few words, for the case list, the case page and the report. */
import type { Uitkomst } from '$machines/meldcode.machine';

export const UITKOMST_TEKST: Record<Uitkomst, string> = {
	'geen-vermoeden': 'Afgesloten, geen vermoeden',
	gemeld: 'Gemeld bij Veilig Thuis',
	'hulp-loopt': 'Hulp loopt',
	monitoring: 'Met monitoringsafspraken',
	doorverwezen: 'Doorverwezen (medewerker)'
};

/** A case's status in one word, for the case list and the report. */
export const STATUS_TEKST: Record<'open' | 'afgesloten' | 'doorverwezen', string> = {
	open: 'Open',
	afgesloten: 'Afgesloten',
	doorverwezen: 'Doorverwezen'
};

/**
 * What a decision without a sign-off says. On a closed case nothing waits any more, but the
 * sign-off is still missing, and it can still be recorded (issue 14, defect 4).
 */
export function zonderAkkoordTekst(afgesloten: boolean, aantal = 1): string {
	const meer = aantal > 1 ? ` (${aantal} besluiten)` : '';
	return afgesloten
		? `Afgesloten zonder akkoord van de directeur${meer}; het akkoord kan nog worden vastgelegd.`
		: `Wacht op akkoord van de directeur${meer}.`;
}
