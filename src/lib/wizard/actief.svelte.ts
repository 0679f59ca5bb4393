/**
 * The case open in this tab. Module state is safe here: the app is prerendered at build time
 * and runs in one browser tab, never on a shared server.
 */
import type { Casus } from './casus.svelte';

export const actief: { casus: Casus | null } = $state({ casus: null });
