import { describe, expect, it } from 'vitest';
import { VRAGENLIJSTEN, ZELFSCAN, REFLECTIE, RANDVOORWAARDEN } from '$lib/vragenlijst/data';
import { alleVragen } from '$lib/vragenlijst/logica';
import type { Vraag, Vragenlijst } from '$lib/vragenlijst/types';
import { valideerVragenlijst } from '$lib/vragenlijst/valideer';

describe('every questionnaire definition is sound', () => {
	for (const lijst of Object.values(VRAGENLIJSTEN))
		it(`${lijst.id}: schema, unique ids, conditions point back at existing questions and options`, () => {
			expect(valideerVragenlijst(lijst)).toEqual([]);
		});
});

describe('the data covers the sources', () => {
	it('the zelfscan has every question number 1–51 of the source, each once, in order', () => {
		const nummers = alleVragen(ZELFSCAN).map((v) => v.nummer!);
		const hoofd = [...new Set(nummers.map((n) => Number.parseInt(n, 10)))];
		expect(hoofd).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
		// Numbered as in the source, so a reader can find each question there.
		expect(nummers).toContain('16b');
		expect(nummers).toContain('51a');
	});

	it('the zelfscan uses every kind of question the source has', () => {
		const soorten = new Set(alleVragen(ZELFSCAN).map((v) => v.type));
		expect([...soorten].sort()).toEqual(
			['aantallen', 'keuze', 'meerkeuze', 'tabel', 'tekst', 'vinkraster'].sort()
		);
		const anders = alleVragen(ZELFSCAN).filter(
			(v) => v.type === 'meerkeuze' && v.opties.some((o) => o.id === 'anders' && o.tekstveld)
		);
		expect(anders.length).toBeGreaterThan(10);
	});

	it('the reflection has ten questions, each with Ja/Nee sub-questions, a scale and learning points', () => {
		const vragen = REFLECTIE.groepen.filter((g) => g.id.startsWith('vraag-'));
		expect(vragen).toHaveLength(10);
		for (const g of vragen) {
			expect(g.vragen.map((v) => v.type)).toEqual(['tabel', 'keuze', 'tekst']);
			const [deelvragen, schaal] = g.vragen as [Vraag, Vraag];
			expect(deelvragen.type === 'tabel' && deelvragen.opties.map((o) => o.label)).toEqual([
				'Ja',
				'Nee'
			]);
			expect(schaal.type === 'keuze' && schaal.weergave).toBe('schaal');
		}
		// Sub-questions per question as in the brochure's answer sheet.
		expect(
			vragen.map((g) => (g.vragen[0]?.type === 'tabel' ? g.vragen[0].rijen.length : 0))
		).toEqual([8, 15, 4, 9, 5, 4, 3, 2, 7, 8]);
	});

	it('the preconditions: seven for professionals, ten for the organisation', () => {
		expect(
			RANDVOORWAARDEN.groepen.map((g) =>
				g.vragen[0]?.type === 'checklist' ? g.vragen[0].rijen.length : 0
			)
		).toEqual([7, 10]);
	});

	it('every group names its source document and section', () => {
		for (const lijst of Object.values(VRAGENLIJSTEN))
			for (const g of lijst.groepen) {
				expect(g.bron.doc).toBe(lijst.bron.doc);
				expect(g.bron.label).toMatch(/\S/);
			}
	});
});

describe('the validator catches broken definitions', () => {
	const basis = (): Vragenlijst => structuredClone(ZELFSCAN) as Vragenlijst;
	type Bewerkbaar = { groepen: { vragen: Record<string, unknown>[] }[] };
	const vraag = (l: Vragenlijst, id: string) =>
		(l as unknown as Bewerkbaar).groepen.flatMap((g) => g.vragen).find((v) => v.id === id)!;

	it('a duplicate question id', () => {
		const l = basis();
		vraag(l, 'v2').id = 'v1';
		expect(valideerVragenlijst(l)).toContain('vraag v1: dubbel id');
	});

	it('a condition on a later question', () => {
		const l = basis();
		vraag(l, 'v1a').voorwaarde = { soort: 'gekozen', vraag: 'v2', optie: 'ja' };
		expect(valideerVragenlijst(l)).toContain('v1a → v2: verwijst niet naar een eerdere vraag');
	});

	it('a condition on a question that does not exist', () => {
		const l = basis();
		vraag(l, 'v1a').voorwaarde = { soort: 'gekozen', vraag: 'v99', optie: 'ja' };
		expect(valideerVragenlijst(l)).toContain('v1a → v99: verwijst niet naar een eerdere vraag');
	});

	it('a condition on an option that does not exist', () => {
		const l = basis();
		vraag(l, 'v1a').voorwaarde = { soort: 'gekozen', vraag: 'v1', optie: 'misschien' };
		expect(valideerVragenlijst(l)).toContain("v1a → v1: optie 'misschien' bestaat niet");
	});

	it('a condition that does not fit the kind of question', () => {
		const l = basis();
		vraag(l, 'v1a').voorwaarde = { soort: 'aangevinkt', vraag: 'v1', optie: 'ja' };
		expect(valideerVragenlijst(l)).toContain(
			"v1a → v1: 'aangevinkt' past bij een meerkeuzevraag, niet bij keuze"
		);
	});

	it('a condition inside "of" is checked too', () => {
		const l = basis();
		vraag(l, 'v16b').voorwaarde = {
			soort: 'of',
			voorwaarden: [
				{ soort: 'aangevinkt', vraag: 'v14a', optie: 'veilig-thuis' },
				{ soort: 'aangevinkt', vraag: 'v16a', optie: 'vt' }
			]
		};
		expect(valideerVragenlijst(l)).toContain("v16b → v16a: optie 'vt' bestaat niet");
	});

	it('a shape error: an empty text, an unknown type, a duplicate option', () => {
		const l = basis();
		vraag(l, 'v2').tekst = '  ';
		expect(valideerVragenlijst(l).join('\n')).toMatch(/lege tekst/);
		const l2 = basis();
		vraag(l2, 'v2').type = 'schuif';
		expect(valideerVragenlijst(l2).length).toBeGreaterThan(0);
		const l3 = basis();
		(vraag(l3, 'v2').opties as { id: string }[])[1]!.id = 'ja';
		expect(valideerVragenlijst(l3)).toContain('v2: optie ja dubbel');
	});
});
