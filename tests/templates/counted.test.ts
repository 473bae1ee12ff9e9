// Counts in running prose are words up to nine, figures from 10, by one rule (src/domain/format.ts
// `counted`, the template helper of the same name; Chicago Manual of Style 9.3): the T-visa
// minor-exemption sentence read "all 4 events", the worksheet "2 workweeks, each beginning…",
// "all 3 defendants", "In 2 workweeks, those of…", where the memo's sources sentence already said
// "three times". Dates, money, hours and ages stay figures.
import { describe, expect, it } from 'vitest';
import { counted, countWord } from '../../src/domain/format.js';
import { sourcesSentence } from '../../src/kinds/best-interests-memo/contacts-view.js';
import { liabilityNote } from '../../src/kinds/restitution-worksheet/filing.js';
import { minorExemptionText } from '../../src/kinds/t-visa-declaration/view.js';
import { HELPERS } from '../../src/templates/helpers.js';
import { bodyTexts } from '../support/model-text.js';
import { readFileSync } from 'node:fs';

const fixture = (kind: string, name: string): any => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/${name}.json`, import.meta.url), 'utf8'));

describe('counted: the one rule', () => {
  it('zero to nine in words, 10 and above in figures with thousands grouped; the noun singular for one', () => {
    expect([0, 1, 4, 9].map((n) => counted(n, 'event'))).toEqual(['zero events', 'one event', 'four events', 'nine events']);
    expect([10, 12, 1200].map((n) => counted(n, 'event'))).toEqual(['10 events', '12 events', '1,200 events']);
    expect(counted(3, 'entry', 'entries')).toBe('three entries');
    expect(countWord(7)).toBe('seven');
    expect(countWord(10)).toBe('10');
  });

  it('the template helper: the same words, capitalized when the count opens a sentence (start=true)', () => {
    const opts = (hash: Record<string, unknown> = {}) => ({ hash, data: {} });
    expect(HELPERS.counted!(2, 'workweek', 'workweeks', opts())).toBe('two workweeks');
    expect(HELPERS.counted!(2, 'workweek', 'workweeks', opts({ start: true }))).toBe('Two workweeks');
    expect(HELPERS.counted!(44, 'workweek', 'workweeks', opts({ start: true }))).toBe('44 workweeks');
    expect(HELPERS.counted!(1, 'workweek', 'workweeks', opts({ start: true }))).toBe('One workweek');
  });
});

describe('every kind’s prose counts in words', () => {
  it('T-visa: the minor-exemption sentence, all of the acts or some; 200 stays a figure, dates untouched', () => {
    expect(minorExemptionText(['2021-06-01', '2021-06-10', '2021-06-20', '2021-06-30'], 4)).toBe(
      'I was under 18 years old at the time of all four events that I describe above, from June 1, 2021 to June 30, 2021.',
    );
    expect(minorExemptionText(['2021-06-01', '2021-06-10', '2021-06-20', '2021-06-30'], 6)).toBe(
      'I was under 18 years old at the time of the four events from June 1, 2021 to June 30, 2021 that I describe above.',
    );
    expect(minorExemptionText(Array.from({ length: 12 }, (_, i) => `2021-06-${String(i + 1).padStart(2, '0')}`), 12)).toContain('all 12 events');
  });

  it('memo: the sources sentence (the same rule, now shared)', () => {
    const k = (role: string, person: string) => ({ date: '2026-01-01', person, role }) as any;
    expect(sourcesSentence([k('child', 'C'), k('child', 'C'), k('child', 'C'), k('parent', 'A'), k('sponsor', 'B')])).toBe(
      'The advocate met or spoke with the child three times and also consulted two other people, as listed below.',
    );
  });

  it('worksheet: the workweek table’s lead-in opens with the count in words, and joint liability names all three defendants', () => {
    const texts = bodyTexts('restitution-worksheet', fixture('restitution-worksheet', 'minimal'));
    expect(texts.some((t) => t.startsWith('Two workweeks, each beginning on a Sunday'))).toBe(true);
    const three = fixture('restitution-worksheet', 'minimal');
    three.defendants = ['Rowan Tessaly', 'Ansel Marrow', 'Pike Odell'];
    expect(liabilityNote(three)).toMatch(/^The total is requested from all three defendants jointly and severally/);
  });
});
