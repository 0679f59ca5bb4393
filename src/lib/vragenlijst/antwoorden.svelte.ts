/**
 * The answers of the open set, as reactive state. Every change is written straight away (see
 * opslag.ts for the ordering): a closed tab or a crash loses nothing that was on screen.
 * When a write fails the answer stays on screen and the user is told, in Dutch, that it was not
 * saved; the next change tries again with everything.
 */
import type { Antwoord, Antwoorden } from './types';

export type Bewaar = (antwoorden: Antwoorden) => Promise<void>;

export class AntwoordStaat {
	waarden: Antwoorden = $state({});
	/** The last save's outcome: a message when it failed, '' when everything is stored. */
	fout = $state('');
	#bewaar: Bewaar | undefined;

	constructor(begin: Antwoorden = {}, bewaar?: Bewaar) {
		// A snapshot: `begin` may be another component's reactive proxy, which structuredClone refuses.
		this.waarden = $state.snapshot(begin);
		this.#bewaar = bewaar;
	}

	get(id: string): Antwoord | undefined {
		return this.waarden[id];
	}

	/** Replaces one question's answer and saves the whole set. */
	zet(id: string, antwoord: Antwoord): Promise<void> {
		this.waarden[id] = antwoord;
		return this.#opslaan();
	}

	async #opslaan() {
		if (!this.#bewaar) return;
		try {
			await this.#bewaar($state.snapshot(this.waarden));
			this.fout = '';
		} catch (e) {
			this.fout = `Niet bewaard: ${e instanceof Error ? e.message : String(e)} Je antwoorden staan nog op het scherm; probeer het opnieuw of exporteer ze.`;
		}
	}
}
