/**
 * Every text the app shows, held to the proofreading rules of tests/tekst/tekstfouten.ts: the
 * content modules and the machine's texts here, the prerendered pages in tests/e2e/teksten.test.ts
 * and every page an end-to-end test checks with `expectAccessible`.
 */
import { describe, expect, it } from 'vitest';
import * as content from '$lib/content';
import * as afwegingskader from '$machines/afwegingskader';
import * as events from '$machines/meldcode.events';
import { BRON } from '$machines/sources';
import { TERMIJN_WAT } from '$lib/dossier/termijnen';
import { DEEL_TITEL } from '$lib/rapport/rapport';
import { STATUS_TEKST, UITKOMST_TEKST } from '$lib/wizard/uitkomst';
import { alsZin } from '$lib/wizard/zin';
import { omschrijving } from '$lib/wizard/omschrijving';
import { aandachtsfunctionaris } from '$lib/instellingen/aandachtsfunctionaris';
import { herhaaldeRegels, paginafouten, tekstfouten } from '../../tekst/tekstfouten';

function teksten(x: unknown, uit: string[] = [], gezien = new Set<unknown>()): string[] {
	if (typeof x === 'string') uit.push(x);
	else if (x && typeof x === 'object' && !gezien.has(x)) {
		gezien.add(x);
		for (const v of Object.values(x)) teksten(v, uit, gezien);
	}
	return uit;
}

describe('de controle zelf', () => {
	it.each([
		['in het geding.. Daarom ben je nu hier.', 'dubbele punt (..)'],
		['Levensgevaar: bel: 112', 'dubbele dubbelepunt'],
		['Bij jullie is de aandachtsfunctionaris: aandachtsfunctionaris.', 'label direct herhaald'],
		['Doorverwezen · Doorverwezen (medewerker) · bijgewerkt', 'label direct herhaald'],
		['Termijn: , 1 maart', 'leesteken na leesteken'],
		['Bij jullie is dat: ().', 'lege haakjes'],
		['Casus undefined', 'technische waarde'],
		['Bespreek het met de de ouders.', 'woord dubbel']
	])('vindt "%s"', (tekst, regel) => {
		expect(tekstfouten(tekst).map((f) => f.regel)).toContain(regel);
	});

	it('een zin die als eerste opsommingspunt terugkomt', () => {
		expect(
			herhaaldeRegels([
				'Bespreek een melding vooraf ook met de leerling zelf; woont hij thuis, dan ook met de ouders.',
				'Bespreek een melding vooraf ook met de leerling zelf.'
			])
		).toHaveLength(1);
	});

	it('laat goed Nederlands staan', () => {
		for (const goed of [
			'Dan kun je je voorbereiden. Weet je zeker dat dat klopt?',
			'Afweging 1: Ja, omdat ...',
			'Bij levensgevaar: 112',
			'Bel Veilig Thuis: 0800-2000',
			'Open · Hulp loopt · bijgewerkt 23 november 2026',
			// Two table cells, as innerText gives them.
			'Vraag 1\tOpen\tOpen'
		])
			expect(paginafouten(goed), goed).toEqual([]);
	});
});

describe('alle teksten', () => {
	const alle = [
		...teksten(content),
		...teksten(afwegingskader),
		...teksten(events),
		...teksten(BRON),
		...teksten(TERMIJN_WAT),
		...teksten(DEEL_TITEL),
		...teksten(STATUS_TEKST),
		...teksten(UITKOMST_TEKST)
	];

	it('de inhoud en de teksten van de statechart', () => {
		expect(alle.length).toBeGreaterThan(500);
		expect(alle.flatMap((t) => tekstfouten(t))).toEqual([]);
	});

	it('een omschrijving als zin, zonder tweede punt ("in het geding.. Daarom")', () => {
		for (const reden of Object.keys(afwegingskader.REDENEN_ZONDER_GESPREK)) {
			const zin = `${alsZin(
				omschrijving({
					event: { type: 'GESPREK_OVERSLAAN', reden, at: '2026-11-23T10:00:00+01:00' },
					toelichting: '-'
				} as Parameters<typeof omschrijving>[0])
			)} Daarom ben je nu hier.`;
			expect(tekstfouten(zin), zin).toEqual([]);
		}
		expect(alsZin('Stap 1 afgerond')).toBe('Stap 1 afgerond.');
	});

	it('de aandachtsfunctionaris: geen echo van de standaardrol, wel wat is ingesteld', () => {
		const w = (rol: string, naam = '') => ({
			aandachtsfunctionarisRol: rol,
			aandachtsfunctionarisNaam: naam
		});
		expect(aandachtsfunctionaris(w('aandachtsfunctionaris'))).toBeNull();
		expect(aandachtsfunctionaris(w(' '))).toBeNull();
		expect(aandachtsfunctionaris(w('aandachtsfunctionaris', 'A. Bakker'))).toBe('A. Bakker');
		expect(aandachtsfunctionaris(w('regisseur veiligheid', ' A. Bakker '))).toBe(
			'A. Bakker (regisseur veiligheid)'
		);
		expect(aandachtsfunctionaris(w('intern begeleider'))).toBe('de intern begeleider');
	});
});
