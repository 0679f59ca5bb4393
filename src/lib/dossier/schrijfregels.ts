/**
 * The rules an entry must meet to be in a case's log, in one place: the local writes
 * (voegCorrectieToe, voegAkkoordToe, voegKeuzeToe) check an entry with these functions before
 * they store it, and an import checks every entry of a file with the same functions, against the
 * log as it stood when the entry was written (the entries before it in its own chain). A file
 * made by hand can therefore hold nothing this app would refuse to write itself (issue 19.4).
 *
 * Pure: no database. Decisions themselves are checked by the statechart (replay).
 */
import { effectief } from '$lib/dossier/effectief';
import { problemenMetAkkoord } from './akkoord-regels';
import { verloop } from './verloop';
import { GRENZEN, teLang } from './grenzen';
import type { CasusRecord, LogRecord } from './types';

/** The texts of a correction: both given, both within the limit. */
export function correctieTekstProblemen(c: { tekst: string; reden: string }): string[] {
	if (!c.tekst.trim() || !c.reden.trim())
		return ['Een correctie heeft een nieuwe tekst en een reden nodig.'];
	return [
		...teLang('De verbeterde toelichting', c.tekst, GRENZEN.tekst),
		...teLang('De reden', c.reden, GRENZEN.tekst)
	];
}

/** A correction of the entry `doel` (the entry numbered `corrigeert` in its chain, if any). */
export function problemenMetCorrectie(
	c: { corrigeert: number; tekst: string; reden: string },
	doel: LogRecord | undefined
): string[] {
	const tekst = correctieTekstProblemen(c);
	if (tekst.length > 0) return tekst;
	if (!doel) return [`Regel ${c.corrigeert} bestaat niet in deze casus.`];
	// Only decisions are corrected; a correction of a correction would never be shown.
	if (doel.soort !== 'beslissing')
		return [`Regel ${c.corrigeert} is geen beslissing: alleen beslissingen worden verbeterd.`];
	return [];
}

/** A sign-off, against the log before it: its decision, role, name, time and what was signed. */
export function problemenMetAkkoordIn(
	casus: Pick<CasusRecord, 'id' | 'variant'>,
	a: Parameters<typeof problemenMetAkkoord>[0],
	voor: readonly LogRecord[]
): string[] {
	const { regels, akkoorden } = effectief(voor);
	return problemenMetAkkoord(a, verloop(casus, regels).stap5, akkoorden);
}

/** A choice between two versions, against the log before it. */
export function problemenMetKeuze(
	k: { samenvoegingHash: string; samenvoeging?: number; reden: string },
	voor: readonly LogRecord[]
): string[] {
	if (!k.reden.trim()) return ['Schrijf op waarom deze versie telt.'];
	if (k.reden.length > GRENZEN.tekst) return teLang('De reden', k.reden, GRENZEN.tekst);
	const conflict = effectief(voor).conflicten.find(
		(c) => c.samenvoeging.hash === k.samenvoegingHash
	);
	if (
		!conflict ||
		(k.samenvoeging !== undefined && k.samenvoeging !== conflict.samenvoeging.volgnummer)
	)
		return ['Deze samenvoeging heeft geen twee versies om uit te kiezen.'];
	if (conflict.keuze)
		return ['Voor deze twee versies is al gekozen (misschien in een ander tabblad).'];
	return [];
}

/**
 * Every correction, sign-off and choice of a log, at any depth, checked as if it were written
 * now onto the entries before it; the first problem, in Dutch, or null. An entry inside a
 * samenvoeging was written on the other copy, onto that copy's chain: the first `vanaf` entries
 * of the chain that holds the samenvoeging, then the entries before it inside.
 */
export function logregelFout(
	casus: Pick<CasusRecord, 'id' | 'variant'>,
	log: readonly LogRecord[]
): string | null {
	return ketenFout(casus, log, 0, '');
}

function ketenFout(
	casus: Pick<CasusRecord, 'id' | 'variant'>,
	keten: readonly LogRecord[],
	begin: number,
	waar: string
): string | null {
	for (let i = begin; i < keten.length; i++) {
		const r = keten[i]!;
		const plek = `${waar}regel ${r.volgnummer}`;
		let problemen: string[] = [];
		if (r.soort === 'correctie')
			problemen = problemenMetCorrectie(r, r.corrigeert <= i ? keten[r.corrigeert - 1] : undefined);
		else if (r.soort === 'akkoord') problemen = problemenMetAkkoordIn(casus, r, keten.slice(0, i));
		else if (r.soort === 'keuze') problemen = problemenMetKeuze(r, keten.slice(0, i));
		else if (r.soort === 'samenvoeging') {
			const binnen = [...keten.slice(0, r.vanaf), ...r.regels];
			const fout = ketenFout(casus, binnen, r.vanaf, `${plek}, samengevoegde `);
			if (fout) return fout;
		}
		if (problemen.length > 0) return `${plek}: ${problemen.join(' ')}`;
	}
	return null;
}
