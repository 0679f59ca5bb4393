/**
 * Every row of the afwegingskader (004 · Stap 4) and every stap-3 / stap-5 rule, on the pure
 * `transition()` API. Expectations are written out by hand, from the source; a second block
 * checks that the texts users read (`afwegingskader.ts`) say what the machine does.
 */
import { describe, expect, it } from 'vitest';
import {
	AFWEGINGSVRAGEN,
	type Antwoord,
	type Gevolg,
	type VraagNummer
} from '../../../machines/afwegingskader.js';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import {
	MELDEN,
	MET_VT_TOT_VRAAG3,
	TOT_HULP,
	TOT_VRAAG1,
	TOT_VRAAG2,
	TOT_VRAAG3,
	TOT_VRAAG4,
	na,
	stuur
} from './helpers.js';
import { TERMIJN, ev } from './voorbeelden.js';

const VARIANTEN: Variant[] = ['basismodel', 'school'];

describe.each(VARIANTEN)('afwegingskader, %s', (variant) => {
	it('afweging 1 nee: geen actie, afsluiten en vastleggen', () => {
		const r = stuur(na(variant, ...TOT_VRAAG1), ev('AFWEGING_1', { antwoord: 'nee' }));
		expect(r.waar).toBe('afgeslotenGeenVermoeden');
		expect(r.snapshot.context.uitkomst).toBe('geen-vermoeden');
		expect(r.snapshot.context.besluitI).toBe('niet-melden');
		expect(r.snapshot.hasTag('afgesloten')).toBe(true);
	});

	it('afweging 1 ja: verder naar afweging 2', () => {
		expect(stuur(na(variant, ...TOT_VRAAG1), ev('AFWEGING_1', { antwoord: 'ja' })).waar).toBe(
			'stap4.vraag2'
		);
	});

	it('afweging 1 kent geen twijfel', () => {
		const r = stuur(na(variant, ...TOT_VRAAG1), {
			...ev('AFWEGING_1'),
			antwoord: 'twijfel'
		} as unknown as MeldcodeEvent);
		expect(r.geaccepteerd).toBe(false);
		expect(r.waar).toBe('stap4.vraag1');
	});

	it.each(['ja', 'twijfel'] as const)(
		'afweging 2 %s: direct melden (meldnorm 1), afweging 3–5 samen met Veilig Thuis',
		(antwoord) => {
			const r = stuur(na(variant, ...TOT_VRAAG2), ev('AFWEGING_2', { antwoord }));
			expect(r.waar).toBe('stap5.melden.bespreken');
			expect(r.snapshot.context).toMatchObject({
				besluitI: 'melden',
				besluitII: null,
				meldnorm: 1,
				samenMetVeiligThuis: true
			});
		}
	);

	it('afweging 2 nee: verder met afweging 3', () => {
		const r = stuur(na(variant, ...TOT_VRAAG2), ev('AFWEGING_2', { antwoord: 'nee' }));
		expect(r.waar).toBe('stap4.vraag3');
		expect(r.snapshot.context.besluitI).toBeNull();
	});

	it('afweging 3 nee: melden (meldnorm 2), besluit II is geen hulp', () => {
		const r = stuur(na(variant, ...TOT_VRAAG3), ev('AFWEGING_3', { antwoord: 'nee' }));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context).toMatchObject({
			besluitI: 'melden',
			besluitII: 'geen-hulp',
			meldnorm: 2,
			samenMetVeiligThuis: false
		});
	});

	it('afweging 3 ja: verder met afweging 4', () => {
		expect(stuur(na(variant, ...TOT_VRAAG3), ev('AFWEGING_3', { antwoord: 'ja' })).waar).toBe(
			'stap4.vraag4'
		);
	});

	it('afweging 4 nee: melden (meldnorm 2)', () => {
		const r = stuur(na(variant, ...TOT_VRAAG4), ev('AFWEGING_4', { antwoord: 'nee' }));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context).toMatchObject({ besluitI: 'melden', meldnorm: 2 });
	});

	it('afweging 4 ja: hulp in gang, met termijn en casemanager; evaluatie op de termijn', () => {
		const r = stuur(na(variant, ...TOT_VRAAG4), ev('AFWEGING_4'));
		expect(r.waar).toBe('stap5.hulpLoopt');
		expect(r.snapshot.context).toMatchObject({
			besluitI: 'niet-melden',
			besluitII: 'hulp',
			uitkomst: 'hulp-loopt',
			hulp: { termijn: TERMIJN, casemanager: 'IB-er' }
		});
	});

	it.each([
		['zonder termijn', { termijn: '' }],
		['met een datum die niet bestaat', { termijn: '2027-02-30' }],
		['zonder casemanager', { casemanager: '   ' }],
		['met een termijn voor de dag van het besluit', { termijn: '2026-11-22' }]
	])('afweging 4 ja %s wordt geweigerd', (_, override) => {
		const r = stuur(na(variant, ...TOT_VRAAG4), {
			...ev('AFWEGING_4'),
			...override
		} as MeldcodeEvent);
		expect(r.geaccepteerd).toBe(false);
		expect(r.waar).toBe('stap4.vraag4');
	});

	it('afweging 5 wordt pas op de afgesproken termijn beantwoord', () => {
		const voor = stuur(
			na(variant, ...TOT_HULP),
			ev('AFWEGING_5', { at: '2027-01-14T23:59:00.000Z' })
		);
		expect(voor.geaccepteerd).toBe(false);
		expect(voor.waar).toBe('stap5.hulpLoopt');
	});

	it('afweging 5 nee: (opnieuw) melden (meldnorm 3)', () => {
		const r = stuur(na(variant, ...TOT_HULP), ev('AFWEGING_5', { antwoord: 'nee' }));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context).toMatchObject({ besluitI: 'melden', meldnorm: 3 });
	});

	it('afweging 5 ja vraagt vastgelegde afspraken over monitoren', () => {
		const r = stuur(na(variant, ...TOT_HULP), ev('AFWEGING_5', { monitoring: '' }));
		expect(r.geaccepteerd).toBe(false);
	});

	it('optie II: melden zodra de onveiligheid niet stopt, ook voor de termijn (meldnorm 3)', () => {
		const r = stuur(na(variant, ...TOT_HULP), ev('ONVEILIGHEID_HOUDT_AAN'));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context.meldnorm).toBe(3);
	});

	describe('afweging 3–5 samen met Veilig Thuis na een melding voor veiligheid', () => {
		it('na de melding is besluit II open en gaat het verder bij afweging 3', () => {
			const gemeld = na(variant, ...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }), ...MELDEN);
			expect(gemeld.hasTag('uitkomst')).toBe(true);
			expect(gemeld.context.uitkomst).toBe('gemeld');
			expect(stuur(gemeld, ev('VERDER_MET_VEILIG_THUIS')).waar).toBe('stap4.vraag3');
		});

		it.each([
			['AFWEGING_3', 'nee'],
			['AFWEGING_4', 'nee']
		] as const)('%s %s: geen tweede melding; Veilig Thuis neemt het over', (type, antwoord) => {
			const start =
				type === 'AFWEGING_3'
					? MET_VT_TOT_VRAAG3
					: [...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'ja' })];
			const r = stuur(na(variant, ...start), ev(type, { antwoord }) as MeldcodeEvent);
			expect(r.waar).toBe('stap5.gemeld');
			expect(r.snapshot.context).toMatchObject({ besluitII: 'geen-hulp', meldingen: 1 });
		});

		it('afweging 4 ja: hulp naast de melding, afweging 5 nee: opnieuw melden', () => {
			const hulp = na(
				variant,
				...MET_VT_TOT_VRAAG3,
				ev('AFWEGING_3', { antwoord: 'ja' }),
				ev('AFWEGING_4')
			);
			expect(hulp.context).toMatchObject({ besluitI: 'melden', besluitII: 'hulp' });
			const r = stuur(hulp, ev('AFWEGING_5', { antwoord: 'nee' }));
			expect(r.waar).toBe('stap5.melden.bespreken');
			const opnieuw = na(
				variant,
				...MET_VT_TOT_VRAAG3,
				ev('AFWEGING_3', { antwoord: 'ja' }),
				ev('AFWEGING_4'),
				ev('AFWEGING_5', { antwoord: 'nee' }),
				...MELDEN
			);
			expect(opnieuw.context.meldingen).toBe(2);
		});

		it('besluit II kan maar één keer samen met Veilig Thuis worden genomen', () => {
			const klaar = na(variant, ...MET_VT_TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }));
			expect(stuur(klaar, ev('VERDER_MET_VEILIG_THUIS')).geaccepteerd).toBe(false);
		});

		it('zonder melding voor veiligheid is er geen besluit II met Veilig Thuis', () => {
			const gemeld = na(variant, ...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN);
			expect(stuur(gemeld, ev('VERDER_MET_VEILIG_THUIS')).geaccepteerd).toBe(false);
		});
	});
});

