// Money as people write it → exact integer cents (issue 15 point 6). "2843", "2,843.00", "$2,843",
// "$2,843.5" are all read exactly: the text is taken apart as decimal digits, never through a
// binary float, so 0.1 + 0.2 problems cannot occur. More than two decimals is refused (a cent is
// the smallest amount in a U.S. filing; a fraction of a cent is a mistake to show the person, not
// to round away); a negative amount is refused unless the caller's rule allows it.

/** Largest amount accepted anywhere: $100,000,000,000.00 (keeps every sum a safe integer). */
export const MAX_CENTS = 10_000_000_000_000;

export type DollarsResult = { ok: true; cents: number } | { ok: false; code: 'invalid-money' | 'negative-money' | 'too-large'; message: string };

// Optional sign, optional $, digits grouped by commas in threes or not grouped, up to 2 decimals
// checked separately (so "1.234" gets its own message).
const DOLLARS = /^([-−])?\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/;

/** Read a dollar amount written by a person into exact integer cents. */
export function dollarsToCents(text: string, options: { allowNegative?: boolean } = {}): DollarsResult {
  const s = text.trim();
  const r = DOLLARS.exec(s);
  if (s === '' || !r || (r[2] === undefined && (r[3] === undefined || r[3] === ''))) {
    return { ok: false, code: 'invalid-money', message: 'must be an amount in dollars, like 2843, 2,843.00 or $2,843.50' };
  }
  const frac = r[3] ?? '';
  if (frac.length > 2) return { ok: false, code: 'invalid-money', message: 'must not have more than two decimals (cents)' };
  const whole = (r[2] ?? '0').replace(/,/g, '');
  const cents = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0') || '0');
  const neg = r[1] !== undefined && cents !== 0n;
  if (neg && !options.allowNegative) return { ok: false, code: 'negative-money', message: 'must not be negative' };
  if (cents > BigInt(MAX_CENTS)) return { ok: false, code: 'too-large', message: 'is larger than Harbor accepts ($100 billion)' };
  return { ok: true, cents: Number(neg ? -cents : cents) };
}
