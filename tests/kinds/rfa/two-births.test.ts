// A disputed date of birth (docs/domain/rfa.md, "Two dates of birth"): two documents give two
// dates, or an age assessment another. The case records the other date and its source; the rules
// read both (OTIP must know the child may be a minor by either), and the page says which date the
// request uses and why both are shown, with the child's age at each event by both.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { errors, fixture, ok, withCase, type Json } from './support.js';

/** Both dates with their sources (the minimal case is prepared on 2026-03-07). */
const disputed = (used: string, other: string) => (c: Json) => {
  c.child.dateOfBirth = used;
  c.child.dateOfBirthEstimated = false;
  c.child.dateOfBirthSource = 'passport the employer held';
  c.child.otherDateOfBirth = other;
  c.child.otherDateOfBirthSource = 'birth certificate sent by the child’s mother';
};

describe('recording the other date', () => {
  it('is valid with both sources, and computes the ages by the other date', () => {
    const r = ok(withCase(disputed('2008-09-10', '2009-03-02')));
    // Prepared 2026-03-07: 17 by both; by the other, 18 on 2027-03-02.
    expect(r.computed.ageAtSubmission).toBe(17);
    expect(r.computed.otherDateOfBirth).toEqual({ ageAtSubmission: 17, lastDayUnder18: '2027-03-01', daysLeftAsMinor: 360 });
  });
  it('one date only: otherDateOfBirth is null', () => {
    expect(ok(withCase((c) => (c.child.dateOfBirth = '2009-03-02'))).computed.otherDateOfBirth).toBeNull();
  });
  it.each([
    ['without a date of birth (an age only)', (c: Json) => (disputed('2008-09-10', '2009-03-02')(c), delete c.child.dateOfBirth, delete c.child.dateOfBirthEstimated, (c.child.age = 16)), 'child.otherDateOfBirth other-date-of-birth'],
    ['the same date twice', disputed('2009-03-02', '2009-03-02'), 'child.otherDateOfBirth other-date-of-birth'],
    ['without its source', (c: Json) => (disputed('2008-09-10', '2009-03-02')(c), delete c.child.otherDateOfBirthSource), 'child.otherDateOfBirthSource other-date-of-birth'],
    ['without the source of the date used', (c: Json) => (disputed('2008-09-10', '2009-03-02')(c), (c.child.dateOfBirthSource = '  ')), 'child.dateOfBirthSource other-date-of-birth'],
    ['a source with no other date', (c: Json) => (c.child.otherDateOfBirthSource = 'age assessment'), 'child.otherDateOfBirthSource other-date-of-birth'],
  ])('refused: %s', (_, edit, expected) => {
    expect(errors(withCase(edit))).toContain(expected);
  });
});

describe('the rules read both dates', () => {
  it('18 by the date used, 17 by the other: child-not-a-minor is a warning naming the other, not an error', () => {
    // Used 2007-06-01: 18 since 2025-06-01. Other 2009-03-02: 17 on 2026-03-07.
    expect(errors(withCase((c) => (c.child.dateOfBirth = '2007-06-01')))).toContain('child.dateOfBirth child-not-a-minor');
    const r = ok(withCase(disputed('2007-06-01', '2009-03-02')));
    const w = r.warnings.find((x) => x.code === 'child-not-a-minor')!;
    expect(w.path).toBe('child.dateOfBirth');
    expect(w.message).toContain('By the other date of birth (birth certificate sent by the child’s mother) the child is 17');
    expect(w.message).toContain('OTIP decides which date is the child’s');
  });
  it('17 by the date used, 18 by the other: dates-of-birth-disagree', () => {
    const r = ok(withCase(disputed('2009-03-02', '2007-06-01')));
    const w = r.warnings.find((x) => x.code === 'dates-of-birth-disagree')!;
    expect(w.path).toBe('child.otherDateOfBirth');
    expect(w.message).toContain('by the other date of birth (birth certificate sent by the child’s mother) the child is 18 on the date the draft is prepared, an adult, while by the date of birth used the child is 17, a minor');
  });
  it('the other date’s 18th birthday within 14 days, the used one’s not: dates-of-birth-disagree says when', () => {
    // Other 2008-03-15: 18 on 2026-03-15, 8 days after 2026-03-07.
    const r = ok(withCase(disputed('2009-01-01', '2008-03-15')));
    expect(r.warnings.filter((x) => x.code === 'dates-of-birth-disagree').map((x) => x.message)).toEqual([
      'by the other date of birth (birth certificate sent by the child’s mother) the child turns 18 in 8 days: OTIP may take that date, so submit the request before then',
    ]);
  });
  it('an event between the two dates is not before birth: the earlier date bounds the events', () => {
    const edit = (c: Json) => (c.concern.events = [{ date: '2008-12-01', description: 'The recruiter first met the family.' }]);
    expect(errors(withCase((c) => ((c.child.dateOfBirth = '2009-03-02'), edit(c))))).toContain('concern.events.0.date date-before-birth');
    ok(withCase((c) => (disputed('2009-03-02', '2008-09-10')(c), edit(c))));
  });
});

describe('the page', () => {
  const c = fixture('full');
  disputed('2008-09-10', '2009-03-02')(c);
  it.each(['pdf', 'docx'] as const)('%s: which date is used and its source, the other with its source and why both, the ages at each event', async (format) => {
    const g = await generate({ kind: 'rfa', input: c, format });
    const text = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('September 10, 2008 (the date this request uses; source: passport the employer held)');
    expect(text).toContain('March 2, 2009 (source: birth certificate sent by the child’s mother). By this date the child is 17 when the draft is prepared; last day under 18: March 1, 2027.');
    expect(text).toContain('Both dates are shown because the documents disagree: the request uses the date of birth above, OTIP decides which is the child’s, and by both the child is a minor.');
    // The full case's events: 2025-08-01 (16 by both), 2025-10-15 to 2026-01-30 (17 by the date used, 16 by the other).
    expect(text).toContain('Child’s age then: 16 by either date of birth');
    expect(text).toContain('Child’s age at its start: 17 by the date of birth used, 16 by the other');
  });
});
