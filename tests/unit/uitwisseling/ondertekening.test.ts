import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { metHash, type ZonderHash } from '$lib/dossier/keten';
import {
	nieuwSleutelpaar,
	onderteken,
	ondertekeningStatus,
	type TeamLid
} from '$lib/dossier/ondertekening';
import { importeerTeam, teamLeden } from '$lib/dossier/team';
import type { LogRecord } from '$lib/dossier/types';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import { lees } from '$lib/uitwisseling/lezen';
import { TOT_VRAAG1 } from '../machines/helpers';
import { casusMet, dump, tweeApparaten } from './hulp';

let a: DossierDB;
let b: DossierDB;
tweeApparaten((x, y) => {
	a = x;
	b = y;
});

async function export_(): Promise<{ bestand: Record<string, unknown>; log: LogRecord[] }> {
	await casusMet(a, TOT_VRAAG1);
	const bestand = JSON.parse(await alsTekst(await maakExport(a, { alle: true })));
	return { bestand, log: bestand.casussen[0].logboek };
}

/** The file with another log; the case row's end follows it, as an attacker would make it. */
function met(bestand: Record<string, unknown>, log: LogRecord[]) {
	const [item] = bestand.casussen as { casus: object }[];
	return JSON.stringify({
		...bestand,
		casussen: [{ ...item, casus: { ...item!.casus, laatsteHash: log.at(-1)!.hash }, logboek: log }]
	});
}

async function statussen(tekst: string, team: readonly TeamLid[]) {
	const r = await lees(tekst);
	if (!r.ok) throw new Error(r.fout);
	return Promise.all(
		r.bestand.casussen[0]!.logboek.map(async (x) => (await ondertekeningStatus(x, team)).soort)
	);
}

/** A chain rebuilt from entry `vanaf` (0-based) on, as an attacker with the file would. */
async function herbouw(
	log: LogRecord[],
	vanaf: number,
	teken?: Awaited<ReturnType<typeof nieuwSleutelpaar>>
) {
	const uit = log.slice(0, vanaf);
	for (const r of log.slice(vanaf)) {
		const { hash: _h, ondertekening, ...inhoud } = r;
		void _h;
		const nieuw = await metHash({
			...inhoud,
			vorigeHash: uit.at(-1)?.hash ?? r.vorigeHash
		} as ZonderHash);
		uit.push({
			...nieuw,
			...(teken
				? { ondertekening: await onderteken(nieuw.hash, teken) }
				: ondertekening
					? { ondertekening }
					: {})
		});
	}
	return uit;
}

describe('handtekeningen in een exportbestand (issue 14)', () => {
	it('een eigen export: elke regel ondertekend; bekend met de teamlijst van de afzender, anders onbekend', async () => {
		const { bestand, log } = await export_();
		const tekst = met(bestand, log);
		expect(await statussen(tekst, [])).toEqual(log.map(() => 'onbekend'));
		await importeerTeam(b, await teamLeden(a));
		expect(await statussen(tekst, await teamLeden(b))).toEqual(log.map(() => 'bekend'));
	});

	it('een gewijzigde of verwisselde handtekening wordt gemarkeerd, niet stil aanvaard', async () => {
		const { bestand, log } = await export_();
		const team = await teamLeden(a);
		const o = log[1]!.ondertekening!;
		const ander = await nieuwSleutelpaar();
		// A signature of entry 1 moved onto entry 2.
		const verplaatst = log.map((r, i) =>
			i === 1 ? { ...r, ondertekening: log[0]!.ondertekening } : r
		);
		// Another key's signature under the known fingerprint and public key.
		const vals = await onderteken(log[1]!.hash, ander);
		const onderValseNaam = log.map((r, i) =>
			i === 1 ? { ...r, ondertekening: { ...o, handtekening: vals.handtekening } } : r
		);
		// Another key, honestly named: signed, but by nobody the team knows.
		const vreemd = log.map((r, i) => (i === 1 ? { ...r, ondertekening: vals } : r));
		expect((await statussen(met(bestand, verplaatst), team))[1]).toBe('klopt-niet');
		expect((await statussen(met(bestand, onderValseNaam), team))[1]).toBe('klopt-niet');
		expect((await statussen(met(bestand, vreemd), team))[1]).toBe('onbekend');
	});

	it('een herbouwde keten na een gewijzigde tekst draagt geen handtekening van een bekende sleutel meer', async () => {
		const { bestand, log } = await export_();
		const team = await teamLeden(a);
		const gewijzigd = log.map((r, i) =>
			i === 2 && r.soort === 'beslissing'
				? { ...r, beslissing: { ...r.beslissing, toelichting: 'Later bedacht.' } }
				: r
		);
		const oudeHandtekeningen = await herbouw(gewijzigd, 2);
		const zelfGetekend = await herbouw(gewijzigd, 2, await nieuwSleutelpaar());
		// The chain itself is sound again (defect 7): the signatures tell.
		expect((await statussen(met(bestand, oudeHandtekeningen), team)).slice(2)).toEqual(
			log.slice(2).map(() => 'klopt-niet')
		);
		expect((await statussen(met(bestand, zelfGetekend), team)).slice(2)).toEqual(
			log.slice(2).map(() => 'onbekend')
		);
		expect((await statussen(met(bestand, zelfGetekend), team)).slice(0, 2)).toEqual([
			'bekend',
			'bekend'
		]);
	});

	it('een handtekening met een vreemde vorm wordt geweigerd met een Nederlandse melding, en er verandert niets', async () => {
		const { bestand, log } = await export_();
		const voor = await dump(b);
		const o = log[0]!.ondertekening!;
		for (const kapot of [
			{ ...o, publiek: { ...o.publiek, d: 'privé' } },
			{ ...o, handtekening: 'x'.repeat(5000) },
			{ ...o, sleutel: 'GEEN-HEX' },
			'ondertekend'
		]) {
			const r = await lees(
				met(
					bestand,
					log.map((x, i) => (i === 0 ? { ...x, ondertekening: kapot } : x)) as LogRecord[]
				)
			);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.fout).toMatch(/casus 1, regel 1, veld "ondertekening/);
		}
		expect(await dump(b)).toBe(voor);
	});
});
