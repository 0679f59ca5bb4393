/**
 * The report of one case, built from the stored log exactly as it is (not from the screen): every
 * decision per step with its reasoning, corrections shown as corrections, the directeur's
 * sign-offs, and the integrity of the chain. Pure, so the printable page and the note for the
 * pupil file share it and the tests can check it without a browser.
 *
 * The log may hold entry kinds this version does not know (written by a newer version, or by a
 * merge of two devices): they are listed generically in their place, never dropped, never a crash.
 */
import type { Ondertekening } from '$lib/dossier/ondertekening';
import { stapInfo } from '$machines/waar';
import type { Variant } from '$machines/meldcode.machine';
import type { MeldcodeEventType } from '$machines/meldcode.events';
import { AGENDA_STAP_3, DOCUMENTEN } from '$lib/content';
import {
	akkoordSleutel,
	besluitSleutel,
	BESLUIT_TEKST,
	besluitTekst,
	wachtOpAkkoord
} from '$lib/dossier/akkoord-regels';
import type { Verificatie } from '$lib/dossier/keten';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { effectief, type Besluit } from '$lib/dossier/effectief';
import { verloop, type Intrekking } from '$lib/dossier/verloop';
import { TERMIJN_WAT, termijnen } from '$lib/dossier/termijnen';
import { bronLabel } from '$lib/wizard/bron';
import { HERKOMST, type Actor, type LogRegel } from '$lib/logboek/logboek';
import { signaalTeksten } from '$lib/wizard/signaaltekst';
import { omschrijving } from '$lib/wizard/omschrijving';
import { intrekkingTekst } from '$lib/wizard/herzien-tekst';
import { wie } from '$lib/wizard/wie';

export { wie };
import { datumTekst, tijdTekst } from '$lib/wizard/tijd';
import { STATUS_TEKST, UITKOMST_TEKST, zonderAkkoordTekst } from '$lib/wizard/uitkomst';

export type DeelSleutel =
	| 'start'
	| 'stap1'
	| 'stap2'
	| 'stap3'
	| 'stap4'
	| 'stap5'
	| 'stap6'
	| 'afsluiten'
	| 'heropend'
	| 'medewerker'
	| 'overig';

export const DEEL_TITEL: Record<DeelSleutel, string> = {
	start: 'Start: niet-pluis-gevoel',
	stap1: 'Stap 1: signalen in kaart brengen',
	stap2: 'Stap 2: collegiale consultatie',
	stap3: 'Stap 3: gesprek met ouders en/of leerling',
	stap4: 'Stap 4: wegen (afwegingskader)',
	stap5: 'Stap 5: beslissen',
	stap6: 'Stap 6: volgen en afsluiten',
	afsluiten: 'Afsluiten',
	heropend: 'Casus heropend: een nieuwe ronde',
	medewerker: 'Signalen over een medewerker',
	overig: 'Overige regels'
};

const DEEL_VAN: Record<MeldcodeEventType, DeelSleutel> = {
	START_STAPPENPLAN: 'start',
	SIGNALEN_OVER_MEDEWERKER: 'medewerker',
	MEDEWERKER_ZEDEN: 'medewerker',
	ACUUT: 'stap5',
	SIGNALEN_VASTGELEGD: 'stap1',
	CONSULTATIE: 'stap2',
	CONSULTATIE_AFGEROND: 'stap2',
	GESPREK_GEVOERD: 'stap3',
	GESPREK_OVERSLAAN: 'stap3',
	GESPREK_LATER_GEVOERD: 'stap3',
	WEGING_VOORBEREID: 'stap4',
	AFWEGING_1: 'stap4',
	AFWEGING_2: 'stap4',
	AFWEGING_3: 'stap4',
	AFWEGING_4: 'stap4',
	AFWEGING_5: 'stap5',
	MELDING_BESPROKEN: 'stap5',
	MELDING_BESPREKEN_OVERSLAAN: 'stap5',
	MELDING_GEDAAN: 'stap5',
	VT_TERUGKOPPELING: 'stap5',
	VERDER_MET_VEILIG_THUIS: 'stap5',
	ONVEILIGHEID_HOUDT_AAN: 'stap5',
	NAAR_STAP6: 'stap6',
	NAZORG: 'stap6',
	AFSLUITEN: 'afsluiten',
	HEROPENEN: 'heropend',
	// Beside the answers it revises: stap 4 (afweging 5 is asked in stap 5, and is revised there too).
	HERZIEN: 'stap4'
};

