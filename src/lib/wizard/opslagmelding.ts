/**
 * A storage error in words a user can act on. The browser's own texts ("UnknownError …
 * FILE_ERROR_NO_SPACE", "QuotaExceededError") are English and say nothing about what to do, so
 * they are never shown; only the app's own errors (in Dutch) are quoted.
 */

export const GEEN_RUIMTE =
	'Niet bewaard: dit apparaat heeft geen opslagruimte meer, of de browser kan er nu niet op schrijven. Je tekst staat er nog. Maak ruimte vrij (verwijder bijvoorbeeld downloads, foto’s of apps die je niet meer gebruikt) en probeer het opnieuw. Maak daarna een reservekopie: Je casussen › Exporteren.';

/** The names IndexedDB and Dexie give a full disk or a failed read or write on it. */
const SCHIJFFOUTEN = new Set(['QuotaExceededError', 'UnknownError']);
/** The same, in the message only (Chromium: "… FILE_ERROR_NO_SPACE", "IO error: … No space"). */
const SCHIJFTEKST = /quota|no[ _]space|disk full|not enough space|file_error|io error/i;

interface MisschienFout {
	name?: unknown;
	message?: unknown;
	/** Dexie: the IndexedDB error behind its own (AbortError, OpenFailedError, …). */
	inner?: unknown;
	cause?: unknown;
	/** Dexie's BulkError: the error of each refused record. */
	failures?: unknown;
}

/** The error and the errors it wraps, a few levels deep (enough for Dexie's wrappers). */
function ketenVan(fout: unknown): MisschienFout[] {
	const keten: MisschienFout[] = [];
	const open: unknown[] = [fout];
	while (open.length > 0 && keten.length < 8) {
		const f = open.shift();
		if (typeof f !== 'object' || f === null) continue;
		const m = f as MisschienFout;
		keten.push(m);
		open.push(m.inner, m.cause);
		if (Array.isArray(m.failures)) open.push(...m.failures.slice(0, 3));
		else if (m.failures && typeof m.failures === 'object')
			open.push(...Object.values(m.failures).slice(0, 3));
	}
	return keten;
}

/** A full disk, or the browser failing to read or write its storage on it. */
export function isSchijfFout(fout: unknown): boolean {
	return ketenVan(fout).some(
		(f) =>
			(typeof f.name === 'string' && SCHIJFFOUTEN.has(f.name)) ||
			(typeof f.message === 'string' && SCHIJFTEKST.test(f.message))
	);
}

/**
 * The app's own errors, in Dutch: a plain `Error`, or one of its own kinds (`VergrendeldFout`).
 * The browser's (DOMException), Dexie's and JavaScript's own (TypeError) all end in "Error".
 */
export function isEigenFout(fout: unknown): fout is Error {
	return fout instanceof Error && (fout.name === 'Error' || !fout.name.endsWith('Error'));
}

export function opslagMelding(fout: unknown): string {
	if (isSchijfFout(fout)) return GEEN_RUIMTE;
	const namen = new Set(ketenVan(fout).map((f) => f.name));
	if (namen.has('VersionError'))
		return 'Niet bewaard: op dit apparaat is al een nieuwere versie van de app gebruikt. Laad de pagina opnieuw; er gaat niets verloren.';
	if (namen.has('ConstraintError'))
		return 'Niet bewaard: deze casus is intussen ergens anders bijgewerkt (een ander tabblad?). Je tekst staat er nog: kopieer hem en laad de casus opnieuw.';
	const eigen = isEigenFout(fout) ? fout.message.replace(/\.\s*$/, '') : '';
	return `Niet bewaard: ${eigen || 'de opslag in de browser weigert'}. Je tekst staat er nog; probeer het opnieuw.`;
}
