/**
 * Herzien (issue 13): a mistaken answer, or a skipped conversation, is revised with a reason until
 * a melding has been made on its basis; the machine goes back to that question with the case as
 * it was just before the answer. Named cases first, then every generated path.
 */
import { describe, expect, it } from 'vitest';
import { NA_ACUUT, NA_MELDING, teHerzien, waaromNietHerzien } from '../../../machines/herzien.js';
import { problemenMet, type MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import { stap, type MeldcodeSnapshot } from '../../../machines/replay.js';
import {
	MELDEN,
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
import { paden, sleutel } from './paden.js';
import { OP_TERMIJN, ev, ZONDER_HERZIEN } from './voorbeelden.js';

const VARIANTEN: Variant[] = ['basismodel', 'school'];

const herzien = (vraag: (MeldcodeEvent & { type: 'HERZIEN' })['vraag']) => ev('HERZIEN', { vraag });

/** The snapshot's facts a revision must restore: everything but the bookkeeping for revising. */
function feiten(s: MeldcodeSnapshot) {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { terug, ...rest } = s.context;
	return { value: s.value, context: rest };
}

describe('herzien: terug naar de vraag, met de casus zoals hij toen was', () => {
	it.each(VARIANTEN)('%s: afweging 2 ja (melden) herzien vóór de melding', (v) => {
		const voor = na(v, ...TOT_VRAAG2);
		const gemeld = na(
			v,
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'ja' }),
			ev('MELDING_BESPROKEN')
		);
		expect(waar(gemeld)).toBe('stap5.melden.doen');
		const r = stuur(gemeld, herzien(2));
		expect(r.geaccepteerd).toBe(true);
		expect(r.waar).toBe('stap4.vraag2');
		expect(feiten(r.snapshot)).toEqual(feiten(voor));
		expect(r.snapshot.context.besluitI).toBeNull();
		expect(r.snapshot.context.meldnorm).toBeNull();
		// And on from there: the new answer counts.
		expect(stuur(r.snapshot, ev('AFWEGING_2', { antwoord: 'nee' })).waar).toBe('stap4.vraag3');
	});

	it('het besluit wordt vastgelegd met de bron van de vraag die herzien wordt', () => {
		const r = stuur(na('school', ...TOT_VRAAG3), herzien(2));
		expect(r.beslissing).toMatchObject({
			vraagId: 'herzien-afweging-2',
			antwoord: 'herzien',
			toelichting: 'Verkeerd antwoord aangeklikt.'
		});
		expect(r.beslissing!.bron).toMatch(/^004 · Stap 4/);
	});

	it('een eerdere vraag herzien trekt de antwoorden erna ook in', () => {
		const s = na('school', ...TOT_VRAAG4);
		const r = stuur(s, herzien(2));
		expect(r.waar).toBe('stap4.vraag2');
		expect(r.snapshot.context.antwoorden).toEqual({ 1: 'ja' });
		expect(Object.keys(r.snapshot.context.terug).sort()).toEqual(['1']);
		expect(teHerzien(r.snapshot.context)).toEqual([1]);
	});

	it.each(VARIANTEN)('%s: afweging 4 ja herzien terwijl de hulp loopt', (v) => {
		const r = stuur(na(v, ...TOT_HULP), herzien(4));
		expect(r.waar).toBe('stap4.vraag4');
		expect(r.snapshot.context).toMatchObject({
			hulp: null,
			besluitI: null,
			besluitII: null,
			uitkomst: null
		});
		expect(feiten(r.snapshot)).toEqual(feiten(na(v, ...TOT_VRAAG4)));
	});

	it('afweging 5 ja herzien in stap 6: terug naar de lopende hulp', () => {
		const hulp = na('school', ...TOT_HULP);
		const s = na('school', ...TOT_HULP, ev('AFWEGING_5'), ev('NAZORG'));
		expect(waar(s)).toBe('stap6');
		const r = stuur(s, herzien(5));
		expect(r.waar).toBe('stap5.hulpLoopt');
		expect(feiten(r.snapshot)).toEqual(feiten(hulp));
		expect(r.snapshot.context.volgendeEvaluatie).toBeNull();
		expect(r.snapshot.context.gedaan).not.toContain(5);
	});

	it('afweging 1 nee herzien nadat de casus is afgesloten', () => {
		const s = na('school', ...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }));
		expect(s.hasTag('afgesloten')).toBe(true);
		const r = stuur(s, herzien(1));
		expect(r.waar).toBe('stap4.vraag1');
		expect(r.snapshot.context.uitkomst).toBeNull();
		expect(feiten(r.snapshot)).toEqual(feiten(na('school', ...TOT_VRAAG1)));
	});

	it('het overgeslagen gesprek herzien: terug naar stap 3, alle antwoorden erna vervallen', () => {
		const zonder = [...TOT_STAP3, ev('GESPREK_OVERSLAAN'), ev('WEGING_VOORBEREID')];
		const s = na('school', ...zonder, ev('AFWEGING_1', { antwoord: 'ja' }));
		const r = stuur(s, herzien('gesprek'));
		expect(r.waar).toBe('stap3');
		expect(r.snapshot.context.stap3).toBeNull();
		expect(r.snapshot.context.antwoorden).toEqual({});
		expect(feiten(r.snapshot)).toEqual(feiten(na('school', ...TOT_STAP3)));
		expect(stuur(r.snapshot, ev('GESPREK_GEVOERD')).waar).toBe('stap4.voorbereiding');
	});

	it('een later gevoerd gesprek blijft gevoerd als een antwoord wordt herzien', () => {
		const zonder = [...TOT_STAP3, ev('GESPREK_OVERSLAAN'), ev('WEGING_VOORBEREID')];
		const s = na(
			'school',
			...zonder,
			ev('AFWEGING_1', { antwoord: 'ja' }),
			ev('AFWEGING_2', { antwoord: 'nee' })
		);
		const gevoerd = stuur(
			na(
				'school',
				...zonder,
				ev('GESPREK_LATER_GEVOERD'),
				ev('AFWEGING_1', { antwoord: 'ja' }),
				ev('AFWEGING_2', { antwoord: 'nee' })
			),
			herzien(1)
		);
		expect(gevoerd.waar).toBe('stap4.vraag1');
		expect(gevoerd.snapshot.context.stap3).toMatchObject({ gevoerd: true, later: true });
		// Held, it is a fact: the conversation itself can no longer be revised.
		expect(stuur(gevoerd.snapshot, herzien('gesprek')).geaccepteerd).toBe(false);
		expect(stuur(s, herzien('gesprek')).geaccepteerd).toBe(true);
	});
});

