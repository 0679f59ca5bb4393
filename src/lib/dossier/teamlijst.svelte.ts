/**
 * The team roster of this device, for the views (reactive): loaded once from the dossier and
 * again after a roster file is read or a key is made, so every label on screen uses the same list.
 */
import type { DossierDB } from './db';
import type { TeamLid } from './ondertekening';
import { teamLeden } from './team';

class Teamlijst {
	leden: TeamLid[] = $state.raw([]);
	/** The keys made on this device: a sign-off with one of them is only a claim here. */
	vanDitApparaat: ReadonlySet<string> = $state.raw(new Set());
	geladen = $state(false);

	async laden(db: DossierDB): Promise<void> {
		try {
			const [leden, eigen] = await Promise.all([
				teamLeden(db),
				db.sleutels.toCollection().primaryKeys()
			]);
			this.leden = leden;
			this.vanDitApparaat = new Set(eigen);
		} catch {
			// A roster that cannot be read makes every key unknown, which is what the labels then say.
			this.leden = [];
			this.vanDitApparaat = new Set();
		}
		this.geladen = true;
	}
}

export const teamlijst = new Teamlijst();