export { UITKOMST_TEKST };

/** The part of the report (the step) an entry of this type belongs to. */
export function deelVan(type: string): DeelSleutel {
	return Object.hasOwn(DEEL_VAN, type) ? DEEL_VAN[type as MeldcodeEventType] : 'overig';
}

/**
 * Every item, correction and sign-off has a `sleutel` that is unique in the report (its entry's
 * hash): numbers repeat after a merge (both devices number their own entries), so a view keyed
 * by number would meet the same key twice.
 */
export interface RapportCorrectie {
	sleutel: string;
	volgnummer: number;
	wanneer: string;
	wie: string;
	tekst: string;
	reden: string;
}

export interface RapportAkkoord {
	sleutel: string;
	/** The number of the decision signed. */
	volgnummer: number;
	besluit: string;
	wie: string;
	wanneer: string;
	notitie?: string;
	/** What proves who gave it (issue 14): whether it counts is akkoord-bevestiging.ts's question. */
	bewijs: { hash?: string; ondertekening?: Ondertekening };
}

export interface RapportWaarneming {
	soort: 'feit' | 'hypothese';
	tekst: string;
	herkomst: string;
}

export interface RapportBeslissing {
	soort: 'beslissing';
	sleutel: string;
	volgnummer: number;
	wat: string;
	wanneer: string;
	/** The decision's own date (YYYY-MM-DD), for the note. */
	datum: string;
	wie: string;
	bron: string;
	/** The reasoning as it stands now (the last correction, or the original). */
	toelichting: string;
	/** The original reasoning, only when it was corrected. */
	oorspronkelijk?: string;
	correcties: RapportCorrectie[];
	/** Facts the screen recorded beside the reasoning, as label and value. */
	details: [string, string][];
	signalen: string[];
	waarnemingen: RapportWaarneming[];
	akkoord?: RapportAkkoord;
	/** A stap-5 decision that still waits for the directeur's sign-off. */
	wachtOpAkkoord: boolean;
	/** Came in through a samenvoeging: how, in words. */
	samengevoegd?: string;
	/** Not followed (the other version was chosen, or a choice is still open): why, in words. */
	nietGevolgd?: string;
	/** Revised, or withdrawn with a revised answer before it (herzien): when, by whom, why. */
	herzien?: string;
}

/** An entry of a kind this version does not know: shown with what every entry has. */
export interface RapportOnbekend {
	soort: 'onbekend';
	sleutel: string;
	volgnummer: number;
	wat: string;
	wanneer: string;
	wie: string;
}

export type RapportItem = RapportBeslissing | RapportOnbekend;

export interface RapportDeel {
	sleutel: DeelSleutel;
	titel: string;
	items: RapportItem[];
}

export interface Rapport {
	pseudoniem: string;
	leeftijd: number;
	variant: Variant;
	aangemaakt: string;
	status: string;
	uitkomst: string;
	/** Where the case is now, as the statechart names it. */
	huidig: string;
	/** What is due and when (from `termijnen`), earliest first: "Evaluatie (stap 6), 1 maart 2027". */
	termijnen: string[];
	delen: RapportDeel[];
	akkoorden: RapportAkkoord[];
	wachtOpAkkoord: string[];
	/** What an unsigned decision says here: "wacht op akkoord", or closed without one. */
	zonderAkkoord: string;
	integriteit: { ok: boolean; tekst: string };
	/** Entries the statechart did not accept on replay (a damaged or foreign log). */
	geweigerd: number[];
	bronnen: string[];
	document: string;
	gemaakt: string;
}

function tekst(waarde: unknown, standaard = ''): string {
	return typeof waarde === 'string' ? waarde : standaard;
}

function wanneer(at: unknown): string {
	try {
		return typeof at === 'string' ? tijdTekst(at) : 'onbekend tijdstip';
	} catch {
		return tekst(at, 'onbekend tijdstip');
	}
}

function datumVan(iso: string): string {
	try {
		return datumTekst(iso);
	} catch {
		return iso;
	}
}

