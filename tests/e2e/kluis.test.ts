/**
 * Encryption at rest, auto-lock and "scherm verbergen" in real Chromium: a passphrase on first
 * use, nothing of a case readable in IndexedDB, a lock screen after a reload and after five idle
 * minutes (with the typed text kept), a changed passphrase that locks the other tabs, and a
 * blank screen at one click or Alt+Shift+H.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { rauweInhoud } from './indexeddb';
import {
	KIEZEN,
	kluisKeuze,
	nieuweCasus,
	nieuweCasusInvullen,
	start,
	verwachtStap
} from './wizard';

const WACHTWOORD = 'paars konijn op de fiets';
const NIEUW = 'zeven groene kikkers zingen';
const PSEUDONIEM = 'QX-Zwaluw';
const NIET_PLUIS = 'Qwxyz vertelde over de donkere kelder thuis.';
const WAARNEMING = 'Qwxyz-waarneming: blauwe plek op de wang.';

async function beginMetWachtwoord(page: Page) {
	await page.goto('/casus/nieuw');
	await expect(page.getByRole('heading', { level: 1, name: KIEZEN })).toBeVisible();
	await page.getByLabel('Kies een wachtwoord').fill('te kort');
	await page.getByLabel('Herhaal het wachtwoord').fill('te kort');
	await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
	await expect(page.getByRole('alert')).toContainText('minstens 12 tekens');
	await kluisKeuze(page, page.getByLabel('Initialen of code van de leerling'), WACHTWOORD);
}

/** Past the start of the case to stap 1, with an observation typed but not recorded. */
async function waarnemingTypen(page: Page) {
	await start(page, NIET_PLUIS);
	await verwachtStap(page, 'Signalen in kaart brengen');
	const veld = page
		.getByRole('group', { name: 'Waarneming 1' })
		.getByLabel('Wat zag of hoorde je?');
	await veld.fill(WAARNEMING);
	return veld;
}

async function ontgrendel(page: Page, wachtwoord: string) {
	await expect(page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
	await page.getByLabel('Wachtwoord', { exact: true }).fill(wachtwoord);
	await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

test('met een wachtwoord staat niets van de casus leesbaar in IndexedDB; na herladen eerst ontgrendelen', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/casus/nieuw');
	await expect(page.getByRole('heading', { level: 1, name: KIEZEN })).toBeVisible();
	await expectAccessible();
	await beginMetWachtwoord(page);
	await nieuweCasusInvullen(page, { code: PSEUDONIEM });
	await waarnemingTypen(page);
	// The draft is written within 150 ms (one row: the field was filled at once); then every
	// store is read raw.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<number>((klaar, fout) => {
						const open = indexedDB.open('meldcodewijzer');
						open.onerror = () => fout(open.error);
						open.onsuccess = () => {
							const r = open.result.transaction('concepten').objectStore('concepten').count();
							r.onsuccess = () => {
								open.result.close();
								klaar(r.result);
							};
						};
					})
			)
		)
		.toBeGreaterThan(0);
	const rauw = await rauweInhoud(page);
	expect(rauw).toContain('kluis');
	// Nor the label of a field with a draft: the draft's name is sealed too, not only its text.
	for (const tekst of [
		PSEUDONIEM,
		NIET_PLUIS,
		WAARNEMING,
		'Qwxyz',
		'START_STAPPENPLAN',
		'Wat zag of hoorde je'
	])
		expect(rauw, tekst).not.toContain(tekst);

	const adres = page.url();
	await page.reload();
	await ontgrendel(page, 'niet mijn wachtwoord');
	await expect(page.getByRole('alert')).toHaveText(/klopt niet/);
	await expect(page.getByText(NIET_PLUIS)).toHaveCount(0);
	await expectAccessible();
	await ontgrendel(page, WACHTWOORD);
	await verwachtStap(page, 'Signalen in kaart brengen');
	expect(page.url()).toBe(adres);
	await expect(
		page.getByRole('group', { name: 'Waarneming 1' }).getByLabel('Wat zag of hoorde je?')
	).toHaveValue(WAARNEMING);
});

