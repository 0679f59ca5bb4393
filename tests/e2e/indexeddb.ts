/**
 * Reading the app's IndexedDB past the app, as raw as the browser keeps it: for the checks that
 * nothing of a case is readable at rest (kluis.test.ts) or left behind (oefenen.test.ts).
 */
import type { Page } from '@playwright/test';

/** Everything stored in a database, read past the app, as text (bytes as Latin-1). */
export function rauweInhoud(page: Page, naam = 'meldcodewijzer'): Promise<string> {
	return page.evaluate(
		(naam) =>
			new Promise<string>((klaar, fout) => {
				const open = indexedDB.open(naam);
				open.onerror = () => fout(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const namen = [...db.objectStoreNames];
					if (namen.length === 0) {
						db.close();
						klaar('');
						return;
					}
					const tx = db.transaction(namen, 'readonly');
					const delen: unknown[] = [];
					for (const n of namen) {
						const r = tx.objectStore(n).getAll();
						r.onsuccess = () => delen.push(r.result);
					}
					tx.oncomplete = () => {
						db.close();
						klaar(
							JSON.stringify(delen, (_, v) =>
								v instanceof Uint8Array ? String.fromCharCode(...v) : v
							)
						);
					};
					tx.onerror = () => fout(tx.error);
				};
			}),
		naam
	);
}
