/**
 * Where this browser may throw the dossier away, and how to install the app on this platform.
 * The dossier lives only on this device: a browser that clears site data takes every case with
 * it. Pure decisions from what the browser tells us (user agent, display mode, persistence), so
 * they can be tested without a browser; the component only reads the environment.
 */

export type Platform = 'ios' | 'android' | 'safari-mac' | 'chromium-desktop' | 'firefox' | 'anders';

/** What the browser tells us about itself; read by `omgeving()`, passed in by tests. */
export interface Omgeving {
	userAgent: string;
	/** iPadOS presents itself as a Mac; only touch points tell them apart. */
	maxTouchPoints: number;
	/** Opened as an installed app (display-mode standalone, or iOS' `navigator.standalone`). */
	geinstalleerd: boolean;
}

export function platformVan(userAgent: string, maxTouchPoints: number): Platform {
	if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
	if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return 'ios';
	if (/Android/.test(userAgent)) return 'android';
	if (/Firefox\//.test(userAgent)) return 'firefox';
	if (/Edg\/|Chrome\/|Chromium\//.test(userAgent)) return 'chromium-desktop';
	if (/Macintosh/.test(userAgent) && /Safari\//.test(userAgent)) return 'safari-mac';
	return 'anders';
}

export interface Advies {
	platform: Platform;
	geinstalleerd: boolean;
	/** Why the data may disappear here, or null when nothing is known to threaten it. */
	waarschuwing: string | null;
	/** The steps to install the app on this platform; null when installed or not possible. */
	installeren: string[] | null;
	/** Said beside the steps, e.g. that an installed app on iOS has its own storage. */
	opmerking: string | null;
}

const ZEVEN_DAGEN =
	'Safari wist de gegevens van een website die je 7 dagen niet hebt geopend, ook je casussen. Zet de Meldcodewijzer op je beginscherm en open hem voortaan daar: dan geldt dat niet.';
const VOLLE_SCHIJF =
	'De browser heeft niet toegezegd de gegevens blijvend te bewaren: raakt de opslag van dit apparaat vol, dan kan hij ze opruimen. Installeer de app of vraag hieronder om blijvende opslag, en exporteer belangrijke casussen.';

const STAPPEN: Record<Platform, string[] | null> = {
	ios: [
		'Open deze pagina in Safari.',
		'Tik op Deel (het vierkantje met de pijl omhoog).',
		'Kies Zet op beginscherm en tik op Voeg toe.',
		'Open de Meldcodewijzer voortaan met het icoon op je beginscherm.'
	],
	android: [
		'Open het menu van Chrome (de drie puntjes rechtsboven).',
		'Kies App installeren of Toevoegen aan startscherm.',
		'Open de Meldcodewijzer voortaan met het icoon op je startscherm.'
	],
	'chromium-desktop': [
		'Klik in de adresbalk, rechts, op het icoon App installeren (een scherm met een pijltje). Staat het er niet, kies het dan in het menu van de browser (⋮ of …).',
		'Bevestig met Installeren; de app opent in een eigen venster.'
	],
	'safari-mac': [
		'Kies in Safari het menu Archief → Voeg toe aan Dock.',
		'Open de Meldcodewijzer voortaan vanuit het Dock.'
	],
	firefox: null,
	anders: null
};

export function advies(omgeving: Omgeving, blijvend: boolean | null): Advies {
	const platform = platformVan(omgeving.userAgent, omgeving.maxTouchPoints);
	const { geinstalleerd } = omgeving;
	// Safari (and every browser on iOS, all WebKit) clears script-written storage after 7 days
	// without use, unless the site was added to the home screen; persist() does not change that.
	const zevenDagen = (platform === 'ios' || platform === 'safari-mac') && !geinstalleerd;
	const waarschuwing = zevenDagen ? ZEVEN_DAGEN : blijvend === false ? VOLLE_SCHIJF : null;
	let opmerking: string | null = null;
	if (!geinstalleerd && platform === 'ios')
		opmerking =
			'Let op: de app op het beginscherm heeft een eigen opslag, los van Safari. Casussen die je al in Safari hebt, neem je mee door ze hier te exporteren en in de app te importeren.';
	else if (!geinstalleerd && platform === 'firefox')
		opmerking =
			'Firefox kan deze app niet installeren. Vraag om blijvende opslag, of gebruik Chrome of Edge om de app te installeren.';
	return {
		platform,
		geinstalleerd,
		waarschuwing,
		installeren: geinstalleerd ? null : STAPPEN[platform],
		opmerking
	};
}

/** The environment of this browser (only in the browser). */
export function omgeving(): Omgeving {
	const nav = navigator as Navigator & { standalone?: boolean };
	return {
		userAgent: nav.userAgent,
		maxTouchPoints: nav.maxTouchPoints ?? 0,
		geinstalleerd:
			matchMedia('(display-mode: standalone)').matches ||
			matchMedia('(display-mode: window-controls-overlay)').matches ||
			nav.standalone === true
	};
}
