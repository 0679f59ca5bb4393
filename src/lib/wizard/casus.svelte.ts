/**
 * One case in the wizard: who it is about, the decisions so far, and the machine state those
 * decisions lead to. The state is never set by the UI: it is the result of replaying the log, so
 * what the screen shows cannot drift from what was recorded.
 *
 * With an `Opslag` (the dossier), a decision counts only once it is stored: `vastleggen` writes
 * first and moves on after, so a full disk or a write error never shows a step as done that
 * the record does not hold.
 */
import { problemenMet, type MeldcodeEvent } from '$machines/meldcode.events';
import { REGELS_VERSIE } from '$machines/regels';
import { stap, type MeldcodeSnapshot } from '$machines/replay';
import type { BesluitGenomen } from '$machines/besluit';
import { waarIn } from '$machines/waar';
import { kanAcuutVastleggen } from '$machines/vragen';
import {
	akkoordSleutel,
	besluitSleutel,
	problemenMetAkkoord,
	type Akkoord,
	type Stap5Beslissing
} from '$lib/dossier/akkoord-regels';
import {
	geenGevolgen,
	verloop,
	verwerk,
	type Gevolgen,
	type Intrekking
} from '$lib/dossier/verloop';
import { GRENZEN, teLang } from '$lib/dossier/grenzen';
import type { Ondertekening } from '$lib/dossier/ondertekening';
import type { CasusGegevens } from '$lib/dossier/types';
import { leesGebruiker } from './gebruiker';
import { opslagMelding } from './opslagmelding';
import type { Actor, Correctie, Gegevens, LogRegel } from '$lib/logboek/logboek';

// The data of a case is the dossier's type; re-exported for the pages and tests that take it from here.
export type { CasusGegevens };

export type Resultaat = { ok: true } | { ok: false; problemen: string[] };

/**
 * Where decisions are stored; the dossier implements it, tests may leave it out. Each write may
 * return the stored entry's hash: what views key entries by (numbers repeat after a merge).
 */
export interface Opslag {
	beslissing(
		regel: LogRegel,
		snapshot: MeldcodeSnapshot,
		alle: readonly LogRegel[]
	): Promise<Opgeslagen>;
	correctie(correctie: Correctie & { corrigeert: number }): Promise<Opgeslagen>;
	/** The directeur's sign-off of a stap-5 decision (optional: older stores have none). */
	akkoord?(akkoord: Akkoord): Promise<Opgeslagen>;
}

/** What a store may say back: the entry's hash, and its signature (issue 14) when signed. */
export type Opgeslagen = string | { hash: string; ondertekening?: Ondertekening } | void;

function alsOpgeslagen(uit: Opgeslagen): { hash?: string; ondertekening?: Ondertekening } {
	return typeof uit === 'string' ? { hash: uit } : (uit ?? {});
}

/**
 * A new decision is taken under today's rules and stored with their version, so that a later
 * release replays it by the same rules (machines/regels.ts). Replayed entries keep their own.
 */
function gestempeld(event: MeldcodeEvent): MeldcodeEvent {
	return { ...event, regels: REGELS_VERSIE };
}

/** Said when an event is complete but the rules do not allow it in this step. */
const NIET_NU = 'Dit kan in deze stap niet volgens de meldcode. Kijk welke keuzes hier wel kunnen.';
const BEZIG = 'Even geduld: de vorige beslissing wordt nog bewaard.';

export class Casus {
	readonly gegevens: CasusGegevens;
	/**
	 * Raw, replaced whole on every change (never mutated): a deep $state proxy made every reader
	 * that walks the decisions (the history, "Waarom deze uitkomst?", the step forms) pay a proxy
	 * read per entry on every step change, ~1,000 of them in a long case (issue 15). Unchanged
	 * entries keep their object, so a keyed list re-renders only what is new or corrected.
	 */
	regels: LogRegel[] = $state.raw([]);
	/** The directeur's sign-offs of stap-5 decisions, oldest first (entries of their own). */
	akkoorden: Akkoord[] = $state([]);
	/**
	 * What the decisions mean besides the state (dossier/verloop.ts): the stap-5 decisions the
	 * directeur signs off, and the answers a revision withdrew. Kept step by step beside the
	 * snapshot, by the same `verwerk` the views' `verloop` uses, not derived from all decisions:
	 * a replay of a long log on every new decision made each step change slower as a case grew.
	 */
	#gevolgen: Gevolgen = $state(geenGevolgen());
	/** Who is working on the case now; every decision is recorded under this name and role. */
	door: Actor = $state(leesGebruiker());
	snapshot: MeldcodeSnapshot = $state.raw() as MeldcodeSnapshot;
	readonly waar = $derived(waarIn(this.snapshot));

	/**
	 * The niet-pluis-gevoel typed on the start screen and not yet recorded (the start form binds
	 * it): choosing the staff route there takes it into that entry, so it is not lost.
	 */
	nietPluis = $state('');

