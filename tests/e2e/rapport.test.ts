/**
 * The report of a case in real Chromium: the directeur's sign-off on the case page, the printable
 * report, printed to PDF (as "Opslaan als PDF" does) and read back as text with pdf.js.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { alarmTijden, geldigeKalender } from '../unit/rapport/kalender';
import { test, expect } from './fixtures';
import { pdfTekst } from './pdf';
import {
	acuut,
	afweging,
	kluisKeuze,
	melden,
	nieuweCasus,
	stap1,
	stap2,
	start,
	totAfweging1,
	verwachtStap
} from './wizard';
import { verwachtGeenUitvoering, XSS_PAYLOADS, zetXssVal } from './xss-payloads';

async function akkoordAlsDirecteur(page: Page, naam: string) {
	await page.getByLabel('Je werkt als').selectOption({ label: 'Directeur' });
	const vak = page.getByRole('region', { name: 'Akkoord van de directeur' });
	await vak.getByLabel(/Naam van de directeur/).fill(naam);
	await vak.getByLabel('Opmerking (niet verplicht)').fill('Eens met de hulp via het wijkteam.');
	await vak.getByRole('button', { name: 'Akkoord directeur vastleggen' }).click();
	await expect(vak.getByRole('status')).toHaveText(
		'Akkoord vastgelegd: Besluit I: niet melden; besluit II: hulp bieden of organiseren.'
	);
}

test('een IB-er legt het akkoord van de directeur vast en blijft daarna zichzelf', async ({
	page
}) => {
	await totAfweging1(page, { code: 'IB' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await afweging(page, 3, 'Ja');
	await page.getByLabel('Je werkt als').selectOption({ label: 'Intern begeleider (IB-er)' });
	await page.getByLabel(/Je naam/).fill('A. de Vries');
	await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'K. de Boer' });
	await verwachtStap(page, /hulp loopt/i);

	await akkoordAlsDirecteur(page, 'P. Jansen');
	await page.getByLabel('Je werkt als').selectOption({ label: 'Intern begeleider (IB-er)' });
	await expect(page.getByLabel(/Je naam/)).toHaveValue('A. de Vries');

	// Her next entry (a correction) carries her own role and name; the akkoord the directeur's.
	await page.reload();
	await expect(
		page.getByText(/staat op naam van: Intern begeleider \(IB-er\) \(A\. de Vries\)/)
	).toBeVisible();
	await page.getByText(/^Eerdere beslissingen/).click();
	const geschiedenis = page.locator('details.geschiedenis');
	const laatste = geschiedenis.getByRole('listitem').last();
	await laatste.getByRole('button', { name: 'Toelichting verbeteren' }).click();
	await laatste.getByLabel(/Verbeterde toelichting/).fill('Met het wijkteam afgesproken.');
	await laatste.getByLabel(/Waarom verbeter je dit/).fill('Aangevuld.');
	await laatste.getByRole('button', { name: 'Verbetering vastleggen' }).click();
	await expect(
		laatste.getByText(/Verbeterd op .* door Intern begeleider \(IB-er\) \(A\. de Vries\)/)
	).toBeVisible();
	await expect(geschiedenis.getByText(/Akkoord directeur.*Directeur \(P\. Jansen\)/)).toBeVisible();
});

test('akkoord van de directeur, rapport afgedrukt als PDF: alles staat erin', async ({
	page,
	expectAccessible
}) => {
	await totAfweging1(page, { code: 'RP' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await afweging(page, 3, 'Ja');
	await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'K. de Boer' });
	await verwachtStap(page, /hulp loopt/i);

	// The decision waits for the directeur; another role is told who signs.
	const vak = page.getByRole('region', { name: 'Akkoord van de directeur' });
	await expect(vak.getByText('Wacht op akkoord van de directeur.')).toBeVisible();
	await expect(vak.getByText(/Alleen de directeur geeft akkoord/)).toBeVisible();
	await expectAccessible();
	await akkoordAlsDirecteur(page, 'P. Jansen');
	await expect(vak.getByText(/Akkoord directeur: P\. Jansen/)).toBeVisible();
	await expect(vak.getByRole('button', { name: 'Akkoord directeur vastleggen' })).toHaveCount(0);
	// The integrity line is checked again after the new entry, without a reload.
	await expect(page.locator('p.integriteit')).toContainText(/11\s+regels, de keten klopt/);

	// In the history, under the decision it signs; and it survives a reload.
	await page.reload();
	await page.getByText(/^Eerdere beslissingen/).click();
	await expect(
		page.locator('details.geschiedenis').getByText(/Akkoord directeur.*Directeur \(P\. Jansen\)/)
	).toBeVisible();
	await expect(page.locator('p.integriteit')).toContainText(
		/Integriteit gecontroleerd: 11\s+regels, de keten klopt/
	);

	await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Rapport meldcode: casus RP' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken / opslaan als PDF' })).toBeVisible();
	await expectAccessible();

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken / opslaan als PDF' })).toBeHidden();
	await expect(page.getByRole('banner')).toBeHidden();
	const { paginas, tekst } = await pdfTekst(await page.pdf({ format: 'A4' }));

	// Every step on a page of its own: start, stap 1–4, stap 5, sources, after the first page.
	expect(paginas).toBeGreaterThanOrEqual(7);
	expect(tekst).toContain('Rapport meldcode: casus RP');
	expect(tekst).toContain('Leerling (pseudoniem) RP, 9 jaar');
	for (const toelichting of [
		'Ik zag blauwe plekken op beide armen, maandag.',
		'Letsel op een plek die je niet snel stoot.',
		'Ouders uitnodigen; daarna samen wegen.',
		'Moeder herkent de zorg; afspraak over een vervolg.',
		'Afweging 1: Ja, omdat ...',
		'Afweging 2: Nee, omdat ...',
		'Afweging 3: Ja, omdat ...',
		'Afweging 4: Ja, omdat ...'
	])
		expect(tekst, toelichting).toContain(toelichting);
	// Facts apart from hypotheses, with their source; the consultation; the conversation.
	expect(tekst).toContain('Feiten Blauwe plekken op beide bovenarmen. (bron: Eigen waarneming)');
	expect(tekst).toContain('Met wie J. de Vries');
	expect(tekst).toContain('Gesprek gevoerd door of met Leerkracht en IB-er');
	expect(tekst).toContain('Casemanager (regiehouder) K. de Boer');
	expect(tekst).toContain('Uitkomst Hulp loopt');
	expect(tekst).toMatch(/Akkoord gegeven: Directeur \(P\. Jansen\), \d+ \w+ 20\d\d om/);
	expect(tekst).toContain('Opmerking: Eens met de hulp via het wijkteam.');
	expect(tekst).toMatch(/Keten intact: 11 regels gecontroleerd/i);
	expect(tekst).toMatch(/Rapport gemaakt op \d+ \w+ 20\d\d om \d\d:\d\d/);
	expect(tekst).toContain('Bron: meldcode, stap 4, afweging 4');
	// No app chrome on paper.
	expect(tekst).not.toContain('Afdrukken / opslaan als PDF');
	expect(tekst).not.toContain('Privacyverklaring');
});

test('vrije tekst blijft tekst in het rapport, ook in de PDF', async ({ page }) => {
	await zetXssVal(page);
	const [code = 'X', ...rest] = XSS_PAYLOADS;
	const nietPluis = rest.slice(0, 25).join('\n');
	const acuutTekst = rest.slice(25).join('\n');
	await page.goto('/casus/nieuw');
	await kluisKeuze(page);
	await page.getByLabel('Initialen of code van de leerling').fill(code);
	await page.getByLabel('Leeftijd van de leerling (jaren)').fill('9');
	await page.getByRole('button', { name: 'Casus beginnen' }).click();
	await verwachtStap(page, 'Niet-pluis-gevoel');
	await start(page, nietPluis);
	await verwachtStap(page, 'Signalen in kaart brengen');
	await acuut(page, 'disclosure', acuutTekst);

	// The report page is prerendered with the same strict CSP as every other page.
	const html = await (await page.request.get('/casus/rapport')).text();
	expect(html).toMatch(
		/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/
	);

	await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
	const kop = page.getByRole('heading', { level: 1 });
	await expect(kop).toHaveText(`Rapport meldcode: casus ${code}`);
	const toelichtingen = await page
		.locator('.rapport .toelichting')
		.evaluateAll((els) => els.map((el) => el.textContent));
	expect(toelichtingen).toEqual([nietPluis, acuutTekst]);
	await verwachtGeenUitvoering(page);

	await page.emulateMedia({ media: 'print' });
	const { tekst } = await pdfTekst(await page.pdf({ format: 'A4' }));
	for (const p of XSS_PAYLOADS.slice(0, 8)) expect(tekst, p).toContain(p.replace(/\s+/g, ' '));
	await verwachtGeenUitvoering(page);
});

test.describe('notitie voor het leerlingvolgsysteem', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('per stap naar het klembord, met de naam van het systeem uit de instellingen', async ({
		page,
		expectAccessible
	}) => {
		await page.goto('/instellingen');
		await page.getByLabel('Naam van het leerlingvolgsysteem').fill('ParnasSys');
		await page.getByRole('button', { name: 'Instellingen bewaren' }).click();
		await expect(page.getByText('De instellingen zijn bewaard op dit apparaat.')).toBeVisible();

		await nieuweCasus(page, { code: 'NT' });
		await start(page);
		await stap1(page);
		await stap2(page);
		await verwachtStap(page, 'Gesprek met ouders en/of leerling');
		await page.getByRole('link', { name: /Rapport van deze casus/ }).click();

		const knop = page.getByRole('button', {
			name: 'Notitie voor ParnasSys kopiëren: Stap 2: collegiale consultatie'
		});
		await knop.click();
		const status = page
			.getByRole('region', { name: 'Stap 2: collegiale consultatie' })
			.getByRole('status');
		await expect(status).toHaveText(/^Gekopieerd/);
		const klembord = await page.evaluate(() => navigator.clipboard.readText());
		expect(klembord.split('\n').slice(0, 4)).toEqual([
			'Notitie voor ParnasSys',
			'Meldcode huiselijk geweld en kindermishandeling',
			'Leerling: NT (9 jaar)',
			'Stap 2: collegiale consultatie'
		]);
		expect(klembord).toContain('Met wie: J. de Vries');
		expect(klembord).toContain('Toelichting: Ouders uitnodigen; daarna samen wegen.');
		expect(klembord).toContain('Toelichting: Gesprek met ouders voorbereiden.');
		expect(klembord).not.toContain('Blauwe plekken');
		await expectAccessible();
	});
});

test('herinneringen: alle termijnen en het wachtende akkoord in de lijst, en als .ics zonder casusinhoud', async ({
	page,
	expectAccessible
}) => {
	await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
	// AG: a melding for safety (Veilig Thuis' feedback due 30 November), then help with Veilig
	// Thuis (afweging 5 due 15 January): two dates due at once.
	await totAfweging1(page, { code: 'AG' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Ja');
	await melden(page);
	await page
		.getByLabel('Wat spraken jullie met Veilig Thuis af over hulp?')
		.fill('Veilig Thuis vraagt de school te kijken naar hulp via het wijkteam.');
	await page.getByRole('button', { name: 'Verder met afweging 3, samen met Veilig Thuis' }).click();
	await afweging(page, 3, 'Ja');
	await afweging(page, 4, 'Ja', { termijn: '2027-01-15', casemanager: 'K. de Boer' });
	await verwachtStap(page, /hulp loopt/i);
	// Both dates on the case screen itself, and in its report.
	const opScherm = page.getByRole('region', { name: 'Geplande data van deze casus' });
	await expect(opScherm).toContainText(
		'Gepland: Terugkoppeling van Veilig Thuis (5 werkdagen), 30 november 2026'
	);
	await expect(opScherm).toContainText(
		'Gepland: Afweging 5: resultaat van de hulp, 15 januari 2027'
	);
	await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
	const kenmerken = page.locator('dl.kenmerken');
	await expect(kenmerken).toContainText(
		'Terugkoppeling van Veilig Thuis (5 werkdagen), 30 november 2026'
	);
	await expect(kenmerken).toContainText('Afweging 5: resultaat van de hulp, 15 januari 2027');
	// BC: help only, afweging 5 due 15 December.
	await totAfweging1(page, { code: 'BC' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await afweging(page, 3, 'Ja');
	await afweging(page, 4, 'Ja', { termijn: '2026-12-15', casemanager: 'IB-er' });
	await verwachtStap(page, /hulp loopt/i);

	await page.getByRole('link', { name: 'Casussen', exact: true }).click();
	const items = page.getByRole('main').getByRole('listitem');
	const ag = items.filter({ has: page.getByRole('link', { name: 'AG (9 jaar)', exact: true }) });
	await expect(ag).toContainText(
		'Gepland: Terugkoppeling van Veilig Thuis (5 werkdagen), 30 november 2026'
	);
	await expect(ag).toContainText('Gepland: Afweging 5: resultaat van de hulp, 15 januari 2027');
	await expect(ag).toContainText('Wacht op akkoord van de directeur (2 besluiten)');
	// The earliest of all dates counts: AG (30 November) before BC (15 December).
	await expect(items.first().getByRole('link')).toHaveText('AG (9 jaar)');
	await expect(items.nth(1).getByRole('link')).toHaveText('BC (9 jaar)');
	await expectAccessible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		ag.getByRole('button', { name: 'Herinneringen van AG in je agenda (.ics)' }).click()
	]);
	// The pseudonym and the time (the clock is fixed): two exports of one day do not collide.
	expect(download.suggestedFilename()).toMatch(/^meldcode-AG-2026-11-23-0\d{5}\.ics$/);
	const ics = await readFile((await download.path())!, 'utf8');
	const vevents = geldigeKalender(ics).getAllSubcomponents('vevent');
	const events = vevents.map((v) => new ICAL.Event(v));
	expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
		['Meldcode AG: Terugkoppeling van Veilig Thuis (5 werkdagen)', '2026-11-30'],
		['Meldcode AG: Afweging 5: resultaat van de hulp', '2027-01-15']
	]);
	expect(vevents.map(alarmTijden)).toEqual([['2026-11-30T08:00:00'], ['2027-01-15T08:00:00']]);
	for (const inhoud of [
		'blauwe plekken',
		'omdat',
		'Moeder',
		'Feiten uit stap 1',
		'J. de Vries',
		'K. de Boer',
		'wijkteam'
	])
		expect(ics.toLowerCase()).not.toContain(inhoud.toLowerCase());

	const [alle] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Alle herinneringen in je agenda (.ics)' }).click()
	]);
	expect(alle.suggestedFilename()).toMatch(/^meldcode-herinneringen-2026-11-23-0\d{5}\.ics$/);
	const alleIcs = await readFile((await alle.path())!, 'utf8');
	const alleEvents = geldigeKalender(alleIcs).getAllSubcomponents('vevent');
	expect(alleEvents).toHaveLength(3);
	for (const e of events) expect(alleIcs).toContain(`UID:${e.uid}`);
	await expect(
		page.getByText(/Het agendabestand meldcode-herinneringen-[\d-]+\.ics is gemaakt/)
	).toBeVisible();
});
