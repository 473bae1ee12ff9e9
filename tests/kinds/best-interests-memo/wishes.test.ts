// A recommendation against the child's expressed wishes says so on the first page, in the summary,
// whatever the advocate's own summary says (docs/domain/best-interests-memo.md, "Sections" 8): it
// was said in Part 7 alone, and a decision-maker who read the summary of full.json learned of the
// child's wish to work but not that the advocate recommends against it.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
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