describe('afsluiten per variant', () => {
	it('basismodel: afweging 5 ja sluit af met monitoringsafspraken', () => {
		const r = stuur(na('basismodel', ...TOT_HULP), ev('AFWEGING_5'));
		expect(r.waar).toBe('afgeslotenMetMonitoring');
		expect(r.snapshot.context.uitkomst).toBe('monitoring');
	});

	it('school: afweging 5 ja gaat naar stap 6, daarna afgesloten met monitoringsafspraken', () => {
		const r = stuur(na('school', ...TOT_HULP), ev('AFWEGING_5'));
		expect(r.waar).toBe('stap6');
		const nazorg = stuur(r.snapshot, ev('NAZORG'));
		expect(nazorg.waar).toBe('stap6');
		expect(nazorg.snapshot.context.volgendeEvaluatie).toBe('2027-03-01');
		expect(stuur(nazorg.snapshot, ev('AFSLUITEN')).waar).toBe('afgeslotenMetMonitoring');
	});

	it('basismodel: na een melding afsluiten, zonder stap 6', () => {
		const gemeld = na(
			'basismodel',
			...TOT_VRAAG3,
			ev('AFWEGING_3', { antwoord: 'nee' }),
			...MELDEN
		);
		expect(stuur(gemeld, ev('NAAR_STAP6')).geaccepteerd).toBe(false);
		expect(stuur(gemeld, ev('AFSLUITEN')).waar).toBe('afgeslotenNaMelding');
	});

	it('school: na een melding eerst stap 6 (een melding is geen eindpunt)', () => {
		const gemeld = na('school', ...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN);
		expect(stuur(gemeld, ev('AFSLUITEN')).geaccepteerd).toBe(false);
		const stap6 = stuur(gemeld, ev('NAAR_STAP6'));
		expect(stap6.waar).toBe('stap6');
		expect(stuur(stap6.snapshot, ev('AFSLUITEN')).waar).toBe('afgeslotenNaMelding');
	});

	it.each(VARIANTEN)('%s: meldnorm 3 na afsluiten: de onveiligheid komt terug → melden', (v) => {
		const dicht =
			v === 'school'
				? na(v, ...TOT_HULP, ev('AFWEGING_5'), ev('AFSLUITEN'))
				: na(v, ...TOT_HULP, ev('AFWEGING_5'));
		const r = stuur(dicht, ev('ONVEILIGHEID_HOUDT_AAN'));
		expect(r.waar).toBe('stap5.melden.bespreken');
		expect(r.snapshot.context.meldnorm).toBe(3);
	});

	it.each(VARIANTEN)(
		'%s: heropenen met nieuwe signalen begint een nieuwe ronde bij stap 1',
		(v) => {
			const dicht = na(v, ...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }));
			const r = stuur(dicht, ev('HEROPENEN'));
			expect(r.waar).toBe('stap1');
			expect(r.snapshot.context).toMatchObject({ antwoorden: {}, uitkomst: null, consultaties: 0 });
		}
	);
});

