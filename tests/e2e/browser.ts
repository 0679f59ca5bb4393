// Which Chromium the end-to-end tests drive. Playwright cannot download its own browsers on these
// machines, so we use the system's: CHROME_PATH if set, else the usual Debian/Ubuntu/Google paths.
import { existsSync } from 'node:fs';

export const BROWSER_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
] as const;

/** Chromium flags that keep the browser off the network and quiet on machines without a GPU. */
export const BROWSER_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu'
];

export const BROWSER_MISSING_MESSAGE = `
Geen Chromium gevonden voor de end-to-end-tests.
  Installeer er een:   sudo apt-get install chromium
  of wijs er een aan:  CHROME_PATH=/pad/naar/chromium npm run test:e2e

No Chromium found for the end-to-end tests.
  Install one:         sudo apt-get install chromium
  or point to one:     CHROME_PATH=/path/to/chromium npm run test:e2e

Gezocht / looked for: CHROME_PATH, ${BROWSER_CANDIDATES.join(', ')}
`;

/** The browser to use, or undefined when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromEnv = env.CHROME_PATH?.trim();
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return BROWSER_CANDIDATES.find((path) => existsSync(path));
}

/** The browser to use; without one, prints the message above and ends the process (no stack trace). */
export function requireBrowser(): string {
	const path = findBrowser();
	if (!path) {
		const chromePath = process.env.CHROME_PATH?.trim();
		if (chromePath) console.error(`\nCHROME_PATH=${chromePath} bestaat niet / does not exist.`);
		console.error(BROWSER_MISSING_MESSAGE);
		process.exit(1);
	}
	return path;
}
