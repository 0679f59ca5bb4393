/**
 * The meldcode statechart: the stappenplan (start, stap 1–6) and the afwegingskader of stap 4,
 * after seed 004 (a school board's meldcode on the national basismodel 2019).
 *
 * It decides and does nothing else: no clock (times arrive on events), no ids, no storage.
 * Every accepted event emits one `beslissing.vastgelegd` (see `beslissing.ts`); replaying the
 * accepted events in order rebuilds the same state (see `replay.ts`).
 *
 * Shape, with the source section of each rule beside it:
 *   stappenplan
 *     start ─ START_STAPPENPLAN ─▶ stap1 ─▶ stap2 ─▶ stap3 ─▶ stap4 (voorbereiding, vraag1–4)
 *     stap5: melden (optie I) ─▶ gemeld │ hulpLoopt (optie II) ─ afweging 5 at the term
 *     stap6 (school variant only) ─▶ afgesloten…
 *     ACUUT from anywhere ─▶ stap5.melden (meldnorm 1)
 *   medewerker (signals about a staff member leave the stappenplan) ─▶ doorverwezen (final)
 */
import { and, assign, enqueueActions, not, setup } from 'xstate';
import {
	besluitTussen,
	GEEN_BESLUIT,
	standVan,
	type BesluitGenomen,
	type BesluitStand
} from './besluit.js';
import type { Meldnorm, RedenZonderGesprek, VraagNummer, Antwoord } from './afwegingskader.js';
import { beslissingVan, type BeslissingVastgelegd } from './beslissing.js';
import { naHerzien, waaromNietHerzien, type Herzienbaar } from './herzien.js';
import { isGeldig, type MeldcodeEvent } from './meldcode.events.js';
import { regelsVan } from './regels.js';
import { BRON } from './sources.js';
import { termijnBereikt } from './vragen.js';

/**
 * basismodel: the national model, 5 steps, ends with the decision of stap 5.
 * school: the school variant of seed 004, with stap 6 "volgen en afsluiten".
 */
export type Variant = 'basismodel' | 'school';

export interface MeldcodeInput {
	caseId: string;
	variant: Variant;
}

export type Uitkomst = 'geen-vermoeden' | 'gemeld' | 'hulp-loopt' | 'monitoring' | 'doorverwezen';

export interface MeldcodeContext {
	caseId: string;
	variant: Variant;
	/** Consultations recorded in stap 2 (at least one before stap 3: "always consult"). */
	consultaties: number;
	/** Those within the school (the aandachtsfunctionaris/regisseur, else IVP, IB-er, CSV). */
	collegiaal: number;
	/**
	 * How stap 3 ended: the conversation was held, or the legal reason it was skipped. `later`:
	 * skipped in stap 3 and held afterwards, recorded in stap 4 (GESPREK_LATER_GEVOERD).
	 */
	stap3:
		| null
		| { gevoerd: true; later?: true; reden?: RedenZonderGesprek }
		| { gevoerd: false; reden: RedenZonderGesprek };
	/** The latest answer to each afwegingsvraag in the current round. */
	antwoorden: Partial<Record<VraagNummer, Antwoord>>;
	/** Stap 5, decision I: is a melding necessary? Always taken before decision II. */
	besluitI: null | 'melden' | 'niet-melden';
	/** Stap 5, decision II: is offering or organising help (also) possible? */
	besluitII: null | 'hulp' | 'geen-hulp';
	/**
	 * After a melding for safety (afweging 2, or acute danger / disclosure), afweging 3–5 are
	 * worked through together with Veilig Thuis: a "nee" then no longer leads to a (second) melding.
	 */
	samenMetVeiligThuis: boolean;
	/** The meldnorm the current or latest melding rests on. */
	meldnorm: Meldnorm | null;
	meldingen: number;
	/** Optie II: the term by which the help must show effect, and who coordinates it. */
	hulp: null | { termijn: string; casemanager: string; resultaten?: string; taken?: string };
	/**
	 * Staff-member route: `aangifteplicht` is the answer to "sexual abuse or intimidation?", i.e.
	 * whether the bevoegd gezag's aangifteplicht can apply. It is conditional and not decided
	 * here: the bevoegd gezag consults the vertrouwensinspecteur and then has the duty only at a
	 * reasonable suspicion of a sexual offence (rule 7, at `medewerker.aard`). The name is kept:
	 * stored logs replay to this context.
	 */
	medewerker: null | { aangifteplicht: boolean };
	uitkomst: Uitkomst | null;
	volgendeEvaluatie: string | null;
	/**
	 * The steps of this round finished along their own way (stap 3 is read from `stap3`): the
	 * stepper marks these "gedaan", and a step jumped over by acute danger stays unmarked.
	 */
	gedaan: readonly StapNummer[];
	/** A melding was made in this round (`meldingen` counts every round). */
	gemeldInRonde: boolean;
	/** Acute danger or a disclosure was recorded in this round (no revision after it). */
	acuutInRonde: boolean;
	/**
	 * Herzien (machines/herzien.ts): the round's facts as they were just before each revisable
	 * answer that stands now, so a revision restores exactly the case as it was at that question.
	 */
	terug: Partial<Record<Herzienbaar, RondeStand>>;
	/**
	 * The stap-5 decision fields as they were after the previous recorded event (besluit.ts):
	 * `vastleggen`, the last action of every accepted event, compares them with the fields now to
	 * emit the decision this event took, then keeps the fields now. Not part of a round.
	 */
	besluitStand: BesluitStand;
}

