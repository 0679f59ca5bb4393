/**
 * The state of the case list page: the cases, what their logs say, the backup reminder, the
 * calendar file, deleting and the access request. The page only shows this and wires the
 * dialog; the rules themselves are plain functions (src/lib/rapport/casuslijst.ts,
 * src/lib/dossier/bewaartermijn.ts).
 */
import { SvelteMap } from 'svelte/reactivity';
import { bewaartermijnVerstreken } from '$lib/dossier/bewaartermijn';
import { dossier } from '$lib/dossier/open.svelte';
import type { CasusRecord } from '$lib/dossier/types';
import { instellingen } from '$lib/instellingen/instellingen.svelte';
import {
	agendaItems,
	oudste,
	openMetTermijnen,
	pseudoniemen,
	zichtbaar
} from '$lib/rapport/casuslijst';
import type { Overzicht } from '$lib/rapport/overzicht';
import {
	laatsteReservekopie,
	reservekopieGemaakt,
	reservekopieNodig
} from '$lib/uitwisseling/reservekopie';
import { opslagMelding } from '$lib/wizard/opslagmelding';
import { vandaag } from '$lib/wizard/tijd';

type Dossier = Awaited<ReturnType<typeof dossier>>;

export class Casussen {
	casussen: CasusRecord[] = $state([]);
	geladen = $state(false);
	fout = $state('');
	zoek = $state('');
	laatsteKopie = $state(laatsteReservekopie());
	agendaMelding = $state('');
	/** Said after a deletion. */
	melding = $state('');
	teVerwijderen: CasusRecord | null = $state(null);
	verwijderFout = $state('');
	/** The pseudonym an access-request export is made for ('' = none chosen). */
	inzageVoor = $state('');
	/**
	 * Per case: every due date and the sign-offs waiting, read from its log after the list shows.
	 * A Map, not an object: a case id is data (from an imported file too), never a property name.
	 */
	readonly overzichten = new SvelteMap<string, Overzicht>();

	readonly zichtbaar = $derived(zichtbaar(this.casussen, this.zoek, this.overzichten));
	readonly openMetTermijnen = $derived(openMetTermijnen(this.casussen, this.overzichten));
	readonly pseudoniemen = $derived(pseudoniemen(this.casussen));
	readonly kopieNodig = $derived(
		reservekopieNodig(
			this.laatsteKopie,
			oudste(this.casussen),
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, never mutated
			new Date(),
			instellingen.waarden.reservekopieElkeDagen
		)
	);

	/** Set when the page goes away: the case-by-case work below stops instead of running on. */
	#weg = false;

	verlaten(): void {
		this.#weg = true;
	}

	async laad(): Promise<void> {
		try {
			const db = await dossier();
			this.casussen = await db.casussen.toArray();
			this.geladen = true;
			await this.#overzichtenVan(db, this.casussen);
		} catch (e) {
			this.fout = opslagMelding(e).replace('Niet bewaard', 'Niet geladen');
		}
	}

	/**
	 * Every due date and sign-off per case, read from its log after the list shows, case by case:
	 * each one appears as soon as it is known, the page stays responsive (a pause every ~12 ms of
	 * work), and nothing keeps running after the user has moved on (a dossier of years is tens of
	 * thousands of entries; see bench/).
	 */
	async #overzichtenVan(db: Dossier, rijen: CasusRecord[]): Promise<void> {
		const [{ logboekVan }, { overzichtVan }] = await Promise.all([
			import('$lib/dossier/dossier'),
			import('$lib/rapport/overzicht')
		]);
		let sinds = performance.now();
		// Not reactive: collected here, shown in batches below.
		const nieuw: [string, Overzicht][] = [];
		// Shown in batches (one re-render of the list per pause, not one per case).
		const toon = () => {
			for (const [id, o] of nieuw) this.overzichten.set(id, o);
			nieuw.length = 0;
		};
		for (const rij of rijen) {
			if (this.#weg) return;
			// One unreadable case must not hide the others' reminders: it keeps its summary line.
			try {
				nieuw.push([rij.id, overzichtVan(rij, await logboekVan(db, rij.id))]);
			} catch {
				continue;
			}
			if (performance.now() - sinds > 12) {
				toon();
				await new Promise((r) => setTimeout(r, 0));
				sinds = performance.now();
			}
		}
		toon();
	}

	/** Closed longer ago than the organisation's retention term (settings). */
	verstreken(c: CasusRecord): boolean {
		return bewaartermijnVerstreken(c, instellingen.waarden.bewaartermijnMaanden, vandaag());
	}

	/** Only an encrypted export of everything counts as the backup the reminder asks for. */
	kopieGemaakt({ versleuteld, at }: { versleuteld: boolean; at: string }): void {
		if (!versleuteld) return;
		reservekopieGemaakt(at);
		this.laatsteKopie = at;
	}

	/** Downloads the due dates as an .ics file; only the pseudonym and fixed words go in. */
	async downloadAgenda(rijen: readonly CasusRecord[], pseudoniem: string | null): Promise<void> {
		try {
			const { agendaBestand, agendaBestandsnaam } = await import('$lib/rapport/agenda');
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, never mutated
			const bestandsnaam = agendaBestandsnaam(pseudoniem, new Date());
			const blob = new Blob([agendaBestand(agendaItems(rijen, this.overzichten))], {
				type: 'text/calendar;charset=utf-8'
			});
			const url = URL.createObjectURL(blob);
			const a = document.createElement('a');
			a.href = url;
			a.download = bestandsnaam;
			a.click();
			setTimeout(() => URL.revokeObjectURL(url), 1000);
			this.agendaMelding = `Het agendabestand ${bestandsnaam} is gemaakt. Open het om de herinneringen in je agenda te zetten; opnieuw importeren werkt ze bij.`;
		} catch (e) {
			this.agendaMelding = e instanceof Error ? e.message : String(e);
		}
	}

	/** The case the delete dialog asks about. */
	vraagVerwijderen(c: CasusRecord): void {
		this.teVerwijderen = c;
		this.verwijderFout = '';
	}

	/**
	 * Deletes the case the dialog asked about; `verwijderd` runs once it is gone (the page closes
	 * the dialog), then the list is read again. A failure stays in the dialog.
	 */
	async verwijder(verwijderd: () => void): Promise<void> {
		const c = this.teVerwijderen;
		if (!c) return;
		try {
			const { verwijderCasus } = await import('$lib/dossier/dossier');
			await verwijderCasus(await dossier(), c.id);
			verwijderd();
			this.melding = `Casus ${c.pseudoniem} is verwijderd.`;
			await this.laad();
		} catch (e) {
			this.verwijderFout = opslagMelding(e).replace('Niet bewaard', 'Niet verwijderd');
		}
	}
}
