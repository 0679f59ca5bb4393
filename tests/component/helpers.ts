/** Shared setup for component tests: a case brought to a step with valid events. */
import { expect } from 'vitest';
import type { MeldcodeEvent } from '$machines/meldcode.events';
import type { Variant } from '$machines/meldcode.machine';
import { Casus } from '$lib/wizard/casus.svelte';

export function casusNa(
	events: readonly MeldcodeEvent[] = [],
	{ variant = 'school', leeftijd = 9 }: { variant?: Variant; leeftijd?: number } = {}
): Casus {
	const casus = new Casus({
		id: 't',
		pseudoniem: 'AB',
		leeftijd,
		variant,
		aangemaakt: '2026-11-23T09:00:00+01:00'
	});
	for (const e of events) expect(casus.verstuur(e)).toEqual({ ok: true });
	return casus;
}
