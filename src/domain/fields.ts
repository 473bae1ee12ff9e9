// Field types shared by every kind's schema, so one rule has one definition and one message.
import { z } from 'zod';
import { parseIsoDate } from './calendar.js';

/** A calendar date written `yyyy-mm-dd` that exists (2026-02-30 and 2026-02-29 are refused). */
export const IsoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, {
    error: 'must be a real calendar date written yyyy-mm-dd',
    params: { code: 'invalid-date' },
  })
  .meta({ format: 'date', description: 'A calendar date, yyyy-mm-dd.' });
