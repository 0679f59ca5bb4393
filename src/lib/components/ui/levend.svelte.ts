import { onMount } from 'svelte';

/**
 * Whether this component's script runs yet. Prerendered pages (settings, setup) show their forms
 * before the script has hydrated them: a tap on a button then does nothing, and a submit button
 * sends the form natively (a GET that reloads the page, so what was typed seems saved but is not).
 * Controls that act only through the script stay disabled until the component has mounted; typed
 * text is kept by Svelte's hydration, so nothing is lost by waiting.
 *
 * Call during component initialisation: `const levend = levendNaMount();` … `disabled={!levend.ja}`.
 */
export function levendNaMount(): { readonly ja: boolean } {
	const staat = $state({ ja: false });
	onMount(() => {
		staat.ja = true;
	});
	return staat;
}
