/**
 * Older export formats, brought up to the current one step by step (as tldraw migrates its
 * documents): migration n takes a file of format version n to n + 1. A step is added at the end
 * and never changed, because files of every older version may still be on a USB stick somewhere.
 * Version 1 is the first published format, so the list is empty for now; the mechanism is tested
 * with a made-up version 0 (tests/unit/uitwisseling/migraties.test.ts).
 */
import { FORMAAT_VERSIE } from './formaat';

export interface Migratie {
	/** The format version this step reads; it writes van + 1. */
	van: number;
	/** What changed, and why. */
	naam: string;
	migreer(bestand: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIES: readonly Migratie[] = [];

export type Gemigreerd =
	{ ok: true; bestand: Record<string, unknown> } | { ok: false; fout: string };

/** Brings a parsed file (format already checked) to the current format version, or says why not. */
export function migreer(
	bestand: Record<string, unknown>,
	migraties: readonly Migratie[] = MIGRATIES,
	huidig = FORMAAT_VERSIE
): Gemigreerd {
	const versie = bestand.formatVersion;
	if (typeof versie !== 'number' || !Number.isInteger(versie) || versie < 0)
		return { ok: false, fout: 'Dit bestand zegt niet welke formaatversie het heeft.' };
	if (versie > huidig)
		return {
			ok: false,
			fout: `Dit bestand komt uit een nieuwere versie van Meldcodewijzer (formaatversie ${versie}; deze app leest tot en met versie ${huidig}). Werk de app bij en probeer het opnieuw.`
		};
	let nu = bestand;
	for (let v = versie; v < huidig; v++) {
		const stap = migraties.find((m) => m.van === v);
		if (!stap)
			return {
				ok: false,
				fout: `Dit bestand heeft formaatversie ${versie}, die deze versie van Meldcodewijzer niet (meer) kan lezen.`
			};
		nu = { ...stap.migreer(nu), formatVersion: v + 1 };
	}
	return { ok: true, bestand: nu };
}
