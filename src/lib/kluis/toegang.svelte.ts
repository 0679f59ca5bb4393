/**
 * Who may see the dossier right now, for the whole app: the lock screen, the first-use choice,
 * auto-lock and "scherm verbergen". The layout shows the page only when `toegang.scherm` is
 * 'pagina'; a locked or not yet chosen dossier unmounts the page, so no case text stays in the
 * DOM behind a lock screen.
 *
 * `dossier()` (src/lib/dossier/open.svelte.ts) waits here: a page that needs case data asks for
 * it, and gets it only once the user has unlocked (or chosen to work without a passphrase).
 */
import { tick } from 'svelte';
import {
	bewaarAlleConcepten,
	conceptenVastgehouden,
	houdConceptenVast
} from '$lib/dossier/concepten';
import type { DossierDB } from '$lib/dossier/db';
import { actief } from '$lib/wizard/actief.svelte';

export type Scherm = 'pagina' | 'kiezen' | 'vergrendeld';

export const toegang = $state({
	scherm: 'pagina' as Scherm,
	/** 'onbekend' until the dossier was opened once in this tab. */
	modus: 'onbekend' as 'onbekend' | 'geen-keuze' | 'uit' | 'aan',
	/** The screen is blanked at once, without locking (a pupil walks up to the desk). */
	verborgen: false,
	/** A notice about the lock shown above every screen (another tab made the choice first). */
	melding: ''
});

let db: DossierDB | null = null;
let voorbereid: Promise<void> = Promise.resolve();
let wachtenden: (() => void)[] = [];

const KANAAL = 'meldcodewijzer-kluis';
let kanaal: BroadcastChannel | null = null;

/** Whether the dossier can be read now without asking anything. */
function vrij(d: DossierDB): boolean {
	return toegang.modus === 'uit' || (toegang.modus === 'aan' && d.sleutelbos.open);
}

/**
 * Called by `dossier()` with the opened database: resolves at once when it is free to read,
 * otherwise shows the first-use choice or the lock screen and resolves after it.
 */
export async function wachtOpToegang(d: DossierDB): Promise<void> {
	if (db !== d) {
		db = d;
		// Once per database, shared by every page or component that asks at the same moment.
		voorbereid = (async () => {
			const { leesKluis } = await import('./kluis');
			const config = await leesKluis(d);
			toegang.modus = config?.modus ?? 'geen-keuze';
			if (config?.modus === 'aan') d.sleutelbos.modus = 'aan';
			luisterNaarAndereTabbladen();
		})();
	}
	await voorbereid;
	if (vrij(d)) return;
	toegang.scherm = toegang.modus === 'geen-keuze' ? 'kiezen' : 'vergrendeld';
	await new Promise<void>((klaar) => wachtenden.push(klaar));
}

/** After unlocking or choosing: the page comes back and everything waiting gets the dossier. */
export function toegangGegeven(d: DossierDB, modus: 'uit' | 'aan'): void {
	if (db !== d) {
		db = d;
		voorbereid = Promise.resolve();
		luisterNaarAndereTabbladen();
	}
	toegang.modus = modus;
	toegang.scherm = 'pagina';
	if (modus === 'aan') toegang.melding = '';
	// Drafts typed while another tab switched the key were held; now they can be sealed.
	laatConceptenLos();
	const klaar = wachtenden;
	wachtenden = [];
	klaar.forEach((k) => k());
}

/**
 * Locks now: the page is unmounted first, so its forms write their last drafts (with the key still
 * there), then the key is forgotten. The case in memory is dropped too; it is read again from the
 * dossier after unlocking.
 */
export async function vergrendelNu(): Promise<void> {
	if (!db || toegang.modus !== 'aan') return;
	toegang.scherm = 'vergrendeld';
	toegang.verborgen = false;
	await tick();
	// A form's last draft is queued after one more await (it waits for its database first).
	// Drafts held for another tab's key switch are not waited for: they are written after
	// unlocking, with the key that is in use by then.
	await new Promise((r) => setTimeout(r, 0));
	if (!conceptenVastgehouden()) await bewaarAlleConcepten().catch(() => undefined);
	if (toegang.scherm !== 'vergrendeld') return;
	actief.casus = null;
	db.sleutelbos.vergeet();
}

/** "Scherm verbergen": blank at once, and write what forms still hold. */
export function verberg(): void {
	toegang.verborgen = true;
	void bewaarAlleConcepten().catch(() => undefined);
}

/** Whether auto-lock has anything to lock. */
export function isOntgrendeld(): boolean {
	return !!db && toegang.modus === 'aan' && db.sleutelbos.open && toegang.scherm === 'pagina';
}

type Bericht =
	/** The first choice was made, or the passphrase set or changed: follow what is stored. */
	| 'gewijzigd'
	/** Another tab is about to re-encrypt: write your drafts now, then hold them. */
	| { soort: 'bewaar'; id: string }
	/** Drafts written and held (the answer to `bewaar`). */
	| { soort: 'bewaard'; id: string; tab: string }
	/** The re-encryption is over: follow what is stored (if it changed) and write again. */
	| { soort: 'klaar'; id: string; gewijzigd: boolean };

const TAB = 'meldcodewijzer-tabblad-';
const tab = typeof crypto === 'undefined' ? '' : crypto.randomUUID();
/** How long to wait for other tabs to write their drafts: a frozen background tab has none. */
const ANTWOORD_MS = 2_000;
/** How long drafts are held for another tab's switch at most, if that tab went away meanwhile. */
const VASTHOUDEN_MS = 60_000;

