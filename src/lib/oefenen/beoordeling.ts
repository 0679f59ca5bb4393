/**
 * Comparing what a user chose in a practice case with what the meldcode expects there.
 *
 * The user's choices are the decisions of the practice case's log, taken by the real wizard and
 * the real statechart; the expectations are the practice case's model route (content). A choice
 * is matched to an expected one by its decision point: the question it answers, whatever the
 * answer was (afweging 2 answered "nee" where "twijfel" was expected is a wrong choice at the same
 * point). A revision (HERZIEN) withdraws the choice it revises and every choice after it.
 */
import { REDENEN_ZONDER_GESPREK } from '$machines/afwegingskader';
import type { MeldcodeEvent, MeldcodeEventType } from '$machines/meldcode.events';
import type { Oefencasus, OefenKeuze } from '$lib/content/oefencasussen';
import type { SourceRef } from '$lib/content/source';
import type { Bron } from '$machines/sources';

export type Beslispunt =
	| 'route'
	| 'acuut'
	| 'gesprek'
	| 'afweging-1'
	| 'afweging-2'
	| 'afweging-3'
	| 'afweging-4'
	| 'afweging-5'
	| 'melding-bespreken'
	| 'medewerker';

/**
 * The decision point an event answers, or null for a step that is no choice (a consultation, a
 * melding made). Recording the signals in stap 1 is the moment an acute case should have gone
 * to the acute route instead: it counts as the answer at that point.
 */
export function beslispuntVan(type: MeldcodeEventType): Beslispunt | null {
	switch (type) {
		case 'START_STAPPENPLAN':
		case 'SIGNALEN_OVER_MEDEWERKER':
			return 'route';
		case 'ACUUT':
		case 'SIGNALEN_VASTGELEGD':
			return 'acuut';
		case 'GESPREK_GEVOERD':
		case 'GESPREK_OVERSLAAN':
			return 'gesprek';
		case 'AFWEGING_1':
		case 'AFWEGING_2':
		case 'AFWEGING_3':
		case 'AFWEGING_4':
		case 'AFWEGING_5':
			return `afweging-${type.slice(-1)}` as Beslispunt;
		case 'MELDING_BESPROKEN':
		case 'MELDING_BESPREKEN_OVERSLAAN':
			return 'melding-bespreken';
		case 'MEDEWERKER_ZEDEN':
			return 'medewerker';
		default:
			return null;
	}
}

/** The choice an event makes: its type and what tells its answers apart. */
export function keuzeVan(event: MeldcodeEvent): OefenKeuze {
	return {
		type: event.type,
		...('antwoord' in event ? { antwoord: event.antwoord } : {}),
		...('soort' in event ? { soort: event.soort } : {}),
		...('reden' in event ? { reden: event.reden } : {})
	};
}

export function zelfdeKeuze(a: OefenKeuze, b: OefenKeuze): boolean {
	return (
		a.type === b.type && a.antwoord === b.antwoord && a.soort === b.soort && a.reden === b.reden
	);
}

const REDEN_KORT: Record<keyof typeof REDENEN_ZONDER_GESPREK, string> = {
	veiligheid: 'de veiligheid is in het geding',
	contactbreuk: 'risico dat het contact verbroken wordt'
};

/** A choice in words, for the feedback and the review. */
export function keuzeTekst(k: OefenKeuze): string {
	const reden = k.reden ? REDEN_KORT[k.reden] : '';
	switch (k.type) {
		case 'START_STAPPENPLAN':
			return 'Het stappenplan volgen';
		case 'SIGNALEN_OVER_MEDEWERKER':
			return 'Signalen over een medewerker: naar de directeur of het bestuur';
		case 'SIGNALEN_VASTGELEGD':
			return 'Signalen vastleggen en verder met stap 2 (niet de acute route)';
		case 'ACUUT':
			return k.soort === 'disclosure'
				? 'Acuut: het kind vertelt het zelf (disclosure)'
				: 'Acuut: acute onveiligheid';
		case 'GESPREK_GEVOERD':
			return 'Het gesprek met ouders en/of leerling voeren';
		case 'GESPREK_OVERSLAAN':
			return `Het gesprek overslaan (${reden})`;
		case 'MELDING_BESPROKEN':
			return 'De melding vooraf bespreken met de ouders';
		case 'MELDING_BESPREKEN_OVERSLAAN':
			return `Afzien van vooraf informeren (${reden})`;
		case 'MEDEWERKER_ZEDEN':
			return k.antwoord === 'ja'
				? 'Seksueel misbruik of seksuele intimidatie: ja'
				: 'Seksueel misbruik of seksuele intimidatie: nee';
		default:
			if (k.type.startsWith('AFWEGING_')) return `Afweging ${k.type.slice(-1)}: ${k.antwoord}`;
			return k.type;
	}
}

