// Runs before every component test file (vite.config.ts → project 'component').
// jest-dom matchers (toHaveFocus, toBeVisible, …) for Vitest's expect.
import '@testing-library/jest-dom/vitest';
// Unmounts rendered components after each test, also without Vitest globals.
import '@testing-library/svelte/vitest';

// jsdom has <dialog> but not its modal API; the real thing is tested end to end in Chromium.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
	HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
}
