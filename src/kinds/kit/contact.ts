// Phone and email fields.
import { z } from 'zod';

// Phone: digits and the usual punctuation, 7–15 digits (E.164 allows at most 15), optional extension.
export const Phone = z
  .string()
  .trim()
  .refine(
    (s) => {
      const m = /^([+\d\s().-]+?)(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i.exec(s);
      if (!m) return false;
      const n = m[1]!.replace(/\D/g, '').length;
      return n >= 7 && n <= 15;
    },
    { message: 'must be a phone number of 7 to 15 digits (an extension may follow "x")', params: { code: 'invalid-phone' } },
  )
  .meta({ title: 'Phone', description: 'A phone number of 7 to 15 digits; an extension may follow "x".' });

export const Email = z
  .string()
  .trim()
  .pipe(z.email({ message: 'must be an email address' }))
  .meta({ title: 'Email', description: 'An email address.' });
