/**
 * Valid logs of any length for the scale benchmarks: a seeded random walk through the meldcode
 * statechart with the sample events of the machine tests (tests/unit/machines/voorbeelden.ts).
 * Every event is replayed with the machine's own `stap()`, so every log is a journey the machine
 * accepts; a refused event is never written. Which events a state accepts is cached per state
 * (and the context facts the guards read), so 50,000 events take seconds, not minutes.
 *
 * Runs in the browser (bundled by bench/zaaien/bundel.ts) and in Node.
 */
import type { MeldcodeEvent } from '../../machines/meldcode.events.js';
import type { Variant } from '../../machines/meldcode.machine.js';
import { beginToestand, stap, type MeldcodeSnapshot } from '../../machines/replay.js';
import type { BeslissingVastgelegd } from '../../machines/beslissing.js';
import { waarIn } from '../../machines/waar.js';
import { ALLE_VOORBEELDEN } from '../../tests/unit/machines/voorbeelden.js';

/**
 * The seeded PRNG the tests share (tests/prng.ts, mulberry32): the same seed gives the same
 * dossier. It was a copy of its own here, with the same sequence.
 */
export { prng as willekeur } from '../../tests/prng.js';

const ZINNEN = [
	'In de klas viel op dat de leerling stiller is dan voorheen en zich terugtrekt in de pauze.',
	'Moeder gaf bij het ophalen aan dat het thuis onrustig is sinds de verhuizing.',
	'Besproken met de intern begeleider; zij herkent het beeld uit de groepsbespreking.',
	'De feiten zijn gescheiden van de indrukken; de bron staat bij elke waarneming.',
	'Volgens de afspraken in de meldcode is eerst collegiaal overlegd voordat er gewogen werd.',
	'De leerling vertelde zelf over een ruzie thuis, zonder dat ernaar gevraagd werd.',
	'Er zijn geen aanwijzingen voor acuut gevaar; de situatie wordt wel nauw gevolgd.',
	'Afgesproken dat de leerkracht dagelijks kort contact heeft en bijzonderheden noteert.',
	'Vader was bij het gesprek aanwezig en reageerde open; hij wil meewerken aan hulp.',
	'Het advies van Veilig Thuis was om het gesprek met ouders eerst te voeren.'
];

/** A reasoning of a few sentences (~250–400 characters), like a real one. */
function toelichting(rnd: () => number, n: number): string {
	const aantal = 2 + Math.floor(rnd() * 3);
	const delen = Array.from({ length: aantal }, () => ZINNEN[Math.floor(rnd() * ZINNEN.length)]);
	return `${delen.join(' ')} (regel ${n})`;
}

/** What the wizard's forms store beside some decisions (see src/lib/logboek/logboek.ts). */
function gegevensVoor(event: MeldcodeEvent, rnd: () => number) {
	switch (event.type) {
		case 'SIGNALEN_VASTGELEGD':
			return {
				soort: 'stap1' as const,
				signalen: [{ id: 'lichamelijk-letsel' }, { id: 'teruggetrokken', notitie: 'sinds maart' }],
				waarnemingen: [
					{
						id: 'w1',
						soort: 'feit' as const,
						tekst: 'Blauwe plekken op beide bovenarmen, maandagochtend gezien.',
						herkomst: 'eigen-waarneming' as const
					},
					{
						id: 'w2',
						soort: 'hypothese' as const,
						tekst: 'Mogelijk spanningen thuis na de scheiding.',
						herkomst: rnd() < 0.5 ? ('collega' as const) : ('ouder' as const)
					}
				],
				letsel: true
			};
		case 'CONSULTATIE':
			return {
				soort: 'consultatie' as const,
				datum: '2026-11-20',
				anoniemVeiligThuis: rnd() < 0.3
			};
		case 'GESPREK_GEVOERD':
			return {
				soort: 'gesprek' as const,
				agenda: ['zorg', 'signalen', 'vervolg'],
				metWie: 'Moeder'
			};
		default:
			return undefined;
	}
}

/**
 * The same decision with another reasoning. The machine only checks that a reasoning is there,
 * so a replayed journey stays valid; this lets many cases share a few walked journeys.
 */
export function metNieuweToelichting(r: Regel, rnd: () => number, n: number): Regel {
	const t = toelichting(rnd, n);
	const b = r.beslissing;
	return { ...r, beslissing: { ...b, toelichting: t, event: { ...b.event, toelichting: t } } };
}

export interface Regel {
	beslissing: BeslissingVastgelegd;
	gegevens?: ReturnType<typeof gegevensVoor>;
}

/**
 * The state and the facts the guards may read: together they decide which events are accepted.
 * Counters only as "any or none", or every consultation would be a new key.
 */
function toestandSleutel(s: MeldcodeSnapshot): string {
	const { consultaties, meldingen, ...rest } = s.context;
	return JSON.stringify([s.value, consultaties > 0, meldingen > 0, { ...rest, caseId: '' }]);
}

