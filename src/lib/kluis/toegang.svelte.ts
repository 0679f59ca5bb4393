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
import { conceptenWeggeschreven } from '$lib/dossier/concepten';
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
	await new Promise((r) => setTimeout(r, 0));
	await conceptenWeggeschreven().catch(() => undefined);
	actief.casus = null;
	db.sleutelbos.vergeet();
}

/** Whether auto-lock has anything to lock. */
export function isOntgrendeld(): boolean {
	return !!db && toegang.modus === 'aan' && db.sleutelbos.open && toegang.scherm === 'pagina';
}

/**
 * Tells the other tabs of this browser that the first choice was made, or the passphrase was set
 * or changed: they follow what is stored (see `volgOpgeslagenKeuze`).
 */
export function meldKluisGewijzigd(): void {
	luisterNaarAndereTabbladen();
	kanaal?.postMessage('gewijzigd');
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
	kanaal.onmessage = async () => {
		if (db) await volgOpgeslagenKeuze(db);
	};
}
