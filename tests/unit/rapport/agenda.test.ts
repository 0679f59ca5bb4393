import 'fake-indexeddb/auto';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { DossierDB } from '$lib/dossier/db';
import { logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import {
	AGENDA_OMSCHRIJVING,
	agendaBestand,
	agendaBestandsnaam,
	type AgendaItem
} from '$lib/rapport/agenda';
import { overzichtVan } from '$lib/rapport/overzicht';
import { TERMIJN_WAT } from '$lib/dossier/termijnen';
import { MELDEN, TOT_HULP, TOT_VRAAG2 } from '../machines/helpers';
import { ev, TERMIJN } from '../machines/voorbeelden';
import { alarmTijden, geldigeKalender } from './kalender';
import { gegevensBij, gegevensVoor, laad, legVast, nieuweDB, weg } from '../dossier/hulp';

/** A melding for safety, then help with Veilig Thuis: the feedback and the term are both due. */
const MELDING_EN_HULP: MeldcodeEvent[] = [
	...TOT_VRAAG2,
	ev('AFWEGING_2', { antwoord: 'ja' }),
	...MELDEN,
	ev('VERDER_MET_VEILIG_THUIS'),
	ev('AFWEGING_3', { antwoord: 'ja' }),
	ev('AFWEGING_4')
];

let db: DossierDB;
beforeEach(() => {
	db = nieuweDB();
});
afterEach(() => weg(db));

async function casusMet(pseudoniem: string, events: readonly MeldcodeEvent[]) {
	const rij = await nieuweCasus(db, gegevensVoor('school', { pseudoniem }));
	await legVast((await laad(db, rij.id))!, events);
	return { rij, log: await logboekVan(db, rij.id) };
}

function items(
	rij: { id: string; pseudoniem: string; variant: 'school' | 'basismodel' },
	log: Parameters<typeof overzichtVan>[1]
): AgendaItem[] {
	return overzichtVan(rij, log).termijnen.map((termijn) => ({
		caseId: rij.id,
		pseudoniem: rij.pseudoniem,
		termijn
	}));
}

/** The VEVENTs of a calendar file, checked and parsed back (see kalender.ts). */
function events(ics: string) {
	return geldigeKalender(ics).getAllSubcomponents('vevent');
}

describe('alle termijnen van een casus', () => {
	it('na een melding én hulp: de terugkoppeling van Veilig Thuis en afweging 5, allebei', async () => {
		const { rij, log } = await casusMet('AB', MELDING_EN_HULP);
		expect(overzichtVan(rij, log)).toEqual({
			termijnen: [
				// 23 November 2026 is a Monday: 5 werkdagen later is Monday 30 November.
				{ soort: 'vt-terugkoppeling', datum: '2026-11-30', volgnummer: 10 },
				{ soort: 'afweging-5', datum: TERMIJN, volgnummer: 13 }
			],
			// Decision I (melden, regel 8) and decision II (hulp, regel 13) both wait.
			wachtOpAkkoord: 2,
			afgesloten: false,
			geweigerd: []
		});
	});

	it('na de terugkoppeling van Veilig Thuis valt die termijn weg; na afsluiten alles', async () => {
		const { rij, log } = await casusMet('AB', [
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'ja' }),
			...MELDEN,
			ev('VT_TERUGKOPPELING')
		]);
		expect(overzichtVan(rij, log).termijnen).toEqual([]);
		const dicht = await casusMet('CD', [
			...TOT_VRAAG2.slice(0, -1),
			ev('AFWEGING_1', { antwoord: 'nee' })
		]);
		expect(overzichtVan(dicht.rij, dicht.log)).toEqual({
			termijnen: [],
			wachtOpAkkoord: 1,
			afgesloten: true,
			geweigerd: []
		});
	});
});

describe('termijnen in stap 6 en na heropenen', () => {
	it('stap 6: de evaluatie, en de terugkoppeling van Veilig Thuis zolang die niet binnen is', async () => {
		const { rij, log } = await casusMet('AB', [
			// Melding on meldnorm 2: decision II (geen hulp) is taken, so stap 6 may follow (rule 2).
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'nee' }),
			ev('AFWEGING_3', { antwoord: 'nee' }),
			...MELDEN,
			ev('NAAR_STAP6'),
			ev('NAZORG')
		]);
		expect(overzichtVan(rij, log).termijnen).toEqual([
			{ soort: 'vt-terugkoppeling', datum: '2026-11-30', volgnummer: 11 },
			{ soort: 'evaluatie', datum: '2027-03-01', volgnummer: 13 }
		]);
	});

	it('een heropende casus begint opnieuw: een melding uit de vorige ronde telt niet meer', async () => {
		const { rij, log } = await casusMet('AB', [
			// Melding on meldnorm 2: decision II (geen hulp) is taken, so stap 6 may follow (rule 2).
			...TOT_VRAAG2,
			ev('AFWEGING_2', { antwoord: 'nee' }),
			ev('AFWEGING_3', { antwoord: 'nee' }),
			...MELDEN,
			ev('NAAR_STAP6'),
			ev('AFSLUITEN'),
			ev('HEROPENEN')
		]);
		expect(overzichtVan(rij, log).termijnen).toEqual([]);
	});
});

