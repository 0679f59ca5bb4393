/**
 * The engine: which questions are shown, what counts as answered, progress and summary per
 * group, and the export. Pure functions over the data and an answer map, so the same rules hold
 * in the page, in the printed report, in the JSON export and in the tests.
 */
import type { Antwoord, Antwoorden, Groep, Voorwaarde, Vraag, Vragenlijst } from './types';

export function alleVragen(lijst: Vragenlijst): Vraag[] {
	return lijst.groepen.flatMap((g) => g.vragen);
}

/** The ids of the questions a condition reads (through `of`). */
export function vragenIn(voorwaarde: Voorwaarde): string[] {
	return voorwaarde.soort === 'of' ? voorwaarde.voorwaarden.flatMap(vragenIn) : [voorwaarde.vraag];
}

/** Every condition without `of`, flattened: the atoms a test checks both ways. */
export function atomen(voorwaarde: Voorwaarde): Exclude<Voorwaarde, { soort: 'of' }>[] {
	return voorwaarde.soort === 'of' ? voorwaarde.voorwaarden.flatMap(atomen) : [voorwaarde];
}

function aantalVakjes(vraag: Vraag | undefined): number {
	return vraag?.type === 'vinkraster' ? vraag.rijen.length * vraag.kolommen.length : 0;
}

/**
 * Whether a condition holds. A condition on a hidden question does not hold, whatever its
 * stored answer says: the answer is kept (the user may change their mind back), but it no
 * longer opens the questions after it.
 */
export function voorwaardeVervuld(
	voorwaarde: Voorwaarde,
	antwoorden: Antwoorden,
	zichtbaar: ReadonlySet<string>,
	vragen: ReadonlyMap<string, Vraag>
): boolean {
	if (voorwaarde.soort === 'of')
		return voorwaarde.voorwaarden.some((v) => voorwaardeVervuld(v, antwoorden, zichtbaar, vragen));
	if (!zichtbaar.has(voorwaarde.vraag)) return false;
	const a = antwoorden[voorwaarde.vraag];
	switch (voorwaarde.soort) {
		case 'gekozen':
			return a?.keuze === voorwaarde.optie;
		case 'aangevinkt':
			return a?.gekozen?.includes(voorwaarde.optie) ?? false;
		case 'rij-met':
			return Object.values(a?.rijen ?? {}).includes(voorwaarde.optie);
		case 'vakje': {
			const aangekruist = a?.gekozen?.length ?? 0;
			return voorwaarde.aangekruist
				? aangekruist > 0
				: aangekruist < aantalVakjes(vragen.get(voorwaarde.vraag));
		}
	}
}

/** The ids of the questions shown for these answers, in order (conditions only look back). */
export function zichtbareVragen(lijst: Vragenlijst, antwoorden: Antwoorden): Set<string> {
	const zichtbaar = new Set<string>();
	const vragen = new Map(alleVragen(lijst).map((v) => [v.id, v]));
	for (const vraag of vragen.values())
		if (!vraag.voorwaarde || voorwaardeVervuld(vraag.voorwaarde, antwoorden, zichtbaar, vragen))
			zichtbaar.add(vraag.id);
	return zichtbaar;
}

const gevuld = (tekst: string | undefined) => (tekst ?? '').trim() !== '';

/** Whether a question has an answer worth counting. */
export function isBeantwoord(vraag: Vraag, a: Antwoord | undefined): boolean {
	if (!a) return false;
	switch (vraag.type) {
		case 'keuze':
			return a.keuze !== undefined;
		case 'tekst':
			return gevuld(a.teksten?.['']);
		case 'tabel':
			// Every row: a half-filled table is still open.
			return vraag.rijen.every((r) => a.rijen?.[r.id] !== undefined);
		case 'aantallen':
			return Object.keys(a.aantallen ?? {}).length > 0;
		case 'meerkeuze':
		case 'vinkraster':
		case 'checklist':
			// Ticking nothing is a valid answer ("none of these"), but only once the user touched it.
			return a.gekozen !== undefined;
	}
}

export interface Voortgang {
	beantwoord: number;
	totaal: number;
}

/** Progress over the questions shown; hidden questions do not count either way. */
export function voortgang(groep: Groep, antwoorden: Antwoorden, zichtbaar: ReadonlySet<string>) {
	const vragen = groep.vragen.filter((v) => zichtbaar.has(v.id));
	return {
		beantwoord: vragen.filter((v) => isBeantwoord(v, antwoorden[v.id])).length,
		totaal: vragen.length
	} satisfies Voortgang;
}

