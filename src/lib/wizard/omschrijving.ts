/**
 * A decision in one Dutch line, for the history and (later) the report:
 * "Afweging 2 (veiligheid): twijfel".
 */
import { afwegingsvraag, REDENEN_ZONDER_GESPREK, type VraagNummer } from '$machines/afwegingskader';
import type { BeslissingVastgelegd } from '$machines/beslissing';
import type { MeldcodeEventType } from '$machines/meldcode.events';
import { MEDEWERKER_ZEDEN_VASTGELEGD } from '$lib/content';

const TITELS: Record<MeldcodeEventType, string> = {
	START_STAPPENPLAN: 'Niet-pluis-gevoel beschreven',
	SIGNALEN_OVER_MEDEWERKER: 'Signalen over een medewerker',
	MEDEWERKER_ZEDEN: 'Seksueel misbruik of seksuele intimidatie door een medewerker',
	ACUUT: 'Acuut onveilig of het kind vertelt het zelf',
	SIGNALEN_VASTGELEGD: 'Stap 1: signalen in kaart gebracht',
	CONSULTATIE: 'Stap 2: collegiale consultatie',
	CONSULTATIE_AFGEROND: 'Stap 2 afgerond',
	GESPREK_GEVOERD: 'Stap 3: gesprek gevoerd',
	GESPREK_OVERSLAAN: 'Stap 3: geen gesprek',
	GESPREK_LATER_GEVOERD: 'Stap 3: gesprek alsnog gevoerd (in stap 4)',
	WEGING_VOORBEREID: 'Stap 4: weging voorbereid',
	AFWEGING_1: '',
	AFWEGING_2: '',
	AFWEGING_3: '',
	AFWEGING_4: '',
	AFWEGING_5: '',
	MELDING_BESPROKEN: 'Stap 5: melding vooraf besproken',
	MELDING_BESPREKEN_OVERSLAAN: 'Stap 5: melding niet vooraf besproken',
	MELDING_GEDAAN: 'Stap 5: gemeld bij Veilig Thuis',
	VT_TERUGKOPPELING: 'Terugkoppeling van Veilig Thuis',
	VERDER_MET_VEILIG_THUIS: 'Besluit II samen met Veilig Thuis',
	ONVEILIGHEID_HOUDT_AAN: 'De onveiligheid stopt niet of komt terug',
	NAAR_STAP6: 'Naar stap 6: volgen en afsluiten',
	NAZORG: 'Stap 6: nazorg vastgelegd',
	AFSLUITEN: 'Casus afgesloten',
	HEROPENEN: 'Casus heropend',
	HERZIEN: ''
};

const SOORT = { acuut: 'acuut gevaar', disclosure: 'het kind vertelt het zelf' } as const;

export function omschrijving(b: BeslissingVastgelegd): string {
	const e = b.event;
	if (e.type.startsWith('AFWEGING_')) {
		const vraag = afwegingsvraag(Number(e.type.slice(-1)) as VraagNummer);
		return `Afweging ${vraag.nummer} (${vraag.titel.toLowerCase()}): ${b.antwoord}`;
	}
	if (e.type === 'HERZIEN')
		return e.vraag === 'gesprek'
			? 'Stap 3 herzien: het overgeslagen gesprek'
			: `Afweging ${e.vraag} (${afwegingsvraag(e.vraag).titel.toLowerCase()}) herzien`;
	if ('reden' in e) return `${TITELS[e.type]}: ${REDENEN_ZONDER_GESPREK[e.reden]}`;
	if (e.type === 'ACUUT') return `${TITELS.ACUUT}: ${SOORT[e.soort]}`;
	// Rule 7 (issue 13): "ja" records what follows, as the source says, not an unconditional duty.
	if (e.type === 'MEDEWERKER_ZEDEN')
		return `${TITELS[e.type]}: ${Object.hasOwn(MEDEWERKER_ZEDEN_VASTGELEGD, e.antwoord) ? MEDEWERKER_ZEDEN_VASTGELEGD[e.antwoord] : e.antwoord}`;
	return TITELS[e.type];
}