let losLaten: (() => void) | null = null;

function laatConceptenLos() {
	losLaten?.();
	losLaten = null;
}

/**
 * Tells the other tabs of this browser that the first choice was made, or the passphrase was set
 * or changed: they follow what is stored (see `volgOpgeslagenKeuze`).
 */
export function meldKluisGewijzigd(): void {
	luisterNaarAndereTabbladen();
	kanaal?.postMessage('gewijzigd' satisfies Bericht);
}

/** The other open tabs that listen on the channel: each holds a Web Lock named for itself. */
async function andereTabbladen(): Promise<string[] | null> {
	if (typeof navigator === 'undefined' || !navigator.locks) return null;
	const { held = [] } = await navigator.locks.query();
	const namen = held.map((l) => l.name ?? '').filter((n) => n.startsWith(TAB));
	return namen.map((n) => n.slice(TAB.length)).filter((t) => t !== tab);
}

/**
 * Runs a passphrase set or change (`werk`) once every other tab has written its drafts with the
 * key in use until now and holds what is typed meanwhile; afterwards they follow the new
 * configuration and write what they held with the new key once unlocked. Without this, a tab
 * typing while another set the passphrase lost its last characters (or wrote them readable).
 */
export async function metAndereTabbladenStil<T>(
	werk: () => Promise<T>,
	gewijzigd: (uitkomst: T) => boolean = () => true
): Promise<T> {
	luisterNaarAndereTabbladen();
	await bewaarAlleConcepten().catch(() => undefined);
	const id = crypto.randomUUID();
	if (kanaal) {
		const k = kanaal;
		const verwacht = await andereTabbladen();
		await new Promise<void>((klaar) => {
			let ongehoord = verwacht ? [...verwacht] : null;
			const stop = () => {
				clearTimeout(uiterlijk);
				k.removeEventListener('message', opAntwoord);
				klaar();
			};
			const uiterlijk = setTimeout(stop, verwacht ? ANTWOORD_MS : 300);
			const opAntwoord = (e: MessageEvent<Bericht>) => {
				const b = e.data;
				if (typeof b !== 'object' || b.soort !== 'bewaard' || b.id !== id) return;
				ongehoord = ongehoord?.filter((t) => t !== b.tab) ?? null;
				if (ongehoord?.length === 0) stop();
			};
			k.addEventListener('message', opAntwoord);
			k.postMessage({ soort: 'bewaar', id } satisfies Bericht);
			if (verwacht?.length === 0) stop();
		});
	}
	let uitkomst: T | undefined;
	let gelukt = false;
	try {
		uitkomst = await werk();
		gelukt = true;
		return uitkomst;
	} finally {
		const bericht: Bericht = { soort: 'klaar', id, gewijzigd: gelukt && gewijzigd(uitkomst as T) };
		kanaal?.postMessage(bericht);
	}
}

/**
 * Re-reads the stored choice and follows it. With a passphrase stored, this tab locks: the key it
 * holds is no longer the one in use, a tab without a passphrase must not write readable records
 * any more, and a tab still on the first-use screen must not offer a choice that was made.
 * "No passphrase" chosen elsewhere lets a tab on the first-use screen through.
 */
export async function volgOpgeslagenKeuze(d: DossierDB, melding = ''): Promise<void> {
	const { leesKluis } = await import('./kluis');
	const config = await leesKluis(d);
	if (melding) toegang.melding = melding;
	if (config?.modus === 'uit') {
		if (toegang.modus === 'geen-keuze') toegangGegeven(d, 'uit');
		return;
	}
	if (config?.modus !== 'aan') return;
	toegang.modus = 'aan';
	d.sleutelbos.modus = 'aan';
	if (d.sleutelbos.open || toegang.scherm !== 'vergrendeld') {
		toegang.scherm = 'vergrendeld';
		await tick();
		actief.casus = null;
		d.sleutelbos.vergeet();
	}
}

function luisterNaarAndereTabbladen() {
	if (kanaal || typeof BroadcastChannel === 'undefined') return;
	kanaal = new BroadcastChannel(KANAAL);
	// Held as long as this tab lives, so a tab that re-encrypts knows whose answer to wait for.
	if (typeof navigator !== 'undefined' && navigator.locks)
		void navigator.locks.request(TAB + tab, () => new Promise(() => undefined));
	const k = kanaal;
	k.onmessage = async (e: MessageEvent<Bericht>) => {
		const b = e.data;
		if (b === 'gewijzigd') {
			if (db) await volgOpgeslagenKeuze(db);
		} else if (b.soort === 'bewaar') {
			await bewaarAlleConcepten().catch(() => undefined);
			laatConceptenLos();
			const los = houdConceptenVast();
			losLaten = los;
			// Should the other tab go away without a word, follow what is stored after a while.
			setTimeout(() => {
				if (losLaten === los) void naWissel(true);
			}, VASTHOUDEN_MS);
			k.postMessage({ soort: 'bewaard', id: b.id, tab } satisfies Bericht);
		} else if (b.soort === 'klaar') {
			await naWissel(b.gewijzigd);
		}
	};
}

/** After another tab's key switch: follow it, and write held drafts as soon as this tab may. */
async function naWissel(gewijzigd: boolean) {
	if (gewijzigd && db) await volgOpgeslagenKeuze(db);
	if (!db || vrij(db)) laatConceptenLos();
}
