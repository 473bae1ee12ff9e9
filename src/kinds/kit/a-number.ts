// The A-number field (USCIS Alien Registration Number): "A" + 8 or 9 digits, written with or
// without the "A", dashes or spaces; the validated case holds "A" + 9 digits (rule and reasons in
// src/domain/a-number.ts).
import { z } from 'zod';
import { normaliseANumber } from '../../domain/a-number.js';

export const ANumber = z
  .string()
  .refine((s) => normaliseANumber(s) !== null, {
    message: 'must be an A-number of 8 or 9 digits, optionally with a leading A, dashes or spaces',
    params: { code: 'invalid-a-number' },
  })
  .transform((s) => normaliseANumber(s)!)
  .meta({ title: 'A-number', description: 'USCIS A-number: 8 or 9 digits, optional leading A, dashes or spaces (A-012-345-678). Stored as A + 9 digits.' });
