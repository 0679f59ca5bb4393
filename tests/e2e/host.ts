/**
 * What every host test (statische-host.test.ts, nginx.test.ts) checks the same way: the pages of
 * the app, the moment it is installed, a page's heading, and that the build is there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The h1 of each page, by its path under the app's base. */
export const PAGINAS = [
	['', 'Meldcodewijzer'],
	['casussen/', 'Je casussen'],
	['instellingen/', 'Instellingen van je organisatie'],
	['casus/nieuw/', 'Nieuwe casus'],
	['importeren/', 'Casussen importeren'],
	['privacy/', 'Privacyverklaring']
] as const;

/** The service worker is active and controls the page: from here on the app works offline. */
export async function offlineKlaar(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect(page.getByText('werkt ook zonder internet')).toBeVisible();
}

export async function kop(page: Page, naam: string) {
	await expect(page.getByRole('heading', { level: 1, name: naam })).toBeVisible();
}

/** Fails with the way to make it when a build is missing. */
export function vereisBuild(map: string, opdracht: string) {
	if (!existsSync(join(map, 'index.html')) || !existsSync(join(map, 'service-worker.js')))
		throw new Error(`${map}/ ontbreekt of is onvolledig; eerst ${opdracht}`);
}
