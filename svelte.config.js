import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Svelte 5 runes everywhere; no legacy reactive statements.
		runes: true
	},
	kit: {
		// Every page is prerendered; 200.html is the SPA fallback for deep links that were not prerendered.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// workbox-window registers the service worker, so the app can ask before an update takes over.
		serviceWorker: { register: false },
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
