/**
 * A practice case in the practice dossier: started, reopened where it was left (the progress is
 * its log there), or thrown away to start again. The case is an ordinary `Casus`, run by the real
 * statechart; only its database differs (src/lib/dossier/oefendossier.ts).
 */
import { OEFENCASUSSEN, type Oefencasus } from '$lib/content/oefencasussen';
import { casusUit, dossierOperaties, opslagVoor } from '$lib/dossier/open.svelte';
import { oefenDossier } from '$lib/dossier/oefendossier';
import { Casus, type CasusGegevens } from '$lib/wizard/casus.svelte';
import { nu } from '$lib/wizard/klok';
import { waarIn } from '$machines/waar';
import { beoordeel, voortgang, type Voortgang } from './beoordeling';

/** The id of a practice case in the practice dossier: never an id of a real case (those are UUIDs). */
export function oefenId(c: Oefencasus): string {
	return `oefening-${c.id}`;
}

export async function laadOefening(c: Oefencasus): Promise<Casus | null> {
	return casusUit(await oefenDossier(), oefenId(c));
}

export async function beginOefening(c: Oefencasus): Promise<Casus> {
	const db = await oefenDossier();
	const { nieuweCasus } = await dossierOperaties();
	const gegevens: CasusGegevens = {
		id: oefenId(c),
		pseudoniem: `Oefening ${c.naam}`,
		leeftijd: c.leeftijd,
		variant: 'school',
		aangemaakt: nu()
	};
	await nieuweCasus(db, gegevens);
	return new Casus(gegevens, [], { opslag: opslagVoor(db, gegevens.id) });
}

/** Starting again: the practice case goes, log and drafts with it (only in the practice dossier). */
export async function wisOefening(c: Oefencasus): Promise<void> {
	const [db, { verwijderCasus }] = await Promise.all([oefenDossier(), dossierOperaties()]);
	await verwijderCasus(db, oefenId(c));
}

export interface OefenStand {
	casus: Oefencasus;
	stand: 'nieuw' | 'bezig' | 'klaar';
	voortgang: Voortgang;
}

/** Where the user is in a practice case, from its log in the practice dossier. */
export function standVan(c: Oefencasus, casus: Casus | null): OefenStand {
	const events = casus?.regels.map((r) => r.beslissing.event) ?? [];
	return {
		casus: c,
		stand: !casus ? 'nieuw' : waarIn(casus.snapshot) === c.einde ? 'klaar' : 'bezig',
		voortgang: voortgang(beoordeel(c, events))
	};
}

export async function alleStanden(): Promise<OefenStand[]> {
	return Promise.all(OEFENCASUSSEN.map(async (c) => standVan(c, await laadOefening(c))));
}
