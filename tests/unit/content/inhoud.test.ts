/**
 * Checks over all content: every item has an id, a text and a source reference; ids are unique
 * per list; and no text names the organisation the source meldcode came from (those names are
 * settings, not content).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as content from '$lib/content';
import {
	AGENDA_GESPREK_MELDING,
	AGENDA_STAP_3,
	DOCUMENTEN,
	LEEFTIJDSREGELS,
	REF,
	UITZONDERINGEN_ZONDER_GESPREK,
	VEILIG_THUIS,
	formatSourceCitation,
	formatSourceRef,
	isSourceRef,
	leeftijdsregelVoor
} from '$lib/content';

const CONTENT_DIR = path.resolve(__dirname, '../../../src/lib/content');

/** Names and details of the source's organisation that must never be hard-coded. */
const VERBODEN: readonly RegExp[] = [
	/\binos\b/i,
	/@inos/i,
	/parnas\s*sys/i,
	/regisseur\s+jeugd/i,
	/west[-\s]?brabant/i,
	/076[-\s]?5233466/,
	/\bfemke\b|\bschouten\b|\banita\b|van der aa/i,
	/\broos kooijman\b/i,
	/[\w.-]+@[\w-]+\.[a-z]{2,}/i // any e-mail address
];

interface Gevonden {
	pad: string;
	waarde: unknown;
}

/** Every value reachable from the exports, with the path it was found at. */
function alleWaarden(): Gevonden[] {
	const gevonden: Gevonden[] = [];
	const gezien = new Set<object>();
	const loop = (waarde: unknown, pad: string) => {
		gevonden.push({ pad, waarde });
		if (typeof waarde !== 'object' || waarde === null || gezien.has(waarde)) return;
		gezien.add(waarde);
		for (const [sleutel, kind] of Object.entries(waarde)) loop(kind, `${pad}.${sleutel}`);
	};
	for (const [naam, waarde] of Object.entries(content)) {
		if (typeof waarde !== 'function') loop(waarde, naam);
	}
	return gevonden;
}

const WAARDEN = alleWaarden();
const STRINGS = WAARDEN.filter(
	(w): w is { pad: string; waarde: string } => typeof w.waarde === 'string'
);
const ITEMS = WAARDEN.filter(
	(w): w is { pad: string; waarde: Record<string, unknown> } =>
		typeof w.waarde === 'object' &&
		w.waarde !== null &&
		!Array.isArray(w.waarde) &&
		'id' in w.waarde
);

describe('all content', () => {
	it('is found by the walk (the checks below are not vacuous)', () => {
		expect(STRINGS.length).toBeGreaterThan(500);
		expect(ITEMS.length).toBeGreaterThan(150);
	});

	it('names no organisation, person, e-mail address or system of the source', () => {
		for (const { pad, waarde } of STRINGS) {
			for (const patroon of VERBODEN) expect(waarde, `${pad}: ${patroon}`).not.toMatch(patroon);
		}
	});

	it('has no phone number other than the national numbers of Veilig Thuis and 112', () => {
		for (const { pad, waarde } of STRINGS) {
			const nummers = waarde.match(/\b0\d{2,3}[-\s]?\d{4,7}\b/g) ?? [];
			for (const nummer of nummers) expect(['0800-2000', '08002000'], pad).toContain(nummer);
		}
	});

	it('gives every item a stable id, a non-empty text and a valid source reference', () => {
		for (const { pad, waarde } of ITEMS) {
			expect(waarde.id, pad).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			const teksten = ['label', 'tekst', 'titel', 'situatie', 'definitie'].filter(
				(k) => k in waarde
			);
			expect(teksten.length, `${pad} heeft geen tekst`).toBeGreaterThan(0);
			for (const k of teksten) {
				expect(typeof waarde[k], `${pad}.${k}`).toBe('string');
				expect((waarde[k] as string).trim(), `${pad}.${k}`).not.toBe('');
			}
			expect(isSourceRef(waarde.ref), `${pad}.ref`).toBe(true);
			if ('zieOok' in waarde) {
				for (const r of waarde.zieOok as unknown[])
					expect(isSourceRef(r), `${pad}.zieOok`).toBe(true);
			}
		}
	});

	it('uses only source references from the registry', () => {
		const geregistreerd = new Set<unknown>(Object.values(REF));
		for (const { pad, waarde } of WAARDEN) {
			if (isSourceRef(waarde)) expect(geregistreerd.has(waarde), pad).toBe(true);
		}
	});

	it('has unique ids within every list', () => {
		for (const { pad, waarde } of WAARDEN) {
			if (!Array.isArray(waarde)) continue;
			const ids = waarde
				.filter((x): x is { id: unknown } => typeof x === 'object' && x !== null && 'id' in x)
				.map((x) => x.id);
			expect(new Set(ids).size, pad).toBe(ids.length);
		}
	});

	it('has no empty strings, and no stray whitespace', () => {
		for (const { pad, waarde } of STRINGS) {
			expect(waarde.trim(), pad).not.toBe('');
			expect(waarde, pad).toBe(waarde.trim());
			expect(waarde, pad).not.toMatch(/\s{2,}/);
		}
	});
});

