// Country fields: ISO 3166-1 alpha-2, one rule and one exclusion list for every kind
// (src/domain/country.ts). Written in any case and with spaces around it ("gt ", "Gt"); the
// validated case holds the code in capitals.
import { z } from 'zod';
import { countryName } from '../../domain/country.js';
import { valueFormat } from './value-format.js';

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => countryName(c) !== null, {
    message: 'must be an ISO 3166 two-letter country code, like GT or HN',
    params: { code: 'invalid-country-code' },
  })
  .meta({ title: 'Country', description: 'ISO 3166-1 alpha-2 country code, e.g. GT, HN, MX.', ...valueFormat('country-code') });
