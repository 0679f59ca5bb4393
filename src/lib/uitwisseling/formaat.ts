/**
 * The export file: a versioned JSON document with whole cases, each with its complete log and
 * hash chain. Its shape is checked with valibot before anything else looks at it: a file comes
 * from outside (an e-mail, a USB stick) and may be damaged, cut off, or made to do harm.
 *
 * Log entries: the kinds this version knows (beslissing, correctie, akkoord, samenvoeging, keuze)
 * are checked field by field, and then (lezen.ts) by the same rules a local write applies
 * (dossier/schrijfregels.ts). An entry of another kind (a kind a later version adds) is accepted when its common fields (case, number, time, who, hashes) are
 * sound. Why not refuse it: the chain covers every entry, so dropping one would break the chain
 * and refusing the file would make hand-off between two app versions impossible; kept verbatim,
 * its hash proves it was not changed, and the replay only reads the kinds it knows.
 */
import * as v from 'valibot';
import { version } from '../../../package.json';
import { GRENZEN, normaliseerPseudoniem, pseudoniemProblemen } from '$lib/dossier/grenzen';
import { ROLLEN, type Rol } from '$lib/logboek/logboek';
import type { CasusRecord, ConceptRecord, LogRecord, Stap5Besluit } from '$lib/dossier/types';
import type { AntwoordSetRecord } from '$lib/vragenlijst/db';
import { HANDTEKENING_PATROON, VINGERAFDRUK_PATROON } from '$lib/dossier/ondertekening';
import type { Exportzegel } from './zegel';

export const FORMAAT = 'meldcodewijzer-dossier';
/**
 * 2: the case header (pseudonym, age, route, start) is bound to the chain: an entry may carry it
 * (`kop`, see dossier/types.ts), and reading checks the header against every entry that does.
 * A file of version 1 is migrated (migraties.ts); its headers stay outside the chain, and the
 * import preview says so.
 */
export const FORMAAT_VERSIE = 2;
export const APP_VERSIE: string = version;

export interface CasusExport {
	casus: CasusRecord;
	logboek: LogRecord[];
	/**
	 * Only in an inzage export: texts typed but not (yet) recorded are stored about the pupil too.
	 * An import leaves them out: a draft belongs to the device it was typed on.
	 */
	concepten?: ConceptRecord[];
	/** Only in an inzage export: the reflections linked to the case. An import leaves them out. */
	reflecties?: AntwoordSetRecord[];
}

export interface Exportbestand {
	format: typeof FORMAAT;
	formatVersion: typeof FORMAAT_VERSIE;
	appVersion: string;
	schemaVersie: number;
	/** ISO time of the export. */
	geexporteerd: string;
	/** Set for an export made for an inzageverzoek: everything stored about this pseudonym. */
	inzage?: { pseudoniem: string };
	/**
	 * Set by reading (never taken from the file): the format version the file had before it was
	 * migrated, so the preview can say why a header is outside the chain.
	 */
	gemigreerdVan?: number;
	casussen: CasusExport[];
	/** The exporting person's signature over what the file holds (zegel.ts); absent in older files. */
	zegel?: Exportzegel;
}

// The same limits as the forms and the local writes (dossier/grenzen.ts): what the app lets a
// person type, its own export can always bring back.
const tekst = v.pipe(v.string(), v.maxLength(GRENZEN.tekst));
const kort = v.pipe(v.string(), v.maxLength(GRENZEN.kort));
const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
const tijd = v.pipe(v.string(), v.isoTimestamp());
const datum = v.pipe(v.string(), v.isoDate());
const nummer = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000_000));

/** Case ids are what `crypto.randomUUID()` makes: never a name like `__proto__` or `constructor`. */
const id = v.pipe(v.string(), v.uuid());

const actor = v.looseObject({
	rol: v.picklist(Object.keys(ROLLEN) as Rol[]),
	naam: v.optional(kort)
});

const leeftijd = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(30));
const variant = v.picklist(['school', 'basismodel']);

/**
 * The header as an entry recorded it. Loose and without a transform: the entry's hash covers it
 * as written, so it is kept byte for byte; it is compared with the case header after reading.
 */
const kop = v.looseObject({
	pseudoniem: kort,
	leeftijd,
	variant,
	aangemaakt: tijd
});

/** A P-256 public key as ondertekening.ts writes it: exactly its four defining members. */
export const publiekeSleutel = v.strictObject({
	kty: v.literal('EC'),
	crv: v.literal('P-256'),
	x: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
	y: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))
});

export const vingerafdruk = v.pipe(v.string(), v.regex(VINGERAFDRUK_PATROON));

/**
 * An entry's signature (issue 14), optional: entries recorded before signing have none. Only its
 * shape is checked here, with fixed sizes; whether it verifies is shown per entry (a signature
 * that does not verify is flagged, not refused: the chain already proves the content).
 */
const ondertekening = v.strictObject({
	sleutel: vingerafdruk,
	publiek: publiekeSleutel,
	handtekening: v.pipe(v.string(), v.regex(HANDTEKENING_PATROON))
});

