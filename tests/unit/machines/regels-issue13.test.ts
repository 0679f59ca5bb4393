/**
 * The rules of seed 004 that issue 13 added or corrected, one block per rule, named after it.
 * Each test fails on the machine of rules version 1; each block also checks that a decision
 * recorded under version 1 is still judged as it was then (see regelversies.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
	AFGESTEMD_VERPLICHT,
	problemenMet,
	type MeldcodeEvent
} from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import {
	MELDEN,
	MET_VT_TOT_VRAAG3,
	TOT_HULP,
	TOT_STAP3,
	TOT_VRAAG1,
	TOT_VRAAG2,
	TOT_VRAAG3,
	TOT_VRAAG4,
	na,
	stuur,
	waar
} from './helpers.js';
import { ev } from './voorbeelden.js';

const VARIANTEN: Variant[] = ['basismodel', 'school'];

/** The same decision as recorded before rules had a version. */
const v1 = <T extends MeldcodeEvent>(e: T): T => ({ ...e, regels: undefined });

describe('regel 2: besluit II mag na een melding niet worden overgeslagen', () => {
	const gemeldVoorVeiligheid = (v: Variant) =>
		na(v, ...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'twijfel' }), ...MELDEN);
	const afsluitend = (v: Variant) => ev(v === 'school' ? 'NAAR_STAP6' : 'AFSLUITEN');

	it.each(VARIANTEN)('%s: geen stap 6 en geen afsluiten met besluit II open', (v) => {
		const s = gemeldVoorVeiligheid(v);
		expect(s.context.besluitII).toBeNull();
		expect(stuur(s, ev('NAAR_STAP6')).geaccepteerd).toBe(false);
		expect(stuur(s, ev('AFSLUITEN')).geaccepteerd).toBe(false);
		expect(stuur(s, ev('VERDER_MET_VEILIG_THUIS')).waar).toBe('stap4.vraag3');
	});

	it.each(VARIANTEN)('%s: ook na acuut gevaar vóór de weging eerst besluit II', (v) => {
		const s = na(v, ev('START_STAPPENPLAN'), ev('ACUUT'), ...MELDEN);
		expect(stuur(s, afsluitend(v)).geaccepteerd).toBe(false);
	});

	it.each(VARIANTEN)('%s: met besluit II genomen kan het verder', (v) => {
		const s = na(v, ...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }));
		expect(s.context.besluitII).toBe('geen-hulp');
		expect(stuur(s, afsluitend(v)).geaccepteerd).toBe(true);
	});

	it.each(VARIANTEN)('%s: een besluit van vóór regelversie 2 blijft staan', (v) => {
		expect(stuur(gemeldVoorVeiligheid(v), v1(afsluitend(v))).geaccepteerd).toBe(true);
	});
});

