/**
 * A database whose (re)opening failed is opened again on the next use.
 *
 * When the disk is full, Chromium closes the IndexedDB connection after a failed write; Dexie
 * then reopens it on the next operation, and that open fails too while there is no space. Dexie
 * keeps that failure for good: every later operation is refused with it, also after space was
 * freed, until the page is reloaded. Here a failed open is forgotten (the way Dexie handles a
 * connection the browser closed), so "probeer het opnieuw" really tries again.
 *
 * A database closed on purpose (`db.close()`, as on a schema upgrade in another tab) stays closed.
 */
import type { Dexie } from 'dexie';

export function heropenNaMislukkenOpenen(db: Dexie): void {
	db.on('close', () => {
		// 'close' fires inside Dexie's failed open, before it settles and refuses what waits for it.
		setTimeout(() => {
			if (!db.isOpen() && db.hasFailed() && !db.hasBeenClosed())
				db.close({ disableAutoOpen: false });
		}, 0);
	});
}
