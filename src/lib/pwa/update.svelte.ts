/**
 * Registers the service worker with workbox-window and holds what the page shows about it:
 * "ready to work offline" after the first install, "Nieuwe versie beschikbaar" when a new
 * version waits. The new version takes over only when the user says so.
 */
import type { Workbox } from 'workbox-window';
import { bewaarAlleConcepten } from '$lib/dossier/concepten';

export const pwa = $state({ offlineKlaar: false, nieuweVersie: false });

let wb: Workbox | null = null;
/** The user chose "Nu bijwerken" in this tab. */
let gekozen = false;

/**
 * `map` is the app's folder on its host, with its slash: `/` at the domain root, `/meldcode/`
 * under a sub path (the layout passes `resolve('/')`).
 */
export async function registreer(map: string): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { Workbox } = await import('workbox-window');
	// In the app's own folder, so a sub path on a shared host works; the scope is that folder, the
	// largest a plain static server allows without a Service-Worker-Allowed header.
	wb = new Workbox(`${map}service-worker.js`, { scope: map });
	wb.addEventListener('installed', (e) => {
		if (!e.isUpdate) pwa.offlineKlaar = true;
	});
	wb.addEventListener('waiting', () => {
		pwa.nieuweVersie = true;
	});
	// Reload once a new version controls the page: its activation deleted the old version's
	// cache, so the code running here can no longer load what it lacks. `isUpdate` alone is not
	// enough: it is false in the session in which the app was first installed (there was no
	// controller when this page registered), also when the user then chose to update, here or
	// in another tab. The first install's own `clients.claim()` comes here too, with no version
	// before it and no choice: no reload then.
	let eerderBestuurd = navigator.serviceWorker.controller !== null;
	wb.addEventListener('controlling', () => {
		const wissel = gekozen || eerderBestuurd;
		eerderBestuurd = true;
		if (wissel)
			void bewaarAlleConcepten()
				.catch(() => undefined)
				.then(() => location.reload());
	});
	await wb.register();
}

/**
 * The user chose to update: what was typed is written first (the reload must not lose the last
 * keystrokes still in their debounce), then the waiting version takes over and the page reloads.
 */
export async function bijwerken(): Promise<void> {
	gekozen = true;
	await bewaarAlleConcepten().catch(() => undefined);
	wb?.messageSkipWaiting();
}
