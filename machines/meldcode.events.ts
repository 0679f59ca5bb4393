/**
 * The events a user (through the UI) sends to the meldcode statechart, and their validation.
 *
 * Every event is a decision or a recorded fact and carries `at` (ISO 8601 time, given by the
 * caller: the machine never reads a clock) and a `toelichting`, the reasoning, which may never be
 * empty. `problemenMet()` is the single check: the machine's guards use it, so an invalid event
 * (typed by a user or replayed from a damaged log) is never accepted, and the UI uses it to show
 * the user in Dutch what is missing before sending.
 */
import {
	toegestaneAntwoorden,
	REDENEN_ZONDER_GESPREK,
	type Antwoord,
	type RedenZonderGesprek
} from './afwegingskader.js';
import { isHerzienbaar, type Herzienbaar } from './herzien.js';
import { REGELS_VERSIE, regelsVan } from './regels.js';

interface Basis {
	/** ISO 8601 time of the decision, e.g. 2026-11-23T09:30:00.000Z. */
	at: string;
	/** Why: the reasoning of whoever took the decision. Required, never empty. */
	toelichting: string;
	/** The rules version the decision was taken under (see regels.ts); absent in old logs: 1. */
	regels?: number;
}

/**
 * An answer to an afwegingsvraag. `afgestemdMet`: with whom the weighing and the decision were
 * discussed (rule 6; required from rules version 3, see `problemenMet`).
 */
type Afweging = Basis & { afgestemdMet?: string };

export type MeldcodeEvent =
	| ({ type: 'START_STAPPENPLAN' } & Basis)
	| ({ type: 'SIGNALEN_OVER_MEDEWERKER' } & Basis)
	| ({ type: 'MEDEWERKER_ZEDEN'; antwoord: 'ja' | 'nee' } & Basis)
	| ({ type: 'ACUUT'; soort: 'acuut' | 'disclosure' } & Basis)
	| ({ type: 'SIGNALEN_VASTGELEGD' } & Basis)
	| ({
			type: 'CONSULTATIE';
			metWie: string;
			rol: string;
			/** Veilig Thuis' reference for an anonymous advice, to refer to it later. */
			kenmerk?: string;
			/** Advice from Veilig Thuis, not a consultation within the school (rules v2). */
			veiligThuisAdvies?: boolean;
	  } & Basis)
	| ({ type: 'CONSULTATIE_AFGEROND' } & Basis)
	| ({ type: 'GESPREK_GEVOERD' } & Basis)
	| ({ type: 'GESPREK_OVERSLAAN'; reden: RedenZonderGesprek } & Basis)
	/** Stap 4: the conversation skipped in stap 3 was held after all. */
	| ({ type: 'GESPREK_LATER_GEVOERD' } & Basis)
	| ({ type: 'WEGING_VOORBEREID'; deelnemers: string[]; melder: string } & Basis)
	| ({ type: 'AFWEGING_1'; antwoord: 'ja' | 'nee' } & Afweging)
	| ({ type: 'AFWEGING_2'; antwoord: 'ja' | 'nee' | 'twijfel' } & Afweging)
	| ({ type: 'AFWEGING_3'; antwoord: 'ja' | 'nee' | 'twijfel' } & Afweging)
	| ({ type: 'AFWEGING_4'; antwoord: 'nee' | 'twijfel' } & Afweging)
	| ({
			type: 'AFWEGING_4';
			antwoord: 'ja';
			/** Date (YYYY-MM-DD) by which the effect of the help must be noticeable. */
			termijn: string;
			casemanager: string;
			/** The agreed results afweging 5 evaluates (required from rules version 2). */
			resultaten?: string;
			/** Who has which role and which tasks (required from rules version 2). */
			taken?: string;
	  } & Afweging)
	| ({ type: 'AFWEGING_5'; antwoord: 'nee' } & Afweging)
	| ({
			type: 'AFWEGING_5';
			antwoord: 'ja';
			/** The agreements on how safety will be monitored from now on. */
			monitoring: string;
	  } & Afweging)
	| ({ type: 'MELDING_BESPROKEN' } & Basis)
	| ({ type: 'MELDING_BESPREKEN_OVERSLAAN'; reden: RedenZonderGesprek } & Basis)
	| ({ type: 'MELDING_GEDAAN'; melder: string; kenmerk?: string } & Basis)
	| ({ type: 'VT_TERUGKOPPELING' } & Basis)
	| ({ type: 'VERDER_MET_VEILIG_THUIS' } & Basis)
	| ({ type: 'ONVEILIGHEID_HOUDT_AAN' } & Basis)
	| ({ type: 'NAAR_STAP6' } & Basis)
	| ({ type: 'NAZORG'; volgendeEvaluatie: string } & Basis)
	| ({ type: 'AFSLUITEN' } & Basis)
	| ({ type: 'HEROPENEN' } & Basis)
	/**
	 * A mistaken answer revised (machines/herzien.ts): back to that question. The `toelichting`
	 * is why the earlier answer was wrong; the earlier entry stays in the log.
	 */
	| ({ type: 'HERZIEN'; vraag: Herzienbaar } & Basis);

