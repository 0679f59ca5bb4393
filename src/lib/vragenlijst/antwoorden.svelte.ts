/**
 * The answers of the open set, as reactive state. Every change is written straight away (see
 * opslag.ts for the ordering): a closed tab or a crash loses nothing that was on screen.
 * When a write fails the answer stays on screen and the user is told, in Dutch, that it was not
 * saved; the next change saves it again together with its own. Only changed questions are
 * written, so a second tab on the same set keeps the answers it gave to other questions.
 */
import { opslagMelding } from '$lib/wizard/opslagmelding';
import type { Antwoord, Antwoorden } from './types';

/** Stores the given answers of the set (only these; the others stay as stored). */
export type Bewaar = (antwoorden: Antwoorden) => Promise<void>;

export class AntwoordStaat {
	waarden: Antwoorden = $state({});
	/** The last save's outcome: a message when it failed, '' when everything is stored. */
	fout = $state('');
	#bewaar: Bewaar | undefined;
	/**
	 * Questions changed since the last successful save: retried with the next change. Plain
	 * bookkeeping, never rendered, so not reactive.
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#onbewaard = new Set<string>();

	constructor(begin: Antwoorden = {}, bewaar?: Bewaar) {
		// A snapshot: `begin` may be another component's reactive proxy, which structuredClone refuses.
		this.waarden = $state.snapshot(begin);
		this.#bewaar = bewaar;
	}

	get(id: string): Antwoord | undefined {
		return this.waarden[id];
	}

	/** Replaces one question's answer and saves it (with any earlier answer that failed to save). */
	zet(id: string, antwoord: Antwoord): Promise<void> {
		this.waarden[id] = antwoord;
		this.#onbewaard.add(id);
		return this.#opslaan();
	}

	async #opslaan() {
		if (!this.#bewaar) return;
		const ids = [...this.#onbewaard];
		const snapshot = $state.snapshot(this.waarden);
		try {
			await this.#bewaar(Object.fromEntries(ids.map((id) => [id, snapshot[id]!])));
			// A change made while this save ran is in its own save (queued after this one).
			for (const id of ids) this.#onbewaard.delete(id);
			this.fout = '';
		} catch (e) {
			this.fout = opslagMelding(e).replace(
				'Je tekst staat er nog',
				'Je antwoorden staan nog op het scherm'
			);
		}
	}
}