/** One answered question, in words, for the summary, the report and the comparison. */
export interface Regel {
	vraag: Vraag;
	/** The answer in words; empty when not answered. */
	antwoord: string[];
}

function labelVan(opties: readonly { id: string; label: string }[], id: string | undefined) {
	return opties.find((o) => o.id === id)?.label ?? '';
}

/** The answer to one question in words, lines in order. */
export function inWoorden(vraag: Vraag, a: Antwoord | undefined): string[] {
	if (!a || !isBeantwoord(vraag, a)) return [];
	const tekst = (sleutel: string) => (a.teksten?.[sleutel] ?? '').trim();
	switch (vraag.type) {
		case 'keuze': {
			const optie = vraag.opties.find((o) => o.id === a.keuze);
			const uitleg = optie?.tekstveld ? tekst(optie.id) : '';
			return [`${optie?.label ?? ''}${uitleg ? `: ${uitleg}` : ''}`];
		}
		case 'tekst':
			return [tekst('')];
		case 'meerkeuze': {
			const gekozen = vraag.opties.filter((o) => a.gekozen!.includes(o.id));
			if (gekozen.length === 0) return ['Niets aangevinkt'];
			return gekozen.map(
				(o) => `${o.label}${o.tekstveld && tekst(o.id) ? `: ${tekst(o.id)}` : ''}`
			);
		}
		case 'tabel':
			return vraag.rijen.map((r) => `${r.label}: ${labelVan(vraag.opties, a.rijen?.[r.id])}`);
		case 'vinkraster':
			return vraag.rijen.map((r) => {
				const kolommen = vraag.kolommen.filter((k) => a.gekozen!.includes(`${r.id}/${k.id}`));
				return `${r.label}: ${kolommen.length ? kolommen.map((k) => k.label.toLocaleLowerCase('nl')).join(', ') : 'onvoldoende'}`;
			});
		case 'aantallen':
			return vraag.rijen.map(
				(r) =>
					`${r.label}: ${vraag.kolommen.map((k) => `${k.label.toLocaleLowerCase('nl')} ${a.aantallen?.[`${r.id}/${k.id}`] ?? '–'}`).join(', ')}`
			);
		case 'checklist':
			return vraag.rijen.map((r) => {
				const notitie = tekst(r.id);
				return `${a.gekozen!.includes(r.id) ? '✓ Geregeld' : '✗ Nog niet'}: ${r.label}${notitie ? ` (notitie: ${notitie})` : ''}`;
			});
	}
}

export interface GroepSamenvatting {
	groep: Groep;
	voortgang: Voortgang;
	/** How often each choice label was given across the group's single-choice questions. */
	keuzes: { label: string; aantal: number }[];
	regels: Regel[];
}

/**
 * The summary per group: progress, a count of the choices, and each shown question with its
 * answer. Answers to hidden questions are kept in the store but left out here and in the
 * export: they answer a question that, given the other answers, does not apply.
 */
export function samenvatting(lijst: Vragenlijst, antwoorden: Antwoorden): GroepSamenvatting[] {
	const zichtbaar = zichtbareVragen(lijst, antwoorden);
	return lijst.groepen.map((groep) => {
		const vragen = groep.vragen.filter((v) => zichtbaar.has(v.id));
		const tellingen = new Map<string, number>();
		for (const v of vragen) {
			if (v.type !== 'keuze' || v.weergave === 'schaal') continue;
			const label = labelVan(v.opties, antwoorden[v.id]?.keuze);
			if (label) tellingen.set(label, (tellingen.get(label) ?? 0) + 1);
		}
		return {
			groep,
			voortgang: voortgang(groep, antwoorden, zichtbaar),
			keuzes: [...tellingen].map(([label, aantal]) => ({ label, aantal })),
			regels: vragen.map((vraag) => ({ vraag, antwoord: inWoorden(vraag, antwoorden[vraag.id]) }))
		};
	});
}

/** Only the answers to shown questions (see `samenvatting`). */
export function zichtbareAntwoorden(lijst: Vragenlijst, antwoorden: Antwoorden): Antwoorden {
	const zichtbaar = zichtbareVragen(lijst, antwoorden);
	return Object.fromEntries(Object.entries(antwoorden).filter(([id]) => zichtbaar.has(id)));
}
