/**
 * Untrusted text for the XSS tests in beveiliging.test.ts. Each payload, if it ever ran as code,
 * would call `__xss.push(n)` (or `alert(n)`, which the test also traps). None starts or ends with
 * whitespace: the app trims what it stores, and the tests compare the text verbatim.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const XSS_PAYLOADS: readonly string[] = [
	// Script tags and event handlers
	'<script>__xss.push(1)</script>',
	'<img src=x onerror="__xss.push(2)">',
	'<svg onload="__xss.push(3)"></svg>',
	'<svg><script>__xss.push(4)</script></svg>',
	// javascript: URLs
	'javascript:__xss.push(5)',
	'<a href="javascript:__xss.push(6)">klik hier</a>',
	// Frames
	'<iframe srcdoc="<script>parent.__xss.push(7)</script>"></iframe>',
	'<iframe src="javascript:parent.__xss.push(8)"></iframe>',
	'<body onload="__xss.push(9)">',
	'<div onmouseover="__xss.push(10)">beweeg hier</div>',
	'<input autofocus onfocus="__xss.push(11)">',
	'<details open ontoggle="__xss.push(12)">open</details>',
	'<video><source onerror="__xss.push(13)"></video>',
	'<audio src=x onerror="__xss.push(14)">',
	'<object data="javascript:__xss.push(15)"></object>',
	'<embed src="javascript:__xss.push(16)">',
	'<math><mtext><img src=x onerror="__xss.push(17)"></mtext></math>',
	// Breaking out of attributes and elements
	'"><img src=x onerror=__xss.push(18)>',
	"'><script>__xss.push(19)</script>",
	'</textarea><script>__xss.push(20)</script>',
	'</title><script>__xss.push(21)</script>',
	"<style>@import 'javascript:__xss.push(22)';</style>",
	'<link rel=import href="data:text/html,<script>__xss.push(23)</script>">',
	'<meta http-equiv="refresh" content="0;url=javascript:__xss.push(24)">',
	'<form action="javascript:__xss.push(25)"><button>verstuur</button></form>',
	'<base href="javascript:__xss.push(26)//">',
	// Template-literal and template-language look-alikes (Svelte, mustache, EJS, Ruby)
	'${__xss.push(27)}',
	'`${__xss.push(28)}`',
	"{{constructor.constructor('__xss.push(29)')()}}",
	"{@html '<img src=x onerror=__xss.push(30)>'}",
	'{__xss.push(31)}',
	'{#if __xss.push(32)}ja{/if}',
	'<%= __xss.push(33) %>',
	'#{__xss.push(34)}',
	'{{__xss.push(35)}}',
	// Encodings and unicode tricks
	'＜script＞__xss.push(36)＜/script＞',
	'\\u003cscript\\u003e__xss.push(37)\\u003c/script\\u003e',
	'&lt;script&gt;__xss.push(38)&lt;/script&gt;',
	'&#60;img src=x onerror=__xss.push(39)&#62;',
	'<scr<script>ipt>__xss.push(40)</scr</script>ipt>',
	'<SCRIPT SRC=data:text/javascript,__xss.push(41)></SCRIPT>',
	'<img src="x" onerror="&#95;&#95;xss.push(42)">',
	'rtl \u202E<img src=x onerror=__xss.push(43)>\u202C',
	'<scr\u200Bipt>__xss.push(44)</scr\u200Bipt>',
	'<ſcript>__xss.push(45)</ſcript>',
	'<img src=x onerror=__xss.push(46)> é ñ 🙂 e\u0301',
	'<script>\u2028__xss.push(47)\u2029</script>',
	'data:text/html;base64,PHNjcmlwdD5fX3hzcy5wdXNoKDQ4KTwvc2NyaXB0Pg==',
	"<img src=x onerror=eval(atob('X194c3MucHVzaCg0OSk='))>",
	'<svg><animate onbegin=__xss.push(50) attributeName=x dur=1s>',
	'<marquee onstart=__xss.push(51)>',
	'<noscript><p title="</noscript><img src=x onerror=__xss.push(52)>">',
	'<svg><foreignObject><img src=x onerror=__xss.push(53)></foreignObject></svg>',
	// Very long strings
	'A'.repeat(5000) + '<img src=x onerror=__xss.push(54)>',
	'<'.repeat(2000) + 'script>__xss.push(55)</script>',
	'<b>'.repeat(500) + '<img src=x onerror=__xss.push(56)>',
	// Odd shapes
	'{"__proto__":{"innerHTML":"<img src=x onerror=__xss.push(57)>"}}',
	'<img src=x onerror=alert(58)>',
	'javascript&colon;__xss.push(59)',
	'<a href="jav&#x09;ascript:__xss.push(60)">tab in de link</a>'
];

declare global {
	interface Window {
		__xss: unknown[];
	}
}

/**
 * The trap, installed before any page script runs: `__xss` collects every payload that ran, every
 * alert/confirm/prompt, and every CSP violation. A test ends with `verwachtGeenUitvoering`.
 */
export async function zetXssVal(doel: Page | BrowserContext): Promise<void> {
	await doel.addInitScript(() => {
		window.__xss = [];
		const val = (soort: string) => (bericht?: unknown) => {
			window.__xss.push(`${soort}: ${String(bericht)}`);
			return null;
		};
		window.alert = val('alert');
		window.confirm = val('confirm') as unknown as typeof window.confirm;
		window.prompt = val('prompt');
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__xss.push(`csp: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
}

export async function verwachtGeenUitvoering(page: Page): Promise<void> {
	expect(await page.evaluate(() => window.__xss)).toEqual([]);
}
