/** A case's outcome in a few words, for the case list and the report. */
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
