/**
 * The attack corpus (issue 19): hand-made export files, each aimed at one rule. The files in
 * `bestanden/` are static (they are refused before their hashes are even looked at); the
 * attacks below are scripts that take a sound export and change one thing, then rebuild the
 * hash chain the way an attacker with a text editor and a SHA-256 tool would, so the file is
 * refused for the rule it attacks and not merely for a broken chain.
 *
 * `verwacht`: 'geweigerd' — not imported, with a Dutch message, nothing written;
 * 'gemarkeerd' — imported, but every view shows it for what it is (an entry kind this version
 * does not know).
 */
import { metHash, type ZonderHash } from '$lib/dossier/keten';
import { GENESIS, type LogRecord } from '$lib/dossier/types';

export interface Casus {
	casus: Record<string, unknown>;
	logboek: Record<string, unknown>[];
}

export interface Bestand {
	casussen: Casus[];
	[k: string]: unknown;
}

export interface Aanval {
	naam: string;
	/** What it attacks, in Dutch. */
	wat: string;
	verwacht: 'geweigerd' | 'gemarkeerd';
	/**
	 * 'nieuw': tried on a device that has never seen the case (a fresh dossier per attack), where
	 * nothing of this device's own can stand in for what the file claims. Default: the target
	 * that holds an earlier copy of the case.
	 */
	apparaat?: 'nieuw';
	/** When set, the refusal must say this: refused for the rule attacked, not for another. */
	melding?: RegExp;
	/** Changes the first case of a fresh copy of the sound export (the log is chained again after). */
	maak(c: Casus, b: Bestand): void;
}

type Regel = Record<string, unknown> & { volgnummer: number; hash: string; soort: string };

const regels = (c: Casus) => c.logboek as Regel[];
const kop = (c: Casus) => regels(c)[0]!.kop as Record<string, unknown>;
const eerste = (c: Casus, soort: string) => regels(c).find((r) => r.soort === soort)!;

/**
 * The chain built again over the changed entries: what anyone can do without the app. References
 * by hash (a sign-off's decision, a choice's merge) follow the entries they named.
 */
export async function herketen(c: Casus): Promise<void> {
	const nieuw = new Map<string, string>();
	c.logboek = await keten(regels(c), 0, GENESIS, [], nieuw);
	c.casus.aantalRegels = c.logboek.length;
	c.casus.laatsteHash = c.logboek.at(-1)?.hash;
}

async function keten(
	rijen: Regel[],
	vanaf: number,
	start: string,
	eerder: string[],
	nieuw: Map<string, string>
): Promise<Regel[]> {
	let vorige = start;
	const hashes = [...eerder];
	const uit: Regel[] = [];
	for (const [i, r] of rijen.entries()) {
		const { hash: oud, ...rest } = { ...r, volgnummer: vanaf + i + 1, vorigeHash: vorige };
		const inhoud: Record<string, unknown> = rest;
		for (const veld of ['akkoordOpHash', 'samenvoegingHash'])
			if (typeof inhoud[veld] === 'string' && nieuw.has(inhoud[veld] as string))
				inhoud[veld] = nieuw.get(inhoud[veld] as string);
		if (inhoud.soort === 'samenvoeging') {
			const v = inhoud.vanaf as number;
			inhoud.regels = await keten(
				inhoud.regels as Regel[],
				v,
				v === 0 ? GENESIS : hashes[v - 1]!,
				hashes.slice(0, v),
				nieuw
			);
		}
		const met = (await metHash(inhoud as unknown as ZonderHash<LogRecord>)) as unknown as Regel;
		nieuw.set(oud, met.hash);
		uit.push(met);
		hashes.push(met.hash);
		vorige = met.hash;
	}
	return uit;
}

function ookCaseIds(c: Casus, id: string) {
	c.casus.id = id;
	for (const r of regels(c)) r.caseId = id;
}

const KOP_GEWIJZIGD = /klopt niet met de keten\. De kop van de casus is gewijzigd nadat regel \d+/;

