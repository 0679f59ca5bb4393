/**
 * A cursor read through the encryption middleware still gives its key, primary key and methods.
 * In Chromium the cursor is the native IDBCursor: its getters and methods refuse any receiver but
 * itself. The old wrapper (an object inheriting from the cursor) passed itself, and a filtered
 * delete of drafts deleted nothing there. fake-indexeddb does not check, so the brand check is
 * imitated here with a private field, as the native one behaves.
 */
import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema } from 'dexie';
import { versleutelMiddleware } from '$lib/kluis/middleware';
import { Sleutelbos } from '$lib/kluis/sleutelbos';

class MerkCursor {
	#sleutel: string;
	#rij: unknown;
	verder = 0;
	constructor(sleutel: string, rij: unknown) {
		this.#sleutel = sleutel;
		this.#rij = rij;
	}
	get primaryKey() {
		return this.#sleutel;
	}
	get key() {
		return this.#sleutel;
	}
	get value() {
		return this.#rij;
	}
	continue() {
		// Reads the private field, as a native method checks its receiver.
		if (!this.#sleutel) throw new Error('geen cursor');
		this.verder += 1;
	}
}

const SCHEMA = {
	name: 't',
	primaryKey: { keyPath: 'id' },
	indexes: []
} as unknown as DBCoreTableSchema;

describe('een cursor door de versleuteling', () => {
	it('geeft sleutel, primaire sleutel en methodes van de echte cursor door, en de waarde geopend', async () => {
		const echt = new MerkCursor('a', { id: 'a', tekst: 'leesbaar' });
		const tabel = {
			name: 't',
			schema: SCHEMA,
			openCursor: async () => echt as unknown as DBCoreCursor
		} as unknown as DBCoreTable;
		const beneden = { stack: 'dbcore', table: () => tabel } as unknown as DBCore;
		const core = versleutelMiddleware(new Sleutelbos(), new Set(['t'])).create!(beneden);
		const cursor = (await core.table!('t').openCursor({
			values: true
		} as never)) as unknown as MerkCursor;
		expect(cursor.primaryKey).toBe('a');
		expect(cursor.key).toBe('a');
		expect(cursor.value).toEqual({ id: 'a', tekst: 'leesbaar' });
		cursor.continue();
		expect(echt.verder).toBe(1);
	});
});
