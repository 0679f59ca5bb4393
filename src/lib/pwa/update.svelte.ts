/**
 * Registers the service worker with workbox-window and holds what the page shows about it:
 * "ready to work offline" after the first install, "Nieuwe versie beschikbaar" when a new
 * version waits. The new version takes over only when the user says so.
 */
import type { Workbox } from 'workbox-window';

export const pwa = $state({ offlineKlaar: false, nieuweVersie: false });

let wb: Workbox | null = null;

export async function registreer(): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	const { Workbox } = await import('workbox-window');
	wb = new Workbox('/service-worker.js');
	wb.addEventListener('installed', (e) => {
		if (!e.isUpdate) pwa.offlineKlaar = true;
	});
	wb.addEventListener('waiting', () => {
		pwa.nieuweVersie = true;
	});
	// Reload only after the user chose to update (see bijwerken), once the new version controls the page.
	wb.addEventListener('controlling', (e) => {
		if (e.isUpdate) location.reload();
	});
	await wb.register();
}

/** The user chose to update: the waiting version takes over, then the page reloads. */
export function bijwerken(): void {
	wb?.messageSkipWaiting();
}