describe('regel 3: een overgeslagen gesprek opent geen route zonder melding', () => {
	const OVERGESLAGEN = [
		...TOT_STAP3,
		ev('GESPREK_OVERSLAAN', { reden: 'contactbreuk' }),
		ev('WEGING_VOORBEREID')
	];
	const TOT_VRAAG4_OVERGESLAGEN = [
		...OVERGESLAGEN,
		ev('AFWEGING_1', { antwoord: 'ja' }),
		ev('AFWEGING_2', { antwoord: 'nee' }),
		ev('AFWEGING_3', { antwoord: 'ja' })
	];

	it.each(VARIANTEN)('%s: afweging 1 "nee" kan niet na een overgeslagen gesprek', (v) => {
		const r = stuur(na(v, ...OVERGESLAGEN), ev('AFWEGING_1', { antwoord: 'nee' }));
		expect(r.geaccepteerd).toBe(false);
		expect(r.waar).toBe('stap4.vraag1');
	});

	it.each(VARIANTEN)('%s: afweging 4 "ja" (hulp zonder melding) kan niet; "nee" meldt', (v) => {
		const s = na(v, ...TOT_VRAAG4_OVERGESLAGEN);
		expect(stuur(s, ev('AFWEGING_4')).geaccepteerd).toBe(false);
		expect(stuur(s, ev('AFWEGING_4', { antwoord: 'nee' })).waar).toBe('stap5.melden.bespreken');
	});

	it.each(VARIANTEN)('%s: het gesprek alsnog vastleggen in stap 4 opent ze weer', (v) => {
		const later = stuur(na(v, ...TOT_VRAAG4_OVERGESLAGEN), ev('GESPREK_LATER_GEVOERD'));
		expect(later.geaccepteerd).toBe(true);
		expect(later.waar).toBe('stap4.vraag4');
		expect(later.snapshot.context.stap3).toEqual({
			gevoerd: true,
			later: true,
			reden: 'contactbreuk'
		});
		expect(stuur(later.snapshot, ev('AFWEGING_4')).waar).toBe('stap5.hulpLoopt');
		const vraag1 = stuur(na(v, ...OVERGESLAGEN), ev('GESPREK_LATER_GEVOERD')).snapshot;
		expect(stuur(vraag1, ev('AFWEGING_1', { antwoord: 'nee' })).waar).toBe(
			'afgeslotenGeenVermoeden'
		);
	});

	it('een gevoerd gesprek kan niet nog eens "alsnog" worden vastgelegd', () => {
		expect(stuur(na('school', ...TOT_VRAAG1), ev('GESPREK_LATER_GEVOERD')).geaccepteerd).toBe(
			false
		);
	});

	it('na een melding voor de veiligheid mag hulp naast de melding, samen met Veilig Thuis', () => {
		const s = na(
			'school',
			...OVERGESLAGEN,
			ev('AFWEGING_1', { antwoord: 'ja' }),
			ev('AFWEGING_2', { antwoord: 'ja' }),
			...MELDEN,
			ev('VERDER_MET_VEILIG_THUIS'),
			ev('AFWEGING_3', { antwoord: 'ja' })
		);
		expect(stuur(s, ev('AFWEGING_4')).waar).toBe('stap5.hulpLoopt');
	});

	it('een besluit van vóór regelversie 2 blijft staan', () => {
		expect(
			stuur(na('school', ...OVERGESLAGEN), v1(ev('AFWEGING_1', { antwoord: 'nee' }))).waar
		).toBe('afgeslotenGeenVermoeden');
		expect(stuur(na('school', ...TOT_VRAAG4_OVERGESLAGEN), v1(ev('AFWEGING_4'))).waar).toBe(
			'stap5.hulpLoopt'
		);
	});
});

describe('regel 1: twijfel bij afweging 3 en 4 leidt naar melden', () => {
	it.each(VARIANTEN)('%s: twijfel bij afweging 3 → melden (meldnorm 2)', (v) => {
		const r = stuur(na(v, ...TOT_VRAAG3), ev('AFWEGING_3', { antwoord: 'twijfel' }));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context).toMatchObject({ besluitI: 'melden', meldnorm: 2 });
		expect(r.beslissing?.antwoord).toBe('twijfel');
	});

	it.each(VARIANTEN)('%s: twijfel bij afweging 4 → melden', (v) => {
		const r = stuur(na(v, ...TOT_VRAAG4), ev('AFWEGING_4', { antwoord: 'twijfel' }));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context.besluitI).toBe('melden');
	});

	it('samen met Veilig Thuis na een melding: twijfel bij afweging 3 laat het bij Veilig Thuis', () => {
		const r = stuur(na('school', ...MET_VT_TOT_VRAAG3), ev('AFWEGING_3', { antwoord: 'twijfel' }));
		expect(r.waar).toBe('stap5.gemeld');
		expect(r.snapshot.context.besluitII).toBe('geen-hulp');
	});

	it('afweging 1 en 5 kennen nog steeds geen twijfel', () => {
		const e1 = { ...ev('AFWEGING_1'), antwoord: 'twijfel' } as unknown as MeldcodeEvent;
		expect(stuur(na('school', ...TOT_VRAAG1), e1).geaccepteerd).toBe(false);
	});
});

describe('regel 4: meldnorm 3 "onveiligheid houdt aan" ook in stap 6', () => {
	it.each([
		[
			'na een melding',
			[...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN, ev('NAAR_STAP6')]
		],
		['na hulp met resultaat', [...TOT_HULP, ev('AFWEGING_5')]]
	])('%s: melden op meldnorm 3', (_, events) => {
		const s = na('school', ...events);
		expect(waar(s)).toBe('stap6');
		const r = stuur(s, ev('ONVEILIGHEID_HOUDT_AAN'));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context).toMatchObject({ besluitI: 'melden', meldnorm: 3 });
	});

	it('een beslissing van vóór regelversie 2 werd in stap 6 niet aangenomen en wordt dat nog steeds niet', () => {
		const s = na('school', ...TOT_HULP, ev('AFWEGING_5'));
		expect(stuur(s, v1(ev('ONVEILIGHEID_HOUDT_AAN'))).geaccepteerd).toBe(false);
	});
});

