// ORR in the memo, by the agency rule every kind shares (kit organizationsInProse; docs/fields.md,
// "Formatting"; docs/domain/best-interests-memo.md). Round r60's review: the rule gave the acronym the full name's
// article after it had been introduced ("Appointed … by the ORR"), where ORR and USCIS write "ORR"
// bare ("transferred to the care and custody of ORR", ORR Unaccompanied Children Program Policy
// Guide, Introduction), as the rule's own table had it; and the caption's "Re:" ("ORR case no.")
// and "Decision by:" lines, the Time-sensitive box and Part 2 ("ORR's definition of best interest")
// printed "ORR" outside the rule, so a memo whose caption never spelled the agency out used the
// acronym unexplained, and one that spelled it out on the appointment line never gave the acronym
// the lines under it used.
import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../support/model-text.js';
import { fixture, K } from './cases.js';

const lines = (c: unknown) => bodyTexts(K, c, { tables: 'json', signatures: true });
const line = (c: unknown, start: string) => lines(c).find((x) => x.startsWith(start))!;
/** The memo's text, one string, and where the agency is first named. */
const text = (c: unknown) => lines(c).join('\n');
const firstOrr = (t: string) => t.indexOf('ORR');

/** A memo whose caption names no agency: a judge decides, no ORR case number, no appointing body. */
function judgesCase() {
  const c = fixture('full.json');
  c.decisionMaker = { type: 'immigration-judge', name: 'Immigration Judge Maria Ochoa' };
  c.recipient = 'Immigration Judge Maria Ochoa\nHouston Immigration Court';
  c.child.orrCaseNumber = null;
  c.advocate.appointedBy = null;
  c.nextHearingOn = '2026-04-13';
  return c;
}

describe('ORR in the memo', () => {
  it('after its first mention, ORR is bare, as ORR and USCIS write it: "by ORR", never "by the ORR"', () => {
    const c = fixture('full.json');
    c.advocate.title = 'ORR Child Advocate';
    c.advocate.appointedBy = 'Office of Refugee Resettlement';
    expect(line(c, 'From: ')).toContain('\nAppointed under 8 U.S.C. § 1232(c)(6) by ORR on December 10, 2025');
  });
  it('the appointing body typed in full gives the acronym the lines under it use', () => {
    const t = text(fixture('full.json'));
    expect(t).toContain('by the Office of Refugee Resettlement (ORR) on December 10, 2025');
    expect(firstOrr(t)).toBe(t.indexOf('(ORR)') + 1);
    expect(t).toContain('Re: Lucía Ajú Tzoc (A212345678; ORR case no. UC-2025-114782)');
    expect(t).toContain('Decision by: ORR Federal Field Specialist, Houston region');
    expect(t).toContain("each factor of ORR's definition of best interest (45 CFR 410.1001)");
  });
  it('"Re:" and "Decision by:" spell ORR out where they are its first mention', () => {
    const c = fixture('full.json');
    c.advocate.appointedBy = null;
    const t = text(c);
    expect(t).toContain('Re: Lucía Ajú Tzoc (A212345678; Office of Refugee Resettlement (ORR) case no. UC-2025-114782)');
    expect(t).toContain('Decision by: ORR Federal Field Specialist, Houston region');
    c.child.orrCaseNumber = null;
    expect(text(c)).toContain('Decision by: Office of Refugee Resettlement (ORR) Federal Field Specialist, Houston region');
  });
  it('the decision-maker named by Harbor’s label gives the acronym: "Decision by: Office of Refugee Resettlement (ORR)"', () => {
    const t = text(fixture('minimal.json'));
    expect(t).toContain('Decision by: Office of Refugee Resettlement (ORR)');
    expect(t).toContain("each factor of ORR's definition of best interest (45 CFR 410.1001)");
  });
  it('a memo whose caption never names ORR spells it out in Part 2, its first mention', () => {
    const t = text(judgesCase());
    expect(t).toContain('each factor of the definition of best interest that the Office of Refugee Resettlement (ORR) gives in 45 CFR 410.1001 and the two further factors');
    expect(firstOrr(t)).toBe(t.indexOf('(ORR)') + 1);
    // Used bare after it.
    expect(t).toContain('In ORR custody since');
  });
  it('or in the Time-sensitive box, when that comes first', () => {
    const c = judgesCase();
    c.child.dateOfBirth = '2008-04-01'; // 18 on April 1, 2026: the hearing on April 13 is after it
    const t = text(c);
    expect(t).toContain('Because Office of Refugee Resettlement (ORR) custody of an unaccompanied child ends at 18 (6 U.S.C. § 279(g)(2))');
    expect(firstOrr(t)).toBe(t.indexOf('(ORR)') + 1);
    expect(t).toContain('If the child is still in ORR custody on that birthday');
    expect(t).toContain("each factor of ORR's definition of best interest (45 CFR 410.1001)");
  });
  it('the "To:" lines are an address, printed as the recipient writes it', () => {
    const c = fixture('minimal.json');
    c.recipient = 'ORR Federal Field Specialist\nHouston';
    expect(line(c, 'To: ')).toBe('To: ORR Federal Field Specialist\nHouston');
    expect(text(c)).toContain('Decision by: Office of Refugee Resettlement (ORR)');
  });
});
