// A recommendation against the child's expressed wishes says so on the first page, in the summary,
// whatever the advocate's own summary says (docs/domain/best-interests-memo.md, "Sections" 8): it
// was said in Part 7 alone, and a decision-maker who read the summary of full.json learned of the
// child's wish to work but not that the advocate recommends against it.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
import { checkCase, generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfPages, squash } from '../../support/extract.js';
import { fixture, K } from './cases.js';

/** The memo's body, one block per line. */
const body = (c: unknown): string => bodyTexts(K, c).join('\n');

/** The lines of the summary (Part 1), up to Part 2. */
const summary = (t: string) => t.slice(t.indexOf('1. Summary of the Recommendation'), t.indexOf('2. Role of the Child Advocate'));

const SAID = "The child's wishes: These recommendations depart from what the child wants. The child's expressed wishes are set out in Part 5, in the child's words where possible, and the advocate's reasons for departing from them in Part 7.";

describe('a recommendation against the child’s wishes', () => {
  it('is said in the summary the advocate wrote, and Part 7 points to the wishes in Part 5', () => {
    const t = body(fixture('full.json'));
    expect(summary(t)).toContain(SAID);
    expect(t).toContain("The advocate's recommendations depart from the child's expressed wishes, set out in Part 5, for these reasons:");
  });

  it('is said in the summary Harbor writes when the advocate gives none', () => {
    const c = fixture('full.json');
    c.summary = null;
    const s = summary(body(c));
    expect(s).toContain('The child advocate recommends the following');
    expect(s).toContain(SAID);
  });

  it('is not said when the recommendation agrees with the child’s wishes, or no divergence is stated', () => {
    const agrees = fixture('full.json');
    agrees.divergence = { diverges: false, explanation: null };
    expect(body(agrees)).not.toContain("The child's wishes:");
    const silent = fixture('full.json');
    delete silent.divergence;
    expect(body(silent)).not.toContain("The child's wishes:");
  });
});

// Part 7 said "consistent with the child's expressed wishes" whenever divergence.diverges was
// false: the wishes are free text, and a recommendation of the child's second choice (Marta, where
// the child names her mother's cousin Rosa first) was printed as the child's own wish. It now
// says only what the case states (docs/domain/best-interests-memo.md, "Sections" 8).
describe('Part 7 when the recommendation does not depart from the child’s wishes', () => {
  /** Part 7's text, up to Part 8. */
  const part7 = (t: string) => t.slice(t.indexOf("7. Best Interests and the Child's Expressed Wishes"), t.indexOf('8. Recommendations'));
  const secondChoice = () => {
    const c = fixture('sponsor-per-alternative.json'); // Ixchel names Rosa first, and would also be happy with Marta
    c.alternatives[0].recommended = false;
    delete c.alternatives[0].preference;
    c.alternatives[1].preference = null;
    return c;
  };

  it('the child’s second choice is said to be one, never “consistent with the child’s expressed wishes”', () => {
    const c = secondChoice();
    c.divergence = { diverges: false, childsChoice: 'other', explanation: 'Rosa withdrew her application; Ixchel said she would be happy with Marta.' };
    const t = part7(body(c));
    expect(t).toContain("The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5, but they are not the child's first choice: they are another outcome the child named.");
    expect(t).toContain('Rosa withdrew her application');
    expect(t).not.toContain('consistent with');
  });

  it('without the child’s choice, Part 7 says only that they do not depart; with the first choice, that they are consistent', () => {
    const c = secondChoice();
    c.divergence = { diverges: false };
    const t = part7(body(c));
    expect(t).toContain("The advocate's recommendations do not depart from the child's expressed wishes, set out in Part 5.");
    expect(t).not.toContain('consistent with');
    const first = fixture('sponsor-per-alternative.json');
    first.divergence = { diverges: false, childsChoice: 'first' };
    expect(part7(body(first))).toContain("The advocate's recommendations are consistent with the child's expressed wishes, set out in Part 5: they are the child's first choice.");
  });

  it('a departure from the child’s first choice to another the child named says both; one that is also the first choice is refused', () => {
    const c = secondChoice();
    c.divergence = { diverges: true, childsChoice: 'other', explanation: 'Marta can start school for her at once.' };
    expect(part7(body(c))).toContain("The advocate's recommendations are an outcome the child named, but not the child's first choice, and depart from the child's expressed wishes, set out in Part 5, for these reasons:");
    c.divergence = { diverges: true, childsChoice: 'first', explanation: 'x' };
    const r = checkCase(K, c);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['divergence.childsChoice', 'divergence-contradicts-choice']]);
  });
});

// Page 1's summary said nothing of a recommendation that is the child's second choice: Part 7
// said "… not the child's first choice: they are another outcome the child named", and a
// decision-maker who read only the first page took the recommendation for the child's own wish.
// The summary now says what Part 7 says, in the same sense, for each answer of the case.
describe('the summary says which of the child’s wishes the recommendation is, as Part 7 does', () => {
  const OTHER =
    "The child's wishes: These recommendations do not depart from what the child wants, but they are not the child's first choice: they are another outcome the child named. " +
    "The child's expressed wishes are set out in Part 5, in the child's words where possible, and how the recommendations stand against them in Part 7.";
  const DEPART_OTHER =
    "The child's wishes: These recommendations depart from what the child wants: they are an outcome the child named, but not the child's first choice. " +
    "The child's expressed wishes are set out in Part 5, in the child's words where possible, and the advocate's reasons for departing from them in Part 7.";
  const secondChoice = (divergence: Record<string, unknown>) => {
    const c = fixture('sponsor-per-alternative.json');
    c.alternatives[0].recommended = false;
    delete c.alternatives[0].preference;
    c.alternatives[1].preference = null;
    c.divergence = { explanation: 'Rosa withdrew her application; Ixchel said she would be happy with Marta.', ...divergence };
    return c;
  };

  it('another outcome the child named: the summary says it is not the child’s first choice, with the advocate’s summary and with Harbor’s', () => {
    const c = secondChoice({ diverges: false, childsChoice: 'other' });
    expect(summary(body(c))).toContain(OTHER);
    c.summary = null;
    expect(summary(body(c))).toContain(OTHER);
  });

  it('a departure to another outcome the child named says both, as Part 7 does', () => {
    const s = summary(body(secondChoice({ diverges: true, childsChoice: 'other' })));
    expect(s).toContain(DEPART_OTHER);
  });

  it('the child’s first choice, or no answer: nothing to correct, no line', () => {
    expect(summary(body(secondChoice({ diverges: false, childsChoice: 'first' })))).not.toContain("The child's wishes:");
    expect(summary(body(secondChoice({ diverges: false })))).not.toContain("The child's wishes:");
  });

  it.each(['pdf', 'docx'] as const)('%s: the line is on the summary, before Part 2 (in the PDF, on page 1)', async (format: Format) => {
    const bytes = (await generate({ kind: K, input: secondChoice({ diverges: false, childsChoice: 'other' }), format })).bytes;
    const t = format === 'pdf' ? squash(pdfPages(bytes)[0]!) : summary(squash(docxText(bytes)));
    expect(t).toContain(OTHER);
  });
});
