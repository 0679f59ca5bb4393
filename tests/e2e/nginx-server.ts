/**
 * Real nginx with the shipped configuration (deploy/nginx/), started without root on a free port:
 * a temporary main config holds what a system install keeps in /etc/nginx/nginx.conf and
 * /var/lib/nginx (pid, logs, temp paths), and the shipped file is included with only its host
 * specifics replaced: the listen port, the folder, and where koppen.conf and the build's CSP
 * include are. Everything else (locations, headers, caching, types, the 404) is served as shipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DEPLOY = resolve('deploy/nginx');
/** Debian's default site, as the nginx package installs it. */
export const STOCK = '/etc/nginx/sites-available/default';

/** nginx on this machine: NGINX_PATH, or where Debian's package puts it. */
export function vindNginx(): string | undefined {
	return [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find(
		(p): p is string => !!p && existsSync(p)
	);
}

export interface NginxServer {
	/** `http://127.0.0.1:<port>`. */
	readonly url: string;
	/** Every request nginx answered so far, as `status METHOD /path?query`. */
	log(): string[];
	/** The nginx command for this instance (`-s reload`, `-t`), as deploy/nginx/publiceer.sh takes it. */
	readonly opdracht: string;
	sluit(): Promise<void>;
}

async function vrijePoort(): Promise<number> {
	return new Promise((klaar, fout) => {
		const s = createServer();
		s.once('error', fout);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => klaar(port));
		});
	});
}

/** Replaces `van` by `naar` in a shipped file; fails when the file no longer holds it. */
function vervang(tekst: string, van: string, naar: string, bestand: string): string {
	if (!tekst.includes(van)) throw new Error(`${bestand} bevat "${van}" niet meer; pas de test aan`);
	return tekst.replaceAll(van, naar);
}

/**
 * Serves the build in `map` with deploy/nginx/meldcodewijzer.conf (at the domain root, `onder`
 * '') or deploy/nginx/meldcodewijzer-subpad.conf (at `onder`, '/meldcode', inside a server block
 * of a site whose root holds the build as its meldcode/ folder).
 */
export async function startNginx(
	nginx: string,
	map: string,
	onder: '' | '/meldcode',
	/** Debian's own default site (/etc/nginx/sites-available/default) instead of deploy/nginx/. */
	stock = false
): Promise<NginxServer> {
	const tmp = mkdtempSync(join(tmpdir(), 'meldcodewijzer-nginx-'));
	const build = resolve(map);
	const poort = await vrijePoort();
	const koppen = join(DEPLOY, 'koppen.conf');

	let server: string;
	if (stock) {
		// As installed: root /var/www/html, try_files $uri $uri/ =404, no headers of ours. The
		// app is that root, or its folder meldcode/.
		const bestand = STOCK;
		let wortel = build;
		if (onder) {
			wortel = join(tmp, 'site');
			mkdirSync(wortel);
			symlinkSync(build, join(wortel, 'meldcode'));
		}
		let t = readFileSync(bestand, 'utf8');
		t = vervang(
			t,
			'\tlisten 80 default_server;\n',
			`\tlisten 127.0.0.1:${poort} default_server;\n`,
			bestand
		);
		t = vervang(t, '\tlisten [::]:80 default_server;\n', '', bestand);
		t = vervang(t, '\troot /var/www/html;\n', `\troot ${wortel};\n`, bestand);
		server = t;
	} else if (!onder) {
		const bestand = join(DEPLOY, 'meldcodewijzer.conf');
		let t = readFileSync(bestand, 'utf8');
		t = vervang(t, '\tlisten 80;\n', `\tlisten 127.0.0.1:${poort};\n`, bestand);
		t = vervang(t, '\tlisten [::]:80;\n', '', bestand);
		t = vervang(t, 'root /srv/meldcodewijzer;', `root ${build};`, bestand);
		t = vervang(t, '/etc/nginx/meldcodewijzer/koppen.conf', koppen, bestand);
		t = vervang(
			t,
			'/srv/meldcodewijzer/meldcodewijzer-csp.conf',
			join(build, 'meldcodewijzer-csp.conf'),
			bestand
		);
		server = t;
	} else {
		// The board's site: its own root, with the app as the folder meldcode/ in it.
		const site = join(tmp, 'site');
		mkdirSync(site);
		symlinkSync(build, join(site, 'meldcode'));
		const bestand = join(DEPLOY, 'meldcodewijzer-subpad.conf');
		let t = readFileSync(bestand, 'utf8');
		t = vervang(t, '/etc/nginx/meldcodewijzer/koppen.conf', koppen, bestand);
		t = vervang(t, '/srv/www/', `${site}/`, bestand);
		server = `server {\n\tlisten 127.0.0.1:${poort};\n\troot ${site};\n${t}\n}\n`;
	}

	// Run as root (CI), nginx hands its workers to nobody, who may not reach a checkout under
	// /root; they stay root instead (a test server on 127.0.0.1 only).
	const wer = process.getuid?.() === 0 ? 'user root;\n' : '';
	const conf = join(tmp, 'nginx.conf');
	writeFileSync(
		conf,
		`daemon off;
${wer}worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/fout.log warn;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	log_format meldcodewijzer '$status $request_method $request_uri';
	access_log ${tmp}/toegang.log meldcodewijzer;
	client_body_temp_path ${tmp}/body;
	proxy_temp_path ${tmp}/proxy;
	fastcgi_temp_path ${tmp}/fastcgi;
	uwsgi_temp_path ${tmp}/uwsgi;
	scgi_temp_path ${tmp}/scgi;
${server}
}
`
	);
	const opties = ['-p', tmp, '-e', join(tmp, 'fout.log'), '-c', conf];
	const getest = spawnSync(nginx, ['-t', ...opties], { encoding: 'utf8' });
	if (getest.status !== 0) throw new Error(`nginx -t faalt:\n${getest.stderr}`);

	const proces: ChildProcess = spawn(nginx, opties, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	proces.stderr!.on('data', (d) => (stderr += d));
	const gestopt = new Promise<void>((klaar) => proces.once('exit', () => klaar()));
	const url = `http://127.0.0.1:${poort}`;
	// Up once it answers; a start that fails says why.
	for (const einde = Date.now() + 20_000; ;) {
		if (proces.exitCode !== null)
			throw new Error(`nginx stopte:\n${stderr}${readFileSync(join(tmp, 'fout.log'), 'utf8')}`);
		try {
			await fetch(`${url}${onder}/`, { method: 'HEAD' });
			break;
		} catch {
			if (Date.now() > einde) throw new Error(`nginx antwoordt niet op ${url}`);
			await new Promise((r) => setTimeout(r, 50));
		}
	}

	return {
		url,
		opdracht: [nginx, ...opties].join(' '),
		log: () =>
			readFileSync(join(tmp, 'toegang.log'), 'utf8')
				.split('\n')
				.filter((r) => r),
		async sluit() {
			proces.kill('SIGTERM');
			await gestopt;
			rmSync(tmp, { recursive: true, force: true });
		}
	};
}