/** What an answer (and every answer after it) can change in a round, and a revision restores. */
export type RondeStand = Pick<
	MeldcodeContext,
	| 'antwoorden'
	| 'besluitI'
	| 'besluitII'
	| 'samenMetVeiligThuis'
	| 'meldnorm'
	| 'hulp'
	| 'uitkomst'
	| 'volgendeEvaluatie'
	| 'gedaan'
	| 'stap3'
>;

/** 0 = the start (niet-pluis-gevoel), 1–6 = the steps of the stappenplan. */
export type StapNummer = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Per-round facts, cleared when a closed case is reopened with new signals. */
const NIEUWE_RONDE = {
	consultaties: 0,
	collegiaal: 0,
	stap3: null,
	antwoorden: {},
	besluitI: null,
	besluitII: null,
	samenMetVeiligThuis: false,
	meldnorm: null,
	hulp: null,
	uitkomst: null,
	volgendeEvaluatie: null,
	gedaan: [],
	gemeldInRonde: false,
	acuutInRonde: false,
	terug: {}
} satisfies Partial<MeldcodeContext>;

/**
 * Signals about a staff member leave the stappenplan (004 · Stap 1): accepted from the start up
 * to and including the weighing, i.e. until a melding or help route has been chosen.
 */
const NAAR_MEDEWERKER = {
	SIGNALEN_OVER_MEDEWERKER: {
		guard: 'geldig',
		target: '#meldcode.medewerker',
		// Outside the stappenplan no answer of it can be revised (herzien) any more.
		actions: ['nietsTeHerzien', 'vastleggen']
	}
} as const;

/** New signals after a case was closed: a new round from stap 1, the earlier round stays in the log. */
const HEROPENEN = {
	HEROPENEN: {
		guard: 'geldig',
		target: '#meldcode.stappenplan.stap1',
		actions: ['nieuweRonde', 'vastleggen']
	}
} as const;

/** Meldnorm 3: help was given, but the unsafety does not stop or comes back: melden after all. */
const MELDNORM_3 = {
	ONVEILIGHEID_HOUDT_AAN: {
		guard: 'geldig',
		target: '#meldcode.stappenplan.stap5.melden',
		actions: [{ type: 'besluitMelden', params: { meldnorm: 3 } }, 'vastleggen']
	}
} as const;

type E<T extends MeldcodeEvent['type']> = Extract<MeldcodeEvent, { type: T }>;

/**
 * On the way to a (new) melding, an earlier outcome no longer holds: "hulp loopt" or "met
 * monitoringsafspraken" next to "nu: de melding vooraf bespreken" would misstate the case. A
 * melding made earlier in this round stays the outcome; otherwise there is none until the
 * melding is made (a melding of a round before a reopening is that round's outcome). The outcome
 * describes the case and takes no decision, so this holds for logs of every rules version.
 */
function uitkomstBijMelden(context: MeldcodeContext): Uitkomst | null {
	return context.gemeldInRonde ? 'gemeld' : null;
}

/** The facts an answer can change, as they are now (see `terug`). */
function rondeStand(c: MeldcodeContext): RondeStand {
	const { antwoorden, besluitI, besluitII, samenMetVeiligThuis, meldnorm, hulp, uitkomst } = c;
	const { volgendeEvaluatie, gedaan, stap3 } = c;
	return {
		antwoorden,
		besluitI,
		besluitII,
		samenMetVeiligThuis,
		meldnorm,
		hulp,
		uitkomst,
		volgendeEvaluatie,
		gedaan,
		stap3
	};
}