/** Rare events (interruptions, self-loops) get a low weight, so journeys look like real ones. */
function gewicht(e: MeldcodeEvent, zelfde: boolean): number {
	if (e.type === 'ACUUT' || e.type === 'SIGNALEN_OVER_MEDEWERKER') return 0.03;
	if (e.type === 'ONVEILIGHEID_HOUDT_AAN') return 0.1;
	return zelfde ? 0.3 : 1;
}

function heeftUitweg(s: MeldcodeSnapshot): boolean {
	return ALLE_VOORBEELDEN.some((e) => {
		const r = stap(s, e);
		return r.beslissing !== null && r.snapshot.status !== 'done';
	});
}

export class Wandelaar {
	readonly #geaccepteerd = new Map<string, { i: number; gewicht: number }[]>();

	/** The sample events this snapshot accepts without ending the case, with their weights. */
	#opties(s: MeldcodeSnapshot): { i: number; gewicht: number }[] {
		const sleutel = toestandSleutel(s);
		let opties = this.#geaccepteerd.get(sleutel);
		if (!opties) {
			opties = [];
			const waar = waarIn(s);
			ALLE_VOORBEELDEN.forEach((e, i) => {
				const r = stap(s, e);
				// Not into the end (doorverwezen), nor into a state from which only the end is left.
				if (r.beslissing && r.snapshot.status !== 'done' && heeftUitweg(r.snapshot))
					opties!.push({ i, gewicht: gewicht(e, waarIn(r.snapshot) === waar) });
			});
			this.#geaccepteerd.set(sleutel, opties);
		}
		return opties;
	}

	/** The shortest way (in sample events) from `s` to the state `doel` (a `waarIn` path). */
	pad(s: MeldcodeSnapshot, doel: string): MeldcodeEvent[] {
		const gezien = new Set([toestandSleutel(s)]);
		let rij: { s: MeldcodeSnapshot; events: MeldcodeEvent[] }[] = [{ s, events: [] }];
		while (rij.length > 0) {
			const volgende: typeof rij = [];
			for (const { s: huidig, events } of rij) {
				if (waarIn(huidig) === doel && events.length > 0) return events;
				for (const { i } of this.#opties(huidig)) {
					const e = ALLE_VOORBEELDEN[i]!;
					const r = stap(huidig, e);
					const k = toestandSleutel(r.snapshot);
					if (gezien.has(k) && !(waarIn(r.snapshot) === doel)) continue;
					gezien.add(k);
					volgende.push({ s: r.snapshot, events: [...events, e] });
				}
			}
			rij = volgende;
		}
		throw new Error(`geen weg naar ${doel} vanuit ${waarIn(s)}`);
	}

	/** A weighted random choice among the events `s` accepts. */
	kies(s: MeldcodeSnapshot, rnd: () => number): MeldcodeEvent {
		const opties = this.#opties(s);
		let r = rnd() * opties.reduce((a, o) => a + o.gewicht, 0);
		let k = 0;
		while (k < opties.length - 1 && (r -= opties[k]!.gewicht) > 0) k++;
		return ALLE_VOORBEELDEN[opties[k]!.i]!;
	}

	/** A sample event as the n-th decision of a case: its own reasoning, and the form's facts. */
	neem(
		s: MeldcodeSnapshot,
		voorbeeld: MeldcodeEvent,
		rnd: () => number,
		n: number
	): { regel: Regel; snapshot: MeldcodeSnapshot } {
		const event = { ...voorbeeld, toelichting: toelichting(rnd, n) };
		const r = stap(s, event);
		if (!r.beslissing) throw new Error(`${event.type} geweigerd in ${waarIn(s)}`);
		const gegevens = gegevensVoor(event, rnd);
		return {
			regel: { beslissing: r.beslissing, ...(gegevens ? { gegevens } : {}) },
			snapshot: r.snapshot
		};
	}

	/**
	 * A log of exactly `lengte` accepted decisions (or, with `eindigOp`, one that ends in that
	 * state, a few entries longer or shorter), replayed as it goes.
	 */
	wandel(
		variant: Variant,
		caseId: string,
		lengte: number,
		rnd: () => number,
		eindigOp?: string
	): { regels: Regel[]; snapshot: MeldcodeSnapshot; snapshots: MeldcodeSnapshot[] } {
		let s = beginToestand({ caseId, variant });
		const regels: Regel[] = [];
		const snapshots: MeldcodeSnapshot[] = [];
		const neem = (voorbeeld: MeldcodeEvent) => {
			const r = this.neem(s, voorbeeld, rnd, regels.length + 1);
			regels.push(r.regel);
			s = r.snapshot;
			snapshots.push(s);
		};
		const reserve = eindigOp ? 12 : 0;
		while (regels.length < lengte - reserve) neem(this.kies(s, rnd));
		if (eindigOp) for (const e of this.pad(s, eindigOp)) neem(e);
		return { regels, snapshot: s, snapshots };
	}
}
