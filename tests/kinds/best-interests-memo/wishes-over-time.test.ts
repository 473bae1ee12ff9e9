// A fresh review as a pro bono attorney: a memo where the child's wishes changed over time (first
// to go back to her mother, later to live with her aunt) quoted both with no date, and the
// decision-maker could not tell which words were the latest. childsWords[].saidOn, printed
// before the quotation in both formats, refused after the memo date
// (docs/domain/best-interests-memo.md, "Sections" 6).
import { describe, expect, it } from 'vitest';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfText, squash } from '../../support/extract.js';
import { errors, fixture, K, ok } from './cases.js';

function changed() {
  const c = fixture('full.json');
  c.childsWords = [
    { text: 'I want to go back to my mother.', language: 'Spanish', saidOn: '2025-12-02' },
    { text: 'I want to live with my aunt now.', language: 'Spanish', saidOn: '2026-02-20' },
    { text: 'I like school here.', language: 'Spanish' },
  ];
  return c;
}

describe('the child’s words, dated when the wishes changed', () => {
  it.each(['pdf', 'docx'] as const)('%s: each dated quotation says when, in the order given; an undated one as before', async (format: Format) => {
    const bytes = (await generate({ kind: K, input: changed(), format })).bytes;
    const t = squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
    const first = t.indexOf('In the child\'s words on December 2, 2025: “I want to go back to my mother.”');
    const later = t.indexOf('In the child\'s words on February 20, 2026: “I want to live with my aunt now.”');
    expect(first).toBeGreaterThan(-1);
    expect(later).toBeGreaterThan(first);
    expect(t).toContain('In the child\'s words: “I like school here.”');
  });

  // A review round later: quotations given latest first printed "… on March 3 …" above "… on
  // February 20 …", and the decision-maker read the older words as the latest. Dated ones now print
  // in date order, in the places dated ones hold; an undated one stays where it was given.
  it.each(['pdf', 'docx'] as const)('%s: dated quotations given out of order print in the order the child said them', async (format: Format) => {
    const c = fixture('full.json');
    c.childsWords = [
      { text: 'I want to live with my aunt now.', language: 'Spanish', saidOn: '2026-03-03' },
      { text: 'I like school here.', language: 'Spanish' },
      { text: 'I want to go back to my mother.', language: 'Spanish', saidOn: '2026-02-20' },
      { text: 'My aunt helps me with homework.', language: 'Spanish', saidOn: '2026-03-03' },
    ];
    const bytes = (await generate({ kind: K, input: c, format })).bytes;
    const t = squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
    const at = (s: string) => t.indexOf(s);
    const order = [
      'In the child\'s words on February 20, 2026: “I want to go back to my mother.”',
      'In the child\'s words: “I like school here.”',
      'In the child\'s words on March 3, 2026: “I want to live with my aunt now.”',
      'In the child\'s words on March 3, 2026: “My aunt helps me with homework.”',
    ].map(at);
    expect(order.every((i) => i > -1)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('a quotation said after the memo date is refused at its date; on the memo date it is accepted', () => {
    const c = changed();
    c.childsWords[1].saidOn = '2026-03-11';
    expect(errors(c)).toEqual([['childsWords.1.saidOn', 'date-after-document-date']]);
    c.childsWords[1].saidOn = c.preparedOn;
    expect(ok(c).ok).toBe(true);
  });
});