describe('stap 2: collegiale consultatie is verplicht', () => {
	it('stap 2 afronden zonder consultatie wordt geweigerd', () => {
		const stap2 = na('school', ev('START_STAPPENPLAN'), ev('SIGNALEN_VASTGELEGD'));
		expect(stuur(stap2, ev('CONSULTATIE_AFGEROND')).geaccepteerd).toBe(false);
		const een = stuur(stap2, ev('CONSULTATIE'));
		expect(een.waar).toBe('stap2');
		expect(een.snapshot.context.consultaties).toBe(1);
		expect(stuur(een.snapshot, ev('CONSULTATIE_AFGEROND')).waar).toBe('stap3');
	});
});

describe('stap 3: gesprek met ouders en/of leerling', () => {
	const stap3 = () => na('school', ...TOT_VRAAG1.slice(0, 4));

	it('gesprek gevoerd: verder naar stap 4', () => {
		const r = stuur(stap3(), ev('GESPREK_GEVOERD'));
		expect(r.waar).toBe('stap4.voorbereiding');
		expect(r.snapshot.context.stap3).toEqual({ gevoerd: true });
	});

	it.each(['veiligheid', 'contactbreuk'] as const)(
		'overslaan mag om de wettelijke reden "%s", en die reden wordt bewaard',
		(reden) => {
			const r = stuur(stap3(), ev('GESPREK_OVERSLAAN', { reden }));
			expect(r.waar).toBe('stap4.voorbereiding');
			expect(r.snapshot.context.stap3).toEqual({ gevoerd: false, reden });
			expect(r.beslissing).toMatchObject({ vraagId: 'stap-3-overslaan', antwoord: reden });
		}
	);

	it.each(['geen tijd', '', undefined])(
		'overslaan om een andere reden (%s) wordt geweigerd',
		(reden) => {
			const r = stuur(stap3(), { ...ev('GESPREK_OVERSLAAN'), reden } as unknown as MeldcodeEvent);
			expect(r.geaccepteerd).toBe(false);
			expect(r.waar).toBe('stap3');
		}
	);
});

