// Shared Playwright fixtures. Import `test` and `expect` from here, not from @playwright/test:
//   import { test, expect } from './fixtures';
//
// Every test then gets, without asking:
//   - consoleErrors: console.error messages and uncaught page errors; the test fails if any
//     remain at the end (opt out per file with `test.use({ allowConsoleErrors: true })`).
//   - requests: every request the browser context made (pages and service worker); the test fails
//     if any left the app's own origin. The app is private and offline: nothing may leave.
// And on request:
//   - expectAccessible(page?): axe-core with the WCAG 2.0/2.1 A and AA rules, and the proofreading
//     rules of tests/tekst/tekstfouten.ts on the visible text; fails on any violation.
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { paginafouten } from '../tekst/tekstfouten';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface RecordedRequest {
	url: string;
	method: string;
	resourceType: string;
}

export interface RequestLog {
	/** Every request seen, in order. */
	all: RecordedRequest[];
	/** The requests whose origin is not the app's (data: and blob: URLs never leave the device). */
	external(): RecordedRequest[];
}

interface Options {
	allowConsoleErrors: boolean;
}

interface Fixtures {
	consoleErrors: string[];
	requests: RequestLog;
	expectAccessible: (page?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures & Options>({
	allowConsoleErrors: [false, { option: true }],

	consoleErrors: [
		async ({ context, allowConsoleErrors }, use) => {
			const errors: string[] = [];
			context.on('console', (message) => {
				if (message.type() === 'error') {
					const { url, lineNumber } = message.location();
					errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
				}
			});
			context.on('weberror', (webError) => {
				errors.push(`page error: ${webError.error().message}`);
			});
			await use(errors);
			if (!allowConsoleErrors) {
				expect(errors, 'console errors or uncaught page errors').toEqual([]);
			}
		},
		{ auto: true }
	],

	requests: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
			const all: RecordedRequest[] = [];
			context.on('request', (request) => {
				all.push({
					url: request.url(),
					method: request.method(),
					resourceType: request.resourceType()
				});
			});
			const log: RequestLog = {
				all,
				external: () =>
					all.filter(({ url }) => {
						const parsed = new URL(url);
						if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
						return parsed.origin !== origin;
					})
			};
			await use(log);
			expect(
				log.external().map(({ method, url }) => `${method} ${url}`),
				`requests that left ${origin}`
			).toEqual([]);
		},
		{ auto: true }
	],

	expectAccessible: async ({ page }, use) => {
		await use(async (target: Page = page) => {
			const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
			const violations = results.violations.map(
				(violation) =>
					`${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ` +
					violation.nodes.map((node) => node.target.join(' ')).join(', ')
			);
			expect(violations, 'axe-core WCAG 2.1 A/AA violations').toEqual([]);
			// And the words on the screen, as glued together at run time (see tekstfouten.ts).
			const tekst = await target.locator('body').innerText();
			expect(
				paginafouten(tekst).map((f) => `${f.regel}: ${f.waar}`),
				'slordigheden in de getoonde tekst'
			).toEqual([]);
		});
	}
});

export { expect };
