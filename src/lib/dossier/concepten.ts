/**
 * Drafts: what is typed in a decision form, kept in the `concepten` table until the decision is
 * recorded, so a closed tab, a crash or a flat battery loses at most the last 150 ms of typing.
 *
 * A draft's name is `caseId|decisions so far|machine state|form|field`. The number of decisions
 * makes a draft belong to one moment of the case: once a decision is recorded the number moves on,
 * so a draft of a step that was left (or of the previous consultation, in a step that repeats) is
 * never put back into a fresh form, even if the tab died between recording and clearing it.
 *
 * That name is not the row's key: a key stays readable beside the sealed record, and the names
 * told which step each case was at and which fields were being filled in. The key is an opaque
 * random id; the name is sealed with the value, and drafts are found through the (readable) case
 * id and filtered after decryption: a case has a few dozen drafts at most.
 *
 * Writes go one after another (one queue for the whole page), so a clearing after a decision can
 * never be overtaken by an older write of the same form. Dexie is never imported here: the
 * database comes in as an argument, so pages without a case do not load it.
 */
import type { DossierDB } from './db';
import type { ConceptRecord } from './types';

const SCHEIDING = '|';

/** The part of a key before the form: one case at one moment (its number of decisions). */
export function momentPrefix(caseId: string, beslissingen: number): string {
	return `${caseId}${SCHEIDING}${beslissingen}${SCHEIDING}`;
}

/** The part of a key before the field: one form on one screen of a case at one moment. */
export function formulierPrefix(
	caseId: string,
	beslissingen: number,
	waar: string,
	formulier: string
): string {
	return `${momentPrefix(caseId, beslissingen)}${waar}${SCHEIDING}${formulier}${SCHEIDING}`;
}

let rij: Promise<unknown> = Promise.resolve();

/** Runs database work after all work queued before it, finished or failed. */
function achterElkaar<T>(werk: () => Promise<T>): Promise<T> {
	const klaar = rij.then(werk);
	rij = klaar.catch(() => undefined);
	return klaar;
}

/** A draft's name; a row from before opaque keys has it as its key. */
function naamVan(r: ConceptRecord): string {
	return r.naam ?? r.sleutel;
}

/** The row with an opaque key and its name sealed inside; rows that have one are kept as they are. */
export function metOpaakSleutel(r: ConceptRecord): ConceptRecord {
	return r.naam === undefined ? { ...r, sleutel: crypto.randomUUID(), naam: r.sleutel } : r;
}

function vanCasus(db: DossierDB, caseId: string): Promise<ConceptRecord[]> {
	return db.concepten.where('caseId').equals(caseId).toArray();
}

/** Every prefix starts with the case id (a UUID, without the separator). */
function casusVan(prefix: string): string {
	return prefix.slice(0, prefix.indexOf(SCHEIDING));
}

/** Stores field values (full names) of one case; an existing draft of a field is replaced. */
export function bewaarConcepten(
	db: DossierDB,
	caseId: string,
	waarden: ReadonlyMap<string, string>,
	bijgewerkt = new Date().toISOString()
): Promise<void> {
	return achterElkaar(() =>
		// Read and written in one transaction: two tabs saving the same field keep one row.
		db.transaction('rw', db.concepten, async () => {
			const bestaand = new Map((await vanCasus(db, caseId)).map((r) => [naamVan(r), r]));
			const oud: string[] = [];
			const rijen: ConceptRecord[] = [];
			for (const [naam, waarde] of waarden) {
				const rij = bestaand.get(naam);
				if (rij && rij.naam === undefined) oud.push(rij.sleutel);
				const sleutel = rij?.naam !== undefined ? rij.sleutel : crypto.randomUUID();
				rijen.push({ sleutel, naam, caseId, waarde, bijgewerkt });
			}
			if (oud.length > 0) await db.concepten.bulkDelete(oud);
			await db.concepten.bulkPut(rijen);
		})
	);
}

/** The drafts under a prefix, by the rest of their name (the field). */
export function leesConcepten(db: DossierDB, prefix: string): Promise<Map<string, string>> {
	return achterElkaar(async () => {
		const rijen = (await vanCasus(db, casusVan(prefix))).filter((r) =>
			naamVan(r).startsWith(prefix)
		);
		return new Map(rijen.map((r) => [naamVan(r).slice(prefix.length), r.waarde]));
	});
}

/**
 * Gives every draft stored before opaque keys (its name as its readable key) an opaque key, with
 * the name sealed inside. Run once the dossier is open (it needs the key); until then such drafts
 * are read and replaced as they are, so none is lost. Setting or changing the passphrase does the
 * same for all of them (see kluis.ts).
 */
export function verzegelOudeConceptsleutels(db: DossierDB): Promise<number> {
	return achterElkaar(() =>
		db.transaction('rw', db.concepten, async () => {
			const oud = (await db.concepten.toArray()).filter((r) => r.naam === undefined);
			if (oud.length === 0) return 0;
			await db.concepten.bulkDelete(oud.map((r) => r.sleutel));
			await db.concepten.bulkAdd(oud.map(metOpaakSleutel));
			return oud.length;
		})
	);
}

/** Resolves once every draft write queued so far has finished (before the app locks). */
export function conceptenWeggeschreven(): Promise<void> {
	return achterElkaar(async () => undefined);
}

