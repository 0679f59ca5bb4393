import { defineConfig } from '@playwright/test';
import { BROWSER_ARGS, requireBrowser } from './tests/e2e/browser';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	// 2-core machines: one worker keeps the browser and vite preview from fighting over the CPU.
	workers: 1,
	// A flaky test is a defect: no retries, locally or on CI.
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	// Headroom for a busy 2-core machine (seen: a 10 s journey took 32 s while other builds ran,
	// and a case needed 6 s to open after a restore): a test stays far from its timeout.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: BASE_URL,
		browserName: 'chromium',
		locale: 'nl-NL',
		launchOptions: {
			executablePath: requireBrowser(),
			args: BROWSER_ARGS
		},
		trace: 'retain-on-failure'
	},
	webServer: {
		// The production build, served the way `npm run preview` serves it. Started directly, not
		// through npx, so stopping it stops vite too. `npm run test:e2e` builds first.
		command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
		url: BASE_URL,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
