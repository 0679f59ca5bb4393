/**
 * `npm run verifieer -- bestand.json` (scripts/verifieer.ts), spawned as a user would run it:
 * checks an export file without the app's database or a browser, per case "keten klopt
 * (N regels)" or the first entry that fails with its number and reason, exit code 1 on any
 * failure. It must say what the import says, because it runs the same function.
 */
import 'fake-indexeddb/auto';
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { DossierDB } from '$lib/dossier/db';
import { alsTekst, maakExport } from '$lib/uitwisseling/exporteren';
import type { Exportbestand } from '$lib/uitwisseling/formaat';
import { lees } from '$lib/uitwisseling/lezen';
import { versleutel } from '$lib/uitwisseling/versleuteling';
import { TOT_HULP, TOT_VRAAG2 } from '../machines/helpers';
import { nieuweDB, weg } from '../dossier/hulp';
import { casusMet } from './hulp';

const WORTEL = join(import.meta.dirname, '../../..');
const TSX = join(WORTEL, 'node_modules/.bin/tsx');
const V1 = join(WORTEL, 'tests/fixtures/uitwisseling/v1-casus.json');

let db: DossierDB;
let map: string;
let goed: Exportbestand;
let goedId: string;

beforeAll(async () => {
	db = nieuweDB();
	map = mkdtempSync(join(tmpdir(), 'verifieer-'));
	const go = await casusMet(db, TOT_HULP, { pseudoniem: 'GO' });
	goedId = go.id;
	const ed = await casusMet(db, TOT_VRAAG2, { pseudoniem: 'ED' });
	// In a known order: an export of all cases sorts by start, and these two start at once.
	goed = JSON.parse(await alsTekst(await maakExport(db, { casus: go.id })));
	const tweede = JSON.parse(await alsTekst(await maakExport(db, { casus: ed.id })));
	goed.casussen.push(tweede.casussen[0]!);
});
afterAll(async () => {
	await weg(db);
	rmSync(map, { recursive: true, force: true });
});

function schrijf(naam: string, inhoud: unknown): string {
	const pad = join(map, naam);
	writeFileSync(pad, typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud));
	return pad;
}

/** The command, with its own environment: no passphrase unless given, stdin not a terminal. */
function verifieer(
	pad: string,
	env: Record<string, string> = {}
): Promise<{ code: number; uit: string }> {
	const { MELDCODEWIJZER_WACHTWOORD: _weg, ...rest } = process.env;
	void _weg;
	return new Promise((klaar) => {
		execFile(
			TSX,
			['scripts/verifieer.ts', pad],
			{ cwd: WORTEL, env: { ...rest, ...env, INIT_CWD: WORTEL }, timeout: 60_000 },
			(fout, stdout, stderr) => {
				const code = fout ? (typeof fout.code === 'number' ? fout.code : -1) : 0;
				klaar({ code, uit: stdout + stderr });
			}
		);
	});
}

