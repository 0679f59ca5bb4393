/**
 * Validates a questionnaire definition: its shape with a valibot schema, then the references
 * between questions that a schema cannot see. Run over every questionnaire in a unit test, so a
 * broken condition (pointing forward, at a missing question or at an option that does not
 * exist) fails CI instead of silently hiding a question from a user.
 */
import * as v from 'valibot';
import { atomen, vragenIn } from './logica';
import type { Voorwaarde, Vraag, Vragenlijst } from './types';

const Id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id in kleine letters met streepjes')
);
const Tekst = v.pipe(v.string(), v.trim(), v.nonEmpty('lege tekst'));

const Bron = v.object({
	doc: v.picklist(['000', '001', '002']),
	section: v.pipe(v.string(), v.regex(/^[a-z0-9/-]+$/)),
	label: Tekst
});

const Optie = v.strictObject({ id: Id, label: Tekst, tekstveld: v.optional(Tekst) });
const Rij = v.strictObject({ id: Id, label: Tekst, uitleg: v.optional(Tekst) });

const Voorwaarde: v.GenericSchema<Voorwaarde> = v.variant('soort', [
	v.strictObject({ soort: v.literal('gekozen'), vraag: Id, optie: Id }),
	v.strictObject({ soort: v.literal('aangevinkt'), vraag: Id, optie: Id }),
	v.strictObject({ soort: v.literal('rij-met'), vraag: Id, optie: Id }),
	v.strictObject({ soort: v.literal('vakje'), vraag: Id, aangekruist: v.boolean() }),
	v.strictObject({
		soort: v.literal('of'),
		voorwaarden: v.pipe(v.array(v.lazy(() => Voorwaarde)), v.minLength(2))
	})
]);

const basis = {
	id: Id,
	nummer: v.optional(v.pipe(v.string(), v.regex(/^\d+[a-z]?$/))),
	tekst: Tekst,
	uitleg: v.optional(Tekst),
	voorwaarde: v.optional(Voorwaarde),
	voorwaardeTekst: v.optional(Tekst)
};

const Opties = v.pipe(v.array(Optie), v.minLength(2));
const Rijen = v.pipe(v.array(Rij), v.minLength(1));

const Vraag = v.variant('type', [
	v.strictObject({
		...basis,
		type: v.literal('keuze'),
		opties: Opties,
		weergave: v.optional(v.literal('schaal'))
	}),
	v.strictObject({ ...basis, type: v.literal('meerkeuze'), opties: Opties }),
	v.strictObject({ ...basis, type: v.literal('tekst') }),
	v.strictObject({ ...basis, type: v.literal('tabel'), rijen: Rijen, opties: Opties }),
	v.strictObject({ ...basis, type: v.literal('vinkraster'), rijen: Rijen, kolommen: Rijen }),
	v.strictObject({ ...basis, type: v.literal('aantallen'), rijen: Rijen, kolommen: Rijen }),
	v.strictObject({ ...basis, type: v.literal('checklist'), rijen: Rijen })
]);

export const VragenlijstSchema = v.strictObject({
	id: v.picklist(['reflectie', 'randvoorwaarden', 'zelfscan']),
	titel: Tekst,
	setNaam: Tekst,
	titelLabel: Tekst,
	titelVerplicht: v.boolean(),
	inleiding: v.array(Tekst),
	bron: Bron,
	groepen: v.pipe(
		v.array(
			v.strictObject({
				id: Id,
				titel: Tekst,
				kort: Tekst,
				inleiding: v.optional(v.array(Tekst)),
				bron: Bron,
				vragen: v.pipe(v.array(Vraag), v.minLength(1))
			})
		),
		v.minLength(1)
	)
});

function dubbel(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** What is wrong with one condition, given the questions before it. */
function voorwaardeFouten(vraag: Vraag, eerder: ReadonlyMap<string, Vraag>): string[] {
	const fouten: string[] = [];
	const w = vraag.voorwaarde!;
	if (!vraag.voorwaardeTekst) fouten.push(`${vraag.id}: voorwaarde zonder voorwaardeTekst`);
	for (const atoom of atomen(w)) {
		const doel = eerder.get(atoom.vraag);
		const wie = `${vraag.id} → ${atoom.vraag}`;
		if (!doel) {
			fouten.push(`${wie}: verwijst niet naar een eerdere vraag`);
			continue;
		}
		const moet = {
			gekozen: 'keuze',
			aangevinkt: 'meerkeuze',
			'rij-met': 'tabel',
			vakje: 'vinkraster'
		}[atoom.soort];
		if (doel.type !== moet) {
			fouten.push(`${wie}: '${atoom.soort}' past bij een ${moet}vraag, niet bij ${doel.type}`);
			continue;
		}
		if (
			atoom.soort !== 'vakje' &&
			'opties' in doel &&
			!doel.opties.some((o) => o.id === atoom.optie)
		)
			fouten.push(`${wie}: optie '${atoom.optie}' bestaat niet`);
	}
	return fouten;
}

/** All problems in a definition, in Dutch; empty when it is sound. */
export function valideerVragenlijst(invoer: unknown): string[] {
	const uitslag = v.safeParse(VragenlijstSchema, invoer);
	if (!uitslag.success)
		return uitslag.issues.map((i) => `${v.getDotPath(i) ?? '(lijst)'}: ${i.message}`);
	const lijst = invoer as Vragenlijst;
	const fouten: string[] = [];

	for (const id of dubbel(lijst.groepen.map((g) => g.id))) fouten.push(`groep ${id}: dubbel id`);
	const vragen = lijst.groepen.flatMap((g) => g.vragen);
	for (const id of dubbel(vragen.map((q) => q.id))) fouten.push(`vraag ${id}: dubbel id`);
	for (const n of dubbel(vragen.flatMap((q) => (q.nummer ? [q.nummer] : []))))
		fouten.push(`vraagnummer ${n}: dubbel`);

	const eerder = new Map<string, Vraag>();
	for (const vraag of vragen) {
		if ('opties' in vraag)
			for (const id of dubbel(vraag.opties.map((o) => o.id)))
				fouten.push(`${vraag.id}: optie ${id} dubbel`);
		if ('rijen' in vraag)
			for (const id of dubbel(vraag.rijen.map((r) => r.id)))
				fouten.push(`${vraag.id}: rij ${id} dubbel`);
		if ('kolommen' in vraag)
			for (const id of dubbel(vraag.kolommen.map((k) => k.id)))
				fouten.push(`${vraag.id}: kolom ${id} dubbel`);
		if (vraag.voorwaarde) {
			fouten.push(...voorwaardeFouten(vraag, eerder));
			if (vragenIn(vraag.voorwaarde).includes(vraag.id))
				fouten.push(`${vraag.id}: voorwaarde verwijst naar zichzelf`);
		} else if (vraag.voorwaardeTekst) {
			fouten.push(`${vraag.id}: voorwaardeTekst zonder voorwaarde`);
		}
		eerder.set(vraag.id, vraag);
	}
	return fouten;
}