const basis = {
	caseId: id,
	volgnummer: nummer,
	at: tijd,
	door: actor,
	vorigeHash: hash,
	hash,
	kop: v.optional(kop),
	ondertekening: v.optional(ondertekening)
};

const beslissing = v.looseObject({
	...basis,
	soort: v.literal('beslissing'),
	beslissing: v.looseObject({
		type: v.literal('beslissing.vastgelegd'),
		vraagId: kort,
		antwoord: tekst,
		toelichting: tekst,
		bron: kort,
		at: tijd,
		// The event itself is checked by the statechart when the case is replayed.
		event: v.looseObject({ type: kort, at: kort, toelichting: tekst })
	}),
	gegevens: v.optional(v.looseObject({ soort: kort }))
});

const correctie = v.looseObject({
	...basis,
	soort: v.literal('correctie'),
	corrigeert: nummer,
	tekst,
	reden: tekst
});

const keuze = v.looseObject({
	...basis,
	soort: v.literal('keuze'),
	samenvoeging: nummer,
	samenvoegingHash: hash,
	tak: v.picklist(['hier', 'ingevoegd']),
	reden: tekst
});

const akkoord = v.looseObject({
	...basis,
	soort: v.literal('akkoord'),
	akkoordOp: nummer,
	akkoordOpHash: hash,
	besluit: v.picklist(['melden', 'niet-melden', 'hulp', 'geen-hulp'] satisfies Stap5Besluit[]),
	notitie: v.optional(tekst)
});

export const BEKENDE_SOORTEN = [
	'beslissing',
	'correctie',
	'akkoord',
	'samenvoeging',
	'keuze'
] as const;

const onbekend = v.looseObject({
	...basis,
	soort: v.pipe(
		v.string(),
		v.regex(/^[a-z][a-z-]{0,39}$/),
		v.notValues(BEKENDE_SOORTEN as unknown as string[])
	)
});

type RegelSchema = v.GenericSchema<unknown, LogRecord>;

const samenvoeging: RegelSchema = v.looseObject({
	...basis,
	soort: v.literal('samenvoeging'),
	vanaf: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
	regels: v.pipe(v.array(v.lazy(() => regel)), v.minLength(1))
}) as unknown as RegelSchema;

export const regel: RegelSchema = v.variant('soort', [
	beslissing,
	correctie,
	akkoord as unknown as typeof keuze,
	keuze,
	samenvoeging as unknown as typeof keuze,
	onbekend
]) as unknown as RegelSchema;

const casus = v.looseObject({
	id,
	pseudoniem: v.pipe(
		v.string(),
		v.check((p) => pseudoniemProblemen(p).length === 0),
		v.transform(normaliseerPseudoniem)
	),
	zoeknaam: v.optional(kort),
	leeftijd,
	variant,
	aangemaakt: tijd,
	bijgewerkt: v.optional(tijd),
	status: v.optional(v.picklist(['open', 'afgesloten', 'doorverwezen'])),
	uitkomst: v.optional(v.nullable(kort)),
	volgendeDatum: v.optional(v.nullable(datum)),
	volgendeWat: v.optional(v.nullable(kort)),
	aantalRegels: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	laatsteHash: v.optional(hash),
	kopIn: v.optional(nummer)
});

export const exportSchema = v.object({
	format: v.literal(FORMAAT),
	formatVersion: v.literal(FORMAAT_VERSIE),
	appVersion: kort,
	schemaVersie: v.pipe(v.number(), v.integer(), v.minValue(1)),
	geexporteerd: tijd,
	inzage: v.optional(v.object({ pseudoniem: kort })),
	gemigreerdVan: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	casussen: v.pipe(v.array(v.object({ casus, logboek: v.array(regel) })), v.maxLength(10_000)),
	zegel: v.optional(v.strictObject({ door: actor, ondertekening }))
});

/** Where in the file a problem is, in words: "casus 2, regel 5, veld door.rol". */
export function plaatsVan(issue: v.BaseIssue<unknown>): string {
	const pad = issue.path?.map((p) => p.key) ?? [];
	const delen: string[] = [];
	const veld: string[] = [];
	for (let i = 0; i < pad.length; i++) {
		const k = pad[i];
		if (k === 'casussen' && typeof pad[i + 1] === 'number') {
			delen.push(`casus ${(pad[i + 1] as number) + 1}`);
			i++;
		} else if ((k === 'logboek' || k === 'regels') && typeof pad[i + 1] === 'number') {
			delen.push(`${k === 'regels' ? 'samengevoegde ' : ''}regel ${(pad[i + 1] as number) + 1}`);
			i++;
		} else if (k === 'casus' || k === 'logboek') {
			continue;
		} else veld.push(String(k));
	}
	if (veld.length > 0) delen.push(`veld "${veld.join('.')}"`);
	return delen.join(', ') || 'het bestand als geheel';
}
