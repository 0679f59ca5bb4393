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
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `meldcodewijzer-${version}`;
const ALLES = [...build, ...files, ...prerendered];
const PAGINAS = new Set(prerendered);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ALLES)));
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

/** The cached page for a navigation: /casus?id=… is the prerendered /casus page. */
function paginaVoor(url: URL): string {
	const pad = url.pathname.replace(/\/$/, '') || '/';
	if (PAGINAS.has(pad)) return pad;
	if (PAGINAS.has(`${pad}.html`)) return `${pad}.html`;
	return '/200.html';
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	// Only our own GET requests; nothing else is ever cached or answered here.
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (event.request.mode === 'navigate') {
				const pagina = await cache.match(paginaVoor(url));
				if (pagina) return pagina;
			}
			const bewaard = await cache.match(url.pathname);
			if (bewaard) return bewaard;
			return fetch(event.request);
		})()
	);
});
