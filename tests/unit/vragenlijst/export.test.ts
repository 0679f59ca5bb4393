import { describe, expect, it } from 'vitest';
import { REFLECTIE, ZELFSCAN } from '$lib/vragenlijst/data';
import type { AntwoordSetRecord } from '$lib/vragenlijst/db';
import { bestandsnaam, EXPORT_FORMAAT, exportVan } from '$lib/vragenlijst/export';

const SCAN: AntwoordSetRecord = {
	id: 's1',
	vragenlijst: 'zelfscan',
	titel: 'Súdwest-Fryslân',
	datum: '2026-11-23',
	antwoorden: {
		v2: { keuze: 'nee' },
		// Hidden since 2 is nee: kept in the store, not exported.
		v2a: { keuze: 'ja', teksten: { ja: 'Uit de enquête' } },
		v3b: { teksten: { '': 'Opdrachtbrief 2026' } }
	},
	bijgewerkt: '2026-11-23T10:00:00+01:00'
};

describe('the JSON export', () => {
	const uit = exportVan(ZELFSCAN, SCAN, new Date('2026-11-23T11:00:00Z'));

	it('names its format, the questionnaire, its source and the set', () => {
		expect(uit).toMatchObject({
			formaat: EXPORT_FORMAAT,
			vragenlijst: { id: 'zelfscan', bron: { doc: '002' } },
			titel: 'Súdwest-Fryslân',
			datum: '2026-11-23'
		});
		expect(uit).not.toHaveProperty('casusId');
	});

	it('holds only the answers to questions that apply', () => {
		expect(Object.keys(uit.antwoorden)).toEqual(['v2', 'v3b']);
		const s1 = uit.groepen.find((g) => g.id === 'standaard-1')!;
		expect(s1.antwoorden.map((a) => a.nummer)).toEqual(['1', '2']);
		expect(JSON.stringify(uit)).not.toContain('Uit de enquête');
	});

	it('says each answer in words, per group, with progress', () => {
		const s2 = uit.groepen.find((g) => g.id === 'standaard-2')!;
		expect(s2).toMatchObject({ beantwoord: 1, vragen: 3 });
		expect(s2.antwoorden.find((a) => a.nummer === '3b')?.antwoord).toEqual(['Opdrachtbrief 2026']);
	});

	it('a reflection after a case carries the case id', () => {
		const r = exportVan(REFLECTIE, {
			...SCAN,
			vragenlijst: 'reflectie',
			casusId: 'c9',
			antwoorden: {}
		});
		expect(r.casusId).toBe('c9');
	});

	it('file names: questionnaire, title without accents or spaces, date', () => {
		expect(bestandsnaam(ZELFSCAN, SCAN)).toBe('zelfscan-sudwest-fryslan-2026-11-23.json');
		expect(bestandsnaam(REFLECTIE, { ...SCAN, titel: '' })).toBe('reflectie-2026-11-23.json');
	});
});
