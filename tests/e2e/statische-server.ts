/**
 * A small static server for e2e tests that need more than `vite preview` can do: it serves one
 * build folder and can switch to another while it runs, as a real deployment replaces the files on
 * its server. The files are served by sirv (the static server of vite preview and SvelteKit),
 * so `/casus/` is `casus/index.html` (sirv also answers `/casus` with it, where vite preview and a
 * plain server redirect to `/casus/`); an unknown path without an extension gets `200.html`, the
 * SPA fallback of adapter-static. For a server without any of that, see kale-server.ts.
 *
 * Every answer says `Cache-Control: no-cache`: the browser must ask again each time, so a switch is
 * seen at once by the service worker's update check and by its install (which fetches through the
 * HTTP cache).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StatischeServer {
	/** `http://127.0.0.1:<port>`, the origin of everything served. */
	readonly url: string;
	/** Serves `map` from the next request on. */
	dien(map: string): void;
	sluit(): Promise<void>;
}

function handlerVoor(map: string) {
	// Not dev mode: sirv reads the folder once, here, so the folder must be complete before.
	return sirv(map, {
		etag: true,
		single: '200.html',
		setHeaders(res, pad) {
			res.setHeader('Cache-Control', 'no-cache');
			if (pad === '/service-worker.js') res.setHeader('Service-Worker-Allowed', '/');
		}
	});
}

/** Starts on 127.0.0.1 on a free port (or `port`), serving `map`. */
export async function startStatischeServer(map: string, port = 0): Promise<StatischeServer> {
	const handlers = new Map<string, ReturnType<typeof sirv>>();
	const handler = (m: string) => {
		let h = handlers.get(m);
		if (!h) handlers.set(m, (h = handlerVoor(m)));
		return h;
	};
	let huidig = handler(map);

	const server: Server = createServer((req, res) =>
		huidig(req, res, () => {
			res.statusCode = 404;
			res.end('Niet gevonden');
		})
	);
	await new Promise<void>((klaar, fout) => {
		server.once('error', fout);
		server.listen(port, '127.0.0.1', () => klaar());
	});
	const { port: gekregen } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${gekregen}`,
		dien(m) {
			huidig = handler(m);
		},
		sluit: () =>
			new Promise<void>((klaar, fout) => {
				server.close((e) => (e ? fout(e) : klaar()));
				// Chromium keeps connections open; without this, close() waits for them.
				server.closeAllConnections();
			})
	};
}