const AGENDA_LABEL = new Map(AGENDA_STAP_3.map((p) => [p.id, p.tekst]));

function details(r: LogRegel): [string, string][] {
	const e = r.beslissing.event;
	const g = r.gegevens;
	const uit: [string, string][] = [];
	// Typed on the start screen before the staff route was chosen there (see NaarMedewerker).
	if (g?.soort === 'niet-pluis') uit.push(['Niet-pluis-gevoel', tekst(g.tekst)]);
	switch (e.type) {
		case 'CONSULTATIE':
			uit.push(['Met wie', e.metWie], ['Rol', e.rol]);
			if (g?.soort === 'consultatie') {
				uit.push(['Datum van de consultatie', datumVan(g.datum)]);
				uit.push(['Anoniem advies van Veilig Thuis', g.anoniemVeiligThuis ? 'ja' : 'nee']);
			}
			if (e.kenmerk) uit.push(['Kenmerk van Veilig Thuis', e.kenmerk]);
			break;
		case 'GESPREK_GEVOERD':
			if (g?.soort === 'gesprek') {
				uit.push(['Gesprek gevoerd door of met', g.metWie]);
				if (g.agenda.length > 0)
					uit.push(['Besproken', g.agenda.map((a) => AGENDA_LABEL.get(a) ?? a).join(' ')]);
			}
			break;
		case 'WEGING_VOORBEREID':
			uit.push(['Wie wegen', e.deelnemers.join(', ')], ['Wie meldt', e.melder]);
			break;
		case 'AFWEGING_4':
			if (e.antwoord === 'ja') {
				uit.push(['Termijn', datumVan(e.termijn)], ['Casemanager (regiehouder)', e.casemanager]);
				// Rule 5: what afweging 5 evaluates (absent in decisions of rules v1).
				if (e.resultaten) uit.push(['Afgesproken resultaten', e.resultaten]);
				if (e.taken) uit.push(['Rollen en taken', e.taken]);
			}
			break;
		case 'AFWEGING_5':
			if (e.antwoord === 'ja') uit.push(['Afspraken over het volgen', e.monitoring]);
			break;
		case 'MELDING_GEDAAN':
			uit.push(['Melder', e.melder]);
			if (e.kenmerk) uit.push(['Kenmerk van Veilig Thuis', e.kenmerk]);
			break;
		case 'NAZORG':
			uit.push(['Volgende evaluatie', datumVan(e.volgendeEvaluatie)]);
			break;
	}
	// Rule 6: with whom the answer was discussed (rules v3; earlier answers have none).
	if ('afgestemdMet' in e && typeof e.afgestemdMet === 'string' && e.afgestemdMet)
		uit.push(['Besproken met', e.afgestemdMet]);
	if (g?.soort === 'stap1') uit.push(['Letsel gezien', g.letsel ? 'ja' : 'nee']);
	return uit;
}

function nietGevolgdTekst(b: Besluit): string | undefined {
	if (b.gevolgd || !b.conflict) return undefined;
	const k = b.conflict.keuze;
	if (!k)
		return 'Telt (nog) niet: er zijn twee versies van deze casus en er is nog niet gekozen welke telt.';
	return `Niet meer gevolgd na de keuze op ${wanneer(k.at)} door ${wie(k.door)}: ${k.tak === 'hier' ? 'de beslissingen van het apparaat dat samenvoegde' : 'de ingevoegde beslissingen'} tellen. Reden: ${tekst(k.reden)} Deze beslissing blijft in het logboek staan.`;
}