describe('npm run verifieer', () => {
	it('een goed bestand: per casus "keten klopt (N regels)", exitcode 0', async () => {
		const { code, uit } = await verifieer(schrijf('goed.json', goed));
		expect(uit).toContain(
			`casus GO (1e in het bestand): keten klopt (${goed.casussen[0]!.logboek.length} regels)`
		);
		expect(uit).toContain(
			`casus ED (2e in het bestand): keten klopt (${goed.casussen[1]!.logboek.length} regels)`
		);
		expect(uit).toContain('IN ORDE');
		expect(code).toBe(0);
	}, 60_000);

	it('een bestand met alleen een ander pseudoniem: regel 1 en de reden, exitcode 1, zoals de import zegt', async () => {
		const b = structuredClone(goed);
		b.casussen[1]!.casus.pseudoniem = 'XY';
		const pad = schrijf('kop.json', b);
		const { code, uit } = await verifieer(pad);
		expect(uit).toContain('casus GO (1e in het bestand): keten klopt');
		const reden =
			'De kop van de casus is gewijzigd nadat regel 1 hem vastlegde: pseudoniem "XY", vastgelegd "ED".';
		expect(uit).toContain(`casus XY (2e in het bestand): regel 1 klopt niet: ${reden}`);
		expect(uit).toContain('NIET IN ORDE: 1 van de 2 casussen klopt niet.');
		expect(code).toBe(1);
		// One implementation: the import preview refuses the same file for the same reason.
		expect(await lees(JSON.stringify(b))).toMatchObject({
			ok: false,
			fout: expect.stringContaining(reden)
		});
	}, 60_000);

	it('elke regel is ondertekend; een verwisselde handtekening is een fout, ook al klopt de keten', async () => {
		const { uit: goedUit } = await verifieer(schrijf('goed2.json', goed));
		const n = goed.casussen[0]!.logboek.length;
		expect(goedUit).toContain(`${n} van de ${n} regels ondertekend, elke handtekening klopt`);
		const b = structuredClone(goed);
		const [een, twee] = b.casussen[0]!.logboek;
		// Entry 1's valid signature on entry 2: the chain is untouched, the signature proves nothing.
		twee!.ondertekening = een!.ondertekening;
		const { code, uit } = await verifieer(schrijf('verwisseld.json', b));
		expect(uit).toContain('casus GO (1e in het bestand): regel 2 klopt niet: de handtekening');
		expect(uit).toContain('NIET IN ORDE: 1 van de 2 casussen klopt niet.');
		expect(code).toBe(1);
	}, 60_000);

	it('een verzegelde export: het zegel klopt; met de laatste regel weg (en de casus passend gemaakt) niet meer', async () => {
		const directeur = { rol: 'directeur', naam: 'P. Jansen' } as const;
		const zegel: Exportbestand = JSON.parse(
			await alsTekst(await maakExport(db, { casus: goedId }, new Date(), { door: directeur }))
		);
		const { code, uit } = await verifieer(schrijf('zegel.json', zegel));
		expect(uit).toContain('exportzegel klopt: gemaakt door P. Jansen (directeur)');
		expect(code).toBe(0);
		// The chain alone cannot show this: a shorter log is a sound chain.
		const korter = structuredClone(zegel);
		const c = korter.casussen[0]!;
		c.logboek.pop();
		c.casus.aantalRegels = c.logboek.length;
		c.casus.laatsteHash = c.logboek.at(-1)!.hash;
		const na = await verifieer(schrijf('korter.json', korter));
		expect(na.uit).toContain(`keten klopt (${c.logboek.length} regels)`);
		expect(na.uit).toContain('exportzegel klopt niet: het bestand is gewijzigd na export');
		expect(na.uit).toContain('NIET IN ORDE: het exportzegel past niet bij de inhoud.');
		expect(na.code).toBe(1);
		// And the import refuses it too, with the same finding.
		expect(await lees(JSON.stringify(korter))).toMatchObject({
			ok: false,
			fout: expect.stringContaining('het exportzegel past niet meer')
		});
	}, 60_000);

	it('zonder zegel (een ouder bestand, of weggehaald): in orde, met de kanttekening', async () => {
		const { uit } = await verifieer(schrijf('zonder.json', goed));
		expect(uit).toContain('let op: geen exportzegel');
		expect(uit).toContain('IN ORDE');
	}, 60_000);

	it('een gewijzigde toelichting: de eerste regel die niet klopt', async () => {
		const b = structuredClone(goed);
		const r = b.casussen[0]!.logboek[2]! as { beslissing: { toelichting: string } };
		r.beslissing.toelichting = 'Achteraf anders opgeschreven.';
		const { code, uit } = await verifieer(schrijf('tekst.json', b));
		expect(uit).toContain(
			'casus GO (1e in het bestand): regel 3 klopt niet: Regel 3 is gewijzigd nadat hij werd vastgelegd.'
		);
		expect(code).toBe(1);
	}, 60_000);

	it('een versleuteld bestand: met het wachtwoord uit MELDCODEWIJZER_WACHTWOORD', async () => {
		const envelop = await versleutel(JSON.stringify(goed), 'geheim wachtwoord', 100_000);
		const pad = schrijf('versleuteld.json', envelop);
		const goedWw = await verifieer(pad, { MELDCODEWIJZER_WACHTWOORD: 'geheim wachtwoord' });
		expect(goedWw.uit).toContain('casus GO (1e in het bestand): keten klopt');
		expect(goedWw.code).toBe(0);

		const fout = await verifieer(pad, { MELDCODEWIJZER_WACHTWOORD: 'fout' });
		expect(fout.uit).toContain('NIET IN ORDE: Het wachtwoord klopt niet');
		expect(fout.code).toBe(1);

		// Without a passphrase and without a terminal to ask in: said, and not "in orde".
		const zonder = await verifieer(pad);
		expect(zonder.uit).toContain('dit bestand is versleuteld');
		expect(zonder.uit).toContain('MELDCODEWIJZER_WACHTWOORD');
		expect(zonder.code).toBe(1);
	}, 60_000);

	// In a terminal (a pseudo-terminal from util-linux `script`): asked, typed, not echoed.
	it.skipIf(!existsSync('/usr/bin/script'))(
		'een versleuteld bestand zonder MELDCODEWIJZER_WACHTWOORD: het wachtwoord wordt gevraagd, en niet getoond',
		async () => {
			const envelop = await versleutel(JSON.stringify(goed), 'typ mij', 100_000);
			const pad = schrijf('gevraagd.json', envelop);
			const { MELDCODEWIJZER_WACHTWOORD: _weg, ...env } = process.env;
			void _weg;
			const uitslag = await new Promise<{ code: number | null; uit: string }>((klaar) => {
				const p = spawn(
					'/usr/bin/script',
					['-qec', `${TSX} scripts/verifieer.ts ${pad}`, '/dev/null'],
					{
						cwd: WORTEL,
						env: { ...env, INIT_CWD: WORTEL }
					}
				);
				let uit = '';
				let getypt = false;
				p.stdout.on('data', (d: Buffer) => {
					uit += d.toString();
					// Typed only once the question is there: no fixed wait.
					if (!getypt && uit.includes('Wachtwoord van het bestand:')) {
						getypt = true;
						p.stdin.write('typ mij\r');
					}
				});
				p.on('close', (code) => klaar({ code, uit }));
			});
			expect(uitslag.uit).toContain('casus GO (1e in het bestand): keten klopt');
			expect(uitslag.uit).not.toContain('typ mij');
			expect(uitslag.code).toBe(0);
		},
		60_000
	);

	it('een bestand van formaatversie 1: klopt, en zegt dat de kop buiten de keten valt', async () => {
		const { code, uit } = await verifieer(V1);
		expect(uit).toContain('formaatversie 1');
		expect(uit).toContain(
			'casus VE (1e in het bestand): keten klopt (11 regels); geen regel ondertekend (vastgelegd vóór ondertekening); let op:'
		);
		expect(uit).toContain('dit bestand heeft formaatversie 1');
		expect(code).toBe(0);
	}, 60_000);

	it('geen export, of geen bestand: een Nederlandse melding en exitcode 1; zonder bestand 2', async () => {
		const kapot = await verifieer(schrijf('kapot.json', '{"format": "meldcodewijzer-dossier"'));
		expect(kapot.uit).toContain('NIET IN ORDE: Dit bestand is geen geldige JSON');
		expect(kapot.code).toBe(1);
		const weg = await verifieer(join(map, 'bestaat-niet.json'));
		expect(weg.code).toBe(1);
		const gebruik = await new Promise<number>((klaar) =>
			execFile(TSX, ['scripts/verifieer.ts'], { cwd: WORTEL }, (f) =>
				klaar(f && typeof f.code === 'number' ? f.code : 0)
			)
		);
		expect(gebruik).toBe(2);
	}, 60_000);

	it('laadt geen Dexie, geen Svelte en niets van de browser-app', async () => {
		const r = await build({
			entryPoints: [join(WORTEL, 'scripts/verifieer.ts')],
			bundle: true,
			platform: 'node',
			format: 'esm',
			write: false,
			metafile: true,
			logLevel: 'silent',
			alias: { $lib: join(WORTEL, 'src/lib'), $machines: join(WORTEL, 'machines') }
		});
		const modules = Object.keys(r.metafile.inputs);
		expect(modules.some((m) => m.includes('src/lib/uitwisseling/lezen.ts'))).toBe(true);
		expect(modules.filter((m) => /dexie|svelte|\$app|fake-indexeddb/.test(m))).toEqual([]);
	});
});
