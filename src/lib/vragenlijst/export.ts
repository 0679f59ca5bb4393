/**
 * The JSON export of one answer set: readable on its own (questions and answers in words, per
 * group, with the source), plus the raw answers so it can be read back by a program. Only the
 * answers to questions that apply are in it (see `zichtbareAntwoorden` in logica.ts).
 */
import { formatISO } from 'date-fns';
import type { AntwoordSetRecord } from './db';
import { samenvatting, zichtbareAntwoorden } from './logica';
import type { Vragenlijst } from './types';

export const EXPORT_FORMAAT = 'meldcodewijzer-vragenlijst/1';

export function exportVan(lijst: Vragenlijst, set: AntwoordSetRecord, nu = new Date()) {
	return {
		formaat: EXPORT_FORMAAT,
		geexporteerd: formatISO(nu),
		vragenlijst: { id: lijst.id, titel: lijst.titel, bron: lijst.bron },
		titel: set.titel,
		datum: set.datum,
		...(set.casusId ? { casusId: set.casusId } : {}),
		bijgewerkt: set.bijgewerkt,
		groepen: samenvatting(lijst, set.antwoorden).map((s) => ({
			id: s.groep.id,
			titel: s.groep.titel,
			bron: s.groep.bron,
			beantwoord: s.voortgang.beantwoord,
			vragen: s.voortgang.totaal,
			antwoorden: s.regels.map((r) => ({
				id: r.vraag.id,
				...(r.vraag.nummer ? { nummer: r.vraag.nummer } : {}),
				vraag: r.vraag.tekst,
				antwoord: r.antwoord
			}))
		})),
		antwoorden: zichtbareAntwoorden(lijst, set.antwoorden)
	};
}

/** `zelfscan-utrecht-2026-11-23.json`: the questionnaire, the title and the date. */
export function bestandsnaam(lijst: Vragenlijst, set: AntwoordSetRecord): string {
	const titel = set.titel
		.toLocaleLowerCase('nl')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return [lijst.id, titel, set.datum].filter(Boolean).join('-') + '.json';
}
