import { describe, expect, it } from 'vitest';
import { advies, platformVan } from '$lib/pwa/installatie';

// Real user-agent strings of current browsers.
const UA = {
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
	iphoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
	// iPadOS asks for the desktop site: it looks like a Mac, with touch.
	mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
	android:
		'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
	androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
	chromeWindows:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
	edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
	chromeMac:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
	firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
};

describe('platformVan', () => {
	it.each([
		['iPhone, Safari', UA.iphone, 5, 'ios'],
		['iPhone, Chrome (ook WebKit)', UA.iphoneChrome, 5, 'ios'],
		['iPad dat zich als Mac voordoet', UA.mac, 5, 'ios'],
		['Mac, Safari', UA.mac, 0, 'safari-mac'],
		['Android, Chrome', UA.android, 5, 'android'],
		['Android, Firefox', UA.androidFirefox, 5, 'android'],
		['Windows, Chrome', UA.chromeWindows, 0, 'chromium-desktop'],
		['Windows, Edge', UA.edge, 0, 'chromium-desktop'],
		['Mac, Chrome', UA.chromeMac, 0, 'chromium-desktop'],
		['Windows, Firefox', UA.firefox, 0, 'firefox'],
		['onbekend', 'curl/8.0', 0, 'anders']
	])('%s', (_, ua, touch, platform) => {
		expect(platformVan(ua, touch)).toBe(platform);
	});
});

describe('advies', () => {
	it('iPhone in Safari: de 7-dagenregel, Deel → Zet op beginscherm, en de eigen opslag van de app', () => {
		const a = advies({ userAgent: UA.iphone, maxTouchPoints: 5, geinstalleerd: false }, null);
		expect(a.waarschuwing).toMatch(/7 dagen/);
		expect(a.installeren?.join(' ')).toMatch(/Deel.*Zet op beginscherm/);
		expect(a.opmerking).toMatch(/eigen opslag/);
	});

	it('iPhone, op het beginscherm: geen 7-dagenwaarschuwing en geen installatiestappen', () => {
		const a = advies({ userAgent: UA.iphone, maxTouchPoints: 5, geinstalleerd: true }, null);
		expect(a.waarschuwing).toBeNull();
		expect(a.installeren).toBeNull();
		expect(a.opmerking).toBeNull();
	});

	it('Safari op de Mac: ook de 7-dagenregel (blijvende opslag helpt daar niet), Voeg toe aan Dock', () => {
		const a = advies({ userAgent: UA.mac, maxTouchPoints: 0, geinstalleerd: false }, true);
		expect(a.waarschuwing).toMatch(/7 dagen/);
		expect(a.installeren?.join(' ')).toMatch(/Archief → Voeg toe aan Dock/);
	});

	it('Android zonder blijvende opslag: waarschuwing voor een volle schijf, menu → App installeren', () => {
		const a = advies({ userAgent: UA.android, maxTouchPoints: 5, geinstalleerd: false }, false);
		expect(a.waarschuwing).toMatch(/vol/);
		expect(a.installeren?.join(' ')).toMatch(/menu.*App installeren of Toevoegen aan startscherm/);
	});

	it('Chrome of Edge op de computer, blijvende opslag toegezegd: geen waarschuwing, wel het installatie-icoon', () => {
		for (const ua of [UA.chromeWindows, UA.edge]) {
			const a = advies({ userAgent: ua, maxTouchPoints: 0, geinstalleerd: false }, true);
			expect(a.waarschuwing).toBeNull();
			expect(a.installeren?.join(' ')).toMatch(/adresbalk/);
		}
	});

	it('geïnstalleerd maar niet blijvend: nog steeds de waarschuwing, geen stappen', () => {
		const a = advies(
			{ userAgent: UA.chromeWindows, maxTouchPoints: 0, geinstalleerd: true },
			false
		);
		expect(a.waarschuwing).toMatch(/vol/);
		expect(a.installeren).toBeNull();
	});

	it('Firefox op de computer: kan niet installeren, zegt dat en wijst op blijvende opslag', () => {
		const a = advies({ userAgent: UA.firefox, maxTouchPoints: 0, geinstalleerd: false }, false);
		expect(a.installeren).toBeNull();
		expect(a.opmerking).toMatch(/Firefox kan deze app niet installeren/);
		expect(a.waarschuwing).toMatch(/blijvend/);
	});
});
