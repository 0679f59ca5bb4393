/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defaultClientConditions, defineConfig } from 'vite';
import { vrijeDagenPlugin } from './scripts/vrije-dagen.js';

export default defineConfig({
	plugins: [sveltekit(), vrijeDagenPlugin()],
	// Fewer, larger chunks for what every page loads first (issue 15, cold start). Over HTTP/1.1
	// (vite preview, many static hosts) a browser opens six connections, and on a slow phone
	// network each file costs a round trip of its own: the start page waited for 17 small JS
	// files in three waves. Every page has the root layout, so merging what it needs costs no
	// page anything extra. A module not listed here still works; it only keeps its own chunk.
	// AcuutKnop stays out: it imports the acute dialog's form dynamically, and SvelteKit 2.70
	// then leaves that form's modules out of the case page's preload list
	// (tests/e2e/voorladen.test.ts).
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// Svelte's runtime and SvelteKit's client.
							name: 'kern',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|esm-env|devalue)[\\/]/
						},
						{
							// What the root layout itself needs: the lock, settings, the acute dialog.
							name: 'kop',
							test: /node_modules[\\/]valibot[\\/]|src[\\/]lib[\\/](kluis[\\/](toegang\.svelte|auto-vergrendeling)|instellingen[\\/]instellingen\.svelte|pwa[\\/]update\.svelte|dossier[\\/](concepten|status\.svelte|koppeling\.svelte)|wizard[\\/](actief\.svelte|klok|bron)|content[\\/](source|bijlage-1-onveiligheid|bijlage-6-veilig-thuis)|components[\\/](ui[\\/](Bron|Bellen|Onveiligheid|DisclosureAfstemmen)|kluis[\\/]Verborgen|pwa[\\/]PwaMeldingen|SkipLink))\./
						},
						{
							// The case page meets the signing code first through open.svelte's dynamic import
							// of the dossier; SvelteKit then leaves it out of the preload list unless a chunk
							// the page imports statically before it holds it (tests/e2e/voorladen.test.ts).
							// The decision texts are that chunk; a new page sharing them (issue 18) had split
							// the signing code off into a chunk of its own.
							name: 'beslissingstekst',
							test: /src[\\/]lib[\\/](wizard[\\/]omschrijving|dossier[\\/](ondertekening|akkoord-bevestiging))\./
						}
					]
				}
			}
		}
	},
	test: {
		projects: [
			{
				// Pure logic: the statechart and anything else without a DOM.
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'tests/aanvallen/**/*.test.ts'],
					// The files share one module graph per worker instead of loading xstate, Dexie and
					// the machine again for each: the unit project ran in 1m21 instead of 4m06 on a
					// busy 2-core machine. So a unit test leaves no global state behind: its own
					// database name (fake-indexeddb keeps data between files), spies restored, no
					// vi.mock, process.env put back.
					isolate: false
				}
			},
			{
				// Svelte components rendered in jsdom, driven the way a user acts.
				extends: './vite.config.ts',
				// Without 'browser', Svelte's server runtime is loaded and mount() fails;
				// the defaults must stay or some packages resolve wrongly (stack.md).
				resolve: { conditions: ['browser', ...defaultClientConditions] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts'],
					// Typing with user-event in jsdom: 0.2–1 s a test on a quiet machine, up to 3.7 s
					// measured while five other sessions built and tested on the same 2 cores. The
					// default 5 s would be near that; a real hang still fails.
					testTimeout: 15_000
				}
			}
		]
	}
});