describe('herzien: niet na een melding, niet na acuut gevaar, niet zonder reden', () => {
	it.each(VARIANTEN)('%s: na de melding alleen nog een verbetering van de toelichting', (v) => {
		const s = na(v, ...TOT_VRAAG2, ev('AFWEGING_2', { antwoord: 'ja' }), ...MELDEN);
		expect(waar(s)).toBe('stap5.gemeld');
		expect(stuur(s, herzien(2)).geaccepteerd).toBe(false);
		expect(waaromNietHerzien(s.context, 2)).toBe(NA_MELDING);
		expect(teHerzien(s.context)).toEqual([]);
		// Also for the answers given with Veilig Thuis after it.
		const verder = na(
			v,
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'ja' }),
			...MELDEN,
			ev('VERDER_MET_VEILIG_THUIS'),
			ev('AFWEGING_3', { antwoord: 'ja' })
		);
		expect(stuur(verder, herzien(3)).geaccepteerd).toBe(false);
	});

	it.each(VARIANTEN)('%s: na acuut gevaar gaat de melding voor', (v) => {
		const s = na(v, ...TOT_VRAAG3, ev('ACUUT'));
		expect(waar(s)).toBe('stap5.melden.bespreken');
		expect(stuur(s, herzien(2)).geaccepteerd).toBe(false);
		expect(waaromNietHerzien(s.context, 2)).toBe(NA_ACUUT);
	});

	it('een vraag zonder antwoord in deze ronde kan niet worden herzien', () => {
		const s = na('school', ...TOT_VRAAG2);
		expect(stuur(s, herzien(2)).geaccepteerd).toBe(false);
		expect(stuur(s, herzien(3)).geaccepteerd).toBe(false);
		expect(stuur(s, herzien('gesprek')).geaccepteerd).toBe(false);
		expect(stuur(s, herzien(1)).geaccepteerd).toBe(true);
	});

	it('zonder reden, of met een onbekende vraag, wordt niets herzien', () => {
		const s = na('school', ...TOT_VRAAG3);
		const zonderReden = { ...herzien(2), toelichting: ' ' };
		expect(problemenMet(zonderReden)).toContain('Schrijf op waarom: een toelichting is verplicht.');
		expect(stuur(s, zonderReden).geaccepteerd).toBe(false);
		const onbekend = { ...herzien(2), vraag: 7 } as unknown as MeldcodeEvent;
		expect(problemenMet(onbekend)).toContain('Kies welk antwoord je herziet.');
		expect(stuur(s, onbekend).geaccepteerd).toBe(false);
	});

	it('na heropenen zijn de antwoorden van de vorige ronde niet meer te herzien', () => {
		const s = na('school', ...TOT_VRAAG1, ev('AFWEGING_1', { antwoord: 'nee' }), ev('HEROPENEN'));
		expect(teHerzien(s.context)).toEqual([]);
		expect(stuur(s, herzien(1)).geaccepteerd).toBe(false);
	});

	it('afweging 5 op de termijn herzien geeft de lopende hulp terug, met dezelfde termijn', () => {
		const s = na('basismodel', ...TOT_HULP, ev('AFWEGING_5', { at: OP_TERMIJN }));
		const r = stuur(s, herzien(5));
		expect(r.waar).toBe('stap5.hulpLoopt');
		expect(r.snapshot.context.hulp).toEqual(na('basismodel', ...TOT_HULP).context.hulp);
	});
});

