import { describe, expect, it } from 'vitest';
import { leesInstellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';

describe('instellingen', () => {
	it('hebben zinnige standaarden: de directeur meldt, de schoolvariant met 6 stappen', () => {
		expect(STANDAARD).toMatchObject({
			melder: 'directeur',
			variant: 'school',
			veiligThuisRegio: '',
			// Issue 16: a backup reminder every month unless set otherwise.
			reservekopieElkeDagen: 30
		});
		expect(leesInstellingen({ reservekopieElkeDagen: 7 }).reservekopieElkeDagen).toBe(7);
		expect(leesInstellingen({ reservekopieElkeDagen: 0 }).reservekopieElkeDagen).toBe(0);
		expect(leesInstellingen({ reservekopieElkeDagen: 12 }).reservekopieElkeDagen).toBe(30);
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
