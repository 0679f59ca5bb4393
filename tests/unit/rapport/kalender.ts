/**
 * An iCalendar file (RFC 5545) checked the way a strict calendar would: parsed by ical.js (an
 * independent parser), and on top of that the rules ical.js is lenient about. It reads `P1DT` as
 * one day, but the grammar (RFC 5545 §3.3.6) wants a unit after `T`, and Outlook and others drop
 * such an event or its alarm. Used by the unit and the end-to-end tests on every calendar file
 * the app makes.
 */
import ICAL from 'ical.js';

// dur-value = (["+"] / "-") "P" (dur-date / dur-time / dur-week)
const TIJD = 'T(\\d+H(\\d+M(\\d+S)?)?|\\d+M(\\d+S)?|\\d+S)';
const DUUR = new RegExp(`^[+-]?P(\\d+W|\\d+D(${TIJD})?|${TIJD})$`);

function fout(reden: string): never {
	throw new Error(`Ongeldig agendabestand: ${reden}`);
}

/** The raw (unfolded) content lines, as `NAAM;PARAMS:waarde`. */
function regels(ics: string): string[] {
	if (!ics.endsWith('\r\n')) fout('het bestand eindigt niet op CRLF');
	for (const r of ics.split('\r\n'))
		if (new TextEncoder().encode(r).length > 75) fout(`regel langer dan 75 octets: ${r}`);
	return ics
		.replace(/\r\n[ \t]/g, '')
		.split('\r\n')
		.filter(Boolean);
}

export function geldigeKalender(ics: string): ICAL.Component {
	for (const r of regels(ics)) {
		const [kop, ...rest] = r.split(':');
		const waarde = rest.join(':');
		const [naam, ...params] = kop!.split(';');
		const isDuur =
			naam === 'DURATION' || (naam === 'TRIGGER' && !params.includes('VALUE=DATE-TIME'));
		if (isDuur && !DUUR.test(waarde)) fout(`${naam}:${waarde} is geen RFC 5545-duur`);
	}
	const kalender = new ICAL.Component(ICAL.parse(ics));
	if (kalender.name !== 'vcalendar') fout('geen VCALENDAR');
	if (kalender.getFirstPropertyValue('version') !== '2.0') fout('VERSION is niet 2.0');
	if (!kalender.getFirstPropertyValue('prodid')) fout('geen PRODID');
	for (const e of kalender.getAllSubcomponents('vevent')) {
		for (const p of ['uid', 'dtstamp', 'dtstart'])
			if (!e.hasProperty(p)) fout(`VEVENT zonder ${p.toUpperCase()}`);
		if (e.hasProperty('dtend') && e.hasProperty('duration')) fout('DTEND én DURATION');
		const event = new ICAL.Event(e);
		if (e.hasProperty('dtend')) {
			if (event.startDate.isDate !== event.endDate.isDate) fout('DTSTART en DTEND verschillen');
			if (event.endDate.compare(event.startDate) <= 0) fout('DTEND niet na DTSTART');
		}
		for (const a of e.getAllSubcomponents('valarm')) {
			const actie = a.getFirstPropertyValue('action');
			if (!actie) fout('VALARM zonder ACTION');
			if (!a.hasProperty('trigger')) fout('VALARM zonder TRIGGER');
			if (actie === 'DISPLAY' && !a.getFirstPropertyValue('description'))
				fout('DISPLAY-alarm zonder DESCRIPTION');
			if (a.hasProperty('duration') !== a.hasProperty('repeat'))
				fout('VALARM met DURATION zonder REPEAT of omgekeerd');
		}
	}
	return kalender;
}

/** When each event's alarms go off, as local `YYYY-MM-DDTHH:MM:SS`. */
export function alarmTijden(e: ICAL.Component): string[] {
	const start = new ICAL.Event(e).startDate;
	return e.getAllSubcomponents('valarm').map((a) => {
		const trigger = a.getFirstPropertyValue('trigger');
		if (!(trigger instanceof ICAL.Duration)) fout('TRIGGER is geen duur');
		const tijd = start.clone();
		// A DATE start becomes midnight of that day once a time is added.
		tijd.isDate = false;
		tijd.addDuration(trigger as ICAL.Duration);
		return tijd.toString();
	});
}
