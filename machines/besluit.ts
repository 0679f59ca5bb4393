/**
 * The stap-5 decisions as the machine emits them (issue 14, one log core): besluit I (melden or
 * niet melden) and besluit II (hulp or geen hulp), "beide beslissingen en in de genoemde
 * volgorde" (seed 004, Stap 5). Emitted beside the `beslissing.vastgelegd` of the event that took
 * them, so every view (the directeur's sign-off, the report, the board overview) reads the
 * decision from the machine instead of working it out again from the context.
 *
 * A decision is taken when the fields of the decisions change from what they were after the
 * previous recorded event (`BesluitStand`, kept in the context by `vastleggen`): a melding (also a
 * new one on another meldnorm, as meldnorm 3 after afweging 5), decision II, or niet melden. A
 * revision or a new round clears the fields; that takes no decision.
 */
export type Stap5Besluit = 'melden' | 'niet-melden' | 'hulp' | 'geen-hulp';

export interface BesluitStand {
	besluitI: null | 'melden' | 'niet-melden';
	besluitII: null | 'hulp' | 'geen-hulp';
	meldnorm: null | 1 | 2 | 3;
}

export const GEEN_BESLUIT: BesluitStand = { besluitI: null, besluitII: null, meldnorm: null };

export interface BesluitGenomen {
	type: 'besluit.genomen';
	besluit: Stap5Besluit;
	/** One answer took decision I and II together: help, and so niet melden (afweging 4 ja). */
	ook?: 'niet-melden';
}

export function standVan(c: BesluitStand): BesluitStand {
	return { besluitI: c.besluitI, besluitII: c.besluitII, meldnorm: c.meldnorm };
}

/** The stap-5 decision between two stands, if any. */
export function besluitTussen(voor: BesluitStand, na: BesluitStand): BesluitGenomen | null {
	const melden =
		na.besluitI === 'melden' &&
		(voor.besluitI !== 'melden' || (na.meldnorm !== null && na.meldnorm !== voor.meldnorm));
	if (melden) return { type: 'besluit.genomen', besluit: 'melden' };
	if (na.besluitII !== null && na.besluitII !== voor.besluitII)
		return {
			type: 'besluit.genomen',
			besluit: na.besluitII,
			...(na.besluitII === 'hulp' &&
			na.besluitI === 'niet-melden' &&
			voor.besluitI !== 'niet-melden'
				? { ook: 'niet-melden' as const }
				: {})
		};
	if (na.besluitI === 'niet-melden' && voor.besluitI !== 'niet-melden')
		return { type: 'besluit.genomen', besluit: 'niet-melden' };
	return null;
}
