/**
 * Issue 13, rule 7, in the record: after "ja" to sexual abuse or intimidation by a staff member,
 * the report says what the source says follows (the bevoegd gezag consults the
 * vertrouwensinspecteur; the duty to report at a reasonable suspicion of a sexual offence), not an
 * unconditional "ja" that reads as an established aangifteplicht. The bestuurssecretaris is a
 * setting, empty by default.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DossierDB } from '$lib/dossier/db';
import { controleer, logboekVan, nieuweCasus } from '$lib/dossier/dossier';
import { bestuurssecretaris, metBestuurssecretaris } from '$lib/instellingen/bestuurssecretaris';
import { leesInstellingen, STANDAARD } from '$lib/instellingen/instellingen.svelte';
import { maakRapport, type RapportBeslissing } from '$lib/rapport/rapport';
import { ev } from '../machines/voorbeelden';
import { gegevensVoor, laad, nieuweDB, weg } from '../dossier/hulp';

const NU = '2026-11-23T15:00:00.000Z';

let db: DossierDB | undefined;
afterEach(async () => {
	if (db) await weg(db);
	db = undefined;
});

describe('regel 7 in het rapport en de instellingen', () => {
	it.each([
		[
			'ja',
			'Seksueel misbruik of seksuele intimidatie door een medewerker: ja; het bevoegd gezag (directeur of bestuur) overlegt met de vertrouwensinspecteur en moet bij een redelijk vermoeden van een zedenmisdrijf aangifte doen'
		],
		[
			'nee',
			'Seksueel misbruik of seksuele intimidatie door een medewerker: nee; gemeld bij de directeur of het bestuur, het stappenplan is niet van toepassing'
		]
	] as const)('het rapport zegt bij "%s" wat er volgt', async (antwoord, wat) => {
		db = nieuweDB();
		const rij = await nieuweCasus(db, gegevensVoor('school'));
		const casus = (await laad(db, rij.id))!;
		for (const e of [
			ev('START_STAPPENPLAN'),
			ev('SIGNALEN_OVER_MEDEWERKER'),
			ev('MEDEWERKER_ZEDEN', { antwoord })
		])
			expect(await casus.vastleggen(e)).toEqual({ ok: true });

		const rapport = maakRapport(
			rij,
			await logboekVan(db, rij.id),
			await controleer(db, rij.id),
			NU
		);
		const deel = rapport.delen.find((d) => d.sleutel === 'medewerker')!;
		const items = deel.items.filter((i): i is RapportBeslissing => i.soort === 'beslissing');
		expect(items.at(-1)!.wat).toBe(wat);
		expect(items.at(-1)!.bron).toBe(
			'meldcode, stappenplan, ter aanvulling (signalen over een medewerker)'
		);
	});

	it('de bestuurssecretaris: leeg als standaard, dan algemeen; met naam als die is ingesteld', () => {
		expect(STANDAARD.bestuurssecretaris).toBe('');
		expect(bestuurssecretaris(STANDAARD)).toBe('de bestuurssecretaris');
		expect(bestuurssecretaris({ bestuurssecretaris: '  ' })).toBe('de bestuurssecretaris');
		expect(bestuurssecretaris({ bestuurssecretaris: ' A. van der Aa ' })).toBe(
			'de bestuurssecretaris (A. van der Aa)'
		);
		expect(
			metBestuurssecretaris('Meld het bij de directeur of bij de bestuurssecretaris.', {
				bestuurssecretaris: 'A. van der Aa'
			})
		).toBe('Meld het bij de directeur of bij de bestuurssecretaris (A. van der Aa).');
		expect(leesInstellingen({ bestuurssecretaris: 42 }).bestuurssecretaris).toBe('');
		expect(leesInstellingen({ bestuurssecretaris: 'A. van der Aa' }).bestuurssecretaris).toBe(
			'A. van der Aa'
		);
	});
});
