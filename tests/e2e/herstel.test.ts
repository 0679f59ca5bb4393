/**
 * Recovery in real Chromium: what is typed survives a tab that is closed or crashes without any
 * save button, and a case survives being killed at random moments during entry: every decision
 * that was shown as recorded is in the log, none twice, and the hash chain holds.
 *
 * The random moments come from a seeded generator: a failure names its seed, and
 * HERSTEL_SEED=<seed> npm run test:e2e -- herstel replays the same run.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { afweging, nieuweCasus, start, stap1, stap3, stap4, verwachtStap } from './wizard';
import { prng } from '../prng';

/** Reads a whole object store of the app's IndexedDB (the dossier), without Dexie. */
function leesStore<T>(page: Page, store: 'concepten' | 'logboek' | 'logblokken'): Promise<T[]> {
	return page.evaluate(
		(naam) =>
			new Promise<T[]>((klaar, fout) => {
				const open = indexedDB.open('meldcodewijzer');
				open.onerror = () => fout(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const alles = db.transaction(naam, 'readonly').objectStore(naam).getAll();
					alles.onerror = () => fout(alles.error);
					alles.onsuccess = () => {
						db.close();
						klaar(alles.result as T[]);
					};
				};
			}),
		store
	);
}

interface Concept {
	sleutel: string;
	caseId: string;
	waarde: string;
}

interface LogRij {
	caseId: string;
	volgnummer: number;
	soort: 'beslissing' | 'correctie';
	beslissing?: { event: { type: string } };
	vorigeHash: string;
	hash: string;
}

/**
 * A case's log as IndexedDB holds it: its single rows and the entries of its blocks (compaction,
 * after every 16th decision, moves rows into a block; without a passphrase a block's entries are
 * plain), in number order.
 */
async function logRijen(page: Page, caseId: string): Promise<LogRij[]> {
	const [rijen, blokken] = await Promise.all([
		leesStore<LogRij>(page, 'logboek'),
		leesStore<{ caseId: string; regels?: LogRij[] }>(page, 'logblokken')
	]);
	return [...rijen, ...blokken.flatMap((b) => b.regels ?? [])]
		.filter((r) => r.caseId === caseId)
		.sort((a, b) => a.volgnummer - b.volgnummer);
}

const WAARNEMING = 'Blauwe plekken op beide bovenarmen, gezien bij het omkleden.';
const SAMENVATTING = 'Letsel op een plek die je niet snel stoot; ouders waren wel bereikbaar.';