/** Every writer with values not yet written, so a mode switch can write them all first. */
const schrijvers = new Set<ConceptSchrijver>();
/** Writes on their way (a writer hands its values over before they reach the queue). */
const lopend = new Set<Promise<unknown>>();

/**
 * Writes what every form of this tab still holds, now, and waits until it is stored: before the
 * app locks, hides, or another tab re-encrypts the dossier under a new key.
 */
export async function bewaarAlleConcepten(): Promise<void> {
	const onderweg = [...lopend].map((p) => p.catch(() => undefined));
	await Promise.all([...[...schrijvers].map((s) => s.schrijf()), ...onderweg]);
	await conceptenWeggeschreven();
}

let vastgehouden = 0;

/**
 * Holds every draft write (and read) queued from now on until the returned function is called:
 * while another tab re-encrypts the dossier, a write sealed with the key this tab holds would be
 * unreadable afterwards, and one made readable after the switch would leak. What is typed
 * meanwhile waits in memory and is written once this tab may write again (with the new key).
 */
export function houdConceptenVast(): () => void {
	let los!: () => void;
	const poort = new Promise<void>((r) => (los = r));
	vastgehouden += 1;
	rij = rij.then(() => poort);
	let gedaan = false;
	return () => {
		if (gedaan) return;
		gedaan = true;
		vastgehouden -= 1;
		los();
	};
}

/** Whether draft writes are being held (see `houdConceptenVast`). */
export function conceptenVastgehouden(): boolean {
	return vastgehouden > 0;
}

/**
 * Deletes a case's drafts whose name matches: the name is sealed, so no index finds them. Read
 * whole and deleted by key, in one transaction (a case has a few dozen drafts at most).
 */
function wisWaar(db: DossierDB, caseId: string, past: (naam: string) => boolean): Promise<void> {
	return achterElkaar(() =>
		db.transaction('rw', db.concepten, async () => {
			const weg = (await vanCasus(db, caseId)).filter((r) => past(naamVan(r)));
			await db.concepten.bulkDelete(weg.map((r) => r.sleutel));
		})
	);
}

/** Deletes the drafts under a prefix (a form, or a whole moment of a case). */
export function wisConcepten(db: DossierDB, prefix: string): Promise<void> {
	return wisWaar(db, casusVan(prefix), (naam) => naam.startsWith(prefix));
}

/** Deletes a case's drafts of earlier moments: they can never be shown again. */
export function ruimConceptenOp(
	db: DossierDB,
	caseId: string,
	beslissingen: number
): Promise<void> {
	const houden = momentPrefix(caseId, beslissingen);
	return wisWaar(db, caseId, (naam) => !naam.startsWith(houden));
}

export interface SchrijverOpties {
	/** Quiet time after the last keystroke before writing. */
	wacht?: number;
	/** Longest time a change may wait while someone keeps typing. */
	uiterlijk?: number;
	/** Called when a write fails; typing goes on, the values are tried again with the next write. */
	onfout?: (fout: unknown) => void;
	/** Called after a write succeeded. */
	onbewaard?: () => void;
}

/**
 * Collects field values and writes them debounced: `wacht` ms after the last change, but never
 * more than `uiterlijk` ms after the first unwritten one. Both are short (100 and 150 ms): a tab
 * killed while typing loses at most that, and one small sealed write per 150 ms costs little.
 * `schrijf()` writes at once (for `pagehide`), `verwerp()` forgets what is not written yet (after
 * the decision was recorded).
 */
export class ConceptSchrijver {
	#opslaan: (waarden: ReadonlyMap<string, string>) => Promise<void>;
	#wacht: number;
	#uiterlijk: number;
	#onfout?: (fout: unknown) => void;
	#onbewaard?: () => void;
	#open = new Map<string, string>();
	#sinds = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		opslaan: (waarden: ReadonlyMap<string, string>) => Promise<void>,
		{ wacht = 100, uiterlijk = 150, onfout, onbewaard }: SchrijverOpties = {}
	) {
		this.#opslaan = opslaan;
		this.#wacht = wacht;
		this.#uiterlijk = uiterlijk;
		this.#onfout = onfout;
		this.#onbewaard = onbewaard;
	}

	/** Whether values wait to be written. */
	get wachtend(): boolean {
		return this.#open.size > 0;
	}

	zet(sleutel: string, waarde: string): void {
		const nu = Date.now();
		if (this.#open.size === 0) this.#sinds = nu;
		this.#open.set(sleutel, waarde);
		schrijvers.add(this);
		clearTimeout(this.#timer);
		const over = Math.max(0, this.#uiterlijk - (nu - this.#sinds));
		this.#timer = setTimeout(() => void this.schrijf(), Math.min(this.#wacht, over));
	}

	async schrijf(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (this.#open.size === 0) return;
		const waarden = this.#open;
		this.#open = new Map();
		schrijvers.delete(this);
		const schrijven = this.#opslaan(waarden);
		lopend.add(schrijven);
		try {
			await schrijven;
			this.#onbewaard?.();
		} catch (fout) {
			// Keep what failed for the next write, unless the field changed since.
			for (const [k, v] of waarden) if (!this.#open.has(k)) this.#open.set(k, v);
			schrijvers.add(this);
			this.#sinds = Date.now();
			this.#onfout?.(fout);
		} finally {
			lopend.delete(schrijven);
		}
	}

	verwerp(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#open.clear();
		schrijvers.delete(this);
	}
}
