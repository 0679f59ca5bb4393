/**
 * Counting one case for the jaaroverzicht (issue 18, part 4). Each case is read like every other
 * view reads it (the effective log, the walk of verloop.ts), so a refused entry or a withdrawn
 * answer takes no part. Apart from jaaroverzicht.ts so the page loads the log code only with the
 * dossier (SvelteKit preloads nothing it meets first through a dynamic import).
 */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { regelsVan } from '$machines/regels';
import type { CasusRecord, LogRecord } from '$lib/dossier/types';
import { verloop } from '$lib/dossier/verloop';
import { effectief } from '$lib/dossier/effectief';
import { leegTellingen, schooljaarVan, type StapPaar, type Tellingen } from './jaaroverzicht';

/** What one case adds to the years it touches. Pure: from its header and stored log. */
export function telCasus(
	rij: Pick<CasusRecord, 'id' | 'variant' | 'aangemaakt'>,
	log: readonly LogRecord[],
	perJaar: Map<string, Tellingen>
): void {
	const bij = (j: string) => {
		let uit = perJaar.get(j);
		if (!uit) perJaar.set(j, (uit = leegTellingen()));
		return uit;
	};
	const jaar = (t: string) => bij(schooljaarVan(t));
	const { regels } = effectief(log);
	const mijlpalen: Partial<Record<'start' | 'stap1' | 'stap2' | 'stap3' | 'melding', string>> = {};
	const eerste = (k: keyof typeof mijlpalen, at: string) => (mijlpalen[k] ??= at);
	let medewerker: string | undefined;
	const nazorgIn = new Set<string>();
	const herhaling = verloop(rij, regels, (r, voor) => {
		const e = r.beslissing.event;
		const g = r.gegevens;
		switch (e.type) {
			case 'START_STAPPENPLAN':
				eerste('start', e.at);
				break;
			case 'SIGNALEN_VASTGELEGD':
				eerste('stap1', e.at);
				break;
			case 'CONSULTATIE':
				// Since rules v2 the event says it was advice from Veilig Thuis; before, only the
				// screen's "anoniem advies" box did.
				if (
					e.veiligThuisAdvies ||
					(regelsVan(e) < 2 && g?.soort === 'consultatie' && g.anoniemVeiligThuis)
				)
					jaar(e.at).adviesvragen += 1;
				break;
			case 'CONSULTATIE_AFGEROND':
				eerste('stap2', e.at);
				break;
			case 'GESPREK_GEVOERD':
			case 'GESPREK_OVERSLAAN':
				eerste('stap3', e.at);
				break;
			case 'MELDING_GEDAAN': {
				eerste('melding', e.at);
				const norm = voor.context.meldnorm;
				if (norm) jaar(e.at).meldingen[norm] += 1;
				break;
			}
			case 'SIGNALEN_OVER_MEDEWERKER':
				medewerker ??= e.at;
				break;
			case 'NAZORG':
				nazorgIn.add(schooljaarVan(e.at));
				break;
		}
	});
	const begonnen = jaar(rij.aangemaakt);
	begonnen.casussen += 1;
	if (medewerker) jaar(medewerker).medewerker += 1;
	for (const j of nazorgIn) bij(j).nazorg += 1;

	// The first stap-5 decision that still stands: the weighing ended there.
	const besluit = herhaling.stap5.find((b) => !b.ingetrokken)?.at;
	const reeks: [StapPaar, string | undefined, string | undefined][] = [
		['start-stap1', mijlpalen.start, mijlpalen.stap1],
		['stap1-stap2', mijlpalen.stap1, mijlpalen.stap2],
		['stap2-stap3', mijlpalen.stap2, mijlpalen.stap3],
		['stap3-besluit', mijlpalen.stap3, besluit],
		['besluit-melding', besluit, mijlpalen.melding]
	];
	for (const [paar, van, tot] of reeks) {
		if (!van || !tot) continue;
		const dagen = Math.max(0, differenceInCalendarDays(parseISO(tot), parseISO(van)));
		begonnen.dagen[paar][dagen] = (begonnen.dagen[paar][dagen] ?? 0) + 1;
	}
}
