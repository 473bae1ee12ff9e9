// The unit rules (src/model/typography.ts) find their matches with `exec` in a loop rather than
// through `String.prototype.replace` with a function (issue 18: V8's functional replace was most
// of the rules' CPU; bench/ANALYSIS.md, "Round r59's render work"). The loop must give exactly what
// `replace` gives: the same text, and the replacer called with the same match, offset and text, in
// the same order, on every text the fixtures print, whatever a rule's `lastIndex` was before.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { replaceMatches, UNIT_RULES } from '../../src/model/typography.js';
import { buildDocument } from '../../src/pipeline.js';

/** A replacer that records its arguments and marks each match with its offset, so a misplaced slice shows. */
function recorder(): { calls: Array<[string, number, string]>; held: (m: string, at: number, text: string) => string } {
  const calls: Array<[string, number, string]> = [];
  return {
    calls,
    held: (m, at, text) => {
      calls.push([m, at, text]);
      return `[${m.replaceAll(' ', '_')}@${at}]`;
    },
  };
}

/** `replaceMatches` against `replace` for one rule and text: same result, same calls, lastIndex 0 after. */
function expectSame(rule: RegExp, t: string, staleLastIndex = 0): void {
  const ref = recorder();
  const want = t.replace(rule, ref.held);
  rule.lastIndex = staleLastIndex;
  const got = recorder();
  expect(replaceMatches(t, rule, got.held), `${rule} on ${JSON.stringify(t)}`).toBe(want);
  expect(got.calls).toEqual(ref.calls);
  expect(rule.lastIndex).toBe(0);
}

// Matches at the start and end of the text, side by side, repeated, overlapping candidates.
const MADE = [
  '§ 1593',
  'see § 1593',
  '§ 1§ 2§  3',
  '§§ 1591–1594 and §  1595(a)',
  'March 8 March 9, 8 March',
  'Sunday, March 8, 2026, at 11:00 PM EDT and 8:05 a.m.',
  '18 U.S.C. § 1593 and 8 C.F.R. 214.11, 304 F. App\'x 922; Fed. R. Crim. P. 49.1',
  'Case No. 3, (No. 4), she said No. 3 people came, Nos. 2 and 3, CASE NO. 7',
  'no unit here at all',
  '',
];

describe('the unit rules’ matches, found with exec', () => {
  it('give what String.prototype.replace gives on made texts, for every rule', () => {
    for (const rule of UNIT_RULES) for (const t of MADE) expectSame(rule, t);
  });

  it('start from the beginning whatever lastIndex a rule was left at', () => {
    for (const rule of UNIT_RULES) for (const t of MADE) expectSame(rule, t, Math.max(0, t.length - 2));
  });

  it('step past an empty match as replace does', () => {
    expectSame(/x*/g, 'axxbx');
    expectSame(/(?=§)/g, 'a § b §');
  });

  it('give what replace gives on every text the valid fixtures of every kind print', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) for (const x of v) walk(x);
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'text' && typeof o.text === 'string') texts.push(o.text);
        for (const x of Object.values(o)) walk(x);
      }
    };
    for (const k of KINDS) for (const f of validFixtures(k.id)) walk(buildDocument(k.id, f.data).model);
    expect(texts.length).toBeGreaterThan(1000);
    let matched = 0;
    for (const t of texts) {
      for (const rule of UNIT_RULES) {
        rule.lastIndex = 0;
        if (rule.test(t)) matched++;
        expectSame(rule, t);
      }
    }
    expect(matched).toBeGreaterThan(100); // the texts do reach the rules' matches
  });
});
