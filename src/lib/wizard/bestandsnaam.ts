/**
 * Parts of the names of the files the app hands out (exports, calendar files): the local date
 * and time to the second, so two exports of one day do not overwrite each other, and a pseudonym
 * stripped of what a file system or a mail program may refuse or misread.
 */
import { format } from 'date-fns';

/** `2026-11-23-101530`: local time, sorts like the clock. */
export function bestandsTijd(nu: Date): string {
	return format(nu, 'yyyy-MM-dd-HHmmss');
}

/**
 * Letters, digits, `-` and `_` only (no path separators, dots, spaces or control characters),
 * at most 40 characters; `casus` when nothing is left.
 */
export function veiligeNaam(tekst: string): string {
	return (
		tekst
			.normalize('NFC')
			.replace(/[^\p{L}\p{N}_-]+/gu, '_')
			.replace(/^[_-]+|[_-]+$/g, '')
			.slice(0, 40) || 'casus'
	);
}