describe('regel 5: afweging 4 ja legt resultaten, rollen en taken vast', () => {
	it.each(['resultaten', 'taken'] as const)('zonder %s wordt afweging 4 ja geweigerd', (veld) => {
		const r = stuur(na('school', ...TOT_VRAAG4), ev('AFWEGING_4', { [veld]: ' ' }));
		expect(r.geaccepteerd).toBe(false);
	});

	it('met alles erbij loopt de hulp, en de afspraken staan in de casus voor afweging 5', () => {
		const s = na('school', ...TOT_HULP);
		expect(s.context.hulp).toMatchObject({
			resultaten: 'Geen nieuwe blauwe plekken; leerling komt op tijd.',
			taken: 'IB-er coördineert, ouders gaan naar opvoedondersteuning.'
		});
	});

	it('een besluit van vóór regelversie 2 (alleen termijn en casemanager) blijft staan', () => {
		const oud = v1(ev('AFWEGING_4', { resultaten: undefined, taken: undefined }));
		expect(stuur(na('school', ...TOT_VRAAG4), oud).waar).toBe('stap5.hulpLoopt');
	});
});

describe('regel 11: stap 2 vraagt overleg met de aandachtsfunctionaris; advies van Veilig Thuis alleen is niet genoeg', () => {
	const VT_ADVIES = ev('CONSULTATIE', {
		metWie: 'Veilig Thuis',
		rol: 'adviseur Veilig Thuis',
		kenmerk: 'A-77',
		veiligThuisAdvies: true
	});
	const STAP2 = [ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD')];

	it('alleen advies van Veilig Thuis: stap 2 afronden wordt geweigerd', () => {
		const s = na('school', ...STAP2, VT_ADVIES);
		expect(s.context).toMatchObject({ consultaties: 1, collegiaal: 0 });
		expect(stuur(s, ev('CONSULTATIE_AFGEROND')).geaccepteerd).toBe(false);
	});

	it('met overleg binnen de school erbij kan het wel', () => {
		const s = na('school', ...STAP2, VT_ADVIES, ev('CONSULTATIE'));
		expect(stuur(s, ev('CONSULTATIE_AFGEROND')).waar).toBe('stap3');
	});

	it('een besluit van vóór regelversie 2 blijft staan', () => {
		const s = na('school', ...STAP2, VT_ADVIES);
		expect(stuur(s, v1(ev('CONSULTATIE_AFGEROND'))).waar).toBe('stap3');
	});
});

describe('regel 6: elk antwoord legt vast met wie het is besproken (stap 4 en 5, vanaf regelversie 3)', () => {
	const zonder = <T extends MeldcodeEvent>(e: T): T => ({ ...e, afgestemdMet: undefined });

	it.each([
		['afweging 1', TOT_VRAAG1, ev('AFWEGING_1')],
		['afweging 2', TOT_VRAAG2, ev('AFWEGING_2')],
		['afweging 3', TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' })],
		['afweging 4', TOT_VRAAG4, ev('AFWEGING_4')]
	] as const)('%s zonder "besproken met" wordt geweigerd, met de reden', (_n, voor, e) => {
		const s = na('school', ...voor);
		expect(stuur(s, zonder(e)).geaccepteerd).toBe(false);
		expect(problemenMet(zonder(e))).toContain(AFGESTEMD_VERPLICHT);
		expect(stuur(s, { ...e, afgestemdMet: '   ' }).geaccepteerd).toBe(false);
		expect(stuur(s, e).geaccepteerd).toBe(true);
	});

	it('afweging 5 op de termijn ook', () => {
		const s = na('school', ...TOT_HULP);
		expect(stuur(s, zonder(ev('AFWEGING_5'))).geaccepteerd).toBe(false);
		expect(stuur(s, ev('AFWEGING_5')).waar).toBe('stap6');
	});

	it('een antwoord van regelversie 1 of 2 zonder "besproken met" blijft staan', () => {
		const s = na('school', ...TOT_VRAAG1);
		expect(stuur(s, v1(zonder(ev('AFWEGING_1')))).waar).toBe('stap4.vraag2');
		expect(stuur(s, { ...zonder(ev('AFWEGING_1')), regels: 2 }).waar).toBe('stap4.vraag2');
	});
});
