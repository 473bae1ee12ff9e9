// A number as written in a case (a JSON number, a CSV or Excel cell read as a number) is read into
// a double, which keeps 15 to 17 significant decimal digits. Past them the value read is not the
// value written, without a word: `11.999999999999999999` hours becomes 12, `9007199254740993`
// cents 9007199254740992, `1e-400` becomes 0 and `1e400` Infinity (refused only as "must be a
// number", which says nothing of why). A filing must print what was given, so such a number is
// refused as `inexact-number` at its field (docs/fields.md, "Numbers"), never rounded silently.
//
// The rule: the literal's decimal value must be the double's own, to as many significant digits
// as the literal gives. So `0.1` (the double's shortest form) and `0.10000000000000001` (its 17
// digits, as C's "%.17g" writes it) are both taken; `11.999999999999999999` is not. Messages never
// quote the number: it is case data.
import type { Issue } from './errors.js';

export const INEXACT_NUMBER = 'inexact-number';

// A JSON number literal (RFC 8259 §6), which is also every number a CSV cell is read as.
const LITERAL = /^-?(\d+)(?:\.(\d+))?(?:[eE]([-+]?\d+))?$/;

// Up to 15 significant digits a decimal always survives the trip through a double (DBL_DIG):
// the quick answer for nearly every number of a case (hours, shares, whole cents).
const ALWAYS_KEPT = 15;

// toPrecision's own bound: a literal with more significant digits than this is no double's value.
const MAX_PRECISION = 100;

/** A literal's value as its significant digits (no leading or trailing zero) and the power of ten of the first. */
function decimal(intPart: string, frac: string, exp: number): { digits: string; power: number } {
  const all = intPart + frac;
  const lead = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(lead).replace(/0+$/, '');
  return { digits, power: intPart.length + exp - lead - 1 };
}

/**
 * Why a number literal does not keep its value when read, or undefined when it does (or is not a
 * number literal at all: JSON.parse or the schema refuses that). The message names the rule only.
 */
export function inexactNumberProblem(literal: string): string | undefined {
  const m = LITERAL.exec(literal);
  if (!m) return undefined;
  const intPart = m[1]!;
  const frac = m[2] ?? '';
  if (m[3] === undefined && intPart.length + frac.length <= ALWAYS_KEPT) return undefined;
  // An exponent of thousands of digits is Infinity or 0 to Number: read it as such, not as a bigint.
  const exp = m[3] === undefined ? 0 : Math.max(-1e6, Math.min(1e6, Number(m[3])));
  const written = decimal(intPart, frac, exp);
  if (written.digits === '') return undefined; // zero, however written
  const x = Math.abs(Number(literal));
  if (x === Infinity) return 'is too large to be read as a number (a number stops at about 1.8e308); no case has such a value';
  if (x === 0) return 'is too close to zero to be read as a number: it would be read as 0; write 0, or the value in a larger unit';
  if (written.digits.length <= ALWAYS_KEPT && Math.abs(written.power) < 300) return undefined;
  const kept = written.digits.length <= MAX_PRECISION ? LITERAL.exec(x.toPrecision(written.digits.length)) : null;
  const read = kept ? decimal(kept[1]!, kept[2] ?? '', Number(kept[3] ?? 0)) : undefined;
  if (read && read.digits === written.digits && read.power === written.power) return undefined;
  return 'has more significant digits than a number keeps (15 to 17), so it would be read as a nearby number, not as written; round it to fewer digits';
}

/** The issue of a number at `path` that does not keep its value, or undefined. */
export function inexactNumberIssue(literal: string, path: string): Issue | undefined {
  const message = inexactNumberProblem(literal);
  return message === undefined ? undefined : { path, code: INEXACT_NUMBER, message };
}
