import { tick } from 'svelte';

/**
 * Copying a text to the clipboard, said in a live region. Where the browser does not allow the
 * clipboard (no permission, an older browser, not a secure context), the text is shown in a
 * read-only field, selected, to copy by hand: nothing depends on the clipboard working.
 * The component binds `veld` to that field and shows it while `handmatig` is true.
 */
export class Kopieren {
	status = $state('');
	handmatig = $state(false);
	veld: HTMLTextAreaElement | undefined = $state();

	/** `gelukt`: what the live region says once the text is on the clipboard. */
	constructor(private readonly gelukt: () => string) {}

	async kopieer(tekst: string): Promise<void> {
		this.status = '';
		try {
			if (!navigator.clipboard?.writeText) throw new Error('geen klembord');
			await navigator.clipboard.writeText(tekst);
			this.handmatig = false;
			this.status = this.gelukt();
		} catch {
			this.handmatig = true;
			this.status =
				'Kopiëren naar het klembord mag hier niet. De tekst staat hieronder geselecteerd: kopieer hem met Ctrl+C (of Cmd+C op een Mac).';
			await tick();
			this.veld?.focus();
			this.veld?.select();
		}
	}
}
