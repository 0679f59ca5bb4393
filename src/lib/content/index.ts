/**
 * The app's content: every text about the meldcode, as typed data with its source.
 * UI components import from here and hold no meldcode text themselves.
 *
 * Organisation-specific names (the board, its staff, its e-mail addresses, its regional Veilig
 * Thuis number, its pupil administration system) are not content: the texts speak of "de
 * aandachtsfunctionaris van je organisatie" and "het leerlingvolgsysteem", and settings fill in
 * the rest.
 */
export * from './source.js';
export * from './types.js';
export * from './bijlage-1-onveiligheid.js';
export * from './signalen.js';
export * from './bijlage-2-signalen-4-12.js';
export * from './bijlage-3-signalen-12-18.js';
export * from './signaleringslijsten.js';
export * from './bijlage-4-gesprek.js';
export * from './bijlage-5-leeftijd.js';
export * from './bijlage-6-veilig-thuis.js';
export * from './bijlage-7-letsel.js';
export * from './hulp-en-herstel.js';
export * from './stap-5-6.js';
export * from './medewerker.js';
export * from './stap-2-4.js';
export * from './melding-voorbereiden.js';
