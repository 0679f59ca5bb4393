/**
 * The organisation's settings: names that differ per school board and so are never content.
 * Kept on this device only (localStorage; they hold no pupil data). Stored values are validated
 * with valibot: a damaged or older entry falls back to the defaults per field, never breaks the app.
 */
import * as v from 'valibot';
import type { Variant } from '$machines/meldcode.machine';

const SLEUTEL = 'meldcodewijzer.instellingen.v1';

const tekst = (standaard: string) => v.fallback(v.pipe(v.string(), v.maxLength(200)), standaard);

export const InstellingenSchema = v.object({
	organisatie: tekst(''),
	/** The safety lead every case is discussed with (stap 2 and 4), by role and optional name. */
	aandachtsfunctionarisRol: tekst('aandachtsfunctionaris'),
	aandachtsfunctionarisNaam: tekst(''),
	/**
	 * The board's bestuurssecretaris, by name: signals about a staff member go to the directeur or
	 * to this person, who also files the bevoegd gezag's police report (004 · Stap 1). Empty: the
	 * texts say "de bestuurssecretaris".
	 */
	bestuurssecretaris: tekst(''),
	/** Who makes a melding to Veilig Thuis; the source's board says: the directeur. */
	melder: tekst('directeur'),
	/** The regional Veilig Thuis number, next to the national 0800-2000. */
	veiligThuisRegio: v.fallback(v.pipe(v.string(), v.regex(/^[0-9+\-() ]{0,20}$/)), ''),
	/** The pupil administration system named in "leg vast in …" hints. */
	leerlingvolgsysteem: tekst('het leerlingvolgsysteem'),
	variant: v.fallback(v.picklist(['school', 'basismodel']), 'school'),
	/**
	 * How long a closed case is kept, in months, as the organisation's privacy policy says; closed
	 * cases past it are marked in the case list. Deleting stays a person's decision.
	 */
	bewaartermijnMaanden: v.fallback(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
		24
	),
	/**
	 * How often the case list asks for an encrypted backup of everything, in days (issue 16:
	 * the data lives only on this device). 0: never ask.
	 */
	reservekopieElkeDagen: v.fallback(v.picklist([0, 7, 30, 91]), 30),
	/** Minutes without use before the app locks itself (only with a passphrase). */
	vergrendelNaMinuten: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)), 5)
});

export type InstellingenWaarden = v.InferOutput<typeof InstellingenSchema>;

export const STANDAARD: InstellingenWaarden = v.parse(InstellingenSchema, {});

export function leesInstellingen(ruw: unknown): InstellingenWaarden {
	return v.parse(InstellingenSchema, typeof ruw === 'object' && ruw !== null ? ruw : {});
}

class Instellingen {
	waarden: InstellingenWaarden = $state({ ...STANDAARD });

	laden(opslag: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage) {
		try {
			const ruw = opslag?.getItem(SLEUTEL);
			this.waarden = leesInstellingen(ruw ? JSON.parse(ruw) : {});
		} catch {
			this.waarden = { ...STANDAARD };
		}
	}

	/** Returns false when the browser refuses to store (private mode, full disk). */
	bewaren(
		nieuw: InstellingenWaarden,
		opslag: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage
	): boolean {
		this.waarden = leesInstellingen(nieuw);
		try {
			opslag?.setItem(SLEUTEL, JSON.stringify(this.waarden));
			return true;
		} catch {
			return false;
		}
	}

	get variant(): Variant {
		return this.waarden.variant;
	}
}

export const instellingen = new Instellingen();

// Loaded once, as soon as the module runs in a browser, so every page starts with the stored values.
// (During prerendering there is no localStorage and the defaults apply.)
if (typeof localStorage !== 'undefined') instellingen.laden();
