import { describe, expect, it } from 'vitest';
import { REFLECTIE, RANDVOORWAARDEN, ZELFSCAN } from '$lib/vragenlijst/data';
import {
	inWoorden,
	samenvatting,
	voortgang,
	zichtbareAntwoorden,
	zichtbareVragen
} from '$lib/vragenlijst/logica';
import type { Antwoorden } from '$lib/vragenlijst/types';

const standaard1 = ZELFSCAN.groepen[0]!;

describe('progress per group', () => {
	it('counts only the questions shown, and grows as hidden ones appear', () => {
		const leeg = voortgang(standaard1, {}, zichtbareVragen(ZELFSCAN, {}));
		expect(leeg).toEqual({ beantwoord: 0, totaal: 2 });
		const a: Antwoorden = { v1: { keuze: 'ja' } };
		expect(voortgang(standaard1, a, zichtbareVragen(ZELFSCAN, a))).toEqual({
			beantwoord: 1,
			totaal: 3
		});
	});

	it('a table counts when every row is answered; a text when it has more than spaces', () => {
		const lijst = ZELFSCAN;
		const s9 = lijst.groepen.find((g) => g.id === 'standaard-9')!;
		const half: Antwoorden = { v33: { rijen: { stalking: 'ja' } }, v34: { teksten: { '': ' ' } } };
		const tabel = s9.vragen.find((v) => v.id === 'v33')!;
		expect(inWoorden(tabel, half.v33)).toEqual([]);
		const vol = Object.fromEntries(
			(tabel.type === 'tabel' ? tabel.rijen : []).map((r) => [r.id, 'nee'])
		);
		expect(inWoorden(tabel, { rijen: vol })).toContain('Stalking: Nee');
	});
});

describe('hidden answers are kept but left out of summary and export', () => {
	const antwoorden: Antwoorden = {
		v1: { keuze: 'nee' },
		// Answered while 1 was still ja; 1 is now nee, so 1a no longer applies.
		v1a: { keuze: 'ja', teksten: { ja: 'In het beleidsplan' } },
		v2: { keuze: 'ja' }
	};

	it('the summary shows 1 and 2, not 1a', () => {
		const s1 = samenvatting(ZELFSCAN, antwoorden)[0]!;
		expect(s1.regels.map((r) => r.vraag.id)).toEqual(['v1', 'v2', 'v2a']);
		expect(s1.keuzes).toEqual([
			{ label: 'Nee', aantal: 1 },
			{ label: 'Ja', aantal: 1 }
		]);
		expect(s1.voortgang).toEqual({ beantwoord: 2, totaal: 3 });
	});

	it('the export leaves out 1a; the stored answers still have it', () => {
		expect(Object.keys(zichtbareAntwoorden(ZELFSCAN, antwoorden))).toEqual(['v1', 'v2']);
		expect(antwoorden.v1a?.teksten?.ja).toBe('In het beleidsplan');
	});
});

describe('answers in words', () => {
	const vraag = (id: string) =>
		[...ZELFSCAN.groepen, ...REFLECTIE.groepen, ...RANDVOORWAARDEN.groepen]
			.flatMap((g) => g.vragen)
			.find((v) => v.id === id)!;

	it('a choice with its explanation', () => {
		expect(
			inWoorden(vraag('v9'), { keuze: 'ja', teksten: { ja: ' Werkwijze bij agressie ' } })
		).toEqual(['Ja: Werkwijze bij agressie']);
	});

	it('multiple choice with "anders, namelijk"', () => {
		expect(
			inWoorden(vraag('v14a'), {
				gekozen: ['getraind', 'anders'],
				teksten: { anders: 'Intervisie' }
			})
		).toEqual(['Professionals zijn getraind in het gebruik van de meldcode', 'Anders: Intervisie']);
		expect(inWoorden(vraag('v14a'), { gekozen: [] })).toEqual(['Niets aangevinkt']);
	});

	it('a tick grid per row, and counts per quarter', () => {
		expect(inWoorden(vraag('v5'), { gekozen: ['acuut/kinderen'] })[0]).toBe(
			'Gericht op het direct stoppen van acute onveiligheid: voor kinderen'
		);
		expect(inWoorden(vraag('v16b'), { aantallen: { 'meldingen/k2': 3 } })[1]).toBe(
			'Meldingen: kwartaal 1 –, kwartaal 2 3, kwartaal 3 –, kwartaal 4 –'
		);
	});

	it('a checklist with notes, and the reflection scale', () => {
		const regels = inWoorden(vraag('organisatie'), {
			gekozen: ['privacy'],
			teksten: { dossiers: 'Nog regelen met ICT' }
		});
		expect(regels[0]).toMatch(/^✗ Nog niet: Medewerkers .*\(notitie: Nog regelen met ICT\)$/);
		expect(regels[7]).toBe('✓ Geregeld: De privacy van cliënten is geborgd.');
		expect(inWoorden(vraag('r3-schaal'), { keuze: '5' })).toEqual(['5 – veel sterke punten']);
	});
});
