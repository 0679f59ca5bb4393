/**
 * When the case list asks for a backup (issue 16, "never lost"). The cases live only on this
 * device, so an encrypted export of everything is the backup; making one is remembered on this
 * device (not in a case: it is about the device, and a restored dossier must not claim it).
 */
import { addDays, parseISO } from 'date-fns';

export const RESERVEKOPIE_SLEUTEL = 'meldcodewijzer-reservekopie';

/**
 * A backup is due `elkeDagen` days after the last one, or, without one, after the oldest case
 * was made. No cases, or `elkeDagen` 0: never.
 */
export function reservekopieNodig(
	laatste: string | null,
	oudsteCasus: string | null,
	nu: Date,
	elkeDagen: number
): boolean {
	if (elkeDagen === 0 || oudsteCasus === null) return false;
	const sinds = parseISO(laatste ?? oudsteCasus);
	if (Number.isNaN(sinds.getTime())) return true;
	return nu >= addDays(sinds, elkeDagen);
}

export function laatsteReservekopie(
	opslag: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): string | null {
	try {
		const at = opslag?.getItem(RESERVEKOPIE_SLEUTEL) ?? null;
		// An edited or damaged value is no backup.
		return at !== null && !Number.isNaN(Date.parse(at)) ? at : null;
	} catch {
		return null;
	}
}

/** Remembers a backup made now; a full or blocked storage only means the reminder comes again. */
export function reservekopieGemaakt(
	at: string,
	opslag: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage
): void {
	try {
		opslag?.setItem(RESERVEKOPIE_SLEUTEL, at);
	} catch {
		// Nothing lost: the export itself was made; the list asks once more.
	}
}
