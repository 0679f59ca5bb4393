/**
 * The one walk over a case's counted decisions (`effectief(log).regels`), entry by entry: the
 * state the machine reaches, the stap-5 decisions the directeur signs off, which answers a later
 * revision (herzien, machines/herzien.ts) withdrew, and which entries the machine refused. The
 * wizard (step by step, with `verwerk`), the report, the case list and the sign-off rules (all at
 * once, with `verloop`) read a case through it, so no view replays a log on its own terms.
 */
import { naHerzien, type Herzienbaar } from '$machines/herzien';
import type { Variant } from '$machines/meldcode.machine';
import { beginToestand, stap, type MeldcodeSnapshot } from '$machines/replay';
import type { Actor, LogRegel } from '$lib/logboek/logboek';
import { besluitSleutel, stap5Beslissing, type Stap5Beslissing } from './akkoord-regels';
import type { BesluitGenomen } from '$machines/besluit';

/** How an answer stopped counting: revised itself, or given after the revised one. */
export interface Intrekking {
	/** 'herzien': this answer was revised; 'vervallen': it was given after the revised answer. */
	soort: 'herzien' | 'vervallen';
	/** The question that was revised. */
	vraag: Herzienbaar;
	/** The revision's own entry: number, hash, when, who and why. */
	volgnummer: number;
	hash?: string;
	at: string;
	door: Actor;
	reden: string;
}

/** What the decisions so far mean besides the machine's state. */
export interface Gevolgen {
	/** The stap-5 decisions, oldest first; one a revision withdrew carries `ingetrokken`. */
	stap5: Stap5Beslissing[];
	/** Per withdrawn answer (`besluitSleutel` of its entry): how. */
	ingetrokken: Record<string, Intrekking>;
	/** Per revisable question: the entry (`besluitSleutel`) whose answer stands now. */
	antwoordVan: Partial<Record<Herzienbaar, string>>;
}

export function geenGevolgen(): Gevolgen {
	return { stap5: [], ingetrokken: {}, antwoordVan: {} };
}

/**
 * One entry the machine accepted, with the stap-5 decision the machine emitted for it (`stap()`,
 * machines/besluit.ts): what it adds to `g`. Mutates `g` (the wizard keeps it as runes state and
 * sees the change).
 */
export function verwerk(g: Gevolgen, besluit: BesluitGenomen | null, regel: LogRegel): void {
	const b = stap5Beslissing(besluit, regel);
	if (b) g.stap5.push(b);
	const e = regel.beslissing.event;
	const sleutel = besluitSleutel(regel);
	if (e.type.startsWith('AFWEGING_'))
		g.antwoordVan[Number(e.type.slice(-1)) as Herzienbaar] = sleutel;
	else if (e.type === 'GESPREK_OVERSLAAN') g.antwoordVan.gesprek = sleutel;
	else if (e.type === 'HEROPENEN') g.antwoordVan = {};
	else if (e.type === 'HERZIEN') {
		for (const vraag of naHerzien(e.vraag)) {
			const van = g.antwoordVan[vraag];
			if (!van) continue;
			const intrekking: Intrekking = {
				soort: vraag === e.vraag ? 'herzien' : 'vervallen',
				vraag: e.vraag,
				volgnummer: regel.volgnummer,
				...(regel.hash ? { hash: regel.hash } : {}),
				at: e.at,
				door: regel.door,
				reden: e.toelichting
			};
			g.ingetrokken[van] = intrekking;
			// The stap-5 decision that answer took no longer stands: nothing left to sign off.
			for (const s of g.stap5) if (besluitSleutel(s) === van) s.ingetrokken = intrekking;
			delete g.antwoordVan[vraag];
		}
	}
}

export interface Verloop extends Gevolgen {
	snapshot: MeldcodeSnapshot;
	/** Index (in the given list) of every entry the machine did not accept. */
	geweigerd: number[];
}

/**
 * The whole walk at once, for views that read a stored case. `bijElk` sees every accepted entry
 * with the state before and after it (the jaaroverzicht counts meldingen per meldnorm with it).
 */
export function verloop(
	gegevens: { id: string; variant: Variant },
	regels: readonly LogRegel[],
	bijElk?: (r: LogRegel, voor: MeldcodeSnapshot, na: MeldcodeSnapshot) => void
): Verloop {
	let snapshot = beginToestand({ caseId: gegevens.id, variant: gegevens.variant });
	const g = geenGevolgen();
	const geweigerd: number[] = [];
	regels.forEach((r, i) => {
		const volgende = stap(snapshot, r.beslissing.event);
		if (!volgende.beslissing) {
			geweigerd.push(i);
			return;
		}
		verwerk(g, volgende.besluit, r);
		bijElk?.(r, snapshot, volgende.snapshot);
		snapshot = volgende.snapshot;
	});
	return { ...g, snapshot, geweigerd };
}