describe('het agendabestand (.ics)', () => {
	it('is geldig iCalendar met een hele-dag-afspraak per termijn', async () => {
		const { rij, log } = await casusMet('AB', MELDING_EN_HULP);
		const ics = agendaBestand(items(rij, log));
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		const ev = events(ics);
		expect(ev).toHaveLength(2);
		const [vt, a5] = ev.map((e) => new ICAL.Event(e));
		expect(vt!.summary).toBe(`Meldcode AB: ${TERMIJN_WAT['vt-terugkoppeling']}`);
		expect(vt!.startDate.toString()).toBe('2026-11-30');
		expect(vt!.startDate.isDate).toBe(true);
		expect(a5!.summary).toBe(`Meldcode AB: ${TERMIJN_WAT['afweging-5']}`);
		expect(a5!.startDate.toString()).toBe(TERMIJN);
		expect(a5!.sequence).toBe(13);
		// One whole day: DTEND is the next day (exclusive).
		expect(vt!.endDate.toString()).toBe('2026-12-01');
		expect(vt!.endDate.isDate).toBe(true);
	});

	it('herinnert om 08:00 op de dag zelf, met een geldige TRIGGER (niet -PT)', async () => {
		const { rij, log } = await casusMet('AB', MELDING_EN_HULP);
		const ics = agendaBestand(items(rij, log));
		expect(ics).toContain('TRIGGER:PT8H\r\n');
		expect(events(ics).map(alarmTijden)).toEqual([
			['2026-11-30T08:00:00'],
			[`${TERMIJN}T08:00:00`]
		]);
	});

	it.each([
		['DURATION:P1DT', 'DTEND;VALUE=DATE:20261201', 'DURATION:P1DT'],
		['TRIGGER:-PT', 'TRIGGER:PT8H', 'TRIGGER:-PT'],
		['TRIGGER:PT', 'TRIGGER:PT8H', 'TRIGGER:PT']
	])('de controle zelf wijst %s af', async (_, goed, fout) => {
		const { rij, log } = await casusMet('AB', MELDING_EN_HULP);
		const ics = agendaBestand(items(rij, log));
		expect(ics).toContain(goed);
		expect(() => geldigeKalender(ics.replace(goed, fout))).toThrow(/Ongeldig|invalid/);
	});

	it('bestandsnaam: pseudoniem en tijd, zonder tekens die een bestandssysteem weigert', () => {
		const nu = new Date(2026, 10, 23, 10, 15, 30);
		expect(agendaBestandsnaam('AB', nu)).toBe('meldcode-AB-2026-11-23-101530.ics');
		expect(agendaBestandsnaam(null, nu)).toBe('meldcode-herinneringen-2026-11-23-101530.ics');
		// Two exports of one day, a second apart, do not overwrite each other.
		expect(agendaBestandsnaam('AB', new Date(2026, 10, 23, 10, 15, 31))).not.toBe(
			agendaBestandsnaam('AB', nu)
		);
		expect(agendaBestandsnaam('../A/B: C*?.', nu)).toBe('meldcode-A_B_C-2026-11-23-101530.ics');
		expect(agendaBestandsnaam('***', nu)).toBe('meldcode-casus-2026-11-23-101530.ics');
	});

	it('bevat niets van de casus behalve het pseudoniem: geen toelichting, namen of waarnemingen', async () => {
		const { rij, log } = await casusMet('AB', MELDING_EN_HULP);
		const ics = agendaBestand(items(rij, log));
		const toegestaan = new Set([
			'uid',
			'dtstamp',
			'dtstart',
			'dtend',
			'summary',
			'description',
			'sequence',
			'transp',
			'class'
		]);
		for (const e of events(ics)) {
			for (const p of e.getAllProperties()) expect(toegestaan, p.name).toContain(p.name);
			expect(e.getFirstPropertyValue('description')).toBe(AGENDA_OMSCHRIJVING);
			expect(e.getFirstPropertyValue('summary')).toMatch(
				new RegExp(
					`^Meldcode AB: (${Object.values(TERMIJN_WAT)
						.map((t) => t.replace(/[()]/g, '\\$&'))
						.join('|')})$`
				)
			);
			for (const alarm of e.getAllSubcomponents('valarm'))
				expect(alarm.getFirstPropertyValue('description')).toBe('Meldcodewijzer');
		}
		// Everything the user typed or chose in this case stays out.
		const ontvouwen = ics.replace(/\r\n[ \t]/g, '');
		for (const r of log) {
			if (r.soort !== 'beslissing') continue;
			expect(ontvouwen).not.toContain(r.beslissing.toelichting);
			const g = gegevensBij(r.beslissing.event);
			if (g?.soort === 'stap1')
				for (const w of g.waarnemingen) expect(ontvouwen).not.toContain(w.tekst);
		}
		for (const geheim of ['IB-er', 'J. de Vries', 'directeur', 'VT-123'])
			expect(ontvouwen).not.toContain(geheim);
	});

	it('houdt de UID vast per casus en soort termijn: opnieuw importeren werkt bij, dubbelt niet', async () => {
		const a = await casusMet('AB', TOT_HULP);
		const b = await casusMet('CD', TOT_HULP);
		const eerst = events(agendaBestand([...items(a.rij, a.log), ...items(b.rij, b.log)]));
		const opnieuw = events(agendaBestand([...items(a.rij, a.log), ...items(b.rij, b.log)]));
		const uids = (ev: ICAL.Component[]) => ev.map((e) => e.getFirstPropertyValue('uid'));
		expect(uids(opnieuw)).toEqual(uids(eerst));
		expect(new Set(uids(eerst)).size).toBe(2);
		expect(uids(eerst)[0]).toBe(`${a.rij.id}.afweging-5@meldcodewijzer`);
		// Nothing about the pupil in the UID: a random case id and the kind of item.
		expect(uids(eerst)[0]).not.toContain('AB');
	});

	it('weigert geen lege lijst, maar geeft een agenda zonder afspraken', () => {
		expect(events(agendaBestand([]))).toEqual([]);
	});
});
