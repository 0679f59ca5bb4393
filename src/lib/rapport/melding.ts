/**
 * Melding voorbereiden (issue 18, part 3): what Veilig Thuis will ask, filled in from the record.
 *
 * Read like the report: the stored log through the effective log (merges, choices) and the one
 * walk of verloop.ts, so an answer a revision withdrew (herzien) or an entry the machine refused
 * takes no part, and the reasoning is the latest correction. Pure, so the screen, the copied
 * text and the tests share one reading.
 */
import { AFWEGINGSVRAGEN, MELDNORMEN, REDENEN_ZONDER_GESPREK } from '$machines/afwegingskader';
import type { VraagNummer } from '$machines/afwegingskader';
import { stapInfo } from '$machines/waar';
import { AGENDA_STAP_3 } from '$lib/content/bijlage-4-gesprek';
import { VRAGEN_VAN_VEILIG_THUIS } from '$lib/content/melding-voorbereiden';
import { besluitSleutel } from '$lib/dossier/akkoord-regels';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { verloop } from '$lib/dossier/verloop';
import { effectief } from '$lib/dossier/effectief';
import { bronLabel } from '$lib/wizard/bron';
import { HERKOMST, type LogRegel } from '$lib/logboek/logboek';
import { omschrijving } from '$lib/wizard/omschrijving';
import { signaalTeksten } from '$lib/wizard/signaaltekst';
import { datumTekst, tijdTekst } from '$lib/wizard/tijd';
import { wie } from '$lib/wizard/wie';
// The step an entry belongs to, named as in the report (and so this reading keeps the report's
// modules together: the bundler groups modules by the pages that reach them).
import { DEEL_TITEL, deelVan } from './rapport';

export interface MeldingFeit {
	soort: 'feit' | 'hypothese' | 'aanleiding' | 'acuut';
	tekst: string;
	/** Who it comes from, in words: "Eigen waarneming", "Collega", … */
	herkomst: string;
	/** Seen or heard by the school itself, not told by others. */
	eigen: boolean;
	wanneer: string;
}

export interface MeldingStap {
	/** The step, as the report names it: "Stap 2: collegiale consultatie". */
	stap: string;
	wanneer: string;
	wat: string;
	wie: string;
	toelichting: string;
	details: [string, string][];
}

export interface MeldingAfweging {
	nummer: VraagNummer;
	vraag: string;
	antwoord: string;
	toelichting: string;
	afgestemdMet?: string;
	wanneer: string;
	bron: string;
}

export interface MeldingVoorbereiding {
	pseudoniem: string;
	leeftijd: number;
	/** Where the case is now, as the statechart names it. */
	huidig: string;
	/** Decision I: a melding decided, made, or not (yet). */
	besluit: string;
	meldnorm?: string;
	feiten: MeldingFeit[];
	signalen: string[];
	letsel: boolean;
	gedaan: MeldingStap[];
	/** Every kenmerk Veilig Thuis gave (advice, earlier melding). */
	kenmerken: string[];
	afwegingen: MeldingAfweging[];
	melder: { weging?: string; gemeld?: string; instelling: string };
	ouders: { soort: 'besproken' | 'niet-besproken' | 'nog-niet'; tekst: string; wanneer?: string };
	gemaakt: string;
}

function toelichting(r: LogRegel): string {
	return r.correcties?.at(-1)?.tekst ?? r.beslissing.toelichting;
}

const AGENDA_LABEL = new Map(AGENDA_STAP_3.map((p) => [p.id, p.tekst]));

function stapDetails(r: LogRegel): [string, string][] {
	const e = r.beslissing.event;
	const g = r.gegevens;
	const uit: [string, string][] = [];
	if (e.type === 'CONSULTATIE') {
		uit.push(['Met wie', `${e.metWie} (${e.rol})`]);
		if (g?.soort === 'consultatie') uit.push(['Datum', datumTekst(g.datum)]);
		if (e.veiligThuisAdvies || (g?.soort === 'consultatie' && g.anoniemVeiligThuis))
			uit.push(['Advies van Veilig Thuis', 'ja, anoniem']);
		if (e.kenmerk) uit.push(['Kenmerk van Veilig Thuis', e.kenmerk]);
	} else if (e.type === 'GESPREK_GEVOERD' && g?.soort === 'gesprek') {
		uit.push(['Gesprek gevoerd door of met', g.metWie]);
		if (g.agenda.length > 0)
			uit.push(['Besproken', g.agenda.map((a) => AGENDA_LABEL.get(a) ?? a).join(' ')]);
	} else if (e.type === 'GESPREK_OVERSLAAN') {
		uit.push(['Wettelijke reden', REDENEN_ZONDER_GESPREK[e.reden]]);
	} else if (e.type === 'WEGING_VOORBEREID') {
		uit.push(['Wie wegen', e.deelnemers.join(', ')], ['Wie meldt', e.melder]);
	} else if (e.type === 'AFWEGING_4' && e.antwoord === 'ja') {
		uit.push(['Casemanager (regiehouder)', e.casemanager], ['Termijn', datumTekst(e.termijn)]);
	} else if (e.type === 'MELDING_GEDAAN') {
		uit.push(['Melder', e.melder]);
		if (e.kenmerk) uit.push(['Kenmerk van Veilig Thuis', e.kenmerk]);
	}
	return uit;
}

