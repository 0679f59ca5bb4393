/**
 * `npm run verifieer -- bestand.json`: checks an export file without the app, its database or a
 * browser, e.g. for the inspectie, a lawyer or a judge who received the file. Per case it prints
 * "keten klopt (N regels)" or the first entry that fails, with its number and the reason in
 * Dutch; the exit code is 1 when anything fails (2 for a wrong call).
 *
 * It runs the app's own code, not a copy: `ontleed` (size, JSON, decryption, format version and
 * migration, the valibot schema) and `controleerBestand` (per case: chain, header, length, the
 * rules of a local write and the replay through the statechart), which is exactly what the
 * import and its preview run (src/lib/uitwisseling/lezen.ts), signatures included: a signature
 * that does not verify is a failure here (the import shows it per entry).
 *
 * An encrypted file: the passphrase from MELDCODEWIJZER_WACHTWOORD, or asked for in the terminal
 * (not echoed). Never as an argument: that would end up in the shell history.
 */
import { controleerZegel } from '../src/lib/uitwisseling/zegel';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
	controleerBestand,
	kopBuitenKetenTekst,
	MAX_BYTES,
	ontleed
} from '$lib/uitwisseling/lezen';

const GEBRUIK =
	'Gebruik: npm run verifieer -- <exportbestand.json>\n' +
	'Een versleuteld bestand: zet het wachtwoord in MELDCODEWIJZER_WACHTWOORD, of typ het als erom gevraagd wordt.';

/** The passphrase typed in the terminal without echo, or null when there is no terminal. */
function vraagWachtwoord(): Promise<string | null> {
	if (!process.stdin.isTTY) return Promise.resolve(null);
	return new Promise((klaar) => {
		const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
		const uit = rl as unknown as { _writeToOutput: (s: string) => void };
		let gevraagd = false;
		// readline echoes what is typed; after the question, nothing is written back.
		uit._writeToOutput = (s: string) => {
			if (!gevraagd) process.stderr.write(s);
		};
		rl.question('Wachtwoord van het bestand: ', (antwoord) => {
			process.stderr.write('\n');
			rl.close();
			klaar(antwoord);
		});
		gevraagd = true;
	});
}

async function tekstVan(
	pad: string
): Promise<{ ok: true; tekst: string } | { ok: false; fout: string }> {
	let grootte: number;
	try {
		grootte = (await stat(pad)).size;
	} catch {
		return { ok: false, fout: `Het bestand ${pad} bestaat niet of is niet te lezen.` };
	}
	// The same limit as the app, checked before a byte is read.
	if (grootte > MAX_BYTES)
		return {
			ok: false,
			fout: `Dit bestand is te groot (${(grootte / 1024 / 1024).toFixed(1)} MB; de grens is ${MAX_BYTES / 1024 / 1024} MB).`
		};
	try {
		return {
			ok: true,
			tekst: new TextDecoder('utf-8', { fatal: true }).decode(await readFile(pad))
		};
	} catch {
		return {
			ok: false,
			fout: 'Dit bestand is geen tekst (UTF-8) en dus geen export van Meldcodewijzer.'
		};
	}
}

const regels = (n: number) => `${n} ${n === 1 ? 'regel' : 'regels'}`;

/**
 * What the signatures show. Who owns a key is not known here (that is the team roster's, in the
 * app): a valid signature proves only that the entry is unchanged since that key signed it.
 */
function ondertekendTekst(h: { ondertekend: number; totaal: number }): string {
	if (h.ondertekend === 0) return 'geen regel ondertekend (vastgelegd vóór ondertekening)';
	return `${h.ondertekend} van de ${h.totaal} regels ondertekend, elke handtekening klopt (van wie een sleutel is, zegt de teamlijst in de app)`;
}

