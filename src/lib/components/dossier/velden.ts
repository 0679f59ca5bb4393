/**
 * The fields of a form as drafts see them: which elements count, the key of each (its label and
 * its place among fields with the same label, so it survives other ids on the next visit), its
 * value as text, and putting a stored value back the way a user would.
 */
import { tick } from 'svelte';

export type Veld = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const GEEN_VELD = new Set(['button', 'submit', 'reset', 'hidden', 'file', 'password', 'image']);

export function isVeld(doel: EventTarget | null): doel is Veld {
	if (doel instanceof HTMLTextAreaElement || doel instanceof HTMLSelectElement) return true;
	return doel instanceof HTMLInputElement && !GEEN_VELD.has(doel.type);
}

/** Checkboxes, radios and selects: restored first, because they can show more fields. */
function isKeuze(veld: Veld): boolean {
	return (
		veld instanceof HTMLSelectElement ||
		(veld instanceof HTMLInputElement && (veld.type === 'checkbox' || veld.type === 'radio'))
	);
}

function isAanUit(veld: Veld): veld is HTMLInputElement {
	return veld instanceof HTMLInputElement && (veld.type === 'checkbox' || veld.type === 'radio');
}

function tekstVan(el: Element | null | undefined): string {
	return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function naamVan(veld: Veld): string {
	const label = tekstVan(veld.labels?.[0]);
	if (label) return label;
	const aria = veld.getAttribute('aria-label')?.trim();
	if (aria) return aria;
	const door = veld.getAttribute('aria-labelledby');
	if (door)
		return door
			.split(/\s+/)
			.map((id) => tekstVan(document.getElementById(id)))
			.join(' ');
	return veld.name || veld.tagName.toLowerCase();
}

/** Every field of the form with its key: its label, and which of the fields with that label. */
export function veldenMetSleutel(form: HTMLFormElement): Map<Veld, string> {
	const geteld = new Map<string, number>();
	const uit = new Map<Veld, string>();
	for (const el of form.querySelectorAll('input, textarea, select')) {
		if (!isVeld(el)) continue;
		const naam = naamVan(el);
		const nummer = geteld.get(naam) ?? 0;
		geteld.set(naam, nummer + 1);
		uit.set(el, `${naam}#${nummer}`);
	}
	return uit;
}

export function waardeVan(veld: Veld): string {
	return isAanUit(veld) ? (veld.checked ? '1' : '0') : veld.value;
}

/** Puts a stored value into a field the way a user would; false if there was nothing to change. */
function zetTerug(veld: Veld, waarde: string): boolean {
	if (isAanUit(veld)) {
		const aan = waarde === '1';
		// A radio is only ever switched on: that switches the others of its group off.
		if (veld.checked === aan || (veld.type === 'radio' && !aan)) return false;
		veld.checked = aan;
		veld.dispatchEvent(new Event('change', { bubbles: true }));
		return true;
	}
	if (veld.value === waarde) return false;
	if (veld instanceof HTMLSelectElement) {
		if (![...veld.options].some((o) => o.value === waarde)) return false;
		veld.value = waarde;
		veld.dispatchEvent(new Event('change', { bubbles: true }));
		return true;
	}
	veld.value = waarde;
	veld.dispatchEvent(new Event('input', { bubbles: true }));
	return true;
}

/** Whether a field holds something worth keeping when the form moves to a new moment. */
function heeftInhoud(veld: Veld): boolean {
	if (isAanUit(veld)) return veld.checked;
	return !(veld instanceof HTMLSelectElement) && veld.value.trim() !== '';
}

/** The fields a change touches: a radio switched on also switches the others of its group off. */
export function geraakt(sleutels: ReadonlyMap<Veld, string>, veld: Veld): Veld[] {
	if (!(veld instanceof HTMLInputElement) || veld.type !== 'radio' || !veld.name) return [veld];
	return [...sleutels.keys()].filter(
		(v) => v instanceof HTMLInputElement && v.type === 'radio' && v.name === veld.name
	);
}

/**
 * Puts stored values (by field key) back into the form: choices first, then text; again while
 * that showed new fields (a ticked signal shows its note), at most a few rounds. A field put back
 * inside a closed <details> opens it, so the user sees what came back. Fields in
 * `overslaan` (changed by the user meanwhile) are left alone. Returns how many fields changed.
 */
export async function zetConceptenTerug(
	form: HTMLFormElement,
	concepten: ReadonlyMap<string, string>,
	{
		overslaan,
		terwijl,
		gestopt
	}: {
		overslaan: WeakSet<Veld>;
		/** Runs each change, so the form's own listener can ignore it. */
		terwijl: (zet: () => boolean) => boolean;
		gestopt: () => boolean;
	}
): Promise<number> {
	let teruggezet = 0;
	const gedaan = new Set<string>();
	for (let ronde = 0; ronde < 4; ronde++) {
		let nu = 0;
		for (const keuzes of [true, false]) {
			for (const [veld, sleutel] of veldenMetSleutel(form)) {
				if (isKeuze(veld) !== keuzes || gedaan.has(sleutel) || overslaan.has(veld)) continue;
				const waarde = concepten.get(sleutel);
				if (waarde === undefined) continue;
				gedaan.add(sleutel);
				if (!terwijl(() => zetTerug(veld, waarde))) continue;
				nu += 1;
				// Show what was put back: open the collapsed groups around it.
				for (let d = veld.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
					d.open = true;
			}
			await tick();
			if (gestopt()) return teruggezet + nu;
		}
		teruggezet += nu;
		if (nu === 0) break;
	}
	return teruggezet;
}

/** Fields with something in them that has no draft yet: kept when the form moves on. */
export function metInhoudZonderConcept(
	form: HTMLFormElement,
	concepten: ReadonlyMap<string, string>
): [string, string][] {
	return [...veldenMetSleutel(form)]
		.filter(([veld, sleutel]) => !concepten.has(sleutel) && heeftInhoud(veld))
		.map(([veld, sleutel]) => [sleutel, waardeVan(veld)]);
}
