/**
 * The case list as data: its order, the status line of a row, the search, the due dates for a
 * calendar file and the pupils an access request (inzageverzoek) can be made for. Plain
 * functions, so the page only shows what they return.
 */
import type { CasusRecord } from '$lib/dossier/types';
import { STATUS_TEKST, UITKOMST_TEKST } from '$lib/wizard/uitkomst';
import type { AgendaItem } from './agenda';
import type { Overzicht } from './overzicht';

/** Per case id, what its log says (read after the list shows, so possibly not yet there). */
export type Overzichten = ReadonlyMap<string, Overzicht>;

/**
 * What is due comes first (earliest date), then other open cases, then closed ones; newest first
 * within. The earliest of all due dates once the logs are read; until then the row's own summary.
 */
export function volgorde(overzichten: Overzichten) {
	return (a: CasusRecord, b: CasusRecord): number => {
		const open = (c: CasusRecord) => (c.status === 'open' ? 0 : 1);
		if (open(a) !== open(b)) return open(a) - open(b);
		const da = overzichten.get(a.id)?.termijnen[0]?.datum ?? a.volgendeDatum;
		const db = overzichten.get(b.id)?.termijnen[0]?.datum ?? b.volgendeDatum;
		if (da && db) return da.localeCompare(db);
		if (da || db) return da ? -1 : 1;
		return b.bijgewerkt.localeCompare(a.bijgewerkt);
	};
}

/** The cases whose pseudonym contains the search text (without case), in list order. */
export function zichtbaar(
	casussen: readonly CasusRecord[],
	zoek: string,
	overzichten: Overzichten
): CasusRecord[] {
	const tekst = zoek.trim().toLocaleLowerCase('nl');
	return casussen.filter((c) => c.zoeknaam.includes(tekst)).sort(volgorde(overzichten));
}

/**
 * "Open · Hulp loopt", "Afgesloten · Met monitoringsafspraken"; the status is left out when the
 * outcome starts with it ("Doorverwezen (medewerker)", "Afgesloten, geen vermoeden").
 */
export function statusRegel(c: Pick<CasusRecord, 'status' | 'uitkomst'>): string {
	const status = STATUS_TEKST[c.status];
	const uitkomst = c.uitkomst ? UITKOMST_TEKST[c.uitkomst] : '';
	if (!uitkomst) return status;
	return uitkomst.toLocaleLowerCase('nl').startsWith(status.toLocaleLowerCase('nl'))
		? uitkomst
		: `${status} · ${uitkomst}`;
}

/** The creation time of the oldest case, for the backup reminder; null without cases. */
export function oudste(casussen: readonly CasusRecord[]): string | null {
	return casussen.reduce<string | null>(
		(o, c) => (o === null || Date.parse(c.aangemaakt) < Date.parse(o) ? c.aangemaakt : o),
		null
	);
}

/** Open cases with at least one due date: what "all reminders in your calendar" covers. */
export function openMetTermijnen(
	casussen: readonly CasusRecord[],
	overzichten: Overzichten
): CasusRecord[] {
	return casussen.filter(
		(c) => c.status === 'open' && (overzichten.get(c.id)?.termijnen.length ?? 0) > 0
	);
}

/** Every due date of these cases, for a calendar file: only the pseudonym goes with it. */
export function agendaItems(rijen: readonly CasusRecord[], overzichten: Overzichten): AgendaItem[] {
	return rijen.flatMap((c) =>
		(overzichten.get(c.id)?.termijnen ?? []).map((termijn) => ({
			caseId: c.id,
			pseudoniem: c.pseudoniem,
			termijn
		}))
	);
}

/**
 * Inzageverzoek: one pseudonym stands for every case with it; initials are compared without
 * case, and the spelling shown is that of the last case in the list.
 */
export function pseudoniemen(casussen: readonly CasusRecord[]): string[] {
	return [...new Map(casussen.map((c) => [c.zoeknaam, c.pseudoniem])).values()].sort((a, b) =>
		a.localeCompare(b, 'nl')
	);
}
