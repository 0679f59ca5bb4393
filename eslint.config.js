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
	// storage or screens; content and settings are data; the domain modules under src/lib never
	// reach up into components or pages. Cycles among dossier, kluis, uitwisseling and wizard are
	// still there (see the doc); these rules keep the layers that are clean from getting worse.
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
