import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Domain modules under src/lib never import what sits above them. */
const OMHOOG = {
	group: ['$lib/components/*', '$app/*', '**/routes/*'],
	message: 'Domain modules do not import components, pages or SvelteKit runtime modules.'
};

/**
 * A plain module of a domain layer does not reach into another layer's runes module
 * (`*.svelte.ts`) for a plain thing such as an error text: importeren.ts once took
 * `opslagMelding` from the wizard's Casus. Runes modules of the layer itself (open.svelte.ts,
 * toegang.svelte.ts) may still connect to the wizard.
 */
const RUNES = {
	group: ['$lib/*/*.svelte', '$lib/*/*.svelte.js', '$lib/*/*.svelte.ts'],
	message:
		'A plain domain module imports no runes module (*.svelte.ts) through $lib: import the plain module that holds what it needs (e.g. $lib/wizard/opslagmelding).'
};

/**
 * One layer of docs/architectuur.md: what its files may not import. Two blocks, because ESLint
 * takes the last matching block's options: every file of the layer, then its plain modules with
 * the runes rule added.
 */
function laag(mappen, verboden, message) {
	const files = mappen.map((m) => `src/lib/${m}/**/*.ts`);
	const patterns = verboden.length ? [OMHOOG, { group: verboden, message }] : [OMHOOG];
	return [
		{ files, rules: { 'no-restricted-imports': ['error', { patterns }] } },
		{
			files,
			ignores: ['**/*.svelte.ts'],
			rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, RUNES] }] }
		}
	];
}

export default defineConfig(
	globalIgnores([
		'build/',
		'build-meldcode/',
		'.svelte-kit/',
		'node_modules/',
		'test-results/',
		'playwright-report/',
		'bench/out/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// TypeScript (and svelte-check) already report undefined names, with better messages.
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				extraFileExtensions: ['.svelte'],
				svelteConfig
			}
		}
	},
	// Dependencies point one way (docs/architectuur.md): the machines decide and know nothing of
	// storage or screens; the log core sits below dossier, kluis and uitwisseling; content and
	// settings are data; the domain modules under src/lib never reach up into components or pages.
	// dossier and kluis still import each other, and dossier's runes modules the wizard (see the
	// doc); the rules keep every other direction from coming back.
	// ESLint takes the last matching block's options for a rule, so each block lists all it needs.
	{
		files: ['machines/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib', '$lib/*', '$app/*', '../src/*', 'dexie', 'svelte', 'svelte/*'],
							message: 'machines/ decides and imports only xstate and its own files.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/components/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [OMHOOG] }] }
	},
	// machines ← log core ← dossier / kluis / uitwisseling ← components ← routes.
	...laag(
		['logboek'],
		[
			'$lib/dossier/*',
			'$lib/kluis/*',
			'$lib/uitwisseling/*',
			'$lib/rapport/*',
			'$lib/wizard/*',
			'$lib/waarom/*',
			'$lib/vragenlijst/*',
			'$lib/instellingen/*',
			'dexie'
		],
		'The log core sits below dossier, kluis and uitwisseling: it imports only machines/ and content types.'
	),
	...laag(
		['dossier', 'kluis'],
		['$lib/uitwisseling/*', '$lib/rapport/*', '$lib/waarom/*'],
		'dossier and kluis do not import the exchange, reports or Waarom, which build on them (no cycle).'
	),
	...laag(
		['uitwisseling'],
		['$lib/rapport/*', '$lib/waarom/*'],
		'The exchange does not import reports or Waarom, which build on it.'
	),
	...laag(
		['rapport', 'waarom'],
		[],
		'Reports and Waarom read the dossier; they import no component or page.'
	),
	{
		files: ['src/lib/content/**/*.ts', 'src/lib/instellingen/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						OMHOOG,
						{
							group: [
								'$lib/dossier/*',
								'$lib/kluis/*',
								'$lib/uitwisseling/*',
								'$lib/rapport/*',
								'$lib/wizard/*',
								'dexie'
							],
							message: 'Content and settings are data: they import no storage or wizard code.'
						}
					]
				}
			]
		}
	}
);
