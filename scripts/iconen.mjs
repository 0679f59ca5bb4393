// Renders static/icons/icoon.svg to the PNG sizes the web app manifest names, with the system
// Chromium (no image library needed). Run after changing the icon: node scripts/iconen.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('static/icons/icoon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: ['--disable-background-networking', '--no-first-run', '--disable-gpu']
});
try {
	for (const maat of [192, 512]) {
		const page = await browser.newPage({ viewport: { width: maat, height: maat } });
		await page.setContent(
			`<style>html,body{margin:0}svg{display:block;width:${maat}px;height:${maat}px}</style>${svg}`
		);
		await page.screenshot({ path: `static/icons/icoon-${maat}.png`, omitBackground: false });
		await page.close();
	}
} finally {
	await browser.close();
}
