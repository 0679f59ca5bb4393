import { describe, expect, it } from 'vitest';
import { leesInstellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';

describe('instellingen', () => {
	it('hebben zinnige standaarden: de directeur meldt, de schoolvariant met 6 stappen', () => {
		expect(STANDAARD).toMatchObject({
			melder: 'directeur',
			variant: 'school',
			veiligThuisRegio: ''
		});
	});

	it('vallen per veld terug op de standaard bij beschadigde of vreemde waarden', () => {
		const gelezen = leesInstellingen({
			organisatie: 'De Vlinder',
			melder: 42,
			variant: 'zeven stappen',
			veiligThuisRegio: '<script>alert(1)</script>',
			onbekend: 'weg'
		});
		expect(gelezen).toEqual({ ...STANDAARD, organisatie: 'De Vlinder' });
		expect(leesInstellingen(null)).toEqual(STANDAARD);
		expect(leesInstellingen('kapot')).toEqual(STANDAARD);
	});

	it('bewaren een geldig regionaal nummer', () => {
		expect(leesInstellingen({ veiligThuisRegio: '088 - 123 45 67' }).veiligThuisRegio).toBe(
			'088 - 123 45 67'
		);
	});
});
