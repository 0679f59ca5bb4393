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
import { geenGevolgen, verwerk, type Gevolgen } from '$lib/dossier/verloop';
import type { Actor, LogRegel } from '$lib/logboek/logboek';
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
	const schakels: { sleutel: string; schakel: Schakel }[] = [];
	const gevolgen = geenGevolgen();
	for (const r of regels) {
		const volgende = stap(snapshot, r.beslissing.event);
		// A decision the machine refuses did not move the case: it is no reason for the outcome.
		if (!volgende.beslissing) continue;
		verwerk(gevolgen, volgende.besluit, r);
		snapshot = volgende.snapshot;
		schakels.push({ sleutel: besluitSleutel(r), schakel: schakelVan(r, snapshot) });
		if (tot !== undefined && r.volgnummer === tot && !r.samengevoegd) break;
	}
	return { schakels: staand(schakels, gevolgen), uitkomst: toestandVan(snapshot) };
}

/**
 * The links that still count: an answer a revision withdrew (herzien) is no reason for the
 * outcome; the revision itself is, and stays.
 */
function staand(
	schakels: readonly ({ sleutel: string; schakel: Schakel } | null)[],
	gevolgen: Gevolgen
): Schakel[] {
	return schakels.flatMap((s) => (s && !gevolgen.ingetrokken[s.sleutel] ? [s.schakel] : []));
}

function schakelVan(r: LogRegel, snapshot: MeldcodeSnapshot): Schakel {
	const laatste = r.correcties?.at(-1);
	return {
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
}

/**
 * `waaromUit` for a case that grows while it is shown (the case page): the same chain, but a
 * decision appended at the end is the only one stepped through the machine, and a correction
 * only rebuilds its own link. Replaying the whole log on every step change was most of a step's
 * cost in a long case (issue 15: 1,000 entries, budget 16 ms).
 *
 * What it keeps is checked, not trusted: the decisions it replayed must be the same objects, in
 * the same order, at the start of `regels` (a reloaded or merged case gives new ones); any other
 * change replays from the start, so the answer is always `waaromUit(rij, regels)`.
 */
export class WaaromBij {
	#sleutel = '';
	/** Per entry replayed: the entry and its decision as they were when its link was made. */
	#gezien: { regel: LogRegel; beslissing: LogRegel['beslissing'] }[] = [];
	/** Per entry replayed: its link, or null when the machine refused it. */
	#schakels: ({ sleutel: string; schakel: Schakel } | null)[] = [];
	#gevolgen: Gevolgen = geenGevolgen();
	#snapshot: MeldcodeSnapshot | null = null;
	/** Decisions stepped through the machine so far (for the tests: an append steps one). */
	gestapt = 0;

	bij(rij: Pick<CasusRecord, 'id' | 'variant'>, regels: readonly LogRegel[]): Waarom {
		const sleutel = `${rij.id}\n${rij.variant}`;
		let n = 0;
		if (sleutel === this.#sleutel && this.#snapshot) {
			// The path depends on the decisions alone: the same decision objects, in order.
			while (
				n < this.#gezien.length &&
				n < regels.length &&
				regels[n]!.beslissing === this.#gezien[n]!.beslissing
			)
				n++;
		}
		if (n < this.#gezien.length || !this.#snapshot || sleutel !== this.#sleutel) {
			// Not a continuation of what was replayed: start again.
			this.#sleutel = sleutel;
			this.#gezien = [];
			this.#schakels = [];
			this.#gevolgen = geenGevolgen();
			this.#snapshot = beginToestand({ caseId: rij.id, variant: rij.variant });
			n = 0;
		}
		// A correction makes a new entry object with the same decision: only its text changes,
		// never the path, so only its link is made again.
		for (let i = 0; i < n; i++) {
			const r = regels[i]!;
			if (r === this.#gezien[i]!.regel) continue;
			const oud = this.#schakels[i];
			if (oud)
				this.#schakels[i] = {
					sleutel: oud.sleutel,
					schakel: { ...schakelVan(r, this.#snapshot), naar: oud.schakel.naar }
				};
			this.#gezien[i] = { regel: r, beslissing: r.beslissing };
		}
		for (let i = n; i < regels.length; i++) {
			const r = regels[i]!;
			const volgende = stap(this.#snapshot, r.beslissing.event);
			this.gestapt++;
			let schakel: { sleutel: string; schakel: Schakel } | null = null;
			if (volgende.beslissing) {
				verwerk(this.#gevolgen, volgende.besluit, r);
				this.#snapshot = volgende.snapshot;
				schakel = { sleutel: besluitSleutel(r), schakel: schakelVan(r, this.#snapshot) };
			}
			this.#gezien.push({ regel: r, beslissing: r.beslissing });
			this.#schakels.push(schakel);
		}
		return {
			schakels: staand(this.#schakels, this.#gevolgen),
			uitkomst: toestandVan(this.#snapshot)
		};
	}
}