test('na 5 minuten zonder gebruik vergrendelt de app; getypte tekst blijft bewaard', async ({
	page
}) => {
	await page.clock.install();
	await beginMetWachtwoord(page);
	await nieuweCasusInvullen(page);
	const veld = await waarnemingTypen(page);

	// Four minutes of use do not lock…
	await page.clock.fastForward('04:00');
	await expect(veld).toBeVisible();
	await veld.press('End');
	await page.clock.fastForward('04:00');
	await expect(veld).toBeVisible();
	// …five quiet minutes do, and take the text off the screen.
	await page.clock.fastForward('01:10');
	await expect(page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
	await expect(page.getByText(NIET_PLUIS)).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Wat zag of hoorde je?' })).toHaveCount(0);

	await ontgrendel(page, WACHTWOORD);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await expect(veld).toHaveValue(WAARNEMING);
});

test('de vergrendeltijd is in te stellen, en "Vergrendelen" vergrendelt meteen', async ({
	page
}) => {
	await page.clock.install();
	await beginMetWachtwoord(page);
	await page.goto('/instellingen');
	await page.getByLabel(/Automatisch vergrendelen na/).fill('1');
	await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
	// A full page load starts locked: the key lives only in the memory of an open tab.
	await page.goto('/casussen');
	await ontgrendel(page, WACHTWOORD);
	await expect(page.getByRole('heading', { level: 1, name: 'Je casussen' })).toBeVisible();
	await page.clock.fastForward('00:50');
	await expect(page.getByRole('heading', { level: 1, name: 'Je casussen' })).toBeVisible();
	await page.clock.fastForward('00:20');
	await ontgrendel(page, WACHTWOORD);
	await expect(page.getByRole('heading', { level: 1, name: 'Je casussen' })).toBeVisible();
	await page.getByRole('button', { name: 'Vergrendelen' }).click();
	await expect(page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
});

test('wachtwoord wijzigen: het oude werkt niet meer, een ander tabblad wordt vergrendeld', async ({
	page,
	context,
	expectAccessible
}) => {
	await beginMetWachtwoord(page);
	await nieuweCasusInvullen(page, { code: PSEUDONIEM });
	const ander = await context.newPage();
	await ander.goto('/casussen');
	await ontgrendel(ander, WACHTWOORD);
	await expect(ander.getByText(PSEUDONIEM).first()).toBeVisible();

	await page.goto('/instellingen');
	await expectAccessible();
	await page.getByLabel('Huidig wachtwoord').fill('fout fout fout fout');
	await page.getByLabel('Nieuw wachtwoord').fill(NIEUW);
	await page.getByLabel('Herhaal het wachtwoord').fill(NIEUW);
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByRole('alert')).toContainText('huidige wachtwoord klopt niet');
	await page.getByLabel('Huidig wachtwoord').fill(WACHTWOORD);
	await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'gewijzigd' })).toBeVisible();

	// The other tab held the old key: it locks, and only the new passphrase opens it.
	await expect(ander.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
	await expect(ander.getByText(PSEUDONIEM)).toHaveCount(0);
	await ontgrendel(ander, WACHTWOORD);
	await expect(ander.getByRole('alert')).toHaveText(/klopt niet/);
	await ontgrendel(ander, NIEUW);
	await expect(ander.getByText(PSEUDONIEM).first()).toBeVisible();
	expect(await rauweInhoud(ander)).not.toContain(PSEUDONIEM);
});

test('twee tabbladen op het keuzescherm: de eerste keuze telt, het andere tabblad volgt en kan de sleutel niet wissen', async ({
	page,
	context
}) => {
	const tweede = await context.newPage();
	// A third tab that does not hear the others (as if the message came too late): it must refuse.
	const doof = await context.newPage();
	await doof.addInitScript(() => {
		delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
	});
	for (const p of [page, tweede, doof]) {
		await p.goto('/casus/nieuw');
		await expect(p.getByRole('heading', { level: 1, name: KIEZEN })).toBeVisible();
	}
	await kluisKeuze(page, page.getByLabel('Initialen of code van de leerling'), WACHTWOORD);
	await nieuweCasusInvullen(page, { code: PSEUDONIEM });

	// The tab that heard it follows: the choice is gone from its screen, it asks for the passphrase.
	await expect(
		tweede.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })
	).toBeVisible();
	await expect(tweede.getByRole('button', { name: /verder zonder wachtwoord/ })).toHaveCount(0);

	await doof.getByRole('button', { name: /verder zonder wachtwoord/ }).click();
	await expect(doof.getByRole('alert').first()).toContainText(
		'In een ander tabblad is al een wachtwoord ingesteld'
	);
	await expect(doof.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
	await ontgrendel(doof, WACHTWOORD);
	await expect(
		doof
			.getByRole('heading', { level: 1, name: 'Nieuwe casus' })
			.or(doof.getByLabel('Initialen of code van de leerling'))
			.first()
	).toBeVisible();

	// After a restart the case still opens with the passphrase.
	await page.goto('/casussen');
	await ontgrendel(page, WACHTWOORD);
	await expect(page.getByText(PSEUDONIEM).first()).toBeVisible();
	expect(await rauweInhoud(page)).not.toContain(PSEUDONIEM);
});