function beslissing(
	b: Besluit,
	akkoord: RapportAkkoord | undefined,
	wacht: boolean,
	leeftijd: number,
	ingetrokken: Intrekking | undefined
): RapportBeslissing {
	const r = b.regel;
	const correcties = (r.correcties ?? []).map((c) => ({
		sleutel: c.hash ?? `#${c.volgnummer}`,
		volgnummer: c.volgnummer,
		wanneer: wanneer(c.at),
		wie: wie(c.door),
		tekst: c.tekst,
		reden: c.reden
	}));
	const g = r.gegevens;
	const niet = nietGevolgdTekst(b);
	return {
		soort: 'beslissing',
		sleutel: besluitSleutel(r),
		volgnummer: r.volgnummer,
		wat: omschrijving(r.beslissing),
		wanneer: wanneer(r.beslissing.at),
		datum: r.beslissing.at.slice(0, 10),
		wie: wie(r.door),
		bron: bronLabel(r.beslissing.bron),
		toelichting: correcties.at(-1)?.tekst ?? r.beslissing.toelichting,
		...(correcties.length > 0 ? { oorspronkelijk: r.beslissing.toelichting } : {}),
		correcties,
		details: details(r),
		signalen: g?.soort === 'stap1' ? signaalTeksten(g, leeftijd) : [],
		waarnemingen:
			g?.soort === 'stap1'
				? g.waarnemingen.map((w) => ({
						soort: w.soort,
						tekst: w.tekst,
						herkomst: Object.hasOwn(HERKOMST, w.herkomst) ? HERKOMST[w.herkomst] : w.herkomst
					}))
				: [],
		...(akkoord ? { akkoord } : {}),
		wachtOpAkkoord: wacht,
		...(b.via
			? {
					samengevoegd: `Opgenomen via de samenvoeging van regel ${b.via.volgnummer} (${wanneer(b.via.at)}); het nummer is dat uit de kopie waarin de beslissing werd vastgelegd.`
				}
			: {}),
		...(niet ? { nietGevolgd: niet } : {}),
		...(ingetrokken ? { herzien: intrekkingTekst(ingetrokken) } : {})
	};
}

export function integriteitTekst(v: Verificatie): string {
	return v.ok
		? `Keten intact: ${v.aantal} ${v.aantal === 1 ? 'regel' : 'regels'} gecontroleerd, elke regel sluit aan op de vorige en is niet gewijzigd.`
		: `Keten verbroken bij regel ${v.volgnummer}: ${v.reden} Wat hier staat, is niet meer als bewijs te gebruiken zonder uitleg.`;
}

const BEKEND = new Set(['beslissing', 'correctie', 'akkoord', 'samenvoeging', 'keuze']);

