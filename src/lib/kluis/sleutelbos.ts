/**
 * What the database layer knows about encryption at this moment: whether the dossier is
 * encrypted, and the data key while it is unlocked. One per open database; the middleware reads
 * it on every record, the lock screen fills it and auto-lock empties it.
 */
export type Modus = 'uit' | 'aan';

export class VergrendeldFout extends Error {
	constructor() {
		super('De app is vergrendeld. Ontgrendel met je wachtwoord om verder te werken.');
		this.name = 'VergrendeldFout';
	}
}

export class Sleutelbos {
	/** 'uit' until the user has set a passphrase: records are then written as they are. */
	modus: Modus = 'uit';
	#sleutel: Uint8Array | null = null;

	get sleutel(): Uint8Array | null {
		return this.#sleutel;
	}

	get open(): boolean {
		return this.#sleutel !== null;
	}

	zet(sleutel: Uint8Array): void {
		this.#sleutel = sleutel;
		this.modus = 'aan';
	}

	/** Forgets the key and overwrites its bytes, so it does not linger in memory. */
	vergeet(): void {
		this.#sleutel?.fill(0);
		this.#sleutel = null;
	}

	/** The key to seal or open with; throws when the dossier is encrypted and locked. */
	nodig(): Uint8Array {
		if (!this.#sleutel) throw new VergrendeldFout();
		return this.#sleutel;
	}
}