	/**
	 * Entries of the stored log the machine did not accept on replay (by number): shown as a
	 * warning (geweigerd-tekst.ts), never dropped silently. New decisions are checked before they
	 * are written, so this list only grows with what was read in.
	 */
	geweigerd: readonly number[] = [];

	/** Why no decision can be recorded now (an unsettled merge conflict), or null. */
	geblokkeerd: string | null = $state(null);

	#opslag: Opslag | null;
	/** Entries in the stored log, corrections included: the next one gets this number + 1. */
	#logLengte = $state(0);
	#bezig = false;

	constructor(
		gegevens: CasusGegevens,
		regels: LogRegel[] = [],
		{
			opslag = null,
			logLengte,
			akkoorden = [],
			geblokkeerd = null
		}: {
			opslag?: Opslag | null;
			logLengte?: number;
			akkoorden?: Akkoord[];
			geblokkeerd?: string | null;
		} = {}
	) {
		this.gegevens = gegevens;
		// The same walk as every other view of a stored case (verloop.ts), refusals included.
		const { snapshot, geweigerd, ...gevolgen } = verloop(gegevens, regels);
		this.snapshot = snapshot;
		this.#gevolgen = gevolgen;
		this.geweigerd = geweigerd.map((i) => regels[i]!.volgnummer);
		this.regels = regels;
		this.akkoorden = akkoorden;
		this.#opslag = opslag;
		this.geblokkeerd = geblokkeerd;
		this.#logLengte =
			logLengte ?? Math.max(regels.at(-1)?.volgnummer ?? 0, akkoorden.at(-1)?.volgnummer ?? 0);
	}

