/**
 * Valid sample events for every event type, for tests and path generation. A sample is
 * complete (reasoning, time, required fields), so whether the machine takes it depends only on
 * the state and the rules, never on a missing field.
 */
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import { REGELS_VERSIE } from '../../../machines/regels.js';

export const TIJD = '2026-11-23T09:00:00.000Z';
/** Term agreed at afweging 4; afweging 5 samples are dated on it. */
export const TERMIJN = '2027-01-15';
export const OP_TERMIJN = `${TERMIJN}T10:00:00.000Z`;

/** Samples are decisions taken today: under the current rules (machines/regels.ts). */
const b = { at: TIJD, toelichting: 'Omdat de feiten dit laten zien.', regels: REGELS_VERSIE };
/** An afweging answer also says with whom it was discussed (rule 6, rules v3). */
const a = { ...b, afgestemdMet: 'J. de Vries (aandachtsfunctionaris)' };

export const VOORBEELDEN = {
	START_STAPPENPLAN: [{ type: 'START_STAPPENPLAN', ...b }],
	SIGNALEN_OVER_MEDEWERKER: [{ type: 'SIGNALEN_OVER_MEDEWERKER', ...b }],
	MEDEWERKER_ZEDEN: [
		{ type: 'MEDEWERKER_ZEDEN', antwoord: 'ja', ...b },
		{ type: 'MEDEWERKER_ZEDEN', antwoord: 'nee', ...b }
	],
	ACUUT: [
		{ type: 'ACUUT', soort: 'acuut', ...b },
		{ type: 'ACUUT', soort: 'disclosure', ...b }
	],
	SIGNALEN_VASTGELEGD: [{ type: 'SIGNALEN_VASTGELEGD', ...b }],
	CONSULTATIE: [
		{ type: 'CONSULTATIE', metWie: 'J. de Vries', rol: 'aandachtsfunctionaris', ...b },
		{
			type: 'CONSULTATIE',
			metWie: 'Veilig Thuis',
			rol: 'adviseur Veilig Thuis',
			kenmerk: 'A-77',
			veiligThuisAdvies: true,
			...b
		}
	],
	CONSULTATIE_AFGEROND: [{ type: 'CONSULTATIE_AFGEROND', ...b }],
	GESPREK_GEVOERD: [{ type: 'GESPREK_GEVOERD', ...b }],
	GESPREK_OVERSLAAN: [
		{ type: 'GESPREK_OVERSLAAN', reden: 'veiligheid', ...b },
		{ type: 'GESPREK_OVERSLAAN', reden: 'contactbreuk', ...b }
	],
	GESPREK_LATER_GEVOERD: [{ type: 'GESPREK_LATER_GEVOERD', ...b }],
	WEGING_VOORBEREID: [
		{ type: 'WEGING_VOORBEREID', deelnemers: ['IB-er', 'directeur'], melder: 'directeur', ...b }
	],
	AFWEGING_1: [
		{ type: 'AFWEGING_1', antwoord: 'ja', ...a },
		{ type: 'AFWEGING_1', antwoord: 'nee', ...a }
	],
	AFWEGING_2: [
		{ type: 'AFWEGING_2', antwoord: 'ja', ...a },
		{ type: 'AFWEGING_2', antwoord: 'twijfel', ...a },
		{ type: 'AFWEGING_2', antwoord: 'nee', ...a }
	],
	AFWEGING_3: [
		{ type: 'AFWEGING_3', antwoord: 'ja', ...a },
		{ type: 'AFWEGING_3', antwoord: 'nee', ...a },
		{ type: 'AFWEGING_3', antwoord: 'twijfel', ...a }
	],
	AFWEGING_4: [
		{
			type: 'AFWEGING_4',
			antwoord: 'ja',
			termijn: TERMIJN,
			casemanager: 'IB-er',
			resultaten: 'Geen nieuwe blauwe plekken; leerling komt op tijd.',
			taken: 'IB-er coördineert, ouders gaan naar opvoedondersteuning.',
			...a
		},
		{ type: 'AFWEGING_4', antwoord: 'nee', ...a },
		{ type: 'AFWEGING_4', antwoord: 'twijfel', ...a }
	],
	AFWEGING_5: [
		{
			type: 'AFWEGING_5',
			antwoord: 'ja',
			monitoring: 'Elke maand een kort gesprek.',
			...a,
			at: OP_TERMIJN
		},
		{ type: 'AFWEGING_5', antwoord: 'nee', ...a, at: OP_TERMIJN }
	],
	MELDING_BESPROKEN: [{ type: 'MELDING_BESPROKEN', ...b }],
	MELDING_BESPREKEN_OVERSLAAN: [
		{ type: 'MELDING_BESPREKEN_OVERSLAAN', reden: 'veiligheid', ...b },
		{ type: 'MELDING_BESPREKEN_OVERSLAAN', reden: 'contactbreuk', ...b }
	],
	MELDING_GEDAAN: [{ type: 'MELDING_GEDAAN', melder: 'directeur', kenmerk: 'VT-123', ...b }],
	VT_TERUGKOPPELING: [{ type: 'VT_TERUGKOPPELING', ...b }],
	VERDER_MET_VEILIG_THUIS: [{ type: 'VERDER_MET_VEILIG_THUIS', ...b }],
	ONVEILIGHEID_HOUDT_AAN: [{ type: 'ONVEILIGHEID_HOUDT_AAN', ...b }],
	NAAR_STAP6: [{ type: 'NAAR_STAP6', ...b }],
	NAZORG: [{ type: 'NAZORG', volgendeEvaluatie: '2027-03-01', ...b }],
	AFSLUITEN: [{ type: 'AFSLUITEN', ...b }],
	HEROPENEN: [{ type: 'HEROPENEN', ...b }],
	HERZIEN: (['gesprek', 1, 2, 3, 4, 5] as const).map((vraag) => ({
		type: 'HERZIEN' as const,
		vraag,
		...b,
		toelichting: 'Verkeerd antwoord aangeklikt.'
	}))
} satisfies { [K in MeldcodeEvent['type']]: Extract<MeldcodeEvent, { type: K }>[] };

export const ALLE_VOORBEELDEN: MeldcodeEvent[] = Object.values(VOORBEELDEN).flat();

/**
 * Herzien goes back to a state the path already passed, so it adds no journey of its own; but a
 * revision after a fact that stays (a conversation held later) makes a node the path has not
 * seen, and the simple paths through every such return number in the hundreds of thousands.
 * Herzien is walked over these paths in tests/unit/machines/herzien.test.ts instead: from every state on them, each
 * revision leads back to the state before that answer.
 */
export const ZONDER_HERZIEN = ALLE_VOORBEELDEN.filter((e) => e.type !== 'HERZIEN');

/** The first sample of a type, with overrides. */
export function ev<T extends MeldcodeEvent['type']>(
	type: T,
	overrides: Partial<Extract<MeldcodeEvent, { type: T }>> = {}
): Extract<MeldcodeEvent, { type: T }> {
	const [eerste] = VOORBEELDEN[type] as Extract<MeldcodeEvent, { type: T }>[];
	return { ...eerste!, ...overrides };
}
