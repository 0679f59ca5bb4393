/**
 * What a merged log means: the decisions that count, in order, for the replay; and every place
 * where two copies of the case went on with decisions of their own (a conflict), with the
 * choice that settled it, if any.
 *
 * A samenvoeging holds the other copy's entries after the common entry `vanaf`. When only one
 * side decided anything after `vanaf`, its decisions simply count, in order. When both did, the
 * statechart cannot follow both: until someone records a keuze, this copy's line counts and the
 * case is blocked for new decisions; after it, the chosen line counts and the other stays in
 * the log, shown as not followed. Entries seen before (the same hash: a copy of a copy) are
 * counted once.
 *
 * Every view (case page, history, report, note, case list, sign-offs) reads a merged log through
 * this one function: the decisions that count, every decision with whether it is still followed,
 * and every sign-off at any depth. A view that read the top-level entries itself would lose what
 * sits inside a samenvoeging (a sign-off given on the other device, issue 14).
 */
import type {
	BeslissingRecord,
	KeuzeRecord,
	LogRecord,
	SamenvoegingRecord
} from '$lib/dossier/types';
import { alsAkkoorden, type Akkoord } from '$lib/dossier/akkoord-regels';
import type { Correctie, LogRegel } from '$lib/logboek/logboek';

export interface Conflict {
	/** The samenvoeging entry (its volgnummer in this case's log). */
	samenvoeging: SamenvoegingRecord;
	/** The decisions of this copy after the common entry. */
	hier: LogRegel[];
	/** The decisions of the imported copy after the common entry. */
	ingevoegd: LogRegel[];
	/** The choice that settled it; null while open. */
	keuze: KeuzeRecord | null;
}

/** A decision in the log, counted or not. */
export interface Besluit {
	regel: LogRegel;
	/** False: set aside by a choice for the other line, or (conflict.keuze null) waiting for one. */
	gevolgd: boolean;
	/** For a decision not followed: the conflict that set it aside. */
	conflict?: Conflict;
	/** The top-level samenvoeging it came in with; null for the case's own chain. */
	via: SamenvoegingRecord | null;
}

export interface Effectief {
	/** The decisions that count, in the order they are replayed. */
	regels: LogRegel[];
	/** Every decision once (the same hash is one decision), in the order of the log. */
	alle: Besluit[];
	/** Every sign-off once, at any depth, oldest first; tied to its decision by hash. */
	akkoorden: Akkoord[];
	conflicten: Conflict[];
	/** The first conflict nobody has settled yet: no new decisions until it is. */
	open: Conflict | null;
}

interface Item {
	record: LogRecord;
	/** Number of the top entry of the chain it came from, for "after the common entry". */
	plaats: number;
	/** For a correction: the hash of the entry it corrects, found in its own chain. */
	doel?: string;
	samengevoegd: boolean;
	gevolgd: boolean;
	conflict?: Conflict;
	via: SamenvoegingRecord | null;
}

/** A line to follow for a samenvoeging (by its hash), instead of its keuze: for checking. */
export type Stel = ReadonlyMap<string, KeuzeRecord['tak']>;

export function effectief(log: readonly LogRecord[], stel: Stel = new Map()): Effectief {
	const keuzes = new Map<string, KeuzeRecord>();
	verzamelKeuzes(log, keuzes);
	return lees(log, stel, keuzes);
}

/** `effectief`, with the choices to apply given (a copy's log read with the choices made here). */
function lees(
	log: readonly LogRecord[],
	stel: Stel,
	keuzes: ReadonlyMap<string, KeuzeRecord>,
	volgt: Map<string, Set<string>> = new Map()
): Effectief {
	const conflicten: Conflict[] = [];
	const regelVan = new Map<string, LogRegel>();
	const items = tak(log, [], new Set(), null, { conflicten, regelVan, stel, keuzes, volgt });

	for (const item of items) {
		const r = item.record;
		if (r.soort !== 'correctie' || !item.doel) continue;
		const doel = regelVan.get(item.doel);
		if (!doel) continue;
		const { volgnummer, at, door, tekst, reden, hash, ondertekening } = r;
		const c: Correctie = {
			volgnummer,
			at,
			door,
			tekst,
			reden,
			hash,
			...(ondertekening ? { ondertekening } : {})
		};
		doel.correcties = [...(doel.correcties ?? []), c];
	}
	const alle: Besluit[] = items
		.filter((i) => i.record.soort === 'beslissing')
		.map((i) => ({
			regel: regelVan.get(i.record.hash)!,
			gevolgd: i.gevolgd,
			...(i.conflict ? { conflict: i.conflict } : {}),
			via: i.via
		}));
	return {
		regels: alle.filter((b) => b.gevolgd).map((b) => b.regel),
		alle,
		akkoorden: alsAkkoorden(items.map((i) => i.record)),
		conflicten,
		open: conflicten.find((c) => !c.keuze) ?? null
	};
}

/** Every choice at any depth, by the samenvoeging it settles: the first one counts. */
function verzamelKeuzes(log: readonly LogRecord[], keuzes: Map<string, KeuzeRecord>) {
	for (const r of log) {
		if (r.soort === 'keuze' && !keuzes.has(r.samenvoegingHash)) keuzes.set(r.samenvoegingHash, r);
		if (r.soort === 'samenvoeging') verzamelKeuzes(r.regels, keuzes);
	}
}

