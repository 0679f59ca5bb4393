/**
 * What the machine tells the outside world for every accepted decision: the "decision recorded"
 * event the dossier stores in its append-only log. Which question an event answers and which
 * source section it rests on is written here once, per event type.
 */
import type { MeldcodeEvent, MeldcodeEventType } from './meldcode.events.js';
import { BRON, type Bron } from './sources.js';

export interface BeslissingVastgelegd {
	type: 'beslissing.vastgelegd';
	/** Stable id of the question or step this decision answers, e.g. `afweging-2`. */
	vraagId: string;
	/** The chosen answer (ja / nee / twijfel, a legal reason, ...) or `vastgelegd` for a record. */
	antwoord: string;
	toelichting: string;
	bron: Bron;
	at: string;
	/** The machine event itself: replaying these in order rebuilds the state. */
	event: MeldcodeEvent;
}

const BETEKENIS: Record<MeldcodeEventType, { vraagId: string; bron: Bron }> = {
	START_STAPPENPLAN: { vraagId: 'start', bron: BRON.start },
	SIGNALEN_OVER_MEDEWERKER: { vraagId: 'medewerker', bron: BRON.stap1Medewerker },
	MEDEWERKER_ZEDEN: { vraagId: 'medewerker-zeden', bron: BRON.medewerker },
	ACUUT: { vraagId: 'acuut', bron: BRON.meldnormen },
	SIGNALEN_VASTGELEGD: { vraagId: 'stap-1', bron: BRON.stap1 },
	CONSULTATIE: { vraagId: 'stap-2-consultatie', bron: BRON.stap2 },
	CONSULTATIE_AFGEROND: { vraagId: 'stap-2', bron: BRON.stap2 },
	GESPREK_GEVOERD: { vraagId: 'stap-3', bron: BRON.stap3 },
	GESPREK_OVERSLAAN: { vraagId: 'stap-3-overslaan', bron: BRON.stap3Overslaan },
	GESPREK_LATER_GEVOERD: { vraagId: 'stap-3-later', bron: BRON.stap3 },
	WEGING_VOORBEREID: { vraagId: 'stap-4', bron: BRON.stap4 },
	AFWEGING_1: { vraagId: 'afweging-1', bron: BRON.afweging1 },
	AFWEGING_2: { vraagId: 'afweging-2', bron: BRON.afweging2 },
	AFWEGING_3: { vraagId: 'afweging-3', bron: BRON.afweging3 },
	AFWEGING_4: { vraagId: 'afweging-4', bron: BRON.afweging4 },
	AFWEGING_5: { vraagId: 'afweging-5', bron: BRON.afweging5 },
	MELDING_BESPROKEN: { vraagId: 'stap-5-melding-besproken', bron: BRON.optieI },
	MELDING_BESPREKEN_OVERSLAAN: {
		vraagId: 'stap-5-melding-niet-besproken',
		bron: BRON.optieIOverslaan
	},
	MELDING_GEDAAN: { vraagId: 'stap-5-melding', bron: BRON.optieI },
	VT_TERUGKOPPELING: { vraagId: 'veilig-thuis-terugkoppeling', bron: BRON.veiligThuis },
	VERDER_MET_VEILIG_THUIS: { vraagId: 'stap-5-besluit-2', bron: BRON.afweging2 },
	ONVEILIGHEID_HOUDT_AAN: { vraagId: 'meldnorm-3', bron: BRON.optieII },
	NAAR_STAP6: { vraagId: 'stap-6', bron: BRON.stap6 },
	NAZORG: { vraagId: 'stap-6-nazorg', bron: BRON.stap6 },
	AFSLUITEN: { vraagId: 'afsluiten', bron: BRON.stap6 },
	// New signals on a closed case: a new round from stap 1, signals in kaart (not a meldnorm:
	// whether to meld is weighed again in stap 4; the unsafety coming back is ONVEILIGHEID_HOUDT_AAN).
	HEROPENEN: { vraagId: 'heropenen', bron: BRON.stap1 },
	// Named after what it revises, with that question's source (see `beslissingVan`).
	HERZIEN: { vraagId: 'herzien', bron: BRON.stap4 }
};

/** A revision is recorded as one of the question it revises: `herzien-afweging-2`, with its source. */
function betekenis(event: MeldcodeEvent): { vraagId: string; bron: Bron } {
	if (event.type !== 'HERZIEN') return BETEKENIS[event.type];
	const type: MeldcodeEventType =
		event.vraag === 'gesprek' ? 'GESPREK_OVERSLAAN' : `AFWEGING_${event.vraag}`;
	const van = BETEKENIS[type];
	return { vraagId: `herzien-${van.vraagId}`, bron: van.bron };
}

export function beslissingVan(event: MeldcodeEvent): BeslissingVastgelegd {
	const { vraagId, bron } = betekenis(event);
	const antwoord =
		event.type === 'HERZIEN'
			? 'herzien'
			: 'antwoord' in event
				? event.antwoord
				: 'reden' in event
					? event.reden
					: 'soort' in event
						? event.soort
						: 'vastgelegd';
	return {
		type: 'beslissing.vastgelegd',
		vraagId,
		antwoord,
		toelichting: event.toelichting,
		bron,
		at: event.at,
		event
	};
}
