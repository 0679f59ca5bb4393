/**
 * "Waarom deze uitkomst?" in real Chromium: the folded block on the case page and the section of
 * the report, both derived from the stored log.
 */
import { test, expect } from './fixtures';
import { afweging, totAfweging1, verwachtStap } from './wizard';

test('waarom deze uitkomst: de keten van beslissingen op de casuspagina en in het rapport', async ({
	page,
	expectAccessible
}) => {
	await totAfweging1(page, { code: 'WO' });
	await afweging(page, 1, 'Ja');
	await afweging(page, 2, 'Nee');
	await verwachtStap(page, /Afweging 3/);

	await page.getByText('Waarom deze uitkomst?').click();
	const lijst = page.getByRole('list', { name: 'Beslissingen die tot deze uitkomst leidden' });
	await expect(lijst.getByRole('listitem').filter({ hasText: /^\s*Afweging 2/ })).toContainText(
		/→ Afweging 3: hulp.*Bron: meldcode, stap 4, afweging 2/
	);
	await expect(page.getByText(/^Nu:/)).toHaveText(
		'Nu: Afweging 3: hulp. Zo is de casus hier gekomen, beslissing voor beslissing:'
	);
	await expectAccessible();

	await page.getByRole('link', { name: /Rapport van deze casus/ }).click();
	const sectie = page.getByRole('region', { name: 'Waarom deze uitkomst?' });
	await expect(sectie.getByRole('listitem').filter({ hasText: /^\s*Afweging 1/ })).toContainText(
		/→ Afweging 2: veiligheid/
	);
	await expect(sectie.getByText(/^Nu:/)).toContainText('Afweging 3: hulp');
});
