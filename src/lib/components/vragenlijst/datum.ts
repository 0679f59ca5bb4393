import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/** `2026-11-23` → `23 november 2026`. */
export function datumTekst(datum: string): string {
	const d = parseISO(datum);
	return Number.isNaN(d.getTime()) ? datum : format(d, 'd MMMM yyyy', { locale: nl });
}

/** Today as `yyyy-MM-dd`, for a new set. */
export function vandaag(nu = new Date()): string {
	return format(nu, 'yyyy-MM-dd');
}