/** The name of a decision point, as the review heads it. */
export const PUNT_TEKST: Record<Beslispunt, string> = {
	route: 'Welke route',
	acuut: 'Acuut of het gewone tempo',
	gesprek: 'Stap 3: het gesprek',
	'afweging-1': 'Afweging 1: vermoeden',
	'afweging-2': 'Afweging 2: veiligheid',
	'afweging-3': 'Afweging 3: hulp',
	'afweging-4': 'Afweging 4: aanvaarden van hulp',
	'afweging-5': 'Afweging 5: resultaat',
	'melding-bespreken': 'Stap 5: de melding vooraf bespreken',
	medewerker: 'Signalen over een medewerker: de aard'
};

export interface Oordeel {
	punt: Beslispunt;
	verwacht: OefenKeuze;
	ookGoed: readonly OefenKeuze[];
	/** What the user chose at this point (the latest standing choice), or null: not reached. */
	gekozen: OefenKeuze | null;
	/** Null while not reached. */
	goed: boolean | null;
	waarom: string;
	bron: SourceRef | Bron;
}

/** The standing choice per decision point, in the order they were taken. */
function staandeKeuzes(
	events: readonly MeldcodeEvent[]
): { punt: Beslispunt; keuze: OefenKeuze }[] {
	let keuzes: { punt: Beslispunt; keuze: OefenKeuze }[] = [];
	for (const e of events) {
		if (e.type === 'HERZIEN') {
			const punt: Beslispunt = e.vraag === 'gesprek' ? 'gesprek' : `afweging-${e.vraag}`;
			const i = keuzes.map((x) => x.punt).lastIndexOf(punt);
			if (i >= 0) keuzes = keuzes.slice(0, i);
			continue;
		}
		if (e.type === 'HEROPENEN') {
			keuzes = [];
			continue;
		}
		const punt = beslispuntVan(e.type);
		if (punt) keuzes.push({ punt, keuze: keuzeVan(e) });
	}
	return keuzes;
}

/** Every decision the practice case grades, with the user's standing choice beside it. */
export function beoordeel(casus: Oefencasus, events: readonly MeldcodeEvent[]): Oordeel[] {
	const keuzes = staandeKeuzes(events);
	return casus.route.flatMap((s) => {
		if (!s.beoordeeld) return [];
		const punt = beslispuntVan(s.keuze.type);
		if (!punt) return [];
		const gekozen = keuzes.filter((x) => x.punt === punt).at(-1)?.keuze ?? null;
		const ookGoed = s.beoordeeld.ookGoed ?? [];
		const goed =
			gekozen === null ? null : [s.keuze, ...ookGoed].some((k) => zelfdeKeuze(k, gekozen));
		return [
			{
				punt,
				verwacht: s.keuze,
				ookGoed,
				gekozen,
				goed,
				waarom: s.beoordeeld.waarom,
				bron: s.beoordeeld.bron
			}
		];
	});
}

/**
 * The feedback to show now: that of the latest standing choice this case grades. A step that is
 * no graded choice (a consultation, a melding made) keeps the feedback before it on screen.
 */
export function laatsteOordeel(
	casus: Oefencasus,
	events: readonly MeldcodeEvent[]
): Oordeel | null {
	const oordelen = beoordeel(casus, events);
	for (const { punt } of staandeKeuzes(events).reverse()) {
		const o = oordelen.find((x) => x.punt === punt);
		if (o) return o;
	}
	return null;
}

export interface Voortgang {
	goed: number;
	beoordeeld: number;
	totaal: number;
}

export function voortgang(oordelen: readonly Oordeel[]): Voortgang {
	return {
		goed: oordelen.filter((o) => o.goed === true).length,
		beoordeeld: oordelen.filter((o) => o.goed !== null).length,
		totaal: oordelen.length
	};
}