export type MeldcodeEventType = MeldcodeEvent['type'];

export const TOELICHTING_VERPLICHT = 'Schrijf op waarom: een toelichting is verplicht.';

/**
 * Decisions whose text answers a question that does not always apply: stap 4 asks how the
 * conversation about a melding will be prepared, but only "indien er aan de hand van de
 * afwegingsvragen besloten is om naar stap 5 te gaan" (004 · Stap 4), which is not known yet.
 */
export const TOELICHTING_NIET_VERPLICHT: ReadonlySet<MeldcodeEventType> = new Set([
	'WEGING_VOORBEREID'
]);

export const AFGESTEMD_VERPLICHT =
	'Leg vast met wie deze afweging is besproken: de aandachtsfunctionaris of regisseur, en na een melding voor de veiligheid Veilig Thuis.';

const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIJD = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDatum(waarde: unknown): waarde is string {
	if (typeof waarde !== 'string' || !ISO_DATUM.test(waarde)) return false;
	const d = new Date(`${waarde}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === waarde;
}

export function isTijdstip(waarde: unknown): waarde is string {
	return typeof waarde === 'string' && ISO_TIJD.test(waarde) && !Number.isNaN(Date.parse(waarde));
}

function gevuld(waarde: unknown): boolean {
	return typeof waarde === 'string' && waarde.trim().length > 0;
}

const VRAAG_VAN = {
	AFWEGING_1: 1,
	AFWEGING_2: 2,
	AFWEGING_3: 3,
	AFWEGING_4: 4,
	AFWEGING_5: 5
} as const;

/**
 * What is wrong with an event, as Dutch sentences for the user; empty when it is complete.
 * Takes `unknown` fields on purpose: events also come back from stored or imported logs.
 */
export function problemenMet(event: MeldcodeEvent): string[] {
	const e = event as MeldcodeEvent & Record<string, unknown>;
	const problemen: string[] = [];
	if (!isTijdstip(e.at))
		problemen.push('Het tijdstip van deze beslissing ontbreekt of klopt niet.');
	if (
		typeof e.toelichting !== 'string' ||
		(!gevuld(e.toelichting) && !TOELICHTING_NIET_VERPLICHT.has(e.type))
	)
		problemen.push(TOELICHTING_VERPLICHT);
	// A decision taken under rules this version of the app does not know cannot be judged here.
	if (
		e.regels !== undefined &&
		!(Number.isInteger(e.regels) && Number(e.regels) >= 1 && Number(e.regels) <= REGELS_VERSIE)
	)
		problemen.push(
			'Deze beslissing is genomen met nieuwere regels dan deze versie van de app kent.'
		);

	switch (e.type) {
		case 'AFWEGING_1':
		case 'AFWEGING_2':
		case 'AFWEGING_3':
		case 'AFWEGING_4':
		case 'AFWEGING_5': {
			const toegestaan = toegestaneAntwoorden(VRAAG_VAN[e.type]);
			if (!toegestaan.includes(e.antwoord as Antwoord))
				problemen.push(`Kies een antwoord: ${toegestaan.join(', ')}.`);
			// Rule 6 · the weighing "dient [...] altijd te worden besproken met de regisseur" (004 ·
			// Stap 4, seed lines 326–328) and "Ook deze stap is afgestemd met de regisseur" (Stap 5,
			// line 404): every answer, each of which may take a stap-5 decision, records with whom.
			if (regelsVan(e) >= 3 && !gevuld(e.afgestemdMet)) problemen.push(AFGESTEMD_VERPLICHT);
			if (e.type === 'AFWEGING_4' && e.antwoord === 'ja') {
				if (!isDatum(e.termijn))
					problemen.push('Spreek een termijn af: de datum waarop het effect merkbaar moet zijn.');
				else if (isTijdstip(e.at) && e.termijn < e.at.slice(0, 10))
					problemen.push('De termijn ligt in het verleden: kies een datum vanaf vandaag.');
				if (!gevuld(e.casemanager)) problemen.push('Benoem een casemanager (regiehouder).');
				// Rule 5 · "Zo concreet mogelijk maken en documenteren. Spreek af wie welke rol heeft
				// [...] Spreek af welke taken alle betrokkenen [...] heeft" (004 · Stap 4, afweging 4,
				// seed lines 369–375): the results afweging 5 evaluates are agreed here, from rules v2.
				if (regelsVan(e) >= 2) {
					if (!gevuld(e.resultaten))
						problemen.push('Leg vast welke resultaten jullie met de hulp willen bereiken.');
					if (!gevuld(e.taken))
						problemen.push('Leg vast wie welke rol heeft en welke taken daarbij horen.');
				}
			}
			if (e.type === 'AFWEGING_5' && e.antwoord === 'ja' && !gevuld(e.monitoring))
				problemen.push('Leg vast welke afspraken er zijn over het volgen van de veiligheid.');
			break;
		}
		case 'MEDEWERKER_ZEDEN':
			if (e.antwoord !== 'ja' && e.antwoord !== 'nee') problemen.push('Kies ja of nee.');
			break;
		case 'ACUUT':
			if (e.soort !== 'acuut' && e.soort !== 'disclosure')
				problemen.push('Kies: acuut gevaar, of het kind vertelt het zelf.');
			break;
		case 'CONSULTATIE':
			if (!gevuld(e.metWie)) problemen.push('Met wie heb je overlegd?');
			if (!gevuld(e.rol)) problemen.push('Welke rol heeft deze persoon?');
			break;
		case 'GESPREK_OVERSLAAN':
		case 'MELDING_BESPREKEN_OVERSLAAN':
			if (typeof e.reden !== 'string' || !Object.hasOwn(REDENEN_ZONDER_GESPREK, e.reden))
				problemen.push(
					'Overslaan mag alleen om een van de twee redenen uit de meldcode: veiligheid, of het risico dat het contact verbroken wordt.'
				);
			break;
		case 'WEGING_VOORBEREID':
			if (!Array.isArray(e.deelnemers) || !e.deelnemers.some(gevuld))
				problemen.push('Met wie weeg je? Noem minstens één deelnemer.');
			if (!gevuld(e.melder)) problemen.push('Leg vast wie de melding doet als het zover komt.');
			break;
		case 'MELDING_GEDAAN':
			if (!gevuld(e.melder)) problemen.push('Wie heeft de melding gedaan?');
			break;
		case 'HERZIEN':
			if (!isHerzienbaar(e.vraag)) problemen.push('Kies welk antwoord je herziet.');
			break;
		case 'NAZORG':
			if (!isDatum(e.volgendeEvaluatie)) problemen.push('Kies de datum van de volgende evaluatie.');
			break;
	}
	return problemen;
}

export function isGeldig(event: MeldcodeEvent): boolean {
	return problemenMet(event).length === 0;
}
