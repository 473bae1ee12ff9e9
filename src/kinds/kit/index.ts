// The kit: what every document kind builds on (README.md in this folder). Zod fields live here;
// the pure rules and formatters they use live one layer down in src/domain/, where the Handlebars
// helpers can use them too, and are re-exported here so a kind imports one place.
export * from './a-number.js';
export * from './choice.js';
export * from './codes.js';
export * from './contact.js';
export * from './country.js';
export * from './dates.js';
export * from './language.js';
export * from './lazy.js';
export * from './joined.js';
export * from './list.js';
export * from './money.js';
export * from './names.js';
export * from './one-name.js';
export * from './optional.js';
export * from './organization.js';
export * from './record-id.js';
export * from './superseded.js';
export * from './text.js';
export * from './value-format.js';
export * from '../../domain/calendar.js';
export * from '../../domain/instant.js';
export * from '../../domain/format.js';
export { countryName, countryLabel, NOT_A_COUNTRY } from '../../domain/country.js';
export { normaliseANumber, formatANumber } from '../../domain/a-number.js';
export { dollarsToCents, MAX_CENTS, type DollarsResult } from '../../domain/money.js';
export * from './us-state.js';