async function main(): Promise<number> {
	const args = process.argv.slice(2).filter((a) => a !== '--');
	if (args.length !== 1 || args[0]!.startsWith('-')) {
		console.error(GEBRUIK);
		return 2;
	}
	// `npm run` starts in the package folder; a relative path means the folder it was typed in.
	const pad = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]!);
	const gelezen = await tekstVan(pad);
	if (!gelezen.ok) {
		console.log(`NIET IN ORDE: ${gelezen.fout}`);
		return 1;
	}
	let wachtwoord = process.env.MELDCODEWIJZER_WACHTWOORD || undefined;
	let bestand = await ontleed(gelezen.tekst, { wachtwoord });
	if (!bestand.ok && bestand.wachtwoordNodig && !wachtwoord) {
		wachtwoord = (await vraagWachtwoord()) ?? undefined;
		if (wachtwoord === undefined) {
			console.log(
				'NIET GECONTROLEERD: dit bestand is versleuteld. Zet het wachtwoord in MELDCODEWIJZER_WACHTWOORD, of start de controle in een terminal.'
			);
			return 1;
		}
		bestand = await ontleed(gelezen.tekst, { wachtwoord });
	}
	if (!bestand.ok) {
		console.log(`NIET IN ORDE: ${bestand.fout}`);
		return 1;
	}
	const b = bestand.bestand;
	console.log(
		`${args[0]}: Meldcodewijzer ${b.appVersion}, formaatversie ${b.gemigreerdVan ?? b.formatVersion}, geëxporteerd ${b.geexporteerd}, ${b.casussen.length} ${b.casussen.length === 1 ? 'casus' : 'casussen'}`
	);
	const uitslagen = await controleerBestand(b, { alle: true, handtekeningen: true });
	for (const [i, u] of uitslagen.entries()) {
		const naam = `casus ${u.casus.pseudoniem} (${i + 1}e in het bestand)`;
		if (u.ok && u.handtekeningen!.eersteFout !== null)
			console.log(
				`${naam}: regel ${u.handtekeningen!.eersteFout} klopt niet: de handtekening hoort niet bij deze regel of deze sleutel (het bestand is na het ondertekenen gewijzigd).`
			);
		else if (u.ok)
			console.log(
				`${naam}: keten klopt (${regels(u.aantal)}); ${ondertekendTekst(u.handtekeningen!)}${u.kopIn === null ? `; let op: ${kopBuitenKetenTekst(b.gemigreerdVan)}` : ''}`
			);
		else
			console.log(
				`${naam}: ${u.volgnummer === null ? 'klopt niet' : `regel ${u.volgnummer} klopt niet`}: ${u.reden}`
			);
	}
	// The seal (zegel.ts): who owns its key is the roster's to say, not known here.
	const zegel = await controleerZegel(b);
	if (zegel.soort === 'klopt')
		console.log(
			`exportzegel klopt: gemaakt door ${b.zegel!.door.naam ?? '(zonder naam)'} (${b.zegel!.door.rol}), sleutel ${b.zegel!.ondertekening.sleutel}; er ontbreekt niets aan het eind en er is niets verplaatst sinds de export`
		);
	else if (zegel.soort === 'klopt-niet')
		console.log(
			'exportzegel klopt niet: het bestand is gewijzigd na export (regels weggehaald of verplaatst, of een handtekening weggehaald of vervangen)'
		);
	else console.log('let op: geen exportzegel (een ouder bestand, of het zegel is weggehaald)');
	const fout =
		uitslagen.filter((u) => !u.ok || u.handtekeningen!.eersteFout !== null).length +
		(zegel.soort === 'klopt-niet' ? 1 : 0);
	const buiten = uitslagen.filter((u) => u.ok && u.kopIn === null).length;
	console.log(
		fout > 0
			? zegel.soort === 'klopt-niet'
				? 'NIET IN ORDE: het exportzegel past niet bij de inhoud.'
				: `NIET IN ORDE: ${fout} van de ${uitslagen.length} casussen ${fout === 1 ? 'klopt' : 'kloppen'} niet.`
			: `IN ORDE: elke casus in dit bestand is gecontroleerd en klopt${buiten > 0 ? `; bij ${buiten} ${buiten === 1 ? 'casus valt' : 'casussen vallen'} de kop buiten de keten (zie hierboven)` : ''}.`
	);
	return fout === 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		// Every known problem has a Dutch sentence above; this is the net under them.
		console.log(`NIET IN ORDE: de controle liep vast door een onverwachte fout (${String(e)}).`);
		process.exit(1);
	}
);
