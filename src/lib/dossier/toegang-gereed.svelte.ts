/**
 * For a page that writes to the dossier (a new case, an import): asks for the passphrase or the
 * first-use choice when the page opens, before anything is typed or picked; the lock screen
 * replaces the page, so what was typed or chosen would be gone. Call during component init.
 */
import { onMount } from 'svelte';
import { opslagMelding } from '$lib/wizard/opslagmelding';
import { dossier } from './open.svelte';

export class DossierGereed {
	gereed = $state(false);
	fout = $state('');

	constructor() {
		onMount(() => {
			dossier()
				.then(() => (this.gereed = true))
				.catch((e) => (this.fout = opslagMelding(e)));
		});
	}
}
