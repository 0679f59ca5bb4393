/**
 * Encryption at rest as a Dexie DBCore middleware: every record of an encrypted table is sealed
 * on its way into IndexedDB and opened on its way out, so the rest of the app (the dossier,
 * import, export, drafts) reads and writes plain objects and cannot forget to encrypt.
 *
 * Only the fields IndexedDB must index stay readable (ids, case id and entry number, status and
 * dates); they hold no pupil content. Everything else goes into `geheim`. The readable fields and
 * the table name are the seal's authenticated context: a sealed record copied onto another row,
 * or a status edited beside it, no longer opens.
 *
 * It sits below Dexie's own middlewares (level -10: closest to IndexedDB), so hooks, caches and
 * liveQuery see plain records. Records written before encryption was switched on are plain and
 * are read as they are; turning encryption on rewrites them all (see kluis.ts).
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import { ontzegel, verzegel, type Verzegeld } from './sleutel';
import type { Sleutelbos } from './sleutelbos';

export const GEHEIM = 'geheim';

export class OntsleutelFout extends Error {
	constructor(tabel: string) {
		super(
			`Een gegeven in "${tabel}" kan niet worden ontsleuteld: het is beschadigd of met een andere sleutel versleuteld.`
		);
		this.name = 'OntsleutelFout';
	}
}

type Rij = Record<string, unknown>;

const tekst = new TextEncoder();
const lezer = new TextDecoder();

/** The top-level properties that any key or index of the table uses. */
export function openVelden(schema: DBCoreTableSchema): Set<string> {
	const velden = new Set<string>();
	for (const index of [schema.primaryKey, ...schema.indexes]) {
		const paden = index.keyPath == null ? [] : [index.keyPath].flat();
		for (const pad of paden) velden.add(pad.split('.')[0]!);
	}
	return velden;
}

/** The authenticated context of a seal: the table and the readable fields beside it. */
export function context(tabel: string, open: Rij): Uint8Array {
	const velden = Object.keys(open).sort();
	return tekst.encode(JSON.stringify([tabel, velden.map((v) => [v, open[v]])]));
}

function isVerzegeld(rij: unknown): rij is Rij & { [GEHEIM]: Verzegeld } {
	return typeof rij === 'object' && rij !== null && GEHEIM in rij;
}

/**
 * Opens one record as this middleware sealed it for `tabel` (a plain record is returned as it
 * is). Also for records kept raw elsewhere: the schema-5 upgrade moved the log's sealed entries
 * into blocks without opening them (the dossier is locked while it upgrades).
 */
export function opentRij(bos: Sleutelbos, tabel: string, rij: unknown): unknown {
	if (!isVerzegeld(rij)) return rij;
	const { [GEHEIM]: verzegeld, ...open } = rij;
	let inhoud: Uint8Array;
	try {
		inhoud = ontzegel(bos.nodig(), verzegeld, context(tabel, open));
	} catch (fout) {
		if (fout instanceof Error && fout.name === 'VergrendeldFout') throw fout;
		throw new OntsleutelFout(tabel);
	}
	return { ...open, ...(JSON.parse(lezer.decode(inhoud)) as Rij) };
}

export function versleutelMiddleware(
	bos: Sleutelbos,
	tabellen: ReadonlySet<string>
): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'versleuteling',
		level: -10,
		create(beneden) {
			return {
				...beneden,
				table(naam) {
					const tabel = beneden.table(naam);
					return tabellen.has(naam) ? versleutelTabel(tabel, bos) : tabel;
				}
			};
		}
	};
}

function versleutelTabel(tabel: DBCoreTable, bos: Sleutelbos): DBCoreTable {
	const leesbaar = openVelden(tabel.schema);

	function sluit(rij: Rij): Rij {
		if (bos.modus === 'uit') return rij;
		const sleutel = bos.nodig();
		const open: Rij = {};
		const rest: Rij = {};
		for (const [veld, waarde] of Object.entries(rij))
			if (leesbaar.has(veld)) open[veld] = waarde;
			else rest[veld] = waarde;
		const inhoud = tekst.encode(JSON.stringify(rest));
		return { ...open, [GEHEIM]: verzegel(sleutel, inhoud, context(tabel.name, open)) };
	}

	function opent(rij: unknown): unknown {
		return opentRij(bos, tabel.name, rij);
	}

	// A cursor is read through its `value`; each raw value is opened once. Everything else is read
	// from the cursor itself: in Chromium it is the native IDBCursor, whose getters (`key`,
	// `primaryKey`) and methods refuse any other receiver, so an object that merely inherits from
	// it (as before) broke filtered reads and deletes there.
	function cursorVan(cursor: DBCoreCursor): DBCoreCursor {
		const geopend = new WeakMap<object, unknown>();
		return new Proxy(cursor, {
			get(doel, veld) {
				if (veld === 'value') {
					const ruw = doel.value as unknown;
					if (typeof ruw !== 'object' || ruw === null) return ruw;
					if (!geopend.has(ruw)) geopend.set(ruw, opent(ruw));
					return geopend.get(ruw);
				}
				const waarde: unknown = Reflect.get(doel, veld, doel);
				return typeof waarde === 'function' ? waarde.bind(doel) : waarde;
			}
		});
	}

	return {
		...tabel,
		mutate(req) {
			if (req.type !== 'add' && req.type !== 'put') return tabel.mutate(req);
			return tabel.mutate({ ...req, values: req.values.map((v: Rij) => sluit(v)) });
		},
		get: (req) => tabel.get(req).then(opent),
		getMany: (req) => tabel.getMany(req).then((rijen) => rijen.map(opent)),
		query: (req) =>
			tabel
				.query(req)
				.then((res) => (req.values ? { ...res, result: res.result.map(opent) } : res)),
		openCursor: (req) =>
			tabel.openCursor(req).then((c) => (c && req.values !== false ? cursorVan(c) : c))
	};
}