export function maakRapport(
	rij: Pick<CasusRecord, 'id' | 'pseudoniem' | 'leeftijd' | 'variant' | 'aangemaakt' | 'status'>,
	log: readonly LogRecord[],
	verificatie: Verificatie,
	gemaakt: string
): Rapport {
	// One reading of the log for everything below (see effectief.ts): decisions at any depth with
	// whether they are still followed, and every sign-off, also one given on another device.
	const eff = effectief(log);
	const { regels } = eff;
	// One replay for everything below (verloop.ts): state, stap-5 decisions, revisions, refusals.
	const herhaling = verloop(rij, regels);
	const { stap5 } = herhaling;
	const wachtend = new Set(wachtOpAkkoord(stap5, eff.akkoorden).map(besluitSleutel));
	const akkoorden: RapportAkkoord[] = [];
	/** Per signed decision (its hash): its sign-off. */
	const akkoordOp = new Map<string, RapportAkkoord>();
	for (const a of eff.akkoorden) {
		const item: RapportAkkoord = {
			sleutel: a.hash ?? `#${a.volgnummer}`,
			volgnummer: a.akkoordOp,
			besluit: Object.hasOwn(BESLUIT_TEKST, a.besluit)
				? besluitTekst(stap5.find((b) => besluitSleutel(b) === akkoordSleutel(a)) ?? a)
				: tekst(a.besluit),
			wie: wie(a.door),
			wanneer: wanneer(a.at),
			...(a.notitie ? { notitie: a.notitie } : {}),
			bewijs: {
				...(a.hash ? { hash: a.hash } : {}),
				...(a.ondertekening ? { ondertekening: a.ondertekening } : {})
			}
		};
		akkoorden.push(item);
		if (!akkoordOp.has(akkoordSleutel(a))) akkoordOp.set(akkoordSleutel(a), item);
	}
	const akkoordBij = (b: Besluit) => akkoordOp.get(besluitSleutel(b.regel));
	const alsItem = (b: Besluit) =>
		beslissing(
			b,
			akkoordBij(b),
			b.gevolgd && wachtend.has(besluitSleutel(b.regel)),
			rij.leeftijd,
			b.gevolgd ? herhaling.ingetrokken[besluitSleutel(b.regel)] : undefined
		);
	const perHash = new Map(eff.alle.map((b) => [b.regel.hash, b]));
	const algemeen = (r: LogRecord, wat: string): RapportOnbekend => ({
		soort: 'onbekend',
		sleutel: tekst(r.hash, `#${Number(r.volgnummer) || 0}`),
		volgnummer: Number(r.volgnummer) || 0,
		wat,
		wanneer: wanneer(r.at),
		wie: wie(r.door)
	});

	const delen: RapportDeel[] = [];
	const erbij = (sleutel: DeelSleutel, item: RapportItem) => {
		const laatste = delen.at(-1);
		if (laatste?.sleutel === sleutel || (laatste && sleutel === 'overig')) laatste.items.push(item);
		else delen.push({ sleutel, titel: DEEL_TITEL[sleutel], items: [item] });
	};
	for (const r of log) {
		const soort = tekst((r as { soort?: unknown }).soort, '?');
		if (soort === 'beslissing') {
			const b = perHash.get(r.hash);
			if (!b) continue;
			const type = b.regel.beslissing.event.type;
			let sleutel = deelVan(type);
			if (type === 'AFSLUITEN' && delen.at(-1)?.sleutel === 'stap6') sleutel = 'stap6';
			erbij(sleutel, alsItem(b));
		} else if (r.soort === 'samenvoeging') {
			erbij(
				'overig',
				algemeen(
					r,
					`Samengevoegd met de versie van een andere kopie: ${r.regels.length} ${r.regels.length === 1 ? 'regel' : 'regels'} van na regel ${r.vanaf}, elk met de eigen hash gecontroleerd.`
				)
			);
			// The decisions that came in with this merge, right after it: counted or not, each once.
			for (const b of eff.alle)
				if (b.via === r) erbij(deelVan(b.regel.beslissing.event.type), alsItem(b));
		} else if (r.soort === 'keuze') {
			erbij(
				'overig',
				algemeen(
					r,
					`Keuze tussen twee versies: ${r.tak === 'hier' ? 'de beslissingen van het apparaat dat samenvoegde' : 'de ingevoegde beslissingen'} tellen vanaf regel ${r.samenvoeging}. Reden: ${r.reden}`
				)
			);
		} else if (!BEKEND.has(soort)) {
			erbij('overig', {
				soort: 'onbekend',
				sleutel: tekst((r as { hash?: unknown }).hash, `#${Number(r.volgnummer) || 0}`),
				volgnummer: Number(r.volgnummer) || 0,
				wat: `Regel van een soort die deze versie van de app niet kent ("${soort}")`,
				wanneer: wanneer((r as { at?: unknown }).at),
				wie: wie((r as { door?: Actor }).door)
			});
		}
	}

	const info = stapInfo(herhaling.snapshot);
	const uitkomst = herhaling.snapshot.context.uitkomst;
	const bronnen = [...new Set(regels.map((r) => bronLabel(r.beslissing.bron)))];

	return {
		pseudoniem: rij.pseudoniem,
		leeftijd: rij.leeftijd,
		variant: rij.variant,
		aangemaakt: wanneer(rij.aangemaakt),
		status: STATUS_TEKST[rij.status],
		uitkomst: uitkomst ? UITKOMST_TEKST[uitkomst] : 'Nog geen uitkomst',
		huidig: info.titel,
		termijnen: termijnen(herhaling.snapshot, regels).map(
			(t) => `${TERMIJN_WAT[t.soort]}, ${datumTekst(t.datum)}`
		),
		delen,
		akkoorden,
		wachtOpAkkoord: stap5
			.filter((b) => wachtend.has(besluitSleutel(b)))
			.map((b) => `${besluitTekst(b)} (regel ${b.volgnummer})`),
		zonderAkkoord: zonderAkkoordTekst(herhaling.snapshot.hasTag('afgesloten')),
		integriteit: { ok: verificatie.ok, tekst: integriteitTekst(verificatie) },
		geweigerd: herhaling.geweigerd.map((i) => regels[i]!.volgnummer),
		bronnen,
		document: `${DOCUMENTEN['004'].titel}: ${DOCUMENTEN['004'].omschrijving}`,
		gemaakt: wanneer(gemaakt)
	};
}
