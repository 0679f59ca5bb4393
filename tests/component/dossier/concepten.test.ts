import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DossierDB } from '$lib/dossier/db';
import {
	ConceptSchrijver,
	bewaarConcepten,
	formulierPrefix,
	leesConcepten,
	momentPrefix,
	ruimConceptenOp,
	bewaarAlleConcepten,
	wisConcepten
} from '$lib/dossier/concepten';

describe('ConceptSchrijver', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	function schrijverMet(
		opslaan = vi.fn<(w: ReadonlyMap<string, string>) => Promise<void>>(async () => undefined)
	) {
		const onfout = vi.fn();
		const onbewaard = vi.fn();
		const schrijver = new ConceptSchrijver(opslaan, { onfout, onbewaard });
		return { schrijver, opslaan, onfout, onbewaard };
	}

	it('schrijft 100 ms na de laatste toets, alles in één keer', async () => {
		vi.useFakeTimers();
		const { schrijver, opslaan, onbewaard } = schrijverMet();
		schrijver.zet('a', 'B');
		await vi.advanceTimersByTimeAsync(40);
		schrijver.zet('a', 'Bl');
		schrijver.zet('b', 'x');
		await vi.advanceTimersByTimeAsync(99);
		expect(opslaan).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1);
		expect(opslaan).toHaveBeenCalledTimes(1);
		expect([...opslaan.mock.calls[0]![0]]).toEqual([
			['a', 'Bl'],
			['b', 'x']
		]);
		expect(onbewaard).toHaveBeenCalledTimes(1);
		expect(schrijver.wachtend).toBe(false);
	});

	it('wie doorlopend typt, verliest hooguit 150 ms', async () => {
		vi.useFakeTimers();
		const { schrijver, opslaan } = schrijverMet();
		// A keystroke every 50 ms for 1.5 s: the quiet time never comes.
		for (let t = 0; t < 1500; t += 50) {
			schrijver.zet('a', 'x'.repeat(t / 50 + 1));
			await vi.advanceTimersByTimeAsync(50);
		}
		const geschreven = opslaan.mock.calls.map((c) => c[0].get('a')!.length);
		// Written every 150 ms (3 keystrokes), with what was typed by then: nothing older waits.
		expect(geschreven).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
	});

	it('schrijf() schrijft meteen (pagehide), verwerp() vergeet wat nog wacht', async () => {
		vi.useFakeTimers();
		const { schrijver, opslaan } = schrijverMet();
		schrijver.zet('a', 'eerste');
		await schrijver.schrijf();
		expect(opslaan).toHaveBeenCalledTimes(1);
		schrijver.zet('a', 'tweede');
		schrijver.verwerp();
		await vi.advanceTimersByTimeAsync(5000);
		expect(opslaan).toHaveBeenCalledTimes(1);
		// Nothing waiting: nothing written.
		await schrijver.schrijf();
		expect(opslaan).toHaveBeenCalledTimes(1);
	});

	it('een mislukte schrijfactie meldt de fout en probeert het bij de volgende opnieuw', async () => {
		vi.useFakeTimers();
		let vol = true;
		const opslaan = vi.fn<(waarden: ReadonlyMap<string, string>) => Promise<void>>(async () => {
			if (vol) throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		const { schrijver, onfout, onbewaard } = schrijverMet(opslaan);
		schrijver.zet('a', 'tekst');
		schrijver.zet('b', 'oud');
		await vi.advanceTimersByTimeAsync(150);
		expect(onfout).toHaveBeenCalledTimes(1);
		expect(schrijver.wachtend).toBe(true);

		vol = false;
		schrijver.zet('b', 'nieuw');
		await vi.advanceTimersByTimeAsync(150);
		expect(onbewaard).toHaveBeenCalledTimes(1);
		expect(Object.fromEntries(opslaan.mock.calls.at(-1)![0])).toEqual({
			a: 'tekst',
			b: 'nieuw'
		});
	});

	it('bewaarAlleConcepten() schrijft wat nog in de wachttijd zit, van elk formulier, vóór het bijwerken', async () => {
		vi.useFakeTimers();
		const een = schrijverMet();
		const twee = schrijverMet();
		const leeg = schrijverMet();
		een.schrijver.zet('a', 'net getypt');
		twee.schrijver.zet('b', 'ook');
		leeg.schrijver.zet('c', 'al verstuurd');
		leeg.schrijver.verwerp();
		await bewaarAlleConcepten();
		expect(Object.fromEntries(een.opslaan.mock.calls[0]![0])).toEqual({ a: 'net getypt' });
		expect(Object.fromEntries(twee.opslaan.mock.calls[0]![0])).toEqual({ b: 'ook' });
		expect(leeg.opslaan).not.toHaveBeenCalled();
		// Written once: the debounce timer was cleared, and nothing waits any more.
		await vi.advanceTimersByTimeAsync(5000);
		expect(een.opslaan).toHaveBeenCalledTimes(1);
		await bewaarAlleConcepten();
		expect(een.opslaan).toHaveBeenCalledTimes(1);
	});
});

describe('concepten in de database', () => {
	let db: DossierDB;
	afterEach(async () => {
		await db.delete({ disableAutoOpen: true });
	});

	it('bewaart, leest per formulier, wist per moment en ruimt oude momenten op', async () => {
		db = new DossierDB(`concepten-${crypto.randomUUID()}`);
		const stap1 = formulierPrefix('c1', 1, 'stap1', 'Signalen vastleggen');
		const stap2 = formulierPrefix('c1', 2, 'stap2', 'Consultatie vastleggen');
		const ander = formulierPrefix('c2', 1, 'stap1', 'Signalen vastleggen');
		await bewaarConcepten(
			db,
			'c1',
			new Map([
				[`${stap1}Samenvatting#0`, 'zorg'],
				[`${stap1}Wat zag of hoorde je?#0`, 'blauwe plek']
			])
		);
		await bewaarConcepten(db, 'c1', new Map([[`${stap2}Welk advies kreeg je?#0`, 'wachten']]));
		await bewaarConcepten(db, 'c2', new Map([[`${ander}Samenvatting#0`, 'andere casus']]));

		expect(await leesConcepten(db, stap1)).toEqual(
			new Map([
				['Samenvatting#0', 'zorg'],
				['Wat zag of hoorde je?#0', 'blauwe plek']
			])
		);
		// Moment 1 of c1 does not match moment 10, 11, …
		await bewaarConcepten(db, 'c1', new Map([[`${momentPrefix('c1', 10)}x|y|z`, 'tien']]));
		await wisConcepten(db, momentPrefix('c1', 1));
		expect(await leesConcepten(db, stap1)).toEqual(new Map());
		expect(await db.concepten.count()).toBe(3);

		await ruimConceptenOp(db, 'c1', 2);
		expect((await db.concepten.toArray()).map((r) => r.waarde).sort()).toEqual([
			'andere casus',
			'wachten'
		]);
	});
});