/** Entry action: the step before this one was finished along its own way. */
const klaar = (stap: StapNummer) => ({ type: 'klaar', params: { stap } }) as const;

interface RegelArgs {
	context: MeldcodeContext;
	event: MeldcodeEvent;
}

/**
 * The rules added in a later rules version (machines/regels.ts), each once, with its source and
 * the version from which it binds: a decision recorded earlier is judged by the rules of its
 * own time, so an old log replays to what was decided then.
 */
const LATERE_REGELS = {
	/**
	 * Rule 2 · besluit II may not be skipped: "beide beslissingen en in de genoemde volgorde";
	 * after a melding "moet de tweede beslissingsvraag over eventuele hulp in overleg met
	 * betrokkenen en Veilig Thuis beantwoord worden" (004 · Stap 5, seed lines 412–418).
	 */
	besluitIIGenomen: {
		vanaf: 2,
		bron: BRON.stap5,
		geldt: ({ context }: RegelArgs) => context.besluitII !== null
	},
	/**
	 * Rule 3 · a skipped conversation does not open routes without a melding: skipping stap 3 is
	 * allowed only for "het doen van een melding ZONDER dat de signalen zijn besproken" (004 ·
	 * Stap 3, seed lines 310–316). So no afweging 1 "nee" (closing) and no afweging 4 "ja" (help
	 * the parents never heard of) until the conversation was held; after a melding for safety,
	 * afweging 3–5 are worked through with Veilig Thuis and help may start.
	 */
	gesprekGevoerdOfGemeld: {
		vanaf: 2,
		bron: BRON.stap3Overslaan,
		geldt: ({ context }: RegelArgs) =>
			context.stap3?.gevoerd !== false || context.samenMetVeiligThuis
	},
	/**
	 * Rule 4 · meldnorm 3 in stap 6 too: the unsafety does not stop or comes back (004 ·
	 * Meldnormen; Stap 5 optie II, seed lines 476–478). A new way on, for new decisions only.
	 */
	meldnorm3InStap6: { vanaf: 2, bron: BRON.meldnormen, geldt: () => true },
	/**
	 * Rule 11 · "Bespreek de signalen altijd met de regisseur [...]. Indien deze niet beschikbaar
	 * is, [...] IVP, IB-er en/of CSV. Vraag bij twijfel altijd advies aan Veilig Thuis" (004 ·
	 * Stap 2, seed lines 284–289): advice from Veilig Thuis alone does not complete stap 2.
	 */
	collegialeConsultatie: {
		vanaf: 2,
		bron: BRON.stap2,
		geldt: ({ context }: RegelArgs) => context.collegiaal > 0
	}
} as const;

type RegelNaam = keyof typeof LATERE_REGELS;

/** Guard reference: a rule of LATERE_REGELS that limits events of its version or later. */
const regel = (naam: RegelNaam) => ({ type: 'regel', params: { naam } }) as const;
/** Guard reference: a way on that LATERE_REGELS opens, for events of its version or later. */
const sinds = (naam: RegelNaam) => ({ type: 'sinds', params: { naam } }) as const;

/**
 * Rule 3: a conversation skipped in stap 3 can be held and recorded later, at the two questions
 * whose routes without a melding it closed (afweging 1 and 4; 004 · Stap 3, seed lines 310–316).
 */
const GESPREK_ALSNOG = {
	GESPREK_LATER_GEVOERD: {
		guard: and(['geldig', 'gesprekOvergeslagen']),
		actions: ['gesprekLaterGevoerd', 'vastleggen']
	}
} as const;

/** Where a revision of each answer goes back to: the question itself (afweging 5: while help runs). */
const TERUG_NAAR: Record<Herzienbaar, string> = {
	gesprek: '#meldcode.stappenplan.stap3',
	1: '#meldcode.stappenplan.stap4.vraag1',
	2: '#meldcode.stappenplan.stap4.vraag2',
	3: '#meldcode.stappenplan.stap4.vraag3',
	4: '#meldcode.stappenplan.stap4.vraag4',
	5: '#meldcode.stappenplan.stap5.hulpLoopt'
};

/**
 * Herzien (machines/herzien.ts): back to the revised question, with the case as it was just
 * before its answer; the answers after it are withdrawn with it. One transition per question,
 * since XState targets are static; whether it may is `waaromNietHerzien`, in the guard.
 */
