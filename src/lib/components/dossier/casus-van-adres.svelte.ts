import { page } from '$app/state';
import { dossier } from '$lib/dossier/open.svelte';
import type { DossierDB } from '$lib/dossier/db';
import type { CasusRecord } from '$lib/dossier/types';
import { opslagMelding } from '$lib/wizard/opslagmelding';

/**
 * A page about one case of this device's dossier, named in its address (`?id=…`): the prerendered
 * report and melding preparation read it in the browser. Owns whether it is loading, failed (with
 * a Dutch reason) or done; `laad` reads what the page shows, and is told when its answer comes too
 * late (the address changed meanwhile), so an old case never replaces a newer one.
 *
 * Create during component initialisation (it registers an effect).
 */
export class CasusVanAdres {
	laden: 'bezig' | 'klaar' | 'fout' = $state('bezig');
	fout = $state('');
	id = $state('');

	constructor(laad: (db: DossierDB, rij: CasusRecord, actueel: () => boolean) => Promise<void>) {
		$effect(() => {
			const gekozen = page.url.searchParams.get('id') ?? '';
			this.id = gekozen;
			if (!gekozen) {
				this.laden = 'fout';
				this.fout = 'Er is geen casus gekozen.';
				return;
			}
			this.laden = 'bezig';
			let geldig = true;
			const actueel = () => geldig;
			void (async () => {
				try {
					const db = await dossier();
					const rij = await db.casussen.get(gekozen);
					if (!geldig) return;
					if (!rij) {
						this.laden = 'fout';
						this.fout = 'Deze casus staat niet (meer) op dit apparaat.';
						return;
					}
					await laad(db, rij, actueel);
					if (geldig) this.laden = 'klaar';
				} catch (e) {
					if (!geldig) return;
					this.laden = 'fout';
					this.fout = opslagMelding(e).replace('Niet bewaard', 'Niet geladen');
				}
			})();
			return () => {
				geldig = false;
			};
		});
	}
}
