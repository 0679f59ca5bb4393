/**
 * Every schema version of the dossier, numbered, in one place. A new version is added at the end
 * and never changes an older one: a browser may still hold data at any earlier version, and
 * tests/unit/dossier/migraties.test.ts opens each of them with data and upgrades it.
 */
import type { Dexie } from 'dexie';
import { declareer, type Versie } from '$lib/schema-versies';

export type { Versie };

export const VERSIES: readonly Versie[] = [
	{
		versie: 1,
		naam: 'begin: casussen, logboek (per casus genummerd), concepten en meta',
		stores: {
			casussen: 'id, status, volgendeDatum, bijgewerkt',
			// The compound key [caseId+volgnummer] makes a second entry with the same number fail:
			// two tabs appending at once cannot both write "entry 7".
			logboek: '[caseId+volgnummer], caseId',
			concepten: 'sleutel, caseId',
			meta: 'sleutel'
		}
	},
	{
		versie: 2,
		naam: 'zoeken op pseudoniem: een index op de naam in kleine letters',
		stores: { casussen: 'id, status, volgendeDatum, bijgewerkt, zoeknaam' },
		// Cases from version 1 have no search name yet; derive it, so no case drops out of a search.
		upgrade: async (tx) => {
			await tx
				.table('casussen')
				.toCollection()
				.modify((c: { pseudoniem: string; zoeknaam?: string }) => {
					c.zoeknaam = c.pseudoniem.toLocaleLowerCase('nl');
				});
		}
	},
	{
		versie: 3,
		naam: 'versleuteling: geen index meer op het pseudoniem',
		// An index is stored readable, and a pseudonym is pupil content. The case list is short
		// enough to search in memory after decryption. `zoeknaam` stays a field (now sealed).
		stores: { casussen: 'id, status, volgendeDatum, bijgewerkt' }
	},
	{
		versie: 4,
		naam: 'reflecties in het dossier: versleuteld, achter het slot, met hun casus gewist en bij inzage mee',
		// The reflections on one's own handling of a case lived in the questionnaire database,
		// readable, linked to the case by id. Here they are sealed like the rest (only ids, the
		// questionnaire and the dates stay readable) and deleted and exported with their case.
		// A new table needs no upgrade of its own; the existing reflections are moved over from the
		// other database once the dossier is open (`verhuisReflecties`, src/lib/vragenlijst/
		// bewaarplaats.ts): an upgrade cannot wait on a second database without closing.
		stores: { antwoordsets: 'id, vragenlijst, [vragenlijst+datum], casusId, bijgewerkt' }
	},
	{
		versie: 5,
		naam: 'logboek in blokken: tot 256 regels per record, zodat importeren, exporteren en openen snel blijven',
		// IndexedDB costs per record: 50,000 entries as 50,000 records took seconds to write and
		// read, as 500 records a tenth of that (see blokken.ts). The key [caseId+volgnummer] is
		// the number of a block's first entry; `tot` (readable) its last. Single decisions made on
		// a screen still go to `logboek` one by one; the log of a case is both (dossier.ts).
		stores: { logblokken: '[caseId+volgnummer], caseId' },
		// Every existing entry moves into blocks, per case, in order. Moved as stored: the
		// dossier upgrades before it is unlocked, so sealed entries cannot be opened here; a block
		// keeps them under `oud` and they are opened (as before) when read. Raw IndexedDB, past the
		// encryption middleware, which would need the key for every read.
		upgrade: async (tx) => {
			const winkel = tx.idbtrans.objectStore('logboek');
			const rijen = await new Promise<{ caseId: string; volgnummer: number }[]>((klaar, fout) => {
				const r = winkel.getAll();
				r.onsuccess = () => klaar(r.result);
				r.onerror = () => fout(r.error);
			});
			// getAll returns them by key: by case, then by number.
			const blokken: { caseId: string; volgnummer: number; tot: number; oud: unknown[] }[] = [];
			for (const rij of rijen) {
				const laatste = blokken.at(-1);
				if (laatste && laatste.caseId === rij.caseId && laatste.oud.length < 256) {
					laatste.oud.push(rij);
					laatste.tot = rij.volgnummer;
				} else
					blokken.push({
						caseId: rij.caseId,
						volgnummer: rij.volgnummer,
						tot: rij.volgnummer,
						oud: [rij]
					});
			}
			await tx.table('logblokken').bulkAdd(blokken);
			await new Promise<void>((klaar, fout) => {
				const r = winkel.clear();
				r.onsuccess = () => klaar();
				r.onerror = () => fout(r.error);
			});
		}
	},
	{
		versie: 6,
		naam: 'ondertekening: een eigen sleutel per persoon op dit apparaat, en het team van bekende sleutels',
		// Issue 14: every new log entry is signed by the person who recorded it (ondertekening.ts).
		// `sleutels` holds this device's own key pairs, one per name and role (`persoon`); the
		// private key is a non-extractable CryptoKey, which IndexedDB stores as it is (structured
		// clone) and which no code, not even ours, can read out. That is also why this table is
		// not sealed by the encryption middleware: a CryptoKey is no JSON. `team` is the school's
		// roster: public keys with a name and role, no pupil content. Both are new tables: nothing
		// to upgrade; older entries simply stay unsigned.
		stores: { sleutels: 'sleutel, persoon', team: 'sleutel' }
	}
];

export const HUIDIGE_VERSIE = VERSIES.at(-1)!.versie;

/** Declares versions 1..tot on a Dexie instance (all of them by default). */
export function definieerVersies(db: Dexie, tot = HUIDIGE_VERSIE) {
	declareer(db, VERSIES, tot);
}