export const AANVALLEN: Aanval[] = [
	{
		naam: 'casus-id-constructor',
		wat: 'Een casus met id "constructor" (maakte de casuslijst leeg).',
		verwacht: 'geweigerd',
		maak: (c) => ookCaseIds(c, 'constructor')
	},
	{
		naam: 'casus-id-proto',
		wat: 'Een casus met id "__proto__".',
		verwacht: 'geweigerd',
		maak: (c) => ookCaseIds(c, '__proto__')
	},
	{
		naam: 'casus-id-hasOwnProperty',
		wat: 'Een casus met id "hasOwnProperty".',
		verwacht: 'geweigerd',
		maak: (c) => ookCaseIds(c, 'hasOwnProperty')
	},
	{
		naam: 'geheim-op-regel',
		wat: 'Een sleutel "geheim" op een regel (liet een onversleuteld dossier vergrendeld lijken).',
		verwacht: 'geweigerd',
		maak: (c) => {
			regels(c)[0]!.geheim = { iv: 'AAAA', data: 'AAAA' };
		}
	},
	{
		naam: 'geheim-op-casus',
		wat: 'Een sleutel "geheim" op de casus.',
		verwacht: 'geweigerd',
		maak: (c) => {
			c.casus.geheim = 'AAAA';
		}
	},
	{
		naam: 'akkoord-dubbel',
		wat: 'Twee keer akkoord op hetzelfde besluit (liet het rapport vastlopen).',
		verwacht: 'geweigerd',
		maak: (c) => {
			c.logboek.push(structuredClone(eerste(c, 'akkoord')));
		}
	},
	{
		naam: 'akkoord-leerkracht',
		wat: 'Een akkoord met de rol leerkracht.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').door = { rol: 'leerkracht', naam: 'L. Eerkracht' };
		}
	},
	{
		naam: 'akkoord-ib-er',
		wat: 'Een akkoord met de rol IB-er.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').door = { rol: 'ib-er', naam: 'I. Ber' };
		}
	},
	{
		naam: 'akkoord-zonder-naam',
		wat: 'Een akkoord van een directeur zonder naam.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').door = { rol: 'directeur' };
		}
	},
	{
		naam: 'akkoord-geen-stap5',
		wat: 'Een akkoord op een beslissing die geen besluit van stap 5 is.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const a = eerste(c, 'akkoord');
			a.akkoordOp = 1;
			a.akkoordOpHash = regels(c)[0]!.hash;
		}
	},
	{
		naam: 'akkoord-op-correctie',
		wat: 'Een akkoord op een correctie.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const a = eerste(c, 'akkoord');
			const k = eerste(c, 'correctie');
			a.akkoordOp = k.volgnummer;
			a.akkoordOpHash = k.hash;
		}
	},
	{
		naam: 'akkoord-besluit-constructor',
		wat: 'Een akkoord met besluit "constructor".',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').besluit = 'constructor';
		}
	},
	{
		naam: 'akkoord-ander-besluit',
		wat: 'Een akkoord dat een ander besluit noemt dan de beslissing nam.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const a = eerste(c, 'akkoord');
			a.besluit = a.besluit === 'melden' ? 'niet-melden' : 'melden';
		}
	},
	{
		naam: 'akkoord-verkeerde-hash',
		wat: 'Een akkoord dat met de hash naar een andere regel wijst dan met het nummer.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').akkoordOpHash = regels(c)[1]!.hash;
		}
	},
	{
		naam: 'akkoord-voor-besluit',
		wat: 'Een akkoord van vóór het besluit.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'akkoord').at = '2020-01-01T00:00:00.000Z';
		}
	},
	{
		naam: 'akkoord-in-samenvoeging-leerkracht',
		wat: 'Een akkoord van een leerkracht, verstopt in een samenvoeging.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const i = regels(c).indexOf(eerste(c, 'akkoord'));
			const a = { ...regels(c)[i]!, door: { rol: 'leerkracht', naam: 'L.' } };
			c.logboek = [
				...c.logboek.slice(0, i),
				{ ...a, soort: 'samenvoeging', vanaf: i, regels: [a] }
			];
		}
	},
	{
		naam: 'correctie-bestaat-niet',
		wat: 'Een correctie van regel 999, die er niet is.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'correctie').corrigeert = 999;
		}
	},
	{
		naam: 'correctie-van-zichzelf',
		wat: 'Een correctie van zichzelf.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const k = eerste(c, 'correctie');
			k.corrigeert = k.volgnummer;
		}
	},
	{
		naam: 'correctie-van-later',
		wat: 'Een correctie van een regel die pas later komt.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const k = eerste(c, 'correctie');
			k.corrigeert = k.volgnummer + 1;
		}
	},
	{
		naam: 'correctie-van-correctie',
		wat: 'Een correctie van een correctie.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const k = eerste(c, 'correctie');
			c.logboek.push({ ...structuredClone(k), corrigeert: k.volgnummer });
		}
	},
	{
		naam: 'correctie-lege-reden',
		wat: 'Een correctie zonder reden.',
		verwacht: 'geweigerd',
		maak: (c) => {
			eerste(c, 'correctie').reden = '   ';
		}
	},
	{
		naam: 'keuze-zonder-conflict',
		wat: 'Een keuze tussen twee versies die er niet zijn.',
		verwacht: 'geweigerd',
		maak: (c) => {
			const r = regels(c)[0]!;
			c.logboek.push({
				soort: 'keuze',
				caseId: r.caseId,
				volgnummer: 0,
				at: r.at,
				door: r.door,
				samenvoeging: 1,
				samenvoegingHash: r.hash,
				tak: 'ingevoegd',
				reden: 'Zomaar.',
				vorigeHash: '',
				hash: ''
			});
		}
	},
	{
		naam: 'beslissing-type-constructor',
		wat: 'Een beslissing met event-type "constructor".',
		verwacht: 'geweigerd',
		maak: (c) => {
			const r = regels(c).at(-3)! as unknown as { beslissing: { event: { type: string } } };
			r.beslissing.event.type = 'constructor';
		}
	},
	{
		naam: 'pseudoniem-41-tekens',
		wat: 'Een pseudoniem van 41 tekens (de grens is 40).',
		verwacht: 'geweigerd',
		maak: (c) => {
			c.casus.pseudoniem = 'P'.repeat(41);
		}
	},
	{
		naam: 'pseudoniem-onzichtbaar',
		wat: 'Een pseudoniem van alleen zero-width-tekens.',
		verwacht: 'geweigerd',
		maak: (c) => {
			c.casus.pseudoniem = '\u200b\u200c\u200d';
		}
	},
	{
		naam: 'pseudoniem-richting',
		wat: 'Een pseudoniem met een teken dat de leesrichting omdraait.',
		verwacht: 'geweigerd',
		maak: (c) => {
			c.casus.pseudoniem = 'AB\u202eC';
		}
	},
	{
		naam: 'toelichting-100001-tekens',
		wat: 'Een toelichting van 100.001 tekens (de grens is 100.000).',
		verwacht: 'geweigerd',
		maak: (c) => {
			const r = regels(c)[0]! as unknown as { beslissing: { toelichting: string } };
			r.beslissing.toelichting = 'x'.repeat(100_001);
		}
	},
	// Issue 14, defect 6: only the case header changed. The header is in the chain since format 2
	// (entry 1 records it), so rebuilding the chain does not help: entry 1 still says otherwise.
	{
		naam: 'kop-pseudoniem-nieuw-apparaat',
		wat: 'Alleen het pseudoniem gewijzigd, op een apparaat dat de casus niet kent (las als "de keten klopt").',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			c.casus.pseudoniem = 'XY';
			c.casus.zoeknaam = 'xy';
		}
	},
	{
		naam: 'kop-leeftijd-nieuw-apparaat',
		wat: 'Alleen de leeftijd gewijzigd, op een nieuw apparaat.',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			c.casus.leeftijd = 15;
		}
	},
	{
		naam: 'kop-stappenplan-nieuw-apparaat',
		wat: 'Alleen het stappenplan (school of basismodel) gewijzigd, op een nieuw apparaat.',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			c.casus.variant = 'basismodel';
		}
	},
	{
		naam: 'kop-begin-nieuw-apparaat',
		wat: 'Alleen de begindatum gewijzigd, op een nieuw apparaat.',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			c.casus.aangemaakt = '2025-01-01T08:00:00.000Z';
		}
	},
	{
		naam: 'kop-pseudoniem-als-versie-1',
		wat: 'Ander pseudoniem, en het bestand noemt zich formaatversie 1 (van vóór de kop in de keten).',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c, b) => {
			b.formatVersion = 1;
			c.casus.pseudoniem = 'XY';
		}
	},
	{
		naam: 'kop-pseudoniem-bekend-apparaat',
		wat: 'Alleen het pseudoniem gewijzigd, op het apparaat dat de casus kent.',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		maak: (c) => {
			c.casus.pseudoniem = 'XY';
		}
	},
	{
		naam: 'kop-in-regel-1-gewijzigd',
		wat: 'De kop die regel 1 vastlegde gewijzigd (en de keten opnieuw berekend), de casus niet.',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			kop(c).leeftijd = 4;
		}
	},
	{
		naam: 'kop-in-regel-1-ander-type',
		wat: 'De kop in regel 1 met een leeftijd als tekst.',
		verwacht: 'geweigerd',
		melding: /niet de opbouw van een Meldcodewijzer-export/,
		apparaat: 'nieuw',
		maak: (c) => {
			kop(c).leeftijd = '9';
		}
	},
	{
		naam: 'kop-in-latere-regel-anders',
		wat: 'Een latere regel legt een andere kop vast (en de keten is opnieuw berekend).',
		verwacht: 'geweigerd',
		melding: KOP_GEWIJZIGD,
		apparaat: 'nieuw',
		maak: (c) => {
			regels(c).at(-1)!.kop = { ...kop(c), pseudoniem: 'XY' };
		}
	},
	{
		naam: 'kop-uit-regel-1-weg-nieuw-apparaat',
		wat:
			'De kop uit regel 1 gehaald, pseudoniem gewijzigd en de keten opnieuw berekend (defect 7): ' +
			'leest als een casus van vóór formaatversie 2; het voorbeeld zegt dat de kop buiten de keten valt.',
		verwacht: 'gemarkeerd',
		apparaat: 'nieuw',
		maak: (c) => {
			delete regels(c)[0]!.kop;
			c.casus.pseudoniem = 'XY';
		}
	},
	{
		naam: 'onbekende-soort-constructor',
		wat: 'Een regel van de soort "constructor" (een soort die deze versie niet kent).',
		verwacht: 'gemarkeerd',
		maak: (c) => {
			c.logboek.push({ ...structuredClone(regels(c)[0]!), soort: 'constructor' });
		}
	}
];