describe('stap 4: vastleggen met wie gewogen wordt en wie meldt', () => {
	it.each([
		['zonder deelnemers', { deelnemers: [] }],
		['met alleen lege namen', { deelnemers: [' '] }],
		['zonder melder', { melder: '' }]
	])('voorbereiding %s wordt geweigerd', (_, override) => {
		const r = stuur(na('school', ...TOT_VRAAG1.slice(0, 5)), {
			...ev('WEGING_VOORBEREID'),
			...override
		} as MeldcodeEvent);
		expect(r.geaccepteerd).toBe(false);
		expect(r.waar).toBe('stap4.voorbereiding');
	});
});

describe('stap 5, optie I: de melding vooraf bespreken', () => {
	const melden = () => na('school', ...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }));

	it('besproken, dan melden: gemeld bij Veilig Thuis', () => {
		const besproken = stuur(melden(), ev('MELDING_BESPROKEN'));
		expect(besproken.waar).toBe('stap5.melden.doen');
		const gemeld = stuur(besproken.snapshot, ev('MELDING_GEDAAN'));
		expect(gemeld.waar).toBe('stap5.gemeld');
		expect(gemeld.snapshot.context).toMatchObject({ uitkomst: 'gemeld', meldingen: 1 });
	});

	it('melden kan niet voordat het gesprek is gevoerd of met reden is overgeslagen', () => {
		expect(stuur(melden(), ev('MELDING_GEDAAN')).geaccepteerd).toBe(false);
	});

	it.each(['veiligheid', 'contactbreuk'] as const)('informeren overslaan om "%s" mag', (reden) => {
		expect(stuur(melden(), ev('MELDING_BESPREKEN_OVERSLAAN', { reden })).waar).toBe(
			'stap5.melden.doen'
		);
	});

	it('informeren overslaan om een andere reden wordt geweigerd', () => {
		const r = stuur(melden(), {
			...ev('MELDING_BESPREKEN_OVERSLAAN'),
			reden: 'ouders zijn boos'
		} as unknown as MeldcodeEvent);
		expect(r.geaccepteerd).toBe(false);
	});

	it('Veilig Thuis koppelt terug: vastgelegd, de uitkomst blijft gemeld', () => {
		const gemeld = na('school', ...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN);
		const r = stuur(gemeld, ev('VT_TERUGKOPPELING'));
		expect(r.geaccepteerd).toBe(true);
		expect(r.waar).toBe('stap5.gemeld');
	});

	it('besluit I wordt altijd voor besluit II genomen', () => {
		// Decision II may only be set once decision I is: check every state along a long journey.
		const events = [
			...MET_VT_TOT_VRAAG3,
			ev('AFWEGING_3', { antwoord: 'ja' }),
			ev('AFWEGING_4'),
			ev('AFWEGING_5', { antwoord: 'nee' }),
			...MELDEN
		];
		let s = na('school');
		for (const e of events) {
			s = stuur(s, e).snapshot;
			if (s.context.besluitII !== null) expect(s.context.besluitI).not.toBeNull();
		}
	});
});