describe('the source files of the content', () => {
	const bestanden = readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.ts'));

	it('exist', () => {
		expect(bestanden.length).toBeGreaterThan(8);
	});

	it.each(bestanden)('%s names no organisation of the source, not even in comments', (bestand) => {
		const tekst = readFileSync(path.join(CONTENT_DIR, bestand), 'utf8');
		for (const patroon of VERBODEN) expect(tekst, `${bestand}: ${patroon}`).not.toMatch(patroon);
	});
});

describe('source references', () => {
	it('are formatted for the app and for engineers', () => {
		expect(formatSourceRef(REF.bijlage2)).toBe('Bron: meldcode, bijlage 2');
		expect(formatSourceCitation(REF.bijlage2)).toBe('004 · bijlage-2');
		expect(formatSourceRef(REF.njiHerstel)).toBe('Bron: NJi, herstel');
	});

	it('point at a known document, with unique sections', () => {
		const refs = Object.values(REF);
		for (const r of refs) {
			expect(isSourceRef(r)).toBe(true);
			expect(DOCUMENTEN[r.doc]).toBeDefined();
			expect(r.label.startsWith(DOCUMENTEN[r.doc].kort)).toBe(true);
		}
		const sleutels = refs.map((r) => `${r.doc}/${r.section}`);
		expect(new Set(sleutels).size).toBe(sleutels.length);
	});
});

describe('bijlage 5: age rules', () => {
	it('covers every age without gaps or overlaps', () => {
		for (let leeftijd = 0; leeftijd <= 25; leeftijd++) {
			const passend = LEEFTIJDSREGELS.filter(
				(r) => leeftijd >= r.vanaf && (r.tot === null || leeftijd < r.tot)
			);
			expect(passend, `leeftijd ${leeftijd}`).toHaveLength(1);
		}
	});

	it('picks the rule by age: under 12, 12 to 16, 16 and older', () => {
		expect(leeftijdsregelVoor(4).id).toBe('jonger-dan-12');
		expect(leeftijdsregelVoor(11).id).toBe('jonger-dan-12');
		expect(leeftijdsregelVoor(12).id).toBe('12-tot-16');
		expect(leeftijdsregelVoor(15).id).toBe('12-tot-16');
		expect(leeftijdsregelVoor(16).id).toBe('16-en-ouder');
		expect(leeftijdsregelVoor(17).id).toBe('16-en-ouder');
		expect(() => leeftijdsregelVoor(-3)).toThrow(RangeError);
	});

	it('involves the pupil in the conversation about a melding from 12, and consent from 16', () => {
		expect(leeftijdsregelVoor(11).leerlingBijGesprekOverMelding).toBe(false);
		expect(leeftijdsregelVoor(12).leerlingBijGesprekOverMelding).toBe(true);
		expect(leeftijdsregelVoor(11).toestemming).toBe('ouders');
		expect(leeftijdsregelVoor(16).toestemming).toBe('leerling');
	});
});

describe('bijlage 4 and the conversations of stap 3 and 5', () => {
	it('has the agendas and the two reasons to skip the conversation', () => {
		expect(AGENDA_STAP_3).toHaveLength(4);
		expect(AGENDA_GESPREK_MELDING).toHaveLength(5);
		expect(UITZONDERINGEN_ZONDER_GESPREK).toHaveLength(2);
		expect(AGENDA_STAP_3.every((p) => p.ref === REF.stap3)).toBe(true);
		expect(AGENDA_GESPREK_MELDING.every((p) => p.ref === REF.stap5OptieI)).toBe(true);
	});
});

describe('bijlage 6: Veilig Thuis', () => {
	it('has the national number, callable', () => {
		expect(VEILIG_THUIS.telefoon).toBe('0800-2000');
		expect(VEILIG_THUIS.telefoonLink).toBe('tel:08002000');
	});
});
