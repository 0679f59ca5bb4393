/**
 * Autosave for one decision form (`<form {@attach concept.koppel}>`): every field in the form
 * (text, date, number, checkbox, radio, select) is kept as a draft while the user types, and put
 * back when the same form is shown again for the same case at the same moment.
 *
 * - Only for a case from the dossier (`dossierVan`); a case in memory keeps nothing.
 * - A field is known by its label (or aria-label, name) and its place among fields with the same
 *   label, so ids (`$props.id()`) may differ between visits.
 * - Writing is debounced (`ConceptSchrijver`) and flushed when the page is hidden or closed.
 * - Restoring sets the value and sends the event `bind:` listens to (`input`, or `change` for
 *   choices), choices first: a ticked signal shows its note field, which is then filled.
 * - A failed write never stops typing: `fout` turns on for a quiet hint.
 */
import { tick, untrack } from 'svelte';
import {
	ConceptSchrijver,
	bewaarConcepten,
	formulierPrefix,
	leesConcepten,
	momentPrefix,
	wisConcepten
} from '$lib/dossier/concepten';
import type { DossierDB } from '$lib/dossier/db';
import { dossierVan } from '$lib/dossier/koppeling.svelte';
import type { Casus } from '$lib/wizard/casus.svelte';
import {
	geraakt,
	isVeld,
	metInhoudZonderConcept,
	veldenMetSleutel,
	waardeVan,
	zetConceptenTerug,
	type Veld
} from './velden';

interface Koppeling {
	bron: Promise<DossierDB>;
	caseId: string;
	beslissingen: number;
	schrijver: ConceptSchrijver;
}

export class FormulierConcept {
	/** The form keeps drafts (its case is from the dossier). */
	actief = $state(false);
	/** Something typed earlier was put back. */
	hersteld = $state(false);
	/** The last draft write failed (typing goes on; the hint is quiet). */
	fout = $state(false);

	#casus: () => Casus;
	#formulier: () => string;
	#huidig: Koppeling | null = null;
	#eerderGekoppeld = false;
	#versturen = false;

	/**
	 * @param casus the case the form belongs to
	 * @param formulier a key for the form that stays the same between visits (its button text)
	 */
	constructor(casus: () => Casus, formulier: () => string) {
		this.#casus = casus;
		this.#formulier = formulier;
	}

	/** The attachment. Runs again (after cleaning up) when the case moves to another moment. */
	koppel = (form: HTMLFormElement) => {
		const casus = this.#casus();
		const bron = dossierVan(casus);
		untrack(() => (this.actief = bron !== null));
		if (!bron) return;
		const caseId = casus.gegevens.id;
		const beslissingen = casus.regels.length;
		const prefix = formulierPrefix(caseId, beslissingen, casus.waar, this.#formulier());
		return untrack(() => this.#start(form, { bron, caseId, beslissingen, prefix }));
	};

	#start(
		form: HTMLFormElement,
		{
			bron,
			caseId,
			beslissingen,
			prefix
		}: { bron: Promise<DossierDB>; caseId: string; beslissingen: number; prefix: string }
	) {
		const schrijver = new ConceptSchrijver(
			async (waarden) => bewaarConcepten(await bron, caseId, waarden),
			{
				onfout: () => (this.fout = true),
				onbewaard: () => (this.fout = false)
			}
		);
		const koppeling: Koppeling = { bron, caseId, beslissingen, schrijver };
		this.#huidig = koppeling;
		// The form was on screen at an earlier moment: what it still shows is kept for this one.
		const meenemen = this.#eerderGekoppeld && !this.#versturen;
		this.#eerderGekoppeld = true;

		let gestopt = false;
		let herstellen = false;
		/** Fields the user changed before the drafts were read: never overwritten. */
		const aangeraakt = new WeakSet<Veld>();

		const opWijziging = (e: Event) => {
			if (herstellen || !isVeld(e.target)) return;
			aangeraakt.add(e.target);
			const sleutels = veldenMetSleutel(form);
			for (const v of geraakt(sleutels, e.target)) {
				const sleutel = sleutels.get(v);
				if (sleutel) schrijver.zet(prefix + sleutel, waardeVan(v));
			}
		};
		const opVerbergen = () => {
			if (document.visibilityState === 'hidden') void schrijver.schrijf();
		};
		const opWeggaan = () => void schrijver.schrijf();

		form.addEventListener('input', opWijziging);
		form.addEventListener('change', opWijziging);
		document.addEventListener('visibilitychange', opVerbergen);
		window.addEventListener('pagehide', opWeggaan);

		void (async () => {
			let concepten: Map<string, string>;
			try {
				concepten = await leesConcepten(await bron, prefix);
			} catch {
				return;
			}
			const teruggezet = await zetConceptenTerug(form, concepten, {
				overslaan: aangeraakt,
				terwijl: (zet) => {
					herstellen = true;
					try {
						return zet();
					} finally {
						herstellen = false;
					}
				},
				gestopt: () => gestopt
			});
			if (gestopt) return;
			if (teruggezet > 0) this.hersteld = true;
			if (meenemen)
				for (const [sleutel, waarde] of metInhoudZonderConcept(form, concepten))
					schrijver.zet(prefix + sleutel, waarde);
		})();

		return () => {
			gestopt = true;
			form.removeEventListener('input', opWijziging);
			form.removeEventListener('change', opWijziging);
			document.removeEventListener('visibilitychange', opVerbergen);
			window.removeEventListener('pagehide', opWeggaan);
			void schrijver.schrijf();
			if (this.#huidig === koppeling) this.#huidig = null;
		};
	}

	/**
	 * Call just before the form's decision is recorded; call what it returns with the outcome.
	 * Once recorded, the drafts of that moment of the case are deleted: they are in the log now.
	 */
	verstuurt(): (vastgelegd: boolean) => void {
		const koppeling = this.#huidig;
		this.#versturen = true;
		return (vastgelegd) => {
			if (vastgelegd) {
				this.hersteld = false;
				if (koppeling) {
					koppeling.schrijver.verwerp();
					const moment = momentPrefix(koppeling.caseId, koppeling.beslissingen);
					koppeling.bron.then((db) => wisConcepten(db, moment)).catch(() => undefined);
				}
			}
			void tick().then(() => (this.#versturen = false));
		};
	}
}