function alsRegel(r: BeslissingRecord, samengevoegd: boolean): LogRegel {
	return {
		volgnummer: r.volgnummer,
		door: r.door,
		beslissing: r.beslissing,
		...(r.gegevens ? { gegevens: r.gegevens } : {}),
		hash: r.hash,
		...(r.ondertekening ? { ondertekening: r.ondertekening } : {}),
		...(samengevoegd ? { samengevoegd: true as const } : {})
	};
}

/**
 * One chain (the case's own, or one embedded in a samenvoeging), after the entries `eerder`
 * (those before it in the copy it comes from: what a number refers to, and that copy's start).
 */
function tak(
	regels: readonly LogRecord[],
	eerder: readonly LogRecord[],
	gezien: Set<string>,
	via: SamenvoegingRecord | null,
	ctx: {
		conflicten: Conflict[];
		regelVan: Map<string, LogRegel>;
		stel: Stel;
		keuzes: ReadonlyMap<string, KeuzeRecord>;
		/**
		 * Per samenvoeging (hash): what the other copy follows. Read once per merge: merges nest
		 * (up to MAX_DIEPTE), and reading each copy's log anew at every level would double the
		 * work with every level.
		 */
		volgt: Map<string, Set<string>>;
	}
): Item[] {
	const { conflicten, regelVan } = ctx;
	const samengevoegd = via !== null;
	const vorige = [...eerder];
	const hashes = eerder.map((r) => r.hash);
	const items: Item[] = [];
	for (const r of regels) {
		hashes.push(r.hash);
		vorige.push(r);
		if (gezien.has(r.hash)) continue;
		gezien.add(r.hash);
		const plaats = r.volgnummer;
		if (r.soort === 'beslissing') {
			regelVan.set(r.hash, alsRegel(r, samengevoegd));
			items.push({ record: r, plaats, samengevoegd, gevolgd: true, via });
		} else if (r.soort === 'correctie') {
			items.push({
				record: r,
				plaats,
				doel: hashes[r.corrigeert - 1],
				samengevoegd,
				gevolgd: true,
				via
			});
		} else if (r.soort === 'samenvoeging') {
			const binnen = tak(r.regels, vorige.slice(0, r.vanaf), gezien, via ?? r, ctx).map((i) => ({
				...i,
				plaats
			}));
			/**
			 * The other copy's line is what that copy follows: its own log (the common entries,
			 * then its entries as embedded here), read with the choices made here. Some of its
			 * decisions may be here already, seen in an earlier merge of its file (and perhaps set
			 * aside by a choice then): they are on its side, not this copy's, and its line, when
			 * chosen, runs through them (issue 14: a hand-back was refused without this).
			 */
			let volgtDaar = ctx.volgt.get(r.hash);
			if (!volgtDaar) {
				const daarLog = [...vorige.slice(0, r.vanaf), ...r.regels];
				volgtDaar = new Set(
					lees(daarLog, ctx.stel, ctx.keuzes, ctx.volgt).regels.flatMap((x) =>
						x.hash ? [x.hash] : []
					)
				);
				ctx.volgt.set(r.hash, volgtDaar);
			}
			const beslissing = (i: Item) => i.record.soort === 'beslissing';
			const na = items.filter((i) => i.plaats > r.vanaf && beslissing(i));
			const hier = na.filter((i) => i.gevolgd && !volgtDaar.has(i.record.hash));
			// A conflict needs decisions new with this merge on the other side; one settled
			// before (with a choice here) does not open again because a later file repeats it.
			const nieuw = binnen.filter((i) => beslissing(i) && i.gevolgd);
			const daar = [...na.filter((i) => !i.gevolgd && volgtDaar.has(i.record.hash)), ...nieuw];
			if (hier.length > 0 && nieuw.length > 0) {
				const keuze = ctx.keuzes.get(r.hash) ?? null;
				const conflict: Conflict = {
					samenvoeging: r,
					hier: hier.map((i) => regelVan.get(i.record.hash)!),
					ingevoegd: daar.map((i) => regelVan.get(i.record.hash)!),
					keuze
				};
				conflicten.push(conflict);
				// Not chosen (yet): the line that does not count stays in the log, not in the replay.
				const gekozen = ctx.stel.get(r.hash) ?? keuze?.tak ?? 'hier';
				if (gekozen === 'hier')
					for (const i of daar) {
						i.gevolgd = false;
						i.conflict = conflict;
					}
				// The other line: exactly what the other copy follows, from the common entry on.
				else
					for (const i of [...na, ...binnen.filter(beslissing)]) {
						const volgt = volgtDaar.has(i.record.hash);
						if (i.gevolgd && !volgt) i.conflict = conflict;
						if (volgt) delete i.conflict;
						i.gevolgd = volgt;
					}
			}
			items.push(...binnen);
		} else if (r.soort !== 'keuze') {
			items.push({ record: r, plaats, samengevoegd, gevolgd: true, via });
		}
	}
	return items;
}