test('wachtwoord instellen in een ander tabblad terwijl hier getypt wordt: geen letter gaat verloren', async ({
	page,
	context
}) => {
	await nieuweCasus(page, { code: PSEUDONIEM });
	const veld = await waarnemingTypen(page);
	// What the user last saw in the field, kept past the app (the field goes when the tab locks).
	await veld.evaluate((el: HTMLTextAreaElement) => {
		el.addEventListener('input', () => {
			(window as { gezien?: string }).gezien = el.value;
		});
	});
	const instellingen = await context.newPage();
	await instellingen.goto('/instellingen');
	await instellingen.getByLabel('Nieuw wachtwoord').fill(WACHTWOORD);
	await instellingen.getByLabel('Herhaal het wachtwoord').fill(WACHTWOORD);

	// Typing goes on while the other tab sets the passphrase, until this tab locks.
	const typen = veld
		.pressSequentially(' en de andere wang, en ook op de arm bij de elleboog'.repeat(3), {
			delay: 15,
			timeout: 10_000
		})
		.catch(() => undefined);
	await expect.poll(() => veld.inputValue()).not.toBe(WAARNEMING);
	await instellingen.getByRole('button', { name: 'Wachtwoord instellen' }).click();
	await expect(page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })).toBeVisible();
	await typen;
	const gezien = await page.evaluate(() => (window as { gezien?: string }).gezien);
	expect(gezien?.length).toBeGreaterThan(WAARNEMING.length);

	await ontgrendel(page, WACHTWOORD);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await expect(veld).toHaveValue(gezien!);
	// Written with the new key: nothing of it is readable.
	expect(await rauweInhoud(page)).not.toContain('elleboog');
});

test('reflecties: versleuteld in het dossier, en achter het slot', async ({ page }) => {
	const LEERPUNT = 'Qwxyz-leerpunt: eerder de moeder bellen';
	await beginMetWachtwoord(page);
	// A page load starts locked: the reflection waits for the passphrase like a case does.
	await page.goto('/reflectie?casus=casus-123');
	await ontgrendel(page, WACHTWOORD);
	await page.getByLabel(/Naam, team of onderwerp/).fill('Qwxyz-team');
	await page.getByLabel('Datum').fill('2026-11-01');
	await page.getByRole('button', { name: 'Begin' }).click();
	await page.getByLabel(/^Leerpunten/).fill(LEERPUNT);
	await page.getByLabel(/^Leerpunten/).blur();
	const adres = page.url();
	await page.getByRole('link', { name: 'Alle bewaarde antwoorden' }).click();
	await expect(page.getByRole('link', { name: /^Qwxyz-team, / })).toBeVisible();
	for (const db of ['meldcodewijzer', 'meldcodewijzer-vragenlijsten'])
		expect(await rauweInhoud(page, db), db).not.toContain('Qwxyz');

	// Locked (a new page load), neither the list nor the set shows anything of it.
	for (const pad of ['/reflectie?casus=casus-123', adres]) {
		await page.goto(pad);
		await expect(
			page.getByRole('heading', { name: 'Meldcodewijzer is vergrendeld' })
		).toBeVisible();
		await expect(page.getByText('Qwxyz')).toHaveCount(0);
	}
	await ontgrendel(page, WACHTWOORD);
	await expect(page.getByLabel(/^Leerpunten/)).toHaveValue(LEERPUNT);
});

test('scherm verbergen: meteen leeg, ook met Alt+Shift+H vanuit een tekstveld, en terug zoals het was', async ({
	page,
	expectAccessible
}) => {
	await nieuweCasus(page, { code: PSEUDONIEM });
	const veld = await waarnemingTypen(page);

	await page.getByRole('button', { name: 'Scherm verbergen' }).click();
	const terug = page.getByRole('button', { name: 'Scherm weer tonen' });
	await expect(terug).toBeFocused();
	await expect(page).toHaveTitle('Leeg scherm');
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('main')).toBeHidden();
	for (const tekst of [PSEUDONIEM, NIET_PLUIS, 'Signalen'])
		await expect(page.getByText(tekst).filter({ visible: true })).toHaveCount(0);
	// On screen there is one button; SvelteKit's own route announcer (1 px, for screen readers)
	// still holds the last page title, which never names the pupil.
	expect(await page.getByRole('button').filter({ visible: true }).allInnerTexts()).toEqual([
		'Scherm weer tonen'
	]);
	await expectAccessible();
	await terug.click();
	await expect(veld).toHaveValue(WAARNEMING);

	await veld.focus();
	await page.keyboard.press('Alt+Shift+KeyH');
	await expect(terug).toBeFocused();
	await expect(veld).toBeHidden();
	await terug.press('Enter');
	await expect(veld).toHaveValue(WAARNEMING);
	await expect(page).not.toHaveTitle('Leeg scherm');
});
