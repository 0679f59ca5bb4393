import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAutoVergrendeling } from '$lib/kluis/auto-vergrendeling';

const MINUUT = 60_000;

describe('automatisch vergrendelen', () => {
	let stop: () => void;
	let actief: boolean;
	const vergrendel = vi.fn();

	beforeEach(() => {
		vi.useFakeTimers();
		actief = true;
		vergrendel.mockReset();
		stop = startAutoVergrendeling({ na: () => 5 * MINUUT, actief: () => actief, vergrendel });
	});
	afterEach(() => {
		stop();
		vi.useRealTimers();
	});

	it('vergrendelt na 5 minuten zonder gebruik, niet eerder', () => {
		vi.advanceTimersByTime(4 * MINUUT + 50_000);
		expect(vergrendel).not.toHaveBeenCalled();
		vi.advanceTimersByTime(15_000);
		expect(vergrendel).toHaveBeenCalled();
	});

	it.each(['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'])(
		'%s telt als gebruik: de 5 minuten beginnen opnieuw',
		(soort) => {
			vi.advanceTimersByTime(4 * MINUUT);
			window.dispatchEvent(new Event(soort));
			vi.advanceTimersByTime(4 * MINUUT);
			expect(vergrendel).not.toHaveBeenCalled();
			vi.advanceTimersByTime(MINUUT + 10_000);
			expect(vergrendel).toHaveBeenCalled();
		}
	);

	it('niets te vergrendelen (geen wachtwoord, of al vergrendeld): niets gebeurt, en de tijd telt pas daarna', () => {
		actief = false;
		vi.advanceTimersByTime(30 * MINUUT);
		expect(vergrendel).not.toHaveBeenCalled();
		actief = true;
		vi.advanceTimersByTime(4 * MINUUT);
		expect(vergrendel).not.toHaveBeenCalled();
		vi.advanceTimersByTime(MINUUT + 10_000);
		expect(vergrendel).toHaveBeenCalled();
	});

	it('na stoppen luistert en telt er niets meer', () => {
		stop();
		vi.advanceTimersByTime(30 * MINUUT);
		expect(vergrendel).not.toHaveBeenCalled();
	});
});