describe('meldnorm 1: acuut gevaar of disclosure, vanuit elke stap', () => {
	const STAPPEN: [string, MeldcodeEvent[]][] = [
		['start', []],
		['stap1', TOT_VRAAG1.slice(0, 1)],
		['stap2', TOT_VRAAG1.slice(0, 2)],
		['stap3', TOT_VRAAG1.slice(0, 4)],
		['stap4.voorbereiding', TOT_VRAAG1.slice(0, 5)],
		['stap4.vraag1', TOT_VRAAG1],
		['stap4.vraag2', TOT_VRAAG2],
		['stap4.vraag3', TOT_VRAAG3],
		['stap4.vraag4', TOT_VRAAG4],
		['stap5.hulpLoopt', TOT_HULP],
		['stap5.gemeld', [...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }), ...MELDEN]],
		['afgeslotenGeenVermoeden', [...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' })]],
		['stap6', [...TOT_HULP, ev('AFWEGING_5')]],
		['afgeslotenMetMonitoring', [...TOT_HULP, ev('AFWEGING_5'), ev('AFSLUITEN')]]
	];

	it.each(STAPPEN)('vanuit %s leidt ACUUT naar de meldroute', (vanaf, events) => {
		const s = na('school', ...events);
		expect(stuur(s, ev('ACUUT', { soort: 'acuut' })).waar).toBe('stap5.melden.bespreken');
		const d = stuur(s, ev('ACUUT', { soort: 'disclosure' }));
		expect(d.waar, vanaf).toBe('stap5.melden.bespreken');
		expect(d.snapshot.context).toMatchObject({ besluitI: 'melden', meldnorm: 1 });
	});

	it('op de meldroute zelf wordt ACUUT vastgelegd zonder de route opnieuw te beginnen', () => {
		const doen = na('school', ev('ACUUT'), ev('MELDING_BESPREKEN_OVERSLAAN'));
		const r = stuur(doen, ev('ACUUT'));
		expect(r.geaccepteerd).toBe(true);
		expect(r.waar).toBe('stap5.melden.doen');
	});

	it('ACUUT zonder toelichting wordt geweigerd', () => {
		expect(stuur(na('school'), ev('ACUUT', { toelichting: ' ' })).geaccepteerd).toBe(false);
	});
});

describe('signalen over een medewerker: het stappenplan is niet van toepassing', () => {
	it.each([
		['ja', true],
		['nee', false]
	] as const)(
		'zeden %s: doorverwezen; of de aangifteplicht van het bevoegd gezag kan gelden: %s',
		(antwoord, aangifteplicht) => {
			const route = stuur(na('school', ev('START_STAPPENPLAN')), ev('SIGNALEN_OVER_MEDEWERKER'));
			expect(route.waar).toBe('medewerker.aard');
			const r = stuur(route.snapshot, ev('MEDEWERKER_ZEDEN', { antwoord }));
			expect(r.waar).toBe('doorverwezen');
			expect(r.snapshot.status).toBe('done');
			expect(r.snapshot.context).toMatchObject({
				uitkomst: 'doorverwezen',
				medewerker: { aangifteplicht }
			});
		}
	);

	it('kan tot en met de weging, niet meer op de meldroute', () => {
		expect(stuur(na('school', ...TOT_VRAAG4), ev('SIGNALEN_OVER_MEDEWERKER')).waar).toBe(
			'medewerker.aard'
		);
		const melden = na('school', ...TOT_VRAAG3, ev('AFWEGING_3', { antwoord: 'nee' }));
		expect(stuur(melden, ev('SIGNALEN_OVER_MEDEWERKER')).geaccepteerd).toBe(false);
	});
});

describe('de teksten van het afwegingskader zeggen wat de machine doet', () => {
	const VOOR_VRAAG: Record<VraagNummer, MeldcodeEvent[]> = {
		1: TOT_VRAAG1,
		2: TOT_VRAAG2,
		3: TOT_VRAAG3,
		4: TOT_VRAAG4,
		5: TOT_HULP
	};
	const VERWACHT: Record<Gevolg, (n: VraagNummer, v: Variant) => string> = {
		'volgende-vraag': (n) => `stap4.vraag${n + 1}`,
		'afsluiten-geen-vermoeden': () => 'afgeslotenGeenVermoeden',
		melden: () => 'stap5.melden.bespreken',
		'hulp-starten': () => 'stap5.hulpLoopt',
		'afsluiten-met-monitoring': (_, v) => (v === 'school' ? 'stap6' : 'afgeslotenMetMonitoring')
	};
	const rijen = VARIANTEN.flatMap((v) =>
		AFWEGINGSVRAGEN.flatMap((vraag) =>
			vraag.antwoorden.map((a) => [v, vraag.nummer, a.antwoord, a.gevolg] as const)
		)
	);

	it('elke vraag heeft een bron en elke rij een uitleg', () => {
		for (const vraag of AFWEGINGSVRAGEN) {
			expect(vraag.bron).toBe(`004 · Stap 4 · afweging ${vraag.nummer}`);
			for (const a of vraag.antwoorden) expect(a.uitleg.length).toBeGreaterThan(10);
		}
		expect(rijen).toHaveLength(2 * 13);
	});

	it.each(rijen)('%s, afweging %s, %s → %s', (variant, nummer, antwoord, gevolg) => {
		const type = `AFWEGING_${nummer}` as const;
		const event = { ...ev(type), antwoord } as MeldcodeEvent & { antwoord: Antwoord };
		const r = stuur(na(variant, ...VOOR_VRAAG[nummer]), event);
		expect(r.waar).toBe(VERWACHT[gevolg](nummer, variant));
	});
});
