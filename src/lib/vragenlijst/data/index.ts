import type { Vragenlijst, VragenlijstId } from '../types';
import { RANDVOORWAARDEN } from './randvoorwaarden';
import { REFLECTIE } from './reflectie';
import { ZELFSCAN } from './zelfscan';

export { RANDVOORWAARDEN, REFLECTIE, ZELFSCAN };

export const VRAGENLIJSTEN: Readonly<Record<VragenlijstId, Vragenlijst>> = {
	reflectie: REFLECTIE,
	randvoorwaarden: RANDVOORWAARDEN,
	zelfscan: ZELFSCAN
};