	/** Checks the event against the rules: the next state and the log line, or why not. */
	#volgende(nieuw: MeldcodeEvent, gegevens?: Gegevens) {
		if (this.geblokkeerd) return { ok: false as const, problemen: [this.geblokkeerd] };
		const event = gestempeld(nieuw);
		const problemen = [
			...problemenMet(event),
			// What the import accepts, so a backup of this case can always be read back (19.5).
			...teLang('De toelichting', event.toelichting, GRENZEN.tekst),
			...teLang('De naam bij "Je werkt als"', this.door.naam, GRENZEN.naam)
		];
		if (problemen.length > 0) return { ok: false as const, problemen };
		const { snapshot, beslissing, besluit } = stap(this.snapshot, event);
		if (!beslissing) return { ok: false as const, problemen: [NIET_NU] };
		const regel: LogRegel = {
			volgnummer: this.#logLengte + 1,
			door: { ...this.door },
			beslissing,
			...(gegevens ? { gegevens } : {})
		};
		return { ok: true as const, snapshot, regel, besluit };
	}

	#toepassen(snapshot: MeldcodeSnapshot, regel: LogRegel, besluit: BesluitGenomen | null) {
		verwerk(this.#gevolgen, besluit, regel);
		this.regels = [...this.regels, regel];
		this.#logLengte = regel.volgnummer;
		this.snapshot = snapshot;
	}

	/** In memory only: for tests and for a case without a dossier. */
	verstuur(event: MeldcodeEvent, gegevens?: Gegevens): Resultaat {
		const v = this.#volgende(event, gegevens);
		if (!v.ok) return v;
		this.#toepassen(v.snapshot, v.regel, v.besluit);
		return { ok: true };
	}

	/** Stores the decision first (when there is a dossier), then moves the case on. */
	async vastleggen(event: MeldcodeEvent, gegevens?: Gegevens): Promise<Resultaat> {
		if (this.#bezig) return { ok: false, problemen: [BEZIG] };
		const v = this.#volgende(event, gegevens);
		if (!v.ok) return v;
		this.#bezig = true;
		try {
			const { hash, ondertekening } = alsOpgeslagen(
				await this.#opslag?.beslissing(v.regel, v.snapshot, [...this.regels, v.regel])
			);
			if (hash) v.regel.hash = hash;
			if (ondertekening) v.regel.ondertekening = ondertekening;
			this.#toepassen(v.snapshot, v.regel, v.besluit);
			return { ok: true };
		} catch (fout) {
			return { ok: false, problemen: [opslagMelding(fout)] };
		} finally {
			this.#bezig = false;
		}
	}

	/** A correction of a decision's reasoning, as a new log entry; the old text stays visible. */
	async corrigeer(
		volgnummer: number,
		tekst: string,
		reden: string,
		at: string
	): Promise<Resultaat> {
		// A merged-in decision keeps the number it had on the other device: only our own are meant.
		const regel = this.regels.find((r) => r.volgnummer === volgnummer && !r.samengevoegd);
		const problemen = [
			...(regel ? [] : [`Regel ${volgnummer} bestaat niet in deze casus.`]),
			...(tekst.trim() ? [] : ['Schrijf de verbeterde tekst op.']),
			...(reden.trim() ? [] : ['Schrijf op waarom je dit verbetert.']),
			...teLang('De verbeterde toelichting', tekst.trim(), GRENZEN.tekst),
			...teLang('De reden', reden.trim(), GRENZEN.tekst)
		];
		if (!regel || problemen.length > 0) return { ok: false, problemen };
		if (this.#bezig) return { ok: false, problemen: [BEZIG] };
		const correctie: Correctie = {
			volgnummer: this.#logLengte + 1,
			at,
			door: { ...this.door },
			tekst: tekst.trim(),
			reden: reden.trim()
		};
		this.#bezig = true;
		try {
			const { hash, ondertekening } = alsOpgeslagen(
				await this.#opslag?.correctie({ ...correctie, corrigeert: volgnummer })
			);
			if (hash) correctie.hash = hash;
			if (ondertekening) correctie.ondertekening = ondertekening;
		} catch (fout) {
			return { ok: false, problemen: [opslagMelding(fout)] };
		} finally {
			this.#bezig = false;
		}
		// A new object for the corrected entry (the list is raw: see `regels`); the others stay.
		const verbeterd: LogRegel = { ...regel, correcties: [...(regel.correcties ?? []), correctie] };
		this.regels = this.regels.map((r) => (r === regel ? verbeterd : r));
		this.#logLengte = correctie.volgnummer;
		return { ok: true };
	}

	/**
	 * The directeur's sign-off of a stap-5 decision, as a new log entry (outside the statechart).
	 * The decision is named by number and, once stored, by hash: a number may repeat after a merge.
	 * `naam` is the directeur's name as typed in the sign-off form: it names this entry only and
	 * never becomes the name of who works on the case (`door`), whose later decisions stay theirs.
	 */
	async akkoordGeven(
		akkoordOp: number,
		notitie: string,
		at: string,
		akkoordOpHash?: string,
		naam: string | undefined = this.door.naam
	): Promise<Resultaat> {
		const door: Actor = { rol: this.door.rol, ...(naam?.trim() ? { naam: naam.trim() } : {}) };
		akkoordOpHash ??= this.stap5.find((b) => b.volgnummer === akkoordOp && b.hash)?.hash;
		const doel = { akkoordOp, ...(akkoordOpHash ? { akkoordOpHash } : {}) };
		const problemen = problemenMetAkkoord(
			{ ...doel, door, at, notitie: notitie.trim() },
			this.stap5,
			this.akkoorden
		);
		if (problemen.length > 0) return { ok: false, problemen };
		if (this.#bezig) return { ok: false, problemen: [BEZIG] };
		const besluit = this.stap5.find((b) => besluitSleutel(b) === akkoordSleutel(doel))!.besluit;
		const akkoord: Akkoord = {
			volgnummer: this.#logLengte + 1,
			at,
			door,
			...doel,
			besluit,
			...(notitie.trim() ? { notitie: notitie.trim() } : {})
		};
		this.#bezig = true;
		try {
			const { hash, ondertekening } = alsOpgeslagen(await this.#opslag?.akkoord?.(akkoord));
			if (hash) akkoord.hash = hash;
			if (ondertekening) akkoord.ondertekening = ondertekening;
		} catch (fout) {
			return { ok: false, problemen: [opslagMelding(fout)] };
		} finally {
			this.#bezig = false;
		}
		this.akkoorden.push(akkoord);
		this.#logLengte = akkoord.volgnummer;
		return { ok: true };
	}

	/** The decisions that took stap-5 decision I or II, oldest first: what the directeur signs off. */
	get stap5(): readonly Stap5Beslissing[] {
		return this.#gevolgen.stap5;
	}

	/** Per revisable question: the entry (`besluitSleutel`) whose answer stands now. */
	get antwoordVan(): Readonly<Gevolgen['antwoordVan']> {
		return this.#gevolgen.antwoordVan;
	}

	/** The answers a revision withdrew, by `besluitSleutel` of their entry. */
	get ingetrokken(): Readonly<Record<string, Intrekking>> {
		return this.#gevolgen.ingetrokken;
	}

	/**
	 * Entries in the log, corrections included (reactive): changes with every new entry, without
	 * walking all decisions (the integrity line re-checks on it; see bench/ for the cost).
	 */
	get logLengte(): number {
		return this.#logLengte;
	}

	/** Whether the machine would accept this event now (for showing or hiding a choice). */
	kan(event: MeldcodeEvent): boolean {
		return stap(this.snapshot, gestempeld(event)).beslissing !== null;
	}

	/**
	 * Whether acute danger can be recorded now (machines/vragen.ts). Asked here for AcuutKnop,
	 * which is on every page: the start page's first load then carries none of the machine's code.
	 */
	kanAcuutVastleggen(at: string): boolean {
		return kanAcuutVastleggen(this.snapshot, 'acuut', at);
	}
}

/** A storage error in words a user can act on (see opslagmelding.ts); the typed text stays on screen. */
export { opslagMelding };
