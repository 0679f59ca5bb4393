/**
 * Issue 16, "set up once": the first-run form and the organisation file's preview, driven by
 * role and label as a school's staff member would use them.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import InrichtenFormulier from '$lib/components/instellingen/InrichtenFormulier.svelte';
import OrganisatiebestandInlezen from '$lib/components/instellingen/OrganisatiebestandInlezen.svelte';
import { instellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import { maakOrganisatiebestand } from '$lib/instellingen/organisatiebestand';

const SLEUTEL = 'meldcodewijzer.instellingen.v1';

beforeEach(() => {
	localStorage.clear();
	instellingen.laden();
});

const opgeslagen = () => JSON.parse(localStorage.getItem(SLEUTEL) ?? 'null');

describe('InrichtenFormulier', () => {
	it('bewaart de namen en nummers van de school, en de startpagina vraagt er niet meer om', async () => {
		const user = userEvent.setup();
		render(InrichtenFormulier);
		expect(instellingen.vraagInrichten).toBe(true);

		await user.type(screen.getByLabelText('Naam van de school'), 'Basisschool De Linde');
		await user.type(screen.getByLabelText('Naam van de aandachtsfunctionaris'), 'A. Bakker');
		const rol = screen.getByLabelText('Functie van de aandachtsfunctionaris');
		await user.clear(rol);
		await user.type(rol, 'intern begeleider');
		await user.type(
			screen.getByLabelText('Telefoonnummer van Veilig Thuis in jullie regio'),
			'088 123 45 67'
		);
		await user.type(screen.getByLabelText('Naam van de bestuurssecretaris'), 'M. de Groot');
		const lvs = screen.getByLabelText('Naam van het leerlingvolgsysteem');
		await user.clear(lvs);
		await user.type(lvs, 'ParnasSys');
		const termijn = screen.getByLabelText(/Bewaartermijn van afgesloten casussen/);
		await user.clear(termijn);
		await user.type(termijn, '36');
		await user.click(screen.getByRole('button', { name: 'Bewaren' }));

		expect(screen.getByRole('status')).toHaveTextContent('Bewaard.');
		expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toBeInTheDocument();
		expect(instellingen.waarden).toMatchObject({
			organisatie: 'Basisschool De Linde',
			aandachtsfunctionarisNaam: 'A. Bakker',
			aandachtsfunctionarisRol: 'intern begeleider',
			veiligThuisRegio: '088 123 45 67',
			bestuurssecretaris: 'M. de Groot',
			leerlingvolgsysteem: 'ParnasSys',
			bewaartermijnMaanden: 36,
			// Not on this form: kept as it was.
			reservekopieElkeDagen: STANDAARD.reservekopieElkeDagen
		});
		expect(opgeslagen()).toMatchObject({ organisatie: 'Basisschool De Linde' });
		expect(instellingen.vraagInrichten).toBe(false);
	});

	it('een leeggemaakte functie of systeemnaam wordt weer het algemene woord', async () => {
		const user = userEvent.setup();
		render(InrichtenFormulier);
		await user.clear(screen.getByLabelText('Functie van de aandachtsfunctionaris'));
		await user.clear(screen.getByLabelText('Naam van het leerlingvolgsysteem'));
		await user.click(screen.getByRole('button', { name: 'Bewaren' }));
		expect(instellingen.waarden.aandachtsfunctionarisRol).toBe('aandachtsfunctionaris');
		expect(instellingen.waarden.leerlingvolgsysteem).toBe('het leerlingvolgsysteem');
		// Saved on purpose with the generic words: the start page stops asking anyway.
		expect(instellingen.vraagInrichten).toBe(false);
	});

	it('een fout nummer of termijn wordt genoemd bij het veld, krijgt de focus en bewaart niets', async () => {
		const user = userEvent.setup();
		render(InrichtenFormulier);
		await user.type(screen.getByLabelText('Naam van de school'), 'De Linde');
		const vt = screen.getByLabelText('Telefoonnummer van Veilig Thuis in jullie regio');
		await user.type(vt, 'bel de regio');
		const termijn = screen.getByLabelText(/Bewaartermijn van afgesloten casussen/);
		await user.clear(termijn);
		await user.type(termijn, '0');
		await user.click(screen.getByRole('button', { name: 'Bewaren' }));

		const fouten = screen.getByRole('alert');
		expect(fouten).toHaveFocus();
		expect(fouten).toHaveTextContent('Nog niet bewaard');
		expect(fouten).toHaveTextContent('alleen cijfers, spaties');
		expect(fouten).toHaveTextContent('van 1 tot en met 240');
		expect(vt).toHaveAttribute('aria-invalid', 'true');
		expect(vt).toHaveAccessibleDescription(/alleen cijfers, spaties/);
		expect(termijn).toHaveAccessibleDescription(/van 1 tot en met 240/);
		expect(instellingen.waarden.organisatie).toBe('');
		expect(localStorage.getItem(SLEUTEL)).toBeNull();
		expect(instellingen.vraagInrichten).toBe(true);
	});
});

function bestand(tekst: string, naam = 'organisatie.json') {
	return new File([tekst], naam, { type: 'application/json' });
}

const VAN_BESTUUR = maakOrganisatiebestand({
	...STANDAARD,
	organisatie: 'Stichting Primair Onderwijs Noord',
	aandachtsfunctionarisNaam: 'F. el Amrani',
	aandachtsfunctionarisRol: 'coördinator sociale veiligheid',
	veiligThuisRegio: '088 - 555 00 11',
	bewaartermijnMaanden: 24
});

describe('OrganisatiebestandInlezen', () => {
	it('toont eerst wat er verandert, en neemt het pas over na "Overnemen"', async () => {
		const user = userEvent.setup();
		render(OrganisatiebestandInlezen);
		await user.upload(screen.getByLabelText('Organisatiebestand (.json)'), bestand(VAN_BESTUUR));

		const kop = await screen.findByRole('heading', { name: 'Wat er verandert als je overneemt' });
		expect(kop).toHaveFocus();
		const voorbeeld = screen.getByRole('region', { name: 'Wat er verandert als je overneemt' });
		const regels = within(voorbeeld).getAllByRole('listitem');
		// The bewaartermijn is already 24 here, so it is not listed.
		expect(regels.map((r) => r.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'Naam van de organisatie of school nu: (leeg) wordt: Stichting Primair Onderwijs Noord',
			'Aandachtsfunctionaris: rol nu: aandachtsfunctionaris wordt: coördinator sociale veiligheid',
			'Aandachtsfunctionaris: naam nu: (leeg) wordt: F. el Amrani',
			'Veilig Thuis in de regio nu: (leeg) wordt: 088 - 555 00 11'
		]);
		// Reading wrote nothing.
		expect(instellingen.waarden).toEqual(STANDAARD);
		expect(localStorage.getItem(SLEUTEL)).toBeNull();

		await user.click(within(voorbeeld).getByRole('button', { name: 'Overnemen' }));
		expect(screen.getByRole('status')).toHaveTextContent('Overgenomen: 4 instellingen.');
		expect(screen.getByRole('status')).toHaveFocus();
		expect(instellingen.waarden).toMatchObject({
			organisatie: 'Stichting Primair Onderwijs Noord',
			aandachtsfunctionarisNaam: 'F. el Amrani',
			veiligThuisRegio: '088 - 555 00 11'
		});
		expect(opgeslagen()).toMatchObject({ aandachtsfunctionarisNaam: 'F. el Amrani' });
		expect(instellingen.vraagInrichten).toBe(false);
		expect(screen.queryByRole('region')).toBeNull();
	});

	it('"Niet overnemen" laat alles zoals het was', async () => {
		const user = userEvent.setup();
		render(OrganisatiebestandInlezen);
		const veld = screen.getByLabelText('Organisatiebestand (.json)');
		await user.upload(veld, bestand(VAN_BESTUUR));
		await user.click(await screen.findByRole('button', { name: 'Niet overnemen' }));
		expect(screen.queryByRole('region')).toBeNull();
		expect(veld).toHaveFocus();
		expect(instellingen.waarden).toEqual(STANDAARD);
		expect(localStorage.getItem(SLEUTEL)).toBeNull();
	});

	it('een bestand zonder verschil zegt dat het niets verandert', async () => {
		const user = userEvent.setup();
		render(OrganisatiebestandInlezen);
		await user.upload(
			screen.getByLabelText('Organisatiebestand (.json)'),
			bestand(maakOrganisatiebestand(STANDAARD))
		);
		expect(
			await screen.findByRole('heading', { name: 'Dit bestand verandert niets' })
		).toHaveFocus();
		expect(screen.queryByRole('button', { name: 'Overnemen' })).toBeNull();
	});

	const aangepast = (wijzig: (b: Record<string, Record<string, unknown>>) => void) => {
		const b = JSON.parse(VAN_BESTUUR);
		wijzig(b);
		return JSON.stringify(b);
	};
	it.each([
		['kapot (geen JSON)', VAN_BESTUUR.slice(0, 80), 'geen JSON'],
		[
			'met de hand veranderd: geen telefoonnummer',
			aangepast((b) => (b.instellingen!.veiligThuisRegio = 'bel maar')),
			'"Veilig Thuis in de regio" niet: is geen telefoonnummer'
		],
		[
			'met de hand veranderd: een veld erbij',
			aangepast((b) => (b.instellingen!.wachtwoord = 'geheim')),
			'onbekend veld "wachtwoord"'
		],
		[
			'een casusexport in plaats van een organisatiebestand',
			JSON.stringify({ format: 'meldcodewijzer-dossier', formatVersion: 3, casussen: [] }),
			'bevat casusgegevens'
		],
		['van een nieuwere app', aangepast((b) => (b.formatVersion = 2 as never)), 'nieuwere versie']
	])(
		'weigert een bestand dat %s is, in het Nederlands, en schrijft niets',
		async (_, tekst, fout) => {
			const user = userEvent.setup();
			render(OrganisatiebestandInlezen);
			await user.upload(screen.getByLabelText('Organisatiebestand (.json)'), bestand(tekst));
			const melding = await screen.findByRole('alert');
			expect(melding).toHaveTextContent(fout);
			expect(melding).toHaveTextContent('Er is niets veranderd.');
			expect(screen.queryByRole('button', { name: 'Overnemen' })).toBeNull();
			expect(instellingen.waarden).toEqual(STANDAARD);
			expect(localStorage.getItem(SLEUTEL)).toBeNull();
			expect(instellingen.vraagInrichten).toBe(true);
		}
	);
});
