/**
 * Auto-lock after a period without use. Any key, pointer, touch or scroll counts as use. Checked
 * every few seconds against the clock, not with one long timer: a laptop that sleeps, or a
 * background tab whose timers the browser slows down, still locks as soon as it runs again.
 */
const GEBRUIK = ['keydown', 'pointerdown', 'touchstart', 'wheel', 'input'] as const;
const CONTROLE_MS = 5_000;

export interface AutoVergrendeling {
	/** Milliseconds without use after which to lock. */
	na: () => number;
	/** Whether there is anything to lock now. */
	actief: () => boolean;
	vergrendel: () => void;
	nu?: () => number;
}

export function startAutoVergrendeling({
	na,
	actief,
	vergrendel,
	nu = Date.now
}: AutoVergrendeling): () => void {
	let laatste = nu();
	const gebruikt = () => {
		laatste = nu();
	};
	for (const e of GEBRUIK) window.addEventListener(e, gebruikt, { passive: true, capture: true });
	const controle = setInterval(() => {
		if (!actief()) {
			laatste = nu();
			return;
		}
		if (nu() - laatste >= na()) vergrendel();
	}, CONTROLE_MS);
	return () => {
		clearInterval(controle);
		for (const e of GEBRUIK) window.removeEventListener(e, gebruikt, { capture: true });
	};
}
