/**
 * The skip logic of the zelfscan, derived from the data: every conditional question, every
 * condition in it, checked both ways. Nothing here lists questions by hand, so a new or changed
 * condition in the data is covered without touching this file.
 */
import { describe, expect, it } from 'vitest';
import { ZELFSCAN } from '$lib/vragenlijst/data';
import { alleVragen, atomen, zichtbareVragen } from '$lib/vragenlijst/logica';
import type { Antwoord, Antwoorden, Voorwaarde, Vraag } from '$lib/vragenlijst/types';

type Atoom = Exclude<Voorwaarde, { soort: 'of' }>;
const vragen = new Map(alleVragen(ZELFSCAN).map((v) => [v.id, v]));
const voorwaardelijk = alleVragen(ZELFSCAN).filter((v) => v.voorwaarde);

function cellen(v: Vraag): string[] {
	return v.type === 'vinkraster'
		? v.rijen.flatMap((r) => v.kolommen.map((k) => `${r.id}/${k.id}`))
		: [];
}

function andereOpties(v: Vraag, optie: string): string[] {
	return 'opties' in v ? v.opties.map((o) => o.id).filter((id) => id !== optie) : [];
}

/** An answer to the atom's question that makes the atom hold (`ja`) or fail (`nee`). */
function antwoordVoor(atoom: Atoom, houdt: boolean): Antwoord {
	const doel = vragen.get(atoom.vraag)!;
	switch (atoom.soort) {
		case 'gekozen':
			return { keuze: houdt ? atoom.optie : andereOpties(doel, atoom.optie)[0] };
		case 'aangevinkt':
			return { gekozen: houdt ? [atoom.optie] : andereOpties(doel, atoom.optie) };
		case 'rij-met': {
			if (doel.type !== 'tabel') throw new Error('rij-met op geen tabel');
			const anders = andereOpties(doel, atoom.optie)[0]!;
			return {
				rijen: Object.fromEntries(
					doel.rijen.map((r, i) => [
						r.id,
						houdt && i === doel.rijen.length - 1 ? atoom.optie : anders
					])
				)
			};
		}
		case 'vakje': {
			// "At least one ticked" holds with one box; "at least one not ticked" fails only with all.
			const alle = cellen(doel);
			if (atoom.aangekruist) return { gekozen: houdt ? alle.slice(0, 1) : [] };
			return { gekozen: houdt ? alle.slice(1) : alle };
		}
	}
}

/** Answers that make question `id` visible: its condition's first atom held, recursively. */
function maakZichtbaar(id: string, antwoorden: Antwoorden): Antwoorden {
	const w = vragen.get(id)!.voorwaarde;
	if (!w) return antwoorden;
	const eerste = atomen(w)[0]!;
	const metOuder = maakZichtbaar(eerste.vraag, antwoorden);
	return { ...metOuder, [eerste.vraag]: antwoordVoor(eerste, true) };
}

describe('zelfscan skip logic, derived from the data', () => {
	it('has conditional questions of every kind of condition', () => {
		const soorten = new Set(
			voorwaardelijk.flatMap((v) => atomen(v.voorwaarde!).map((a) => a.soort))
		);
		expect([...soorten].sort()).toEqual(['aangevinkt', 'gekozen', 'rij-met', 'vakje']);
		// The source says "U hoeft deze vraag alleen te beantwoorden als …" 32 times.
		expect(voorwaardelijk).toHaveLength(32);
	});

	for (const vraag of voorwaardelijk) {
		const delen = atomen(vraag.voorwaarde!);
		describe(`vraag ${vraag.nummer}`, () => {
			for (const [i, atoom] of delen.entries()) {
				it(`shown when condition ${i + 1} (${atoom.soort} ${atoom.vraag}) holds`, () => {
					const antwoorden = {
						...maakZichtbaar(atoom.vraag, {}),
						[atoom.vraag]: antwoordVoor(atoom, true)
					};
					expect(zichtbareVragen(ZELFSCAN, antwoorden).has(vraag.id)).toBe(true);
				});
			}

			it('hidden when no condition holds', () => {
				let antwoorden: Antwoorden = {};
				for (const atoom of delen) antwoorden = maakZichtbaar(atoom.vraag, antwoorden);
				for (const atoom of delen) antwoorden[atoom.vraag] = antwoordVoor(atoom, false);
				const zichtbaar = zichtbareVragen(ZELFSCAN, antwoorden);
				for (const atoom of delen) expect(zichtbaar.has(atoom.vraag)).toBe(true);
				expect(zichtbaar.has(vraag.id)).toBe(false);
			});

			it('hidden before its question is answered', () => {
				const antwoorden: Antwoorden = {};
				for (const atoom of delen) Object.assign(antwoorden, maakZichtbaar(atoom.vraag, {}));
				for (const atoom of delen) delete antwoorden[atoom.vraag];
				const verwacht = delen.some((a) => a.soort === 'vakje' && !a.aangekruist);
				// "At least one box not ticked" already holds for an untouched grid (5b): the source
				// asks what is missing until every box is ticked.
				expect(zichtbareVragen(ZELFSCAN, antwoorden).has(vraag.id)).toBe(verwacht);
			});
		});
	}

	it('a chain closes behind a hidden link: 1b stays hidden when 1 becomes nee, though 1a still says ja', () => {
		const antwoorden: Antwoorden = { v1: { keuze: 'ja' }, v1a: { keuze: 'ja' } };
		expect(zichtbareVragen(ZELFSCAN, antwoorden).has('v1b')).toBe(true);
		antwoorden.v1 = { keuze: 'nee' };
		const zichtbaar = zichtbareVragen(ZELFSCAN, antwoorden);
		expect(zichtbaar.has('v1a')).toBe(false);
		expect(zichtbaar.has('v1b')).toBe(false);
	});
});
