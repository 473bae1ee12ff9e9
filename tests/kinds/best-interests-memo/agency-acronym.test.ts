// The memo names the body that appointed the advocate by the agency rule every kind shares (kit
// organizationsInProse; docs/fields.md, "Formatting"): spelled out at its first mention, the
// acronym after it, and by the acronym once given. The "From:" line and the signatures' capacity
// printed an acronym of the rule's list as typed ("ORR Child Advocate"), so the appointment line
// under it spelled out, "by the Office of Refugee Resettlement (ORR)", an acronym the line above
// had already used; the T-visa's title and capacity followed the rule since its 2.25.0. The
// caption and the signatures go through one rule, in the order they print.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
import { fixture, K } from './cases.js';

const lines = (c: unknown) => bodyTexts(K, c, { tables: 'json', signatures: true });
/** The "From:" block: its line and the appointment line under it. */
const from = (c: unknown) => lines(c).find((x) => x.startsWith('From: '))!.split('\n');

describe('agencies in the memo’s caption and signatures', () => {
  it('an acronym in the advocate’s title is spelled out in the "From:" line; the appointment line and the capacity use it', () => {
    const c = fixture('full.json');
    c.advocate.title = 'ORR Child Advocate';
    c.advocate.appointedBy = 'ORR';
    const l = lines(c);
    expect(from(c)).toEqual([
      'From: Miriam Castellanos-Holt, Office of Refugee Resettlement (ORR) Child Advocate, Gulf Coast Child Advocacy Project',
      'Appointed under 8 U.S.C. § 1232(c)(6) by ORR on December 10, 2025',
    ]);
    // Under the signature, after the caption gave it: the acronym, as the T-visa's capacity keeps it.
    expect(l).toContain('Miriam Castellanos-Holt | ORR Child Advocate, Gulf Coast Child Advocacy Project | March 10, 2026 | ');
  });
  it('an organization typed as an acronym, the supervising attorney’s too', () => {
    const c = fixture('full.json');
    c.advocate.organization = 'HSI Houston';
    c.supervisingAttorney.organization = 'HSI Houston';
    const l = lines(c);
    expect(from(c)[0]).toBe('From: Miriam Castellanos-Holt, Child Advocate, Homeland Security Investigations (HSI) Houston');
    expect(l.filter((x) => x.includes('| Supervising Attorney, HSI Houston |'))).toHaveLength(1);
    expect(l.some((x) => x.includes('Homeland Security Investigations (HSI) Houston |'))).toBe(false);
  });
  it('an acronym used by none of them is spelled out where it is first printed, under a signature', () => {
    const c = fixture('full.json');
    c.supervisingAttorney.title = 'Supervising Attorney, DOL liaison';
    expect(lines(c).some((x) => x.includes('| Supervising Attorney, U.S. Department of Labor (DOL) liaison, Gulf Coast Child Advocacy Project |'))).toBe(true);
  });
  it('the full example, which types the appointing body in full, gives ORR’s acronym there: the caption and the memo use it after', () => {
    expect(from(fixture('full.json'))).toEqual([
      'From: Miriam Castellanos-Holt, Child Advocate, Gulf Coast Child Advocacy Project',
      'Appointed under 8 U.S.C. § 1232(c)(6) by the Office of Refugee Resettlement (ORR) on December 10, 2025',
    ]);
  });
});
