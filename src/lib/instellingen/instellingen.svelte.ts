/**
 * The organisation's settings: names that differ per school board and so are never content.
 * Kept on this device only (localStorage; they hold no pupil data). Stored values are validated
 * with valibot: a damaged or older entry falls back to the defaults per field, never breaks the app.
 */
import * as v from 'valibot';
import type { Variant } from '$machines/meldcode.machine';

const SLEUTEL = 'meldcodewijzer.instellingen.v1';
// A device preference, not an organisation setting: it never goes into an organisation file.
const INRICHTEN_GEZIEN = 'meldcodewijzer.inrichten.gezien';

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

/**
 * The names and numbers a school fills in when it sets the app up (issue 16); while all of them
 * are the generic defaults, the start page offers /inrichten/. The other fields have defaults
 * that fit most schools.
 */
export const INRICHTVELDEN = [
	'organisatie',
	'aandachtsfunctionarisRol',
	'aandachtsfunctionarisNaam',
	'bestuurssecretaris',
	'veiligThuisRegio',
	'leerlingvolgsysteem'
] as const satisfies readonly (keyof InstellingenWaarden)[];

export function isIngericht(w: InstellingenWaarden): boolean {
	return INRICHTVELDEN.some((k) => w[k].trim() !== STANDAARD[k]);
}

export function leesInstellingen(ruw: unknown): InstellingenWaarden {
	return v.parse(InstellingenSchema, typeof ruw === 'object' && ruw !== null ? ruw : {});
}

class Instellingen {
	waarden: InstellingenWaarden = $state({ ...STANDAARD });
	/**
	 * Someone chose "Niet nu" on the start page's setup notice, or saved the setup on purpose
	 * (also with the generic words): the start page stops asking. Kept in this module, not beside
	 * the notice, so the start page loads no extra chunk for it.
	 */
	inrichtenGezien = $state(false);

	laden(opslag: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage) {
		try {
			const ruw = opslag?.getItem(SLEUTEL);
			this.waarden = leesInstellingen(ruw ? JSON.parse(ruw) : {});
		} catch {
			this.waarden = { ...STANDAARD };
		}
		// Apart: a damaged settings entry does not bring back a notice someone waved away.
		try {
			this.inrichtenGezien = opslag?.getItem(INRICHTEN_GEZIEN) === '1';
		} catch {
			this.inrichtenGezien = false;
		}
	}

	/** Whether the start page offers the setup: generic names, and not waved away. */
	get vraagInrichten(): boolean {
		return !this.inrichtenGezien && !isIngericht(this.waarden);
	}

	/** The start page stops asking; a browser that refuses to store asks again next time. */
	inrichtenAfgehandeld(opslag: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage) {
		this.inrichtenGezien = true;
		try {
			opslag?.setItem(INRICHTEN_GEZIEN, '1');
		} catch {
			// Nothing else depends on it.
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
