import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import type { CasusRecord } from '$lib/dossier/types';
import { maakMeldingVoorbereiding, meldingTekst } from '$lib/rapport/melding';
import { REDENEN_ZONDER_GESPREK } from '$machines/afwegingskader';
import { TOT_STAP3 } from '../machines/helpers';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

const LATER = '2026-11-23T15:00:00.000Z';

let db: DossierDB;
let rij: CasusRecord;

beforeEach(async () => {
	db = nieuweDB();
	rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem: 'MV', leeftijd: 13 }));
});
afterEach(() => weg(db));

async function voorbereiding(...events: Parameters<typeof legVast>[1]) {
	const casus = (await laad(db, rij.id))!;
	await legVast(casus, events);
	return maakMeldingVoorbereiding(rij, await logboekVan(db, rij.id), 'de directeur', LATER);
}

// Stap 1–3 as the sample data of tests/unit/dossier/hulp.ts records them, and advice from
// Veilig Thuis with a kenmerk (the second CONSULTATIE sample).
const TOT_WEGING = [
	...TOT_STAP3.slice(0, 3),
	ev('CONSULTATIE', {
		metWie: 'Veilig Thuis',
		rol: 'adviseur',
		kenmerk: 'A-77',
		veiligThuisAdvies: true
	}),
	ev('CONSULTATIE_AFGEROND'),
	ev('GESPREK_GEVOERD', { toelichting: 'Moeder herkent de zorg.' }),
	ev('WEGING_VOORBEREID', { melder: 'P. Jansen (directeur)' }),
	ev('AFWEGING_1', { antwoord: 'ja', toelichting: 'Vermoeden blijft na het gesprek.' })
];