/**
 * Over every generated path (both variants): at each state, every revision the machine accepts
 * leads back to exactly the state before that answer on this path, with the same facts; and it
 * accepts one exactly when `teHerzien` names it (the UI's question). Each distinct state is
 * checked once.
 */
describe.each(VARIANTEN)('herzien over alle paden: %s', (variant) => {
	const lijst = paden(variant, ZONDER_HERZIEN);

	it('elke herziening gaat terug naar de toestand van vóór dat antwoord', () => {
		const gezien = new Set<string>();
		const gecontroleerd = new Map<string, number>();
		for (const pad of lijst) {
			// A path that goes on from an outcome has the answers before it off the path.
			const vanafStart = pad.steps[0]!.state.matches({ stappenplan: 'start' });
			/** Per revisable question: the state just before its answer on this path. */
			const voor = new Map<string, MeldcodeSnapshot>();
			for (let i = 1; i < pad.steps.length; i++) {
				const van = pad.steps[i - 1]!.state;
				const { event, state } = pad.steps[i]!;
				if (event.type === 'HEROPENEN') voor.clear();
				if (event.type.startsWith('AFWEGING_')) voor.set(event.type.slice(-1), van);
				if (event.type === 'GESPREK_OVERSLAAN') voor.set('gesprek', van);
				const k = `${sleutel(state)}|${JSON.stringify(state.context.terug)}|${JSON.stringify(state.context.antwoorden)}|${JSON.stringify(state.context.gedaan)}`;
				if (gezien.has(k)) continue;
				gezien.add(k);
				const mag = new Set(teHerzien(state.context).map(String));
				for (const vraag of ['gesprek', 1, 2, 3, 4, 5] as const) {
					const r = stap(state, herzien(vraag));
					const aangenomen = r.beslissing !== null && state.matches('stappenplan');
					if (aangenomen !== mag.has(String(vraag)) && state.matches('stappenplan'))
						expect(aangenomen, `${waar(state)}: herzien ${vraag}`).toBe(mag.has(String(vraag)));
					if (!aangenomen) continue;
					const terug = voor.get(String(vraag));
					if (!terug && !vanafStart) continue;
					expect(
						terug,
						`${waar(state)}: herzien ${vraag} zonder antwoord op dit pad`
					).toBeDefined();
					// A conversation held later stays held: compare with that fact carried over.
					const verwacht = feiten(terug!);
					if (vraag !== 'gesprek') verwacht.context.stap3 = state.context.stap3;
					if (JSON.stringify(feiten(r.snapshot)) !== JSON.stringify(verwacht))
						expect(feiten(r.snapshot), `${waar(state)}: herzien ${vraag}`).toEqual(verwacht);
					gecontroleerd.set(String(vraag), (gecontroleerd.get(String(vraag)) ?? 0) + 1);
				}
			}
		}
		// Every kind of revision was met.
		expect([...gecontroleerd.keys()].sort()).toEqual(['1', '2', '3', '4', '5', 'gesprek']);
		expect([...gecontroleerd.values()].reduce((a, b) => a + b)).toBeGreaterThan(30);
	});
});
