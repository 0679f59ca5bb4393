/**
 * A plain static file server, as a school's web host is: nginx or Apache with a stock config,
 * GitHub Pages, `python3 -m http.server`. What it does, and nothing more:
 *   - a file is served as it is, with its content type, ETag and Last-Modified;
 *   - a folder asked for with a slash is its index.html (`/casus/` → casus/index.html), without
 *     one it is a 301 to the address with the slash (`/casus` → `/casus/`, query kept);
 *   - everything else is 404: no SPA fallback, no rewrites, no "pretty URLs" (`/casus` is never
 *     casus.html), no folder listings;
 *   - with `onder` (e.g. `/meldcode`), the folder is served at that sub path only, as a board's site
 *     would host the app at https://bestuur.example/meldcode/; anything outside it is 404.
 * Every request is logged with its status, so a test can show that nothing needed more.
 */
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const SOORTEN: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

export interface KaleServer {
	/** `http://127.0.0.1:<port>`. */
	readonly url: string;
	/** Every request so far: method, path with query, status. */
	readonly log: { methode: string; pad: string; status: number }[];
	/** Serves `map` from the next request on (a deployment replacing the files). */
	dien(map: string): void;
	sluit(): Promise<void>;
}

function stat(pad: string): Stats | undefined {
	try {
		return statSync(pad);
	} catch {
		return undefined;
	}
}

/** Starts on 127.0.0.1 on a free port, serving `map` at `onder` ('' for the domain root). */
export async function startKaleServer(map: string, onder = ''): Promise<KaleServer> {
	let wortel = resolve(map);
	const log: KaleServer['log'] = [];

	const server: Server = createServer((req, res) => {
		const adres = new URL(req.url ?? '/', 'http://host');
		const klaar = (status: number, kop: Record<string, string> = {}, tekst = '') => {
			log.push({ methode: req.method ?? '', pad: adres.pathname + adres.search, status });
			res.writeHead(status, kop);
			res.end(tekst);
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') return klaar(405, { Allow: 'GET, HEAD' });

		let pad: string;
		try {
			pad = decodeURIComponent(adres.pathname);
		} catch {
			return klaar(400);
		}
		if (pad !== onder && !pad.startsWith(`${onder}/`)) return klaar(404, {}, 'Not Found');
		const bestand = join(wortel, pad.slice(onder.length));
		if (bestand !== wortel && !bestand.startsWith(wortel + sep)) return klaar(404, {}, 'Not Found');

		let info = stat(bestand);
		let echt = bestand;
		if (info?.isDirectory()) {
			if (!pad.endsWith('/'))
				return klaar(301, { Location: `${adres.pathname}/${adres.search}` }, 'Moved Permanently');
			echt = join(bestand, 'index.html');
			info = stat(echt);
		}
		if (!info?.isFile()) return klaar(404, {}, 'Not Found');

		const etag = `"${info.size.toString(16)}-${info.mtimeMs.toString(16)}"`;
		const kop = {
			'Content-Type': SOORTEN[extname(echt)] ?? 'application/octet-stream',
			'Content-Length': String(info.size),
			'Last-Modified': info.mtime.toUTCString(),
			ETag: etag
		};
		if (req.headers['if-none-match'] === etag) return klaar(304, { ETag: etag });
		log.push({ methode: req.method, pad: adres.pathname + adres.search, status: 200 });
		res.writeHead(200, kop);
		if (req.method === 'HEAD') res.end();
		else createReadStream(echt).pipe(res);
	});
	await new Promise<void>((klaar, fout) => {
		server.once('error', fout);
		server.listen(0, '127.0.0.1', () => klaar());
	});
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		log,
		dien(m) {
			wortel = resolve(m);
		},
		sluit: () =>
			new Promise<void>((klaar, fout) => {
				server.close((e) => (e ? fout(e) : klaar()));
				server.closeAllConnections();
			})
	};
}