describe('melding voorbereiden: wat Veilig Thuis vraagt, uit het dossier', () => {
	it('zet feiten met hun bron, wat de school deed en het kenmerk van het advies op een rij', async () => {
		const m = await voorbereiding(
			...TOT_WEGING,
			ev('AFWEGING_2', { antwoord: 'ja', toelichting: 'Structureel onveilig thuis.' }),
			ev('MELDING_BESPROKEN', { toelichting: 'Ouders schrokken, geen bezwaar.' })
		);
		expect(m.pseudoniem).toBe('MV');
		expect(m.besluit).toBe('Besluit I: melden bij Veilig Thuis.');
		expect(m.meldnorm).toMatch(/^Meldnorm 1: Acute of structurele onveiligheid/);
		expect(m.feiten).toEqual([
			expect.objectContaining({ soort: 'aanleiding', eigen: true }),
			expect.objectContaining({
				soort: 'feit',
				tekst: 'Komt zonder jas op school.',
				herkomst: 'Eigen waarneming',
				eigen: true
			}),
			expect.objectContaining({
				soort: 'hypothese',
				tekst: 'Mogelijk geen geld thuis.',
				herkomst: 'Collega',
				eigen: false
			})
		]);
		expect(m.letsel).toBe(true);
		expect(m.kenmerken).toEqual(['A-77']);
		const advies = m.gedaan.find((s) => s.details.some(([k]) => k === 'Kenmerk van Veilig Thuis'));
		expect(advies?.details).toContainEqual(['Advies van Veilig Thuis', 'ja, anoniem']);
		expect(m.gedaan.map((s) => s.toelichting)).toContain('Moeder herkent de zorg.');
		expect(m.afwegingen.map((a) => [a.nummer, a.antwoord, a.toelichting])).toEqual([
			[1, 'ja', 'Vermoeden blijft na het gesprek.'],
			[2, 'ja', 'Structureel onveilig thuis.']
		]);
		expect(m.afwegingen[0]!.afgestemdMet).toBe('J. de Vries (aandachtsfunctionaris)');
		expect(m.melder).toEqual({ weging: 'P. Jansen (directeur)', instelling: 'de directeur' });
		expect(m.ouders).toMatchObject({
			soort: 'besproken',
			tekst: 'Ouders schrokken, geen bezwaar.'
		});

		const tekst = meldingTekst(m);
		expect(tekst).toContain('Komt zonder jas op school. (bron: Eigen waarneming)');
		expect(tekst).toContain('Vermoeden: Mogelijk geen geld thuis. (bron: Collega)');
		expect(tekst).toContain('Kenmerk(en) van Veilig Thuis: A-77');
		expect(tekst).toContain('Antwoord: ja. Structureel onveilig thuis.');
		expect(tekst).toContain('Ja, vooraf besproken');
		expect(tekst).toContain('Afgesproken bij de weging: P. Jansen (directeur)');
	});

	it('laat een herzien antwoord weg en toont het antwoord dat nu telt', async () => {
		const m = await voorbereiding(
			...TOT_WEGING,
			ev('AFWEGING_2', { antwoord: 'nee', toelichting: 'VERKEERD: geen onveiligheid.' }),
			ev('HERZIEN', { vraag: 2 }),
			ev('AFWEGING_2', { antwoord: 'twijfel', toelichting: 'Twijfel over de veiligheid.' })
		);
		expect(m.afwegingen.map((a) => [a.nummer, a.antwoord])).toEqual([
			[1, 'ja'],
			[2, 'twijfel']
		]);
		const tekst = meldingTekst(m);
		expect(tekst).not.toContain('VERKEERD');
		expect(tekst).not.toContain('Verkeerd antwoord aangeklikt.');
		expect(tekst).toContain('Twijfel over de veiligheid.');
		expect(m.ouders.soort).toBe('nog-niet');
	});

	it('een overgeslagen gesprek dat herzien werd telt niet; de wettelijke reden om de ouders niet in te lichten wel', async () => {
		const m = await voorbereiding(
			...TOT_STAP3,
			ev('GESPREK_OVERSLAAN', { reden: 'contactbreuk', toelichting: 'INGETROKKEN overslaan.' }),
			ev('HERZIEN', { vraag: 'gesprek' }),
			ev('GESPREK_OVERSLAAN', { reden: 'veiligheid', toelichting: 'Vader dreigde.' }),
			ev('WEGING_VOORBEREID'),
			ev('AFWEGING_1', { antwoord: 'ja' }),
			ev('AFWEGING_2', { antwoord: 'ja' }),
			ev('MELDING_BESPREKEN_OVERSLAAN', {
				reden: 'veiligheid',
				toelichting: 'Risico voor moeder.'
			}),
			ev('MELDING_GEDAAN', { melder: 'P. Jansen', kenmerk: 'VT-123' })
		);
		expect(meldingTekst(m)).not.toContain('INGETROKKEN');
		expect(m.gedaan.find((s) => s.toelichting === 'Vader dreigde.')?.details).toContainEqual([
			'Wettelijke reden',
			REDENEN_ZONDER_GESPREK.veiligheid
		]);
		expect(m.ouders).toEqual({
			soort: 'niet-besproken',
			tekst: `${REDENEN_ZONDER_GESPREK.veiligheid} Risico voor moeder.`,
			wanneer: expect.any(String)
		});
		expect(m.besluit).toBe('De melding is gedaan.');
		expect(m.melder.gemeld).toBe('P. Jansen');
		expect(m.kenmerken).toEqual(['VT-123']);
	});

	it('toont de laatste verbetering van een toelichting, niet de oude tekst', async () => {
		const casus = (await laad(db, rij.id))!;
		await legVast(casus, TOT_WEGING);
		const a1 = casus.regels.at(-1)!.volgnummer;
		expect(await casus.corrigeer(a1, 'Verbeterd: vermoeden blijft.', 'typfout', LATER)).toEqual({
			ok: true
		});
		const m = maakMeldingVoorbereiding(rij, await logboekVan(db, rij.id), 'x', LATER);
		expect(m.afwegingen[0]!.toelichting).toBe('Verbeterd: vermoeden blijft.');
	});
});
