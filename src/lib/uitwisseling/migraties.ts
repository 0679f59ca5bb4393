/**
 * Older export formats, brought up to the current one step by step (as tldraw migrates its
 * documents): migration n takes a file of format version n to n + 1. A step is added at the end
 * and never changed, because files of every older version may still be on a USB stick somewhere.
 * Version 1 is the first published format; the mechanism is also tested with a made-up version 0
 * (tests/unit/uitwisseling/importeren.test.ts).
 */
import { FORMAAT_VERSIE } from './formaat';

export interface Migratie {
	/** The format version this step reads; it writes van + 1. */
	van: number;
	/** What changed, and why. */
	naam: string;
	migreer(bestand: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIES: readonly Migratie[] = [
	{
		van: 1,
		naam: 'de kop van een casus valt onder de keten (issue 14, defect 6)',
		// Nothing to convert: version 2 only adds the optional `kop` on an entry. A version 1 file
		// was written before any entry carried it, so its headers stay outside the chain; the
		// reader records the original version (`gemigreerdVan`) and the preview says so. An entry
		// that does carry a `kop` (a file relabelled as version 1) is still checked: the rule
		// follows the chain, not the label.
		migreer: (bestand) => bestand
	}
];

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
	// Only reading sets this; a file that claims it is not believed.
	let nu: Record<string, unknown> = { ...bestand };
	delete nu.gemigreerdVan;
	if (versie < huidig) nu.gemigreerdVan = versie;
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
