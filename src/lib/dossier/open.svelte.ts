/**
 * The one dossier of this browser, opened on first use (Dexie is loaded only by the pages that
 * need it). When another tab upgrades the database to a newer schema, this tab lets go at once
 * and asks for a reload, instead of breaking half-way through a write.
 */
import { wachtOpToegang } from '$lib/kluis/toegang.svelte';
import { Casus, type CasusGegevens, type Opslag } from '$lib/wizard/casus.svelte';
import type { DossierDB } from './db';
import type { LogRecord } from './types';
import { onthoudKop } from './kop';
import { vraagBlijvendeOpslag } from './opslagruimte';
import { dossierStatus } from './status.svelte';
import { termijnen, type Termijn } from './termijnen';

export { dossierStatus };

/**
 * What is due in an open case, for the case page. Here, statically, and not imported by the page
 * itself: this module reaches the due dates first through its dynamic import('./dossier'), and
 * SvelteKit 2.70 then leaves them out of the page's preload list (a second round trip;
 * tests/e2e/voorladen.test.ts).
 */
export function teDoenIn(casus: Casus): Termijn[] {
	return termijnen(casus.snapshot, casus.regels);
}

export const GEBLOKKEERD =
	'Deze casus heeft twee versies met elk eigen beslissingen (na het samenvoegen van een bestand). Kies eerst welke versie telt; daarna kun je verder.';

let geopend: Promise<DossierDB> | null = null;

let dossierModule: Promise<typeof import('./dossier')> | null = null;
let effectiefModule: Promise<typeof import('$lib/dossier/effectief')> | null = null;

/**
 * The dossier's operations, imported once per tab. Every dynamic import() in the build goes
 * through Vite's preload helper, which looks up each of the module's files in the document
 * (querySelector per file); on a case page with a long history that was a few milliseconds of
 * every step change (issue 15), for a module that was loaded long before.
 */
export function dossierOperaties(): Promise<typeof import('./dossier')> {
	return (dossierModule ??= import('./dossier').catch((fout: unknown) => {
		dossierModule = null;
		throw fout;
	}));
}

/** The effective log (merges folded), imported once per tab: see `dossierOperaties`. */
export function effectiefLog(): Promise<typeof import('$lib/dossier/effectief')> {
	return (effectiefModule ??= import('$lib/dossier/effectief').catch((fout: unknown) => {
		effectiefModule = null;
		throw fout;
	}));
}

/**
 * The dossier, once the user may read it: after unlocking, or at once when they chose to work
 * without a passphrase. On first use this waits for that choice (see src/lib/kluis/).
 */
export async function dossier(): Promise<DossierDB> {
	const db = await dossierZonderToegang();
	await wachtOpToegang(db);
	// Once per tab, with the key at hand: drafts from before opaque keys get one.
	oudeSleutels ??= import('./concepten')
		.then(({ verzegelOudeConceptsleutels }) => verzegelOudeConceptsleutels(db))
		.then(
			() => undefined,
			() => {
				oudeSleutels = null;
			}
		);
	return db;
}

let oudeSleutels: Promise<void> | null = null;

/** The opened database, locked or not: for the lock screen and the passphrase settings only. */
export function dossierZonderToegang(): Promise<DossierDB> {
	geopend ??= import('./db').then(({ DossierDB }) => {
		const db = new DossierDB();
		db.on('versionchange', () => {
			db.close();
			dossierStatus.nieuwereVersie = true;
			return false;
		});
		// The schema version beside the data, so an export or a support question can name it.
		db.on('ready', () => db.meta.put({ sleutel: 'schemaVersie', waarde: db.verno }));
		return db;
	});
	return geopend;
}

/** The stored entry's hash and signature: what the case in the tab keeps of it. */
function opgeslagen(r: LogRecord) {
	return { hash: r.hash, ...(r.ondertekening ? { ondertekening: r.ondertekening } : {}) };
}

export function opslagVoor(db: DossierDB, caseId: string): Opslag {
	return {
		async beslissing(regel, snapshot, alle) {
			const { voegBeslissingToe } = await dossierOperaties();
			return opgeslagen(await voegBeslissingToe(db, caseId, regel, snapshot, alle));
		},
		async correctie(c) {
			const { voegCorrectieToe } = await dossierOperaties();
			return opgeslagen(await voegCorrectieToe(db, caseId, c));
		},
		async akkoord(a) {
			const { voegAkkoordToe } = await import('./akkoord');
			return opgeslagen(await voegAkkoordToe(db, caseId, a));
		}
	};
}

/** A case from a dossier, replayed from its log, ready for the wizard; null when it is not there. */
export async function casusUit(
	db: DossierDB,
	id: string,
	opslag: Opslag = opslagVoor(db, id)
): Promise<Casus | null> {
	// Dynamic: these pull in Dexie and the merge logic, which pages without a case never need.
	// Modules a case page imports anyway are imported statically above: SvelteKit 2.70 does not
	// preload a module it first meets through a dynamic import().
	const [{ logboekVan }, { effectief }] = await Promise.all([dossierOperaties(), effectiefLog()]);
	const rij = await db.casussen.get(id);
	if (!rij) return null;
	const log = await logboekVan(db, id);
	// The first decision on the opened case needs not read the log again (checked against the
	// case row when it is written: kop.ts).
	onthoudKop(db, id, log.at(-1));
	const gegevens: CasusGegevens = {
		id: rij.id,
		pseudoniem: rij.pseudoniem,
		leeftijd: rij.leeftijd,
		variant: rij.variant,
		aangemaakt: rij.aangemaakt
	};
	const { regels, akkoorden, open } = effectief(log);
	return new Casus(gegevens, regels, {
		opslag,
		logLengte: log.at(-1)?.volgnummer ?? 0,
		akkoorden,
		// Two copies decided differently and nobody chose yet: no new decision on either line.
		geblokkeerd: open ? GEBLOKKEERD : null
	});
}

/** A case from this browser's dossier. */
export async function laadCasus(id: string): Promise<Casus | null> {
	return casusUit(await dossier(), id);
}

export async function maakCasus(gegevens: CasusGegevens): Promise<Casus> {
	const db = await dossier();
	const { nieuweCasus } = await dossierOperaties();
	await nieuweCasus(db, gegevens);
	// The first case is the moment to ask the browser to keep the dossier; the answer shows in the case list.
	void vraagBlijvendeOpslag();
	return new Casus(gegevens, [], { opslag: opslagVoor(db, gegevens.id) });
}
