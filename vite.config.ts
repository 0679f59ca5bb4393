/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defaultClientConditions, defineConfig } from 'vite';
import { vrijeDagenPlugin } from './scripts/vrije-dagen.js';

export default defineConfig({
	plugins: [sveltekit(), vrijeDagenPlugin()],
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
					setupFiles: ['tests/component/setup.ts']
				}
			}
		]
	}
});
