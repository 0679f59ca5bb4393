import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { schrijfCspKop } from './deploy/csp-kop.js';

/**
 * Where the app lives on its host: empty for the domain root, or a sub path such as `/meldcode`
 * (https://school.example/meldcode/). Set at build time: `BASE_PATH=/meldcode npm run build`.
 * A trailing slash is dropped; SvelteKit wants `/a/b`, not `/a/b/`.
 */
function basisPad() {
	const pad = (process.env.BASE_PATH ?? '').trim().replace(/\/+$/, '');
	if (pad && !/^(\/[A-Za-z0-9._~-]+)+$/.test(pad))
		throw new Error(
			`BASE_PATH moet beginnen met / en alleen letters, cijfers en . _ ~ - bevatten (kreeg "${pad}")`
		);
	return pad;
}

const uit = process.env.BUILD_DIR || 'build';

const statisch = adapter({ pages: uit, assets: uit, fallback: '200.html', strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere; no legacy reactive statements.
		runes: true
	},
	kit: {
		// Every page is prerendered, as a folder with an index.html (trailingSlash 'always' in the root
		// layout), so any static host that maps /pad/ to /pad/index.html serves it: no rewrites, no
		// SPA fallback. 200.html is the fallback for hosts that have one (vite preview, Netlify,
		// Surge); the service worker uses it for paths that are not a page.
		// BUILD_DIR puts a build elsewhere (the e2e tests' second build, under a sub path).
		// After the pages are written, the CSP header for the host is made from their own policies
		// (deploy/csp-kop.js), into the same folder, so header and pages come from one build.
		adapter: {
			...statisch,
			async adapt(builder) {
				await statisch.adapt(builder);
				await schrijfCspKop(uit);
			}
		},
		paths: { base: basisPad() },
		// workbox-window registers the service worker, so the app can ask before an update takes over.
		serviceWorker: { register: false },
		// Content-Security-Policy. Every page is prerendered, so SvelteKit writes it as a
		// <meta http-equiv="content-security-policy"> tag; mode 'hash' adds the sha256 hash of
		// its own inline bootstrap script to script-src, so no 'unsafe-inline' is needed for scripts.
		// - A <meta> CSP cannot carry frame-ancestors (nor report-uri or sandbox): browsers ignore
		//   them there and SvelteKit leaves them out. Clickjacking protection (frame-ancestors 'none'
		//   or X-Frame-Options: DENY) needs an HTTP header from whoever hosts the build: deploy/
		//   sends both, and this same policy as a header (deploy/csp-kop.js, written after the
		//   pages by the adapter below).
		// - Styles: Svelte components compile to CSS files (style-src 'self'); the small ones are
		//   inlined as <style> (inlineStyleThreshold above), and SvelteKit adds each one's sha256 to
		//   style-src, so there is still no 'unsafe-inline'. Two inline style *attributes* remain,
		//   both outside our components: the wrapper in src/app.html (style="display: contents")
		//   and SvelteKit's route announcer (#svelte-announcer, visually hidden, written by its
		//   generated root component). Instead of 'unsafe-inline', style-src-attr allows exactly
		//   these two values by hash ('unsafe-hashes' is what lets a hash apply to an attribute).
		//   If either text changes (an edit to app.html, a SvelteKit upgrade), Chromium logs a
		//   CSP violation naming the new hash, and every e2e test fails on that console error.
		//   Hashes: base64 sha256 of the exact attribute value.
		// - No connect-src beyond 'self': the app never talks to another origin (the e2e fixtures
		//   check every request too).
		// Stylesheets up to 16 KiB go into the page's HTML as <style> (SvelteKit adds each one's hash
		// to style-src below). On a slow phone network a page otherwise waited for about seven small
		// CSS files, the acute dialog's among them, over six connections, before its first paint
		// (issue 15, cold start).
		inlineStyleThreshold: 16 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': [
					'unsafe-hashes',
					// SvelteKit's #svelte-announcer: position: absolute; left: 0; top: 0; clip: …
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		alias: {
			$machines: 'machines'
		},
		typescript: {
			// SvelteKit's generated tsconfig does not know our top-level folders: without these,
			// svelte-check silently skips the statechart and the tests.
			config(tsconfig) {
				tsconfig.include.push(
					'../machines/**/*.ts',
					'../tests/**/*.ts',
					'../tests/**/*.js',
					'../bench/**/*.ts',
					'../scripts/**/*.ts',
					'../vite.config.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
