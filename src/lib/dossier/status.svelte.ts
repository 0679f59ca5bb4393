/**
 * What the layout shows about the dossier (a newer schema opened in another tab). Its own tiny
 * module, so the layout does not import open.svelte.ts: SvelteKit 2.70 leaves a module out of
 * the first page's preload list when it first meets it through a dynamic import() — and
 * open.svelte.ts has many — which cost a second round trip before the page woke up.
 */
export const dossierStatus = $state({ nieuwereVersie: false, fout: '' });
