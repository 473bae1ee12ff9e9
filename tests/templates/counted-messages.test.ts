// Counts in warning and error messages follow one rule (src/domain/format.ts `countedAlike`, the
// twin of `counted` for a sentence with several counts; docs/fields.md, "Formatting"): the T-visa's
// hardship warning read "argues 2 of the factors …; practitioners argue at least 3", the memo's
// "2 placements are recommended and only one can happen" and "is 4 days after the child’s 18th
// birthday", figures beside words in one message. Now words under ten, all of a sentence's counts
// alike; section numbers, ages, dates and values to type unchanged.
import { describe, expect, it } from 'vitest';
import { countedAlike } from '../../src/domain/format.js';
import { checkCase } from '../../src/pipeline.js';
import { readFileSync } from 'node:fs';

const fixture = (kind: string, name: string): any => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/${name}.json`, import.meta.url), 'utf8'));
const messages = (kind: string, c: unknown): string[] => {
  const r = checkCase(kind, c);
  return r.ok ? r.warnings.map((w) => `${w.code}: ${w.message}`) : r.errors.map((e) => `${e.code}: ${e.message}`);
};

describe('countedAlike: the counts of one sentence, alike', () => {
  it('all under ten: words; any of 10 or more: all figures; one, singular', () => {
    expect(countedAlike([2, 3]).word(2)).toBe('two');
    expect(countedAlike([1]).counted(1, 'day')).toBe('one day');
    expect(countedAlike([90, 5]).counted(5, 'day')).toBe('5 days');
    expect(countedAlike([90, 5]).counted(90, 'day')).toBe('90 days');
    expect(countedAlike([1200, 3]).word(1200)).toBe('1,200');
  });
});

describe('the T-visa’s and the memo’s messages count in one way', () => {
  it('T-visa: fewer than three hardship factors, in words, beside the regulation’s number', () => {
    const [m] = messages('t-visa-declaration', fixture('t-visa-declaration', 'minimal')).filter((x) => x.startsWith('hardship-fewer-than-three-factors'));
    expect(m).toMatch(/argues (?:zero|one|two) of the factors of 8 CFR 214\.209\(b\); practitioners argue at least three, tied to the trafficking$/);
  });

  it('T-visa: an exhibit id’s length in words', () => {
    const c = fixture('t-visa-declaration', 'full');
    c.exhibits[0].id = 'ABCDE';
    expect(messages('t-visa-declaration', c).join('\n')).toContain('of one to four characters, like A or 12');
  });

  it('memo: two placements to rank, in words; the preference values stay figures', () => {
    const c = fixture('best-interests-memo', 'ranked-placements');
    for (const a of c.alternatives) a.preference = null;
    const m = messages('best-interests-memo', c).find((x) => x.includes('placements are recommended'));
    expect(m).toMatch(/must be given: (?:two|three|four) placements are recommended and only one can happen; rank each recommended placement, 1 for the first choice, 2 for/);
  });

  it('memo: days after the 18th birthday in words under ten, figures from 10; the turns-18 counts alike', () => {
    const c = fixture('best-interests-memo', 'full');
    const born = c.child.dateOfBirth as string;
    const y = Number(born.slice(0, 4)) + 18;
    const day18 = `${y}${born.slice(4)}`;
    const plus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    c.nextHearingOn = null;
    c.decisionExpectedOn = plus(day18, 4);
    expect(messages('best-interests-memo', c).join('\n')).toContain('is four days after the child’s 18th birthday');
    c.decisionExpectedOn = plus(day18, 12);
    expect(messages('best-interests-memo', c).join('\n')).toContain('is 12 days after the child’s 18th birthday');
    const soon = fixture('best-interests-memo', 'turns-18-soon');
    const t = messages('best-interests-memo', soon).find((x) => x.startsWith('turns-18-soon'))!;
    expect(t).toMatch(/within 90 days of the memo date \(in \d+ days?[,)]/);
  });
});
