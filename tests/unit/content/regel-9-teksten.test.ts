/**
 * Issue 13, rule 9: texts that bent seed 004. Each test reads the section of 004 it rests on and
 * holds the app's text to it.
 */
import { describe, expect, it } from 'vitest';
import {
	AFSLUITEN_NA_MELDING,
	BEZWAAR_LEERLING,
	LEEFTIJDSREGELS,
	REF,
	VEILIGHEID_KORTE_TERMIJN,
	WETTEN_BIJLAGE_5
} from '$lib/content';
import { leesSeed004, normaliseer, sectie, vereistSeed004 } from './bron-tekst';

vereistSeed004();
const seed = leesSeed004();
const tekst = (regels: string[]) => normaliseer(regels.join(' '));
const bijlage5 = tekst(sectie(seed, /Bijlage 5: Achtergrondinformatie/, /Bijlage 6:/));
// Bijlage 7 is the last section: it runs to the end of the seed.
const bijlage7 = tekst(seed.slice(seed.findIndex((r) => /Bijlage 7: Hoe beoordeel ik/.test(r))));
const optieI = tekst(sectie(seed, /^OPTIE I: MELDEN/, /^OPTIE II:/));
const stap6 = tekst(sectie(seed, /^Stap 6: Volgen en afsluiten/, /Bijlagen/));

describe('regel 9: letsel onderzoekt de school niet zelf (bijlage 7)', () => {
	it('004 zegt het: nooit zelf beoordelen, niet naar een arts zonder toestemming', () => {
		expect(bijlage7).toMatch(/beoordeel je nooit zelfstandig een lichamelijk letsel/);
		expect(bijlage7).toMatch(/niet meegenomen naar \(of onderzocht door\) een arts/);
	});

	it('de hulptekst over onderzoek naar letsel zegt dat de school dat niet zelf doet, met bijlage 7 als bron', () => {
		const alinea = VEILIGHEID_KORTE_TERMIJN.alineas.find((a) => /letsel/.test(a))!;
		expect(alinea).toMatch(/niet de school/);
		const punt = VEILIGHEID_KORTE_TERMIJN.punten.find((p) => p.id === 'letsel-niet-zelf')!;
		expect(punt.ref).toBe(REF.bijlage7);
		expect(punt.tekst).toMatch(/niet zelf/);
		expect(punt.tekst).toMatch(/Veilig Thuis/);
		expect(punt.tekst).toMatch(/toestemming van de ouders of Veilig Thuis/);
	});
});

describe('regel 9: een melding is geen eindpunt (stap 6)', () => {
	it('004 zegt het', () => {
		expect(stap6).toMatch(/Een melding is geen eindpunt/);
	});

	it('de afsluittekst van het basismodel zegt het ook, en niet dat de meldcode eindigt bij de melding', () => {
		expect(AFSLUITEN_NA_MELDING.tekst).toMatch(/^Een melding is geen eindpunt/);
		expect(AFSLUITEN_NA_MELDING.tekst).not.toMatch(/eindigt (met|bij) de melding/);
		expect(AFSLUITEN_NA_MELDING.tekst).toMatch(/contact met de ouders en de leerling/);
		expect(AFSLUITEN_NA_MELDING.ref).toBe(REF.stap6);
	});
});

describe('regel 9: bijlage 5 noemt de wetten en wat er van een bezwaar van de leerling wordt', () => {
	it('noemt elke wet die 004 noemt, met een jaartal', () => {
		const wetten = [
			'Wet bescherming persoonsgegevens',
			'Wet op de jeugdzorg',
			'Wet inzake de geneeskundige behandelingsovereenkomst'
		];
		for (const wet of wetten) {
			expect(bijlage5).toContain(wet);
			const punt = WETTEN_BIJLAGE_5.punten.find((p) => p.titel?.startsWith(wet));
			expect(punt, wet).toBeDefined();
			expect(punt!.titel).toMatch(/\b(19|20)\d\d\b/);
		}
		expect(WETTEN_BIJLAGE_5.ref).toBe(REF.bijlage5);
	});

	it('zegt dat twee ervan vervangen zijn (en door welke), als aanvulling op 004', () => {
		expect(WETTEN_BIJLAGE_5.kort).toMatch(/Twee daarvan zijn inmiddels vervangen/);
		const vervangen = WETTEN_BIJLAGE_5.punten.filter((p) => /vervangen door/.test(p.tekst));
		expect(vervangen.map((p) => p.id)).toEqual(['wbp', 'wet-op-de-jeugdzorg']);
		expect(vervangen[0]!.tekst).toMatch(/25 mei 2018 .*AVG/);
		expect(vervangen[1]!.tekst).toMatch(/1 januari 2015 .*Jeugdwet/);
		for (const p of vervangen) expect(p.tekst).toMatch(/Aanvulling, niet uit de meldcode/);
		// 004 itself does not say so.
		expect(bijlage5).not.toMatch(/AVG|Jeugdwet|vervangen/);
	});

	it('een bezwaar van de leerling weeg je als in optie I, en het houdt de melding niet tegen', () => {
		expect(optieI).toMatch(/weeg de bezwaren dan af tegen de noodzaak/);
		expect(optieI).toMatch(/doe een melding indien naar uw oordeel de bescherming/);
		expect(BEZWAAR_LEERLING.ref).toBe(REF.stap5OptieI);
		expect(BEZWAAR_LEERLING.tekst).toMatch(/optie I/);
		expect(BEZWAAR_LEERLING.tekst).toMatch(/houdt de melding niet tegen/);
		expect(BEZWAAR_LEERLING.tekst).toMatch(/tegemoet/);
		// Every age from 12 on, 16 and older too, carries it.
		for (const r of LEEFTIJDSREGELS.filter((r) => r.leerlingBijGesprekOverMelding))
			expect(r.punten).toContain(BEZWAAR_LEERLING);
	});
});