test('getypte tekst staat er weer na een abrupt gesloten tabblad: zelfde stap, zelfde tekst', async ({
	page,
	context,
	expectAccessible
}) => {
	await nieuweCasus(page);
	await start(page);
	await verwachtStap(page, 'Signalen in kaart brengen');
	const adres = page.url();
	const caseId = new URL(adres).searchParams.get('id');

	await page
		.getByRole('group', { name: 'Waarneming 1' })
		.getByLabel('Wat zag of hoorde je?')
		.fill(WAARNEMING);
	await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(SAMENVATTING);
	// No save button: the drafts are written by themselves, at most about a second later.
	await expect
		.poll(async () => (await leesStore<Concept>(page, 'concepten')).map((c) => c.waarde).sort(), {
			timeout: 2000
		})
		.toEqual([SAMENVATTING, WAARNEMING].sort());
	await page.close();

	const opnieuw = await context.newPage();
	await opnieuw.goto(adres);
	await verwachtStap(opnieuw, 'Signalen in kaart brengen');
	const waarneming = opnieuw.getByRole('group', { name: 'Waarneming 1' });
	await expect(waarneming.getByLabel('Wat zag of hoorde je?')).toHaveValue(WAARNEMING);
	await expect(opnieuw.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(SAMENVATTING);
	await expect(opnieuw.getByRole('status').filter({ hasText: 'is teruggezet' })).toBeVisible();
	await expectAccessible(opnieuw);

	// Recorded from the restored text; the drafts are gone, the decision holds the text.
	await waarneming.getByRole('radio', { name: /^Feit/ }).check();
	await waarneming.getByLabel('Van wie komt dit?').selectOption({ label: 'Eigen waarneming' });
	await opnieuw.getByRole('button', { name: 'Signalen vastleggen' }).click();
	await verwachtStap(opnieuw, 'Collegiale consultatie');
	await expect.poll(async () => (await leesStore<Concept>(opnieuw, 'concepten')).length).toBe(0);
	const log = await leesStore<LogRij & { beslissing: { toelichting: string } }>(opnieuw, 'logboek');
	expect(log.filter((r) => r.caseId === caseId).map((r) => r.beslissing.toelichting)).toEqual([
		'Ik zag blauwe plekken op beide armen, maandag.',
		SAMENVATTING
	]);
	await expect(
		opnieuw.getByText('Integriteit gecontroleerd: 2 regels, de keten klopt.')
	).toBeVisible();
});

const RONDE = [
	'SIGNALEN_VASTGELEGD',
	'CONSULTATIE',
	'CONSULTATIE_AFGEROND',
	'GESPREK_GEVOERD',
	'WEGING_VOORBEREID',
	'AFWEGING_1',
	'HEROPENEN'
];

/** The decisions this walk makes, in order: start, then rounds that end by reopening the case. */
function verwacht(aantal: number): string[] {
	return Array.from({ length: aantal }, (_, i) =>
		i === 0 ? 'START_STAPPENPLAN' : RONDE[(i - 1) % RONDE.length]!
	);
}

/** The number in "Eerdere beslissingen (n)": decisions the screen shows as recorded. */
async function aantalOpScherm(page: Page): Promise<number> {
	const tekst = await page.getByText(/^Eerdere beslissingen \(\d+\)$/).textContent();
	return Number(/\((\d+)\)/.exec(tekst ?? '')?.[1]);
}

/** One decision on the screen that is shown, with the helpers of wizard.ts where they fit. */
async function volgendeBeslissing(page: Page, run: number): Promise<(p: Page) => Promise<void>> {
	const titel = (await page.locator('#stap-titel').textContent())?.trim();
	switch (titel) {
		case 'Niet-pluis-gevoel':
			return (p) => start(p, `Niet-pluis, run ${run}.`);
		case 'Signalen in kaart brengen':
			return stap1;
		case 'Collegiale consultatie':
			if (await page.getByText('Nog geen consultatie vastgelegd.').isVisible())
				return async (p) => {
					await p.getByLabel('Met wie heb je overlegd?').fill('J. de Vries');
					await p.getByLabel('Welk advies kreeg je?').fill(`Ouders uitnodigen (run ${run}).`);
					await p.getByRole('button', { name: 'Consultatie vastleggen' }).click();
				};
			return async (p) => {
				await p
					.getByLabel(/Wat neem je mee uit de consultatie/)
					.fill(`Gesprek voorbereiden (run ${run}).`);
				await p.getByRole('button', { name: 'Stap 2 afronden' }).click();
			};
		case 'Gesprek met ouders en/of leerling':
			return stap3;
		case 'Wie weegt er, wie meldt':
			return stap4;
		case 'Afweging 1: vermoeden':
			return (p) => afweging(p, 1, 'Nee');
		case 'Afgesloten, geen vermoeden':
			return async (p) => {
				await p.getByLabel('Welke nieuwe signalen zijn er?').fill(`Nieuwe signalen (run ${run}).`);
				await p.getByRole('button', { name: 'Nieuwe signalen: casus heropenen' }).click();
			};
		default:
			throw new Error(`Onverwacht scherm: ${titel}`);
	}
}

type Moment = 'tijdens het typen' | 'vlak na de klik' | 'na de volgende stap';
type Manier = 'sluiten' | 'crash';

/** Ends the page without any chance to save: closing the tab, or crashing its renderer. */
async function dood(page: Page, context: BrowserContext, manier: Manier) {
	if (manier === 'crash') {
		const cdp = await context.newCDPSession(page);
		const gecrasht = page.waitForEvent('crash');
		// The renderer dies before it can answer: do not wait for a reply.
		void cdp.send('Page.crash').catch(() => undefined);
		await gecrasht;
	}
	await page.close();
}

test('doden op willekeurige momenten: niets wat vastgelegd leek gaat verloren, niets dubbel, de keten klopt', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	const seed = Number(process.env.HERSTEL_SEED ?? 20261123);
	test.info().annotations.push({ type: 'seed', description: String(seed) });
	const kans = prng(seed);
	const RUNS = 24;

	// Every submit in every page of this context reports itself, for "kill right after the click".
	let bijVersturen: (() => void) | null = null;
	await context.exposeFunction('__verstuurd', () => bijVersturen?.());
	await context.addInitScript(() =>
		document.addEventListener(
			'submit',
			() => void (window as unknown as { __verstuurd?: () => void }).__verstuurd?.(),
			true
		)
	);

	await nieuweCasus(page);
	const adres = page.url();
	const caseId = new URL(adres).searchParams.get('id')!;
	let p = page;
	/** Decisions the screen showed as recorded before a kill: these may never be lost. */
	let bevestigd = 0;
	const verslag: string[] = [];
	let landdeOnbevestigd = 0;
	const begin = Date.now();

	for (let run = 1; run <= RUNS; run++) {
		if (run > 1) {
			p = await context.newPage();
			await p.goto(adres);
		}
		await expect(p.locator('#stap-titel')).toBeVisible();
		const n = await aantalOpScherm(p);
		// Nothing shown as recorded is lost; at most the one decision in flight was added.
		expect(n, `run ${run} (seed ${seed}): ${verslag.join('; ')}`).toBeGreaterThanOrEqual(bevestigd);
		expect(n, `run ${run} (seed ${seed}): ${verslag.join('; ')}`).toBeLessThanOrEqual(
			bevestigd + 1
		);
		if (n > bevestigd) {
			landdeOnbevestigd += 1;
			verslag.push(`(de beslissing van run ${run - 1} was toch vastgelegd)`);
		}
		bevestigd = n;

		const actie = await volgendeBeslissing(p, run);
		const r = kans();
		const moment: Moment =
			r < 0.4 ? 'tijdens het typen' : r < 0.8 ? 'vlak na de klik' : 'na de volgende stap';
		const manier: Manier = kans() < 0.5 ? 'sluiten' : 'crash';
		let gedood = false;
		let echteFout: unknown = null;
		let verstuurd!: () => void;
		const klik = new Promise<void>((klaar) => (verstuurd = klaar));
		bijVersturen = verstuurd;
		const loopt = actie(p).catch((fout: unknown) => {
			if (!gedood) echteFout = fout;
		});

		if (moment === 'tijdens het typen') {
			await new Promise((r) => setTimeout(r, Math.floor(kans() * 600)));
			// If the next step already shows, that decision counts as recorded.
			const zichtbaar = await aantalOpScherm(p).catch(() => n);
			if (zichtbaar === n + 1) bevestigd = n + 1;
		} else if (moment === 'vlak na de klik') {
			await Promise.race([klik, loopt]);
			await new Promise((r) => setTimeout(r, Math.floor(kans() * 30)));
		} else {
			await loopt;
			await expect(p.getByText(`Eerdere beslissingen (${n + 1})`)).toBeVisible();
			bevestigd = n + 1;
		}
		if (echteFout) throw echteFout;
		gedood = true;
		bijVersturen = null;
		await dood(p, context, manier);
		await loopt;
		verslag.push(`run ${run}: ${moment}, ${manier}, ${n} → ${bevestigd} bevestigd`);
	}

	// Open once more and check the record as stored.
	p = await context.newPage();
	await p.goto(adres);
	await expect(p.locator('#stap-titel')).toBeVisible();
	const n = await aantalOpScherm(p);
	expect(n).toBeGreaterThanOrEqual(bevestigd);
	expect(n).toBeLessThanOrEqual(bevestigd + 1);

	const log = await logRijen(p, caseId);
	// Numbered without gaps, each linked to the one before, and no decision twice: the types
	// follow the walk exactly (a doubled consultation or step would break the sequence).
	expect(log.map((r) => r.volgnummer)).toEqual(log.map((_, i) => i + 1));
	for (const [i, r] of log.entries()) if (i > 0) expect(r.vorigeHash).toBe(log[i - 1]!.hash);
	expect(log.map((r) => r.beslissing?.event.type)).toEqual(verwacht(n));
	// The app's own check (SHA-256 over every entry) agrees.
	await expect(
		p.getByText(`Integriteit gecontroleerd: ${n} ${n === 1 ? 'regel' : 'regels'}, de keten klopt.`)
	).toBeVisible();
	// The walk got somewhere: kills did not stop progress.
	expect(n, verslag.join('; ')).toBeGreaterThanOrEqual(8);
	test.info().annotations.push({
		type: 'runs',
		description: `${RUNS} runs in ${((Date.now() - begin) / 1000).toFixed(1)} s, ${n} beslissingen, ${landdeOnbevestigd}× vastgelegd zonder dat het scherm het nog liet zien; ${verslag.join('; ')}`
	});
});

test('ook zonder netwerk: tekst getypt, tabblad dicht, opnieuw open: zelfde stap, zelfde tekst', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await context.setOffline(true);

	await nieuweCasus(page, { code: 'NW' });
	await start(page);
	await verwachtStap(page, 'Signalen in kaart brengen');
	const adres = page.url();
	await page.getByLabel(/Samenvatting: wat maakt je zorg/).fill(SAMENVATTING);
	await expect
		.poll(async () => (await leesStore<Concept>(page, 'concepten')).map((c) => c.waarde))
		.toContain(SAMENVATTING);
	await page.close();

	const opnieuw = await context.newPage();
	await opnieuw.goto(adres);
	await verwachtStap(opnieuw, 'Signalen in kaart brengen');
	await expect(opnieuw.getByLabel(/Samenvatting: wat maakt je zorg/)).toHaveValue(SAMENVATTING);
	await context.setOffline(false);
});