const HERZIEN = {
	HERZIEN: (Object.keys(TERUG_NAAR) as (keyof typeof TERUG_NAAR)[]).map((k) => {
		const vraag: Herzienbaar = k === 'gesprek' ? k : (Number(k) as Herzienbaar);
		return {
			guard: and(['geldig', { type: 'herzienbaar', params: { vraag } }]),
			target: TERUG_NAAR[vraag],
			actions: [{ type: 'herzien', params: { vraag } }, 'vastleggen']
		} as const;
	})
};

/** Guard reference: the event's answer is one of these. */
const antwoord = (...is: Antwoord[]) => ({ type: 'antwoordIs', params: { is } }) as const;

function antwoordOp(event: MeldcodeEvent): Antwoord | undefined {
	return 'antwoord' in event ? event.antwoord : undefined;
}

/**
 * "Nee" at afweging 3 (no effective help possible) and at afweging 4 (help not accepted): melden,
 * on meldnorm 2, and decision II is "geen hulp". If a melding for safety was already made, the
 * questions are answered together with Veilig Thuis and Veilig Thuis takes it from here.
 * Rule 1 · "twijfel" counts as nee: "twijfelt u er aan of u voldoende bescherming hiertegen kunt
 * bieden: meld uw vermoeden bij Veilig Thuis" (004 · Stap 5, optie I, seed lines 422–426). No
 * rules-version gate: earlier rules refused twijfel here, so no stored log holds one.
 */
const NEE_GEEN_HULP = [
	{
		guard: and(['geldig', antwoord('nee', 'twijfel'), 'samenMetVeiligThuis']),
		target: '#meldcode.stappenplan.stap5.gemeld',
		actions: ['antwoordBewaren', 'geenHulp', 'vastleggen']
	},
	{
		guard: and(['geldig', antwoord('nee', 'twijfel')]),
		target: '#meldcode.stappenplan.stap5.melden',
		actions: [
			'antwoordBewaren',
			{ type: 'besluitMelden', params: { meldnorm: 2, besluitII: 'geen-hulp' } },
			'vastleggen'
		]
	}
] as const;

