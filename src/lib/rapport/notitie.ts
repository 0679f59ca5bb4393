/**
 * The note for the pupil administration system (leerlingvolgsysteem): per step of a case, plain
 * text a school pastes into the pupil's file (seed 004 asks at every step to "leg vast in" that
 * system). Plain lines, no markup, so it reads the same in any system; headed with the system's
 * name from the settings.
 */
import type { Rapport, RapportDeel } from './rapport';
import { geweigerdTekst } from '$lib/wizard/geweigerd-tekst';

export function notitieVoor(
	rapport: Pick<Rapport, 'pseudoniem' | 'leeftijd' | 'integriteit' | 'geweigerd'>,
	deel: RapportDeel,
	{ leerlingvolgsysteem, organisatie = '' }: { leerlingvolgsysteem: string; organisatie?: string }
): string {
	const regels: string[] = [
		`Notitie voor ${leerlingvolgsysteem.trim() || 'het leerlingvolgsysteem'}`,
		`Meldcode huiselijk geweld en kindermishandeling${organisatie.trim() ? `, ${organisatie.trim()}` : ''}`,
		`Leerling: ${rapport.pseudoniem} (${rapport.leeftijd} jaar)`,
		`${deel.titel}`,
		''
	];
	for (const item of deel.items) {
		regels.push(`${item.wanneer}: ${item.wat}`);
		regels.push(`Door: ${item.wie}`);
		if (item.soort === 'beslissing') {
			if (item.signalen.length > 0) regels.push(`Signalen: ${item.signalen.join('; ')}`);
			const feiten = item.waarnemingen.filter((w) => w.soort === 'feit');
			const hypothesen = item.waarnemingen.filter((w) => w.soort === 'hypothese');
			for (const w of feiten) regels.push(`Feit: ${w.tekst} (bron: ${w.herkomst})`);
			for (const w of hypothesen) regels.push(`Hypothese: ${w.tekst} (bron: ${w.herkomst})`);
			for (const [label, waarde] of item.details) regels.push(`${label}: ${waarde}`);
			regels.push(`Toelichting: ${item.toelichting}`);
			if (item.herzien) regels.push(`(${item.herzien})`);
			// The one policy for an entry the statechart does not accept (geweigerd-tekst.ts).
			if (rapport.geweigerd.includes(item.volgnummer))
				regels.push(`(${geweigerdTekst([item.volgnummer])})`);
			const laatste = item.correcties.at(-1);
			if (laatste)
				regels.push(
					`(Toelichting verbeterd op ${laatste.wanneer} door ${laatste.wie}; reden: ${laatste.reden}. De oorspronkelijke tekst staat in het logboek.)`
				);
			if (item.akkoord)
				regels.push(
					`Akkoord gegeven: ${item.akkoord.wie}, ${item.akkoord.wanneer}${item.akkoord.notitie ? `. ${item.akkoord.notitie}` : ''}`
				);
			else if (item.wachtOpAkkoord) regels.push('Akkoord directeur: nog niet gegeven.');
			regels.push(`Bron: ${item.bron}`);
		}
		regels.push('');
	}
	regels.push(
		`Vastgelegd in Meldcodewijzer. ${rapport.integriteit.ok ? 'Logboek gecontroleerd: keten intact.' : 'Let op: de controle van het logboek vond een breuk.'}`
	);
	return regels.join('\n');
}