/** What the school did: the steps that are facts, not answers of the afwegingskader. */
const GEDAAN = new Set([
	'CONSULTATIE',
	'CONSULTATIE_AFGEROND',
	'GESPREK_GEVOERD',
	'GESPREK_OVERSLAAN',
	'GESPREK_LATER_GEVOERD',
	'WEGING_VOORBEREID',
	'MELDING_GEDAAN',
	'VT_TERUGKOPPELING',
	'NAZORG'
]);

export function maakMeldingVoorbereiding(
	rij: Pick<CasusRecord, 'id' | 'pseudoniem' | 'leeftijd' | 'variant'>,
	log: readonly LogRecord[],
	melderInstelling: string,
	gemaakt: string
): MeldingVoorbereiding {
	const { regels } = effectief(log);
	const herhaling = verloop(rij, regels);
	const weg = new Set(herhaling.geweigerd);
	// Only what counts: not refused on replay, not withdrawn by a revision, no revision itself.
	const tellen = regels.filter(
		(r, i) =>
			!weg.has(i) &&
			!herhaling.ingetrokken[besluitSleutel(r)] &&
			r.beslissing.event.type !== 'HERZIEN'
	);
	const ctx = herhaling.snapshot.context;

	const feiten: MeldingFeit[] = [];
	const signalen: string[] = [];
	let letsel = false;
	const gedaan: MeldingStap[] = [];
	const kenmerken: string[] = [];
	let wegingMelder: string | undefined;
	let gemeldDoor: string | undefined;
	let ouders: MeldingVoorbereiding['ouders'] = {
		soort: 'nog-niet',
		tekst:
			'Nog niet vastgelegd. Bespreek de melding vooraf met de ouders en/of de leerling, of leg de wettelijke reden vast om dat niet te doen.'
	};

	for (const r of tellen) {
		const e = r.beslissing.event;
		const g = r.gegevens;
		const wanneer = tijdTekst(e.at);
		if (e.type === 'START_STAPPENPLAN' || g?.soort === 'niet-pluis')
			feiten.push({
				soort: 'aanleiding',
				tekst: g?.soort === 'niet-pluis' ? g.tekst : toelichting(r),
				herkomst: `Niet-pluis-gevoel van ${wie(r.door)}`,
				eigen: true,
				wanneer
			});
		if (e.type === 'ACUUT')
			feiten.push({
				soort: 'acuut',
				tekst: toelichting(r),
				herkomst:
					e.soort === 'disclosure'
						? 'De leerling (of een volwassene) vertelde het zelf (disclosure)'
						: `Acuut gevaar, vastgelegd door ${wie(r.door)}`,
				eigen: e.soort !== 'disclosure',
				wanneer
			});
		if (g?.soort === 'stap1') {
			for (const w of g.waarnemingen)
				feiten.push({
					soort: w.soort,
					tekst: w.tekst,
					herkomst: Object.hasOwn(HERKOMST, w.herkomst) ? HERKOMST[w.herkomst] : w.herkomst,
					eigen: w.herkomst === 'eigen-waarneming',
					wanneer
				});
			signalen.push(...signaalTeksten(g, rij.leeftijd));
			letsel ||= g.letsel;
		}
		if (GEDAAN.has(e.type))
			gedaan.push({
				stap: DEEL_TITEL[deelVan(e.type)],
				wanneer,
				wat: omschrijving(r.beslissing),
				wie: wie(r.door),
				toelichting: toelichting(r),
				details: stapDetails(r)
			});
		if ((e.type === 'CONSULTATIE' || e.type === 'MELDING_GEDAAN') && e.kenmerk)
			kenmerken.push(e.kenmerk);
		if (e.type === 'WEGING_VOORBEREID') wegingMelder = e.melder;
		if (e.type === 'MELDING_GEDAAN') gemeldDoor = e.melder;
		if (e.type === 'MELDING_BESPROKEN')
			ouders = { soort: 'besproken', tekst: toelichting(r), wanneer };
		if (e.type === 'MELDING_BESPREKEN_OVERSLAAN')
			ouders = {
				soort: 'niet-besproken',
				tekst: `${REDENEN_ZONDER_GESPREK[e.reden]} ${toelichting(r)}`,
				wanneer
			};
	}

	// The answers that stand now, in the order of the afwegingskader.
	const perSleutel = new Map(tellen.map((r) => [besluitSleutel(r), r]));
	const afwegingen: MeldingAfweging[] = [];
	for (const vraag of AFWEGINGSVRAGEN) {
		const sleutel = herhaling.antwoordVan[vraag.nummer];
		const r = sleutel ? perSleutel.get(sleutel) : undefined;
		if (!r) continue;
		const e = r.beslissing.event as { afgestemdMet?: unknown; antwoord?: unknown };
		afwegingen.push({
			nummer: vraag.nummer,
			vraag: `Afweging ${vraag.nummer} (${vraag.titel.toLowerCase()}): ${vraag.vraag}`,
			antwoord: String(e.antwoord ?? r.beslissing.antwoord),
			toelichting: toelichting(r),
			...(typeof e.afgestemdMet === 'string' && e.afgestemdMet
				? { afgestemdMet: e.afgestemdMet }
				: {}),
			wanneer: tijdTekst(r.beslissing.at),
			bron: bronLabel(r.beslissing.bron)
		});
	}

	const besluit = ctx.gemeldInRonde
		? 'De melding is gedaan.'
		: ctx.besluitI === 'melden'
			? 'Besluit I: melden bij Veilig Thuis.'
			: 'Er is (nog) niet besloten tot een melding.';

	return {
		pseudoniem: rij.pseudoniem,
		leeftijd: rij.leeftijd,
		huidig: stapInfo(herhaling.snapshot).titel,
		besluit,
		...(ctx.meldnorm ? { meldnorm: `Meldnorm ${ctx.meldnorm}: ${MELDNORMEN[ctx.meldnorm]}` } : {}),
		feiten,
		signalen,
		letsel,
		gedaan,
		kenmerken: [...new Set(kenmerken)],
		afwegingen,
		melder: {
			...(wegingMelder ? { weging: wegingMelder } : {}),
			...(gemeldDoor ? { gemeld: gemeldDoor } : {}),
			instelling: melderInstelling
		},
		ouders,
		gemaakt: tijdTekst(gemaakt)
	};
}

