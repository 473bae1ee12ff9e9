// Phone and email fields.
import { z } from 'zod';

/** The digits of a phone number without its extension, or null when it is not written as one. */
function phoneDigits(s: string): string | null {
  const m = /^([+\d\s().-]+?)(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i.exec(s);
  return m ? m[1]!.replace(/\D/g, '') : null;
}

export interface PhoneOptions {
  /** Said after "is required" when the field is left out (why it is needed, what to give instead). */
  required?: string;
  /** Said after the invalid-phone message (what to give instead). */
  hint?: string;
  /**
   * Refuse a number of one digit repeated ("000-000-0000", "1111111"), typed to get past a
   * required field or for "not known": no such number is dialled (in the North American Numbering
   * Plan an area code or exchange never begins with 0 or 1), and printed it reads as a real one. A kind opts in.
   */
  refuseFiller?: boolean;
}

/** Phone: digits and the usual punctuation, 7–15 digits (E.164 allows at most 15), optional extension. */
export function phone(o: PhoneOptions = {}) {
  const then = (m: string) => (o.hint === undefined ? m : `${m}; ${o.hint}`);
  const base = z
    .string(o.required === undefined ? undefined : { error: (iss) => (iss.input === undefined ? `is required: ${o.required}` : undefined) })
    .trim()
    .refine(
      (s) => {
        const n = phoneDigits(s)?.length ?? 0;
        return n >= 7 && n <= 15;
      },
      { message: then('must be a phone number of 7 to 15 digits (an extension may follow "x")'), params: { code: 'invalid-phone' } },
    );
  const checked = o.refuseFiller
    ? base.refine((s) => {
        const d = phoneDigits(s) ?? '';
        // A number of the wrong length is told so once, by the rule above.
        return d.length < 7 || d.length > 15 || !/^(\d)\1*$/.test(d);
      }, { message: then(`must be a phone number, not one digit repeated${o.required === undefined ? ' (leave it out when not known)' : ''}`), params: { code: 'invalid-phone' } })
    : base;
  return checked.meta({ title: 'Phone', description: 'A phone number of 7 to 15 digits; an extension may follow "x".' });
}

// Every kind's phones refuse a number of one digit repeated ("000-000-0000", typed for "none"), which a
// document would print as a number to call (docs/fields.md).
export const Phone = phone({ refuseFiller: true });

export const Email = z
  .string()
  .trim()
  .pipe(z.email({ message: 'must be an email address' }))
  .meta({ title: 'Email', description: 'An email address.' });
