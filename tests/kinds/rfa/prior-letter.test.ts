// A letter the child already has from OTIP (docs/domain/rfa-eligibility.md, "An earlier OTIP letter"): the
// draft still goes, says which letter in section 2, and warns so that OTIP is told its date and
// number instead of calling back to ask.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { codes, ok, withCase } from './support.js';

const rowOf = (c: Record<string, any>): string | undefined => {
  const text = (n: any): string => (n.type === 'text' ? n.text : (n.children ?? []).map(text).join(''));
  const rows = (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'table').flatMap((t) => t.rows.map((r: any) => r.cells.map(text).join('|')));
  return rows.find((r) => r.startsWith('Earlier OTIP letter|'));
};

describe('an earlier OTIP letter', () => {
  it.each([
    ['eligibility', 'does not expire'],
    ['interim-assistance', '90 days, extendable by 30'],
    ['certification', 'for adult victims'],
  ])('%s: prior-otip-letter, asking for its date and number when not given; printed in section 2', (letter, words) => {
    const r = ok(withCase((c) => (c.child.priorOtipLetter = letter)));
    expect(codes(r)).toEqual(['prior-otip-letter']);
    expect(r.warnings[0]!.path).toBe('child.priorOtipLetter');
    expect(r.warnings[0]!.message).toContain(words);
    expect(r.warnings[0]!.message).toContain('give its date and number');
  });
  it('with its date and number: the warning does not ask for them, the row prints them', () => {
    const c = withCase((x) => {
      x.child.priorOtipLetter = 'eligibility';
      x.child.priorOtipLetterDetails = 'June 3, 2025, no. 25-0471';
    });
    expect(ok(c).warnings[0]!.message).not.toContain('give its date and number');
    expect(rowOf(c)).toBe('Earlier OTIP letter|Eligibility Letter; June 3, 2025, no. 25-0471');
  });
  it('none: printed, no warning; not given: no row and nothing to find out', () => {
    const none = withCase((x) => (x.child.priorOtipLetter = 'none'));
    expect(codes(ok(none))).toEqual([]);
    expect(rowOf(none)).toBe('Earlier OTIP letter|None');
    const absent = withCase(() => {});
    expect(rowOf(absent)).toBeUndefined();
    const s = ok(absent).computed.stillToFindOut;
    expect([...s.now, ...s.later].map((m: any) => m.path)).not.toContain('child.priorOtipLetter');
  });
});