const V = VRAGEN_VAN_VEILIG_THUIS;

/** The preparation as plain text, to copy into a form or a note; the same order as the screen. */
export function meldingTekst(m: MeldingVoorbereiding): string {
	const regels: string[] = [];
	const kop = (t: string) => regels.push('', t.toUpperCase());
	regels.push(`Melding voorbereiden: casus ${m.pseudoniem} (${m.leeftijd} jaar)`);
	regels.push(`Stand: ${m.huidig}. ${m.besluit}`);
	if (m.meldnorm) regels.push(m.meldnorm);

	kop(V.gegevens.titel);
	regels.push(
		'Gegevens van leerling en ouders: uit de leerlingadministratie (staan niet in deze app).'
	);

	kop(V.feiten.titel);
	if (m.feiten.length === 0) regels.push('- Geen feiten vastgelegd.');
	for (const f of m.feiten)
		regels.push(
			`- ${f.soort === 'hypothese' ? 'Vermoeden: ' : ''}${f.tekst} (bron: ${f.herkomst})`
		);
	if (m.signalen.length > 0) regels.push(`Signalen: ${m.signalen.join('; ')}`);
	if (m.letsel) regels.push('Letsel gezien: ja (niet zelf beoordeeld; bijlage 7).');

	kop(V.gedaan.titel);
	if (m.gedaan.length === 0) regels.push('- Nog niets vastgelegd.');
	for (const s of m.gedaan) {
		regels.push(`- ${s.stap}, ${s.wanneer}: ${s.wat} (${s.wie}). ${s.toelichting}`);
		for (const [k, w] of s.details) regels.push(`  ${k}: ${w}`);
	}
	if (m.kenmerken.length > 0)
		regels.push(`Kenmerk(en) van Veilig Thuis: ${m.kenmerken.join(', ')}`);

	kop(V.afweging.titel);
	if (m.afwegingen.length === 0) regels.push('- Nog geen afwegingsvragen beantwoord.');
	for (const a of m.afwegingen) {
		regels.push(`- ${a.vraag}`);
		regels.push(`  Antwoord: ${a.antwoord}. ${a.toelichting}`);
		if (a.afgestemdMet) regels.push(`  Besproken met: ${a.afgestemdMet}`);
	}

	kop(V.ouders.titel);
	regels.push(
		`${m.ouders.soort === 'besproken' ? 'Ja, vooraf besproken' : m.ouders.soort === 'niet-besproken' ? 'Nee, niet vooraf besproken' : 'Nog niet'}${m.ouders.wanneer ? ` (${m.ouders.wanneer})` : ''}: ${m.ouders.tekst}`
	);

	kop(V.melder.titel);
	if (m.melder.gemeld) regels.push(`Gemeld door: ${m.melder.gemeld}`);
	if (m.melder.weging) regels.push(`Afgesproken bij de weging: ${m.melder.weging}`);
	regels.push(`Volgens de instellingen van de organisatie: ${m.melder.instelling}`);

	kop(V.daarna.titel);
	regels.push('Afspreken met Veilig Thuis tijdens het gesprek.');

	regels.push('', `Gemaakt op ${m.gemaakt} met Meldcodewijzer. Vertrouwelijk.`);
	return regels.join('\n');
}
