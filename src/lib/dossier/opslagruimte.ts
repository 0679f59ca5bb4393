/**
 * Asks the browser to keep the dossier (persistent storage: it is then not cleared when the disk
 * runs low) and reports how much space is used.
 */
export interface Opslagruimte {
	blijvend: boolean | null;
	gebruiktMB: number | null;
	beschikbaarMB: number | null;
}

export async function vraagBlijvendeOpslag(): Promise<boolean | null> {
	const opslag = globalThis.navigator?.storage;
	if (!opslag?.persist) return null;
	try {
		return (await opslag.persisted()) || (await opslag.persist());
	} catch {
		return null;
	}
}

export async function opslagruimte(): Promise<Opslagruimte> {
	const opslag = globalThis.navigator?.storage;
	const blijvend = opslag?.persisted ? await opslag.persisted().catch(() => null) : null;
	const schatting = opslag?.estimate ? await opslag.estimate().catch(() => null) : null;
	const mb = (b?: number) => (b === undefined ? null : Math.round((b / 1024 / 1024) * 10) / 10);
	return { blijvend, gebruiktMB: mb(schatting?.usage), beschikbaarMB: mb(schatting?.quota) };
}
