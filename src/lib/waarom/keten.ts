/**
 * "Waarom deze uitkomst?": the chain of answers and rules that led a case to a state.
 *
 * Derived, never stored: the decisions that count (the effective log, so a merged copy's line
 * that was set aside takes no part) are replayed one by one through the real machine, and per
 * decision we keep what was answered, the rule's source reference, the reasoning as the user
 * typed it (the latest correction, since a correction is a new entry and never an edit) and the
 * state the machine reached with its own meta (title and source). The UI only shows this.
 */
import type { Bron } from '$machines/sources';
import { beginToestand, stap, type MeldcodeSnapshot } from '$machines/replay';
import type { CasusRecord } from '$lib/dossier/types';
import { besluitSleutel } from '$lib/dossier/akkoord-regels';
import { geenGevolgen, verwerk } from '$lib/dossier/verloop';
import type { Actor, LogRegel } from '$lib/wizard/logboek';
import { omschrijving } from '$lib/wizard/omschrijving';
import { alsZin } from '$lib/wizard/zin';

export interface Toestand {
	titel: string;
	bron: string;
}

export interface Schakel {
	volgnummer: number;
	at: string;
	door: Actor;
	vraagId: string;
	antwoord: string;
	/** The decision in one Dutch sentence, as the history shows it. */
	omschrijving: string;
	/** The rule the decision rests on (seed 004 section). */
	bron: Bron;
	/** The reasoning as last written: a correction's text replaces the original. */
	toelichting: string;
	gecorrigeerd: boolean;
	/** Where the machine went with this decision. */
	naar: Toestand;
}

export interface Waarom {
	schakels: Schakel[];
	/** The state reached after the last link (the outcome asked about). */
	uitkomst: Toestand;
}

interface StateMeta {
	titel?: string;
	bron?: string;
}

/** The deepest active state that has a title: the most specific thing the machine says. */
export function toestandVan(snapshot: MeldcodeSnapshot): Toestand {
	const metas = Object.entries(snapshot.getMeta() as Record<string, StateMeta | undefined>)
		.filter(([, m]) => m?.titel)
		.sort(([a], [b]) => b.split('.').length - a.split('.').length);
	const m = metas[0]?.[1];
	return { titel: m?.titel ?? 'Begin', bron: m?.bron ?? '' };
}

/**
 * The chain up to and including decision `tot` (a volgnummer in this case's log), or the whole
 * chain when `tot` is left out: "why is the case where it is now". From decisions already read
 * through the effective log (the case page's `regels`); `waarom` in uit-log.ts reads a raw log.
 */
export function waaromUit(
	rij: Pick<CasusRecord, 'id' | 'variant'>,
	regels: readonly LogRegel[],
	tot?: number
): Waarom {
	let snapshot = beginToestand({ caseId: rij.id, variant: rij.variant });
	let schakels: Schakel[] = [];
	const sleutelVan = new Map<Schakel, string>();
	const gevolgen = geenGevolgen();
	for (const r of regels) {
		const volgende = stap(snapshot, r.beslissing.event);
		// A decision the machine refuses did not move the case: it is no reason for the outcome.
		if (!volgende.beslissing) continue;
		verwerk(gevolgen, snapshot.context, volgende.snapshot.context, r);
		snapshot = volgende.snapshot;
		// An answer withdrawn by a revision (herzien) is no reason either; the revision itself is.
		if (r.beslissing.event.type === 'HERZIEN')
			schakels = schakels.filter((s) => !gevolgen.ingetrokken[sleutelVan.get(s)!]);
		const laatste = r.correcties?.at(-1);
		const schakel: Schakel = {
			volgnummer: r.volgnummer,
			at: r.beslissing.at,
			door: r.door,
			vraagId: r.beslissing.vraagId,
			antwoord: r.beslissing.antwoord,
			omschrijving: alsZin(omschrijving(r.beslissing)),
			bron: r.beslissing.bron,
			toelichting: laatste?.tekst ?? r.beslissing.toelichting,
			gecorrigeerd: laatste !== undefined,
			naar: toestandVan(snapshot)
		};
		sleutelVan.set(schakel, besluitSleutel(r));
		schakels.push(schakel);
		if (tot !== undefined && r.volgnummer === tot && !r.samengevoegd) break;
	}
	return { schakels, uitkomst: toestandVan(snapshot) };
}
