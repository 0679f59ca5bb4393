import { describe, expect, it } from 'vitest';
import { STANDAARD } from '$lib/instellingen/instellingen.svelte';
import {
	leesOrganisatiebestand,
	maakOrganisatiebestand,
	wijzigingen
} from '$lib/instellingen/organisatiebestand';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file from outside, changed at will
type B = any;
const goed = () =>
	JSON.parse(
		maakOrganisatiebestand({
			...STANDAARD,
			organisatie: 'Bestuur X',
			aandachtsfunctionarisNaam: 'Fatima',
			reservekopieElkeDagen: 7
		})
	);

describe('organisatiebestand', () => {
	it('leest een eigen bestand terug, zonder apparaatinstellingen', () => {
		const b = goed();
		expect(b.instellingen.reservekopieElkeDagen).toBeUndefined();
		const r = leesOrganisatiebestand(JSON.stringify(b));
		expect(r.ok && r.waarden.organisatie).toBe('Bestuur X');
		expect(r.ok && wijzigingen(STANDAARD, r.waarden).map((w) => w.veld)).toEqual([
			'organisatie',
			'aandachtsfunctionarisNaam'
		]);
	});
	it.each([
		['verkeerde formaatnaam', (b: B) => (b.format = 'iets-anders'), 'geen organisatiebestand'],
		['nieuwere versie', (b: B) => (b.formatVersion = 2), 'nieuwere versie'],
		['te lang veld', (b: B) => (b.instellingen.organisatie = 'x'.repeat(201)), 'langer dan 200'],
		['onbekend veld', (b: B) => (b.instellingen.wachtwoord = 'x'), 'onbekend veld "wachtwoord"'],
		['casusgegevens', (b: B) => (b.casussen = [{ casus: { pseudoniem: 'AB' } }]), 'casusgegevens']
	])('weigert: %s, met een Nederlandse melding', (_, wijzig, tekst) => {
		const b = goed();
		wijzig(b);
		const r = leesOrganisatiebestand(JSON.stringify(b));
		expect(r.ok).toBe(false);
		expect(!r.ok && r.fout).toContain(tekst);
		expect(!r.ok && r.fout).toContain('Er is niets veranderd.');
	});
});
