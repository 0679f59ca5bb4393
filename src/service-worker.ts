/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The service worker: after one visit the whole app (every page and asset of this build) is on
 * the device, so it starts, navigates and saves without a network. A new version installs beside
 * the old one and waits: the page asks the user (workbox-window) and only then takes over, so
 * nobody is reloaded in the middle of an answer.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `meldcodewijzer-${version}`;
/**
 * The fallback page (adapter-static's `fallback`): for a path in the app that is no page, so the
 * app itself says "niet gevonden", offline too. Not every host serves it (vite preview answers
 * 404), so it is cached when it is there and its absence does not stop the install.
 */
const FALLBACK = `${base}/200.html`;
/**
 * Only URLs that any static file server answers with 200 and no redirect, so installing works on
 * every host: the files themselves, and each page as its folder (`/casus/` → casus/index.html,
 * trailingSlash 'always'). `base` is the app's path on its host (`/meldcode`, or '' at the root).
 */
const ALLES = [...build, ...files, ...prerendered];
/**
 * Everything but the hashed, immutable build files is asked for with `cache: 'no-cache'`: a stock
 * static server sends no Cache-Control, so the browser may keep an old page in its HTTP cache for a
 * while (heuristic freshness), and a new version would precache the old version's pages.
 */
const VERS = new Set(build);
const verzoek = (url: string) => (VERS.has(url) ? url : new Request(url, { cache: 'no-cache' }));
/** The prerendered pages, each ending in a slash: `/`, `/casus/`, `/casus/nieuw/` (with `base`). */
const PAGINAS = new Set(prerendered);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ALLES.map(verzoek));
			const fallback = await fetch(verzoek(FALLBACK)).catch(() => undefined);
			if (fallback?.ok) await cache.put(FALLBACK, fallback);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	// Old versions' caches go once this version is in charge; the data lives in IndexedDB, not here.
	event.waitUntil(
		caches
			.keys()
			.then((namen) => Promise.all(namen.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/**
 * A navigation: the cached page (/casus/?id=… is the prerendered /casus/ page), or a redirect
 * to the address with the slash (/casus → /casus/, as a static server does for a folder: the page's
 * relative links need it), or a cached file (an icon opened as a page), or else the fallback page.
 */
async function navigatie(cache: Cache, url: URL): Promise<Response | undefined> {
	const pad = url.pathname;
	if (PAGINAS.has(pad)) return cache.match(pad);
	if (!pad.endsWith('/') && PAGINAS.has(`${pad}/`)) {
		const doel = new URL(url);
		doel.pathname = `${pad}/`;
		return Response.redirect(doel.href, 301);
	}
	return (await cache.match(pad)) ?? cache.match(FALLBACK);
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	// Only our own GET requests; nothing else is ever cached or answered here.
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (event.request.mode === 'navigate') {
				const pagina = await navigatie(cache, url);
				if (pagina) return pagina;
			}
			const bewaard = await cache.match(url.pathname);
			if (bewaard) return bewaard;
			return fetch(event.request);
		})()
	);
});