export const meldcodeMachine = setup({
	types: {
		context: {} as MeldcodeContext,
		events: {} as MeldcodeEvent,
		input: {} as MeldcodeInput,
		emitted: {} as BeslissingVastgelegd | BesluitGenomen
	},
	guards: {
		/** The event is complete: reasoning given, time valid, required fields present. */
		geldig: ({ event }) => isGeldig(event),
		antwoordIs: ({ event }, params: { is: readonly Antwoord[] }) => {
			const a = antwoordOp(event);
			return a !== undefined && params.is.includes(a);
		},
		/** A later rule holds, or the event was recorded before that rule existed. */
		regel: ({ context, event }, { naam }: { naam: RegelNaam }) =>
			regelsVan(event) < LATERE_REGELS[naam].vanaf || LATERE_REGELS[naam].geldt({ context, event }),
		sinds: ({ context, event }, { naam }: { naam: RegelNaam }) =>
			regelsVan(event) >= LATERE_REGELS[naam].vanaf &&
			LATERE_REGELS[naam].geldt({ context, event }),
		heeftConsultatie: ({ context }) => context.consultaties > 0,
		herzienbaar: ({ context, event }, { vraag }: { vraag: Herzienbaar }) =>
			event.type === 'HERZIEN' &&
			event.vraag === vraag &&
			waaromNietHerzien(context, vraag) === null,
		gesprekOvergeslagen: ({ context }) => context.stap3?.gevoerd === false,
		samenMetVeiligThuis: ({ context }) => context.samenMetVeiligThuis,
		schoolVariant: ({ context }) => context.variant === 'school',
		/** Afweging 5 is answered at the agreed term, not before (stap 4, afweging 4 and 5). */
		termijnBereikt: ({ context, event }) => termijnBereikt(context, event.at.slice(0, 10)),
		/** Decision II after a melding for safety is still to be taken together with Veilig Thuis. */
		besluitIIOpen: ({ context }) => context.samenMetVeiligThuis && context.besluitII === null,
		uitkomstMonitoring: ({ context }) => context.uitkomst === 'monitoring'
	},
	actions: {
		// The last action of every accepted event: the decision recorded, then the stap-5 decision
		// it took, if any (besluit.ts), compared with the stand after the previous event.
		vastleggen: enqueueActions(({ context, event, enqueue }) => {
			enqueue.emit(beslissingVan(event));
			const besluit = besluitTussen(context.besluitStand, context);
			if (besluit) enqueue.emit(besluit);
			enqueue.assign({ besluitStand: standVan(context) });
		}),
		telConsultatie: assign(({ context, event }) => ({
			consultaties: context.consultaties + 1,
			collegiaal:
				context.collegiaal + ((event as E<'CONSULTATIE'>).veiligThuisAdvies === true ? 0 : 1)
		})),
		gesprekGevoerd: assign({ stap3: { gevoerd: true } }),
		gesprekLaterGevoerd: assign({
			stap3: ({ context }) => ({
				gevoerd: true as const,
				later: true as const,
				...(context.stap3 && 'reden' in context.stap3 ? { reden: context.stap3.reden } : {})
			})
		}),
		// Both revisable answers first keep the facts a revision goes back to (`terug`).
		gesprekOvergeslagen: assign(({ context, event }) => ({
			terug: { ...context.terug, gesprek: rondeStand(context) },
			stap3: { gevoerd: false as const, reden: (event as E<'GESPREK_OVERSLAAN'>).reden }
		})),
		antwoordBewaren: assign(({ context, event }) => {
			const nummer = Number(event.type.slice(-1)) as VraagNummer;
			return {
				terug: { ...context.terug, [nummer]: rondeStand(context) },
				antwoorden: { ...context.antwoorden, [nummer]: antwoordOp(event) }
			};
		}),
		/**
		 * Back to the case as it was just before the revised answer. What happened since and is
		 * not an answer stays: a conversation held later (stap 4) is a fact, and `meldingen` is not
		 * touched (no melding was made: the guard refuses a revision after one).
		 */
		herzien: assign(({ context }, { vraag }: { vraag: Herzienbaar }) => {
			const stand = context.terug[vraag]!;
			const terug = { ...context.terug };
			for (const v of naHerzien(vraag)) delete terug[v];
			return { ...stand, stap3: vraag === 'gesprek' ? stand.stap3 : context.stap3, terug };
		}),
		/** Decision I = melden, on the given meldnorm. Decision II stays open unless given. */
		besluitMelden: assign(
			(
				{ context },
				params: { meldnorm: Meldnorm; samenMetVeiligThuis?: boolean; besluitII?: 'geen-hulp' }
			) => ({
				besluitI: 'melden' as const,
				besluitII: params.besluitII ?? context.besluitII,
				meldnorm: params.meldnorm,
				samenMetVeiligThuis: params.samenMetVeiligThuis ?? context.samenMetVeiligThuis,
				uitkomst: uitkomstBijMelden(context)
			})
		),
		/** Acute danger or disclosure: meldnorm 1; afweging 3–5 (if still open) with Veilig Thuis. */
		acuutMelden: assign(({ context }) => ({
			besluitI: 'melden' as const,
			meldnorm: 1 as const,
			samenMetVeiligThuis: context.besluitII === null ? true : context.samenMetVeiligThuis,
			uitkomst: uitkomstBijMelden(context),
			acuutInRonde: true
		})),
		wegenKlaar: assign({
			gedaan: ({ context, event }) =>
				event.type.startsWith('AFWEGING_') && !context.gedaan.includes(4)
					? [...context.gedaan, 4 as const]
					: context.gedaan
		}),
		/** Entered along its own way: the step before is finished (see `gedaan`). */
		klaar: assign({
			gedaan: ({ context }, { stap }: { stap: StapNummer }) =>
				context.gedaan.includes(stap) ? context.gedaan : [...context.gedaan, stap]
		}),
		geenHulp: assign({ besluitII: 'geen-hulp' }),
		hulpStarten: assign(({ context, event }) => {
			const e = event as Extract<E<'AFWEGING_4'>, { antwoord: 'ja' }>;
			return {
				// Without a melding so far, help alone is the decision: no melding (yet).
				besluitI: context.samenMetVeiligThuis ? context.besluitI : ('niet-melden' as const),
				besluitII: 'hulp' as const,
				hulp: {
					termijn: e.termijn,
					casemanager: e.casemanager.trim(),
					// Rule 5: the agreements afweging 5 evaluates (absent in decisions of rules v1).
					...(e.resultaten ? { resultaten: e.resultaten.trim() } : {}),
					...(e.taken ? { taken: e.taken.trim() } : {})
				},
				uitkomst: 'hulp-loopt' as const
			};
		}),
		gemeld: assign(({ context }) => ({
			meldingen: context.meldingen + 1,
			gemeldInRonde: true,
			uitkomst: 'gemeld' as const
		})),
		monitoring: assign({ uitkomst: 'monitoring' }),
		geenVermoeden: assign({ besluitI: 'niet-melden', uitkomst: 'geen-vermoeden' }),
		nazorg: assign({
			volgendeEvaluatie: ({ event }) => (event as E<'NAZORG'>).volgendeEvaluatie
		}),
		medewerker: assign({
			medewerker: ({ event }) => ({
				aangifteplicht: (event as E<'MEDEWERKER_ZEDEN'>).antwoord === 'ja'
			}),
			uitkomst: 'doorverwezen'
		}),
		nieuweRonde: assign(NIEUWE_RONDE),
		nietsTeHerzien: assign({ terug: {} })
	}
}).createMachine({
	id: 'meldcode',
	context: ({ input }) => ({
		caseId: input.caseId,
		variant: input.variant,
		meldingen: 0,
		medewerker: null,
		besluitStand: GEEN_BESLUIT,
		...NIEUWE_RONDE
	}),
	initial: 'stappenplan',
	states: {
		stappenplan: {
			initial: 'start',
			on: {
				// Meldnorm 1: acute danger or disclosure leads to a melding from every step.
				ACUUT: {
					guard: 'geldig',
					target: '#meldcode.stappenplan.stap5.melden',
					actions: ['acuutMelden', 'vastleggen']
				},
				// Issue 13: a mistaken answer is revised, from wherever the case went on since.
				...HERZIEN
			},
			states: {
				start: {
					meta: { stap: 0, titel: 'Niet-pluis-gevoel', bron: BRON.start },
					on: {
						...NAAR_MEDEWERKER,
						START_STAPPENPLAN: { guard: 'geldig', target: 'stap1', actions: 'vastleggen' }
					}
				},
				stap1: {
					meta: { stap: 1, titel: 'Signalen in kaart brengen', bron: BRON.stap1 },
					entry: klaar(0),
					on: {
						...NAAR_MEDEWERKER,
						SIGNALEN_VASTGELEGD: { guard: 'geldig', target: 'stap2', actions: 'vastleggen' }
					}
				},
				stap2: {
					meta: { stap: 2, titel: 'Collegiale consultatie', bron: BRON.stap2 },
					entry: klaar(1),
					on: {
						...NAAR_MEDEWERKER,
						CONSULTATIE: { guard: 'geldig', actions: ['telConsultatie', 'vastleggen'] },
						// Consulting is not optional: at least one consultation before stap 3.
						CONSULTATIE_AFGEROND: {
							guard: and(['geldig', 'heeftConsultatie', regel('collegialeConsultatie')]),
							target: 'stap3',
							actions: 'vastleggen'
						}
					}
				},
				stap3: {
					meta: { stap: 3, titel: 'Gesprek met ouders en/of leerling', bron: BRON.stap3 },
					entry: klaar(2),
					on: {
						...NAAR_MEDEWERKER,
						GESPREK_GEVOERD: {
							guard: 'geldig',
							target: 'stap4',
							actions: ['gesprekGevoerd', 'vastleggen']
						},
						// Only with one of the two legal reasons (validated by `geldig`).
						GESPREK_OVERSLAAN: {
							guard: 'geldig',
							target: 'stap4',
							actions: ['gesprekOvergeslagen', 'vastleggen']
						}
					}
				},
				stap4: {
					meta: { stap: 4, titel: 'Wegen', bron: BRON.stap4 },
					initial: 'voorbereiding',
					on: NAAR_MEDEWERKER,
					states: {
						voorbereiding: {
							meta: { stap: 4, titel: 'Wie weegt er, wie meldt', bron: BRON.stap4 },
							on: {
								WEGING_VOORBEREID: { guard: 'geldig', target: 'vraag1', actions: 'vastleggen' }
							}
						},
						vraag1: {
							meta: { stap: 4, vraag: 1, titel: 'Afweging 1: vermoeden', bron: BRON.afweging1 },
							on: {
								...GESPREK_ALSNOG,
								AFWEGING_1: [
									{
										guard: and(['geldig', antwoord('ja')]),
										target: 'vraag2',
										actions: ['antwoordBewaren', 'vastleggen']
									},
									{
										guard: and(['geldig', antwoord('nee'), regel('gesprekGevoerdOfGemeld')]),
										target: '#meldcode.stappenplan.afgeslotenGeenVermoeden',
										actions: ['antwoordBewaren', 'geenVermoeden', 'vastleggen']
									}
								]
							}
						},
						vraag2: {
							meta: { stap: 4, vraag: 2, titel: 'Afweging 2: veiligheid', bron: BRON.afweging2 },
							on: {
								AFWEGING_2: [
									{
										// Twijfel counts as ja: melden at once, afweging 3–5 with Veilig Thuis.
										guard: and(['geldig', antwoord('ja', 'twijfel')]),
										target: '#meldcode.stappenplan.stap5.melden',
										actions: [
											'antwoordBewaren',
											{ type: 'besluitMelden', params: { meldnorm: 1, samenMetVeiligThuis: true } },
											'vastleggen'
										]
									},
									{
										guard: and(['geldig', antwoord('nee')]),
										target: 'vraag3',
										actions: ['antwoordBewaren', 'vastleggen']
									}
								]
							}
						},
						vraag3: {
							meta: { stap: 4, vraag: 3, titel: 'Afweging 3: hulp', bron: BRON.afweging3 },
							on: {
								AFWEGING_3: [
									{
										guard: and(['geldig', antwoord('ja')]),
										target: 'vraag4',
										actions: ['antwoordBewaren', 'vastleggen']
									},
									...NEE_GEEN_HULP
								]
							}
						},
						vraag4: {
							meta: {
								stap: 4,
								vraag: 4,
								titel: 'Afweging 4: aanvaarden van hulp',
								bron: BRON.afweging4
							},
							on: {
								...GESPREK_ALSNOG,
								AFWEGING_4: [
									{
										// Ja requires a term and a casemanager (validated by `geldig`); rule 3.
										guard: and(['geldig', antwoord('ja'), regel('gesprekGevoerdOfGemeld')]),
										target: '#meldcode.stappenplan.stap5.hulpLoopt',
										actions: ['antwoordBewaren', 'hulpStarten', 'vastleggen']
									},
									...NEE_GEEN_HULP
								]
							}
						}
					}
				},
				stap5: {
					meta: { stap: 5, titel: 'Beslissen', bron: BRON.stap5 },
					// Reached by answering the afwegingsvragen, not by acute danger: stap 4 is done.
					entry: 'wegenKlaar',
					initial: 'melden',
					states: {
						melden: {
							meta: { stap: 5, titel: 'Optie I: melden bij Veilig Thuis', bron: BRON.optieI },
							initial: 'bespreken',
							on: {
								// Already on the melding route: acute danger is recorded, the route goes on.
								ACUUT: { guard: 'geldig', actions: ['acuutMelden', 'vastleggen'] }
							},
							states: {
								bespreken: {
									meta: {
										stap: 5,
										titel: 'De melding vooraf bespreken',
										bron: BRON.optieI
									},
									on: {
										MELDING_BESPROKEN: { guard: 'geldig', target: 'doen', actions: 'vastleggen' },
										// Only with one of the two legal reasons (validated by `geldig`).
										MELDING_BESPREKEN_OVERSLAAN: {
											guard: 'geldig',
											target: 'doen',
											actions: 'vastleggen'
										}
									}
								},
								doen: {
									meta: { stap: 5, titel: 'Melden', bron: BRON.optieI },
									on: {
										MELDING_GEDAAN: {
											guard: 'geldig',
											target: '#meldcode.stappenplan.stap5.gemeld',
											actions: ['gemeld', 'vastleggen']
										}
									}
								}
							}
						},
						gemeld: {
							tags: ['uitkomst'],
							meta: { stap: 5, titel: 'Gemeld bij Veilig Thuis', bron: BRON.optieI },
							on: {
								VT_TERUGKOPPELING: { guard: 'geldig', actions: 'vastleggen' },
								// Decision II, together with Veilig Thuis: afweging 3–5.
								VERDER_MET_VEILIG_THUIS: {
									guard: and(['geldig', 'besluitIIOpen']),
									target: '#meldcode.stappenplan.stap4.vraag3',
									actions: 'vastleggen'
								},
								// Rule 2 (LATERE_REGELS): no stap 6 and no closing while decision II is open.
								NAAR_STAP6: {
									guard: and(['geldig', 'schoolVariant', regel('besluitIIGenomen')]),
									target: '#meldcode.stappenplan.stap6',
									actions: 'vastleggen'
								},
								AFSLUITEN: {
									guard: and(['geldig', not('schoolVariant'), regel('besluitIIGenomen')]),
									target: '#meldcode.stappenplan.afgeslotenNaMelding',
									actions: 'vastleggen'
								}
							}
						},
						hulpLoopt: {
							tags: ['uitkomst'],
							meta: {
								stap: 5,
								titel: 'Optie II: hulp loopt',
								bron: BRON.optieII
							},
							on: {
								AFWEGING_5: [
									{
										guard: and(['geldig', 'termijnBereikt', antwoord('ja'), 'schoolVariant']),
										target: '#meldcode.stappenplan.stap6',
										actions: ['antwoordBewaren', 'monitoring', 'vastleggen']
									},
									{
										guard: and(['geldig', 'termijnBereikt', antwoord('ja')]),
										target: '#meldcode.stappenplan.afgeslotenMetMonitoring',
										actions: ['antwoordBewaren', 'monitoring', 'vastleggen']
									},
									{
										// (Opnieuw) melden: meldnorm 3, help did not end the unsafety.
										guard: and(['geldig', 'termijnBereikt', antwoord('nee')]),
										target: '#meldcode.stappenplan.stap5.melden',
										actions: [
											'antwoordBewaren',
											{ type: 'besluitMelden', params: { meldnorm: 3 } },
											'vastleggen'
										]
									}
								],
								// Optie II: report after all when the unsafety does not stop, before the term too.
								...MELDNORM_3
							}
						}
					}
				},
				stap6: {
					meta: { stap: 6, titel: 'Volgen en afsluiten', bron: BRON.stap6 },
					entry: klaar(5),
					on: {
						// Rule 4 (LATERE_REGELS): meldnorm 3 in stap 6 too.
						ONVEILIGHEID_HOUDT_AAN: {
							guard: and(['geldig', sinds('meldnorm3InStap6')]),
							target: '#meldcode.stappenplan.stap5.melden',
							actions: [{ type: 'besluitMelden', params: { meldnorm: 3 } }, 'vastleggen']
						},
						NAZORG: { guard: 'geldig', actions: ['nazorg', 'vastleggen'] },
						AFSLUITEN: [
							{
								guard: and(['geldig', 'uitkomstMonitoring']),
								target: 'afgeslotenMetMonitoring',
								actions: 'vastleggen'
							},
							{ guard: 'geldig', target: 'afgeslotenNaMelding', actions: 'vastleggen' }
						]
					}
				},
				afgeslotenGeenVermoeden: {
					tags: ['uitkomst', 'afgesloten'],
					meta: { titel: 'Afgesloten, geen vermoeden', bron: BRON.afweging1 },
					on: HEROPENEN
				},
				afgeslotenNaMelding: {
					tags: ['uitkomst', 'afgesloten'],
					meta: { titel: 'Afgesloten na melding bij Veilig Thuis', bron: BRON.stap6 },
					on: { ...HEROPENEN, ...MELDNORM_3 }
				},
				afgeslotenMetMonitoring: {
					tags: ['uitkomst', 'afgesloten'],
					meta: { titel: 'Afgesloten met monitoringsafspraken', bron: BRON.afweging5 },
					// Meldnorm 3: the unsafety comes back after the help.
					on: { ...HEROPENEN, ...MELDNORM_3 }
				}
			}
		},
		medewerker: {
			meta: { titel: 'Signalen over een medewerker', bron: BRON.medewerker },
			initial: 'aard',
			states: {
				aard: {
					meta: {
						titel: 'Gaat het om seksueel misbruik of seksuele intimidatie?',
						bron: BRON.medewerker
					},
					// Rule 7 · signals about a staff member go to "de directeur, of [...] de
					// bestuurssecretaris van het College van Bestuur" and the stappenplan does not apply
					// (004 · Stap 1, seed lines 275–280); for sexual abuse "Het bevoegd gezag overlegt
					// vervolgens met de vertrouwensinspecteur en heeft daarna bij een redelijk vermoeden
					// van een zedenmisdrijf de verplichting om hiervan aangifte te doen" (004 ·
					// Stappenplan, ter aanvulling, seed lines 248–252). Either answer hands the case over:
					// the app records the answer, the bevoegd gezag decides on the aangifte.
					on: {
						MEDEWERKER_ZEDEN: {
							guard: 'geldig',
							target: '#meldcode.doorverwezen',
							actions: ['medewerker', 'vastleggen']
						}
					}
				}
			}
		},
		// The case leaves this app's route: the directeur or board takes it from here.
		doorverwezen: {
			type: 'final',
			tags: ['uitkomst'],
			meta: { titel: 'Doorverwezen naar directeur of bestuur', bron: BRON.medewerker }
		}
	}
});

export type MeldcodeMachine = typeof meldcodeMachine;
