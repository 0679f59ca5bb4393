/**
 * The rules have a version (issue 13): a log recorded under earlier rules replays to exactly what
 * was decided then. The golden logs in tests/fixtures/regels/v<N>/ were generated from the machine
 * of release N and are never regenerated; if a change of the machine would decide one of them (or
 * any journey of that release) differently, these tests fail until the change is limited to new
 * rules versions (machines/regels.ts) or the old logs get a migration.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BeslissingVastgelegd } from '../../../machines/beslissing.js';
import type { MeldcodeEvent } from '../../../machines/meldcode.events.js';
import type { Variant } from '../../../machines/meldcode.machine.js';
import { REGELS_VERSIE, regelsVan } from '../../../machines/regels.js';
import { herhaal } from '../../../machines/replay.js';
import { waarIn } from '../../../machines/waar.js';
import { paden } from './paden.js';
import { reisregel } from './reisregel.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/regels');
/**
 * Every released version has golden logs; the version in the making gets its own when it is
 * released (maak.ts), and is then tested too.
 */
const UITGEBRACHT = Array.from({ length: REGELS_VERSIE - 1 }, (_, i) => i + 1);
const VERSIES = existsSync(join(FIXTURES, `v${REGELS_VERSIE}`))
	? [...UITGEBRACHT, REGELS_VERSIE]
	: UITGEBRACHT;

interface Golden {
	naam: string;
	variant: Variant;
	beslissingen: BeslissingVastgelegd[];
	verwacht: { waar: string; value: unknown; context: Record<string, unknown> };
}

const lees = (versie: number, bestand: string) =>
	readFileSync(join(FIXTURES, `v${versie}`, bestand), 'utf8');

describe('regelversies', () => {
	it('er zijn golden logs van elke uitgebrachte regelversie', () => {
		for (const v of UITGEBRACHT)
			expect(existsSync(join(FIXTURES, `v${v}`, 'logboeken.json')), `v${v}`).toBe(true);
		expect(existsSync(join(FIXTURES, `v${REGELS_VERSIE + 1}`))).toBe(false);
	});

	it('een event zonder versie is van versie 1; een onbekende nieuwere versie wordt geweigerd', () => {
		expect(regelsVan({})).toBe(1);
		expect(regelsVan({ regels: REGELS_VERSIE })).toBe(REGELS_VERSIE);
		const nieuwer = {
			type: 'START_STAPPENPLAN',
			at: '2026-11-23T09:00:00.000Z',
			toelichting: 'x',
			regels: REGELS_VERSIE + 1
		} as MeldcodeEvent;
		expect(herhaal({ caseId: 'x', variant: 'school' }, [nieuwer]).geweigerd).toEqual([0]);
	});

	describe.each(VERSIES)('versie %i', (versie) => {
		const logboeken = JSON.parse(lees(versie, 'logboeken.json')) as Golden[];

		it.each(logboeken.map((l) => [l.naam, l] as const))(
			'%s speelt precies af zoals toen besloten',
			(_naam, log) => {
				const events = log.beslissingen.map((b) => b.event);
				const h = herhaal({ caseId: log.naam, variant: log.variant }, events);
				expect(h.geweigerd).toEqual([]);
				expect(waarIn(h.snapshot)).toBe(log.verwacht.waar);
				expect(h.snapshot.value).toEqual(log.verwacht.value);
				// Facts added to the context later may be there too; every fact of then is unchanged.
				expect(h.snapshot.context).toMatchObject(log.verwacht.context);
				expect(
					h.beslissingen.map(({ vraagId, antwoord, event }) => ({ vraagId, antwoord, event }))
				).toEqual(
					log.beslissingen.map(({ vraagId, antwoord, event }) => ({ vraagId, antwoord, event }))
				);
			}
		);

		// Generated while collecting, as in paden.test.ts: walking every path takes seconds.
		const voorbeelden = JSON.parse(lees(versie, 'voorbeelden.json')) as MeldcodeEvent[];
		const reizen = (['basismodel', 'school'] as const).flatMap((v) => [
			`# ${v}`,
			...[
				...new Set(
					paden(v, voorbeelden)
						.filter((p) => p.state.hasTag('uitkomst'))
						.map(reisregel)
				)
			].sort()
		]);

		it('elke reis van toen loopt nog precies zo', () => {
			expect(reizen.join('\n') + '\n').toBe(lees(versie, 'reizen.txt'));
		});
	});
});
