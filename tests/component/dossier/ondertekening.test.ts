import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import OndertekeningLabel from '$lib/components/ondertekening/OndertekeningLabel.svelte';
import AkkoordStatus from '$lib/components/ondertekening/AkkoordStatus.svelte';
import { nieuwSleutelpaar, onderteken, type TeamLid } from '$lib/dossier/ondertekening';

const HASH = '5'.repeat(64);

async function opzet() {
	const directeur = await nieuwSleutelpaar();
	const leerkracht = await nieuwSleutelpaar();
	const team: TeamLid[] = [
		{ sleutel: directeur.sleutel, naam: 'P. Jansen', rol: 'directeur', publiek: directeur.publiek },
		{ sleutel: leerkracht.sleutel, naam: 'Kim', rol: 'leerkracht', publiek: leerkracht.publiek }
	];
	return { directeur, leerkracht, team };
}

describe('het label van de ondertekening per regel', () => {
	it('noemt naam en rol bij een sleutel die het team kent', async () => {
		const { directeur, team } = await opzet();
		const ondertekening = await onderteken(HASH, directeur);
		render(OndertekeningLabel, { regel: { hash: HASH, ondertekening }, team });
		expect(
			await screen.findByText('ondertekend door P. Jansen (directeur), sleutel bekend')
		).toBeInTheDocument();
	});

	it('zegt "onbekende sleutel" bij een sleutel buiten het team', async () => {
		const { team } = await opzet();
		const ondertekening = await onderteken(HASH, await nieuwSleutelpaar());
		render(OndertekeningLabel, { regel: { hash: HASH, ondertekening }, team });
		expect(await screen.findByText('ondertekend, onbekende sleutel')).toBeInTheDocument();
	});

	it('zegt "handtekening klopt niet" als de handtekening niet bij de regel hoort', async () => {
		const { directeur, team } = await opzet();
		const ondertekening = await onderteken('6'.repeat(64), directeur);
		render(OndertekeningLabel, { regel: { hash: HASH, ondertekening }, team });
		expect(await screen.findByText('handtekening klopt niet')).toBeInTheDocument();
	});

	it('zegt bij een oude regel dat hij niet ondertekend is', async () => {
		const { team } = await opzet();
		render(OndertekeningLabel, { regel: { hash: HASH }, team });
		expect(
			await screen.findByText('niet ondertekend (vastgelegd vóór ondertekening)')
		).toBeInTheDocument();
	});
});

describe('een ontbrekende handtekening na een ondertekende regel', () => {
	it('heet niet "vóór ondertekening" maar ontbrekend (een weggehaalde handtekening valt op)', async () => {
		const { team } = await opzet();
		render(OndertekeningLabel, { regel: { hash: HASH }, team, naOndertekend: true });
		expect(
			await screen.findByText(
				'niet ondertekend (handtekening ontbreekt, terwijl een eerdere regel ondertekend is)'
			)
		).toBeInTheDocument();
	});
});

describe('het akkoord van de directeur', () => {
	it('telt met de sleutel die het team als directeur kent', async () => {
		const { directeur, team } = await opzet();
		const ondertekening = await onderteken(HASH, directeur);
		render(AkkoordStatus, { akkoord: { hash: HASH, ondertekening }, team });
		expect(await screen.findByText(/^bevestigd: ondertekend door P\. Jansen/)).toBeInTheDocument();
	});

	it('is een onbevestigde claim als "Directeur" alleen in een keuzelijst is gekozen', async () => {
		const { leerkracht, team } = await opzet();
		render(AkkoordStatus, {
			akkoord: { hash: HASH, ondertekening: await onderteken(HASH, leerkracht) },
			team
		});
		expect(
			await screen.findByText(/^onbevestigde claim \(.*Kim \(leerkracht\), niet als directeur\)/)
		).toBeInTheDocument();
	});

	it('is een onbevestigde claim met een sleutel van dit apparaat, ook al staat die als directeur in het team', async () => {
		const { directeur, team } = await opzet();
		render(AkkoordStatus, {
			akkoord: { hash: HASH, ondertekening: await onderteken(HASH, directeur) },
			team,
			vanDitApparaat: new Set([directeur.sleutel])
		});
		expect(
			await screen.findByText(
				/^onbevestigde claim \(ondertekend met een sleutel die op dit apparaat is gemaakt/
			)
		).toBeInTheDocument();
	});
});
