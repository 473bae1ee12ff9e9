// A draft that completes a request already submitted (Part B after Part A, `submittedAt`;
// docs/domain/rfa-deadline.md, "Part B after Part A"). OTIP received the request when Part A was
// submitted: a child under 18 then is a child for this request though 18 now, and its letter may
// issue after the birthday (OTIP-PI-16-01, May 11, 2016); the 24 hours are read at the submission.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { bodyTexts } from '../../support/model-text.js';
import { codes, errors, ok, withCase, type Json } from './support.js';

// Worked example: a Los Angeles caseworker learns of the concern at 10:00 AM PDT on July 8, 2026,
// submits Part A at 6:00 PM (8 hours later); the child turns 18 on July 10 (Eastern midnight is
// 9:00 PM PDT on July 9); Part B is drafted on July 20, when the child is 18.
const partB = (edit: (c: Json) => void = () => {}): Json =>
  withCase((c) => {
    c.requester.timeZone = 'America/Los_Angeles';
    c.child.dateOfBirth = '2008-07-10';
    c.discoveredAt = '2026-07-08T10:00:00-07:00';
    c.submittedAt = '2026-07-08T18:00:00-07:00';
    c.preparedAt = '2026-07-20T14:00:00-07:00';
    edit(c);
  });
const page = (c: Json): string => bodyTexts('rfa', c, { tables: 'cells' }).join('\n');

describe('Part B drafted after the 18th birthday, Part A submitted before it', () => {
  it('is a child’s request: no child-not-a-minor, no late warning, and the page says why (OTIP-PI-16-01)', () => {
    const r = ok(partB());
    expect(codes(r)).toEqual([]);
    expect(r.computed).toMatchObject({ ageAtPreparation: 18, daysLeftAsMinor: -10, submittedAt: '2026-07-08T18:00:00-07:00', dueReason: '24-hours' });
    const text = page(partB());
    expect(text).toContain('Wednesday, July 8, 2026, 6:00 PM PDT (8 hours after the concern was learned)');
    expect(text).toContain('The child has turned 18 since Part A was submitted. OTIP received the request while the child was under 18, so it decides on it as a child’s request, and the letter may be issued after the 18th birthday (OTIP-PI-16-01, May 11, 2016).');
    // Never told to submit what was submitted, nor that it is late.
    expect(text).not.toContain('Submit what is known');
    expect(text).not.toContain('Prepared after the deadline');
    expect(text).toContain('add what is new to that request in Shepherd now');
  });

  it('computed.ageAtSubmission is the age when OTIP received Part A, the age decided on; ageAtPreparation (deprecated) keeps its old values', () => {
    expect(ok(partB()).computed).toMatchObject({ ageAtSubmission: 17, ageAtPreparation: 18 });
    // Only an age given: the age given is the age at Part A's submission, which the old name held too.
    expect(ok(partB((x) => ((x.child.dateOfBirth = null), (x.child.age = 17)))).computed).toMatchObject({ ageAtSubmission: 17, ageAtPreparation: 17 });
    // No Part A yet: the request is received when prepared, and the two agree.
    expect(ok(withCase(() => undefined)).computed.ageAtSubmission).toBe(ok(withCase(() => undefined)).computed.ageAtPreparation);
  });

  it('without submittedAt the same draft is still refused: the draft stands for the request', () => {
    expect(errors(partB((c) => delete c.submittedAt))).toContain('child.dateOfBirth child-not-a-minor');
  });

  it('Part A submitted on or after the 18th birthday is refused, said at the submission', () => {
    const c = partB((x) => (x.submittedAt = '2026-07-10T01:00:00-07:00'));
    expect(errors(c)).toEqual(['child.dateOfBirth child-not-a-minor']);
  });

  it('Part A submitted after Eastern midnight began the birthday, the child 17 where submitted: turned-18-in-eastern-time at submittedAt, and no "turned 18 since" line', () => {
    const c = partB((x) => (x.submittedAt = '2026-07-09T21:30:00-07:00'));
    const r = ok(c);
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual(['submittedAt rfa-past-24-hours', 'submittedAt turned-18-in-eastern-time']);
    expect(page(c)).not.toContain('Turned 18 since Part A');
  });

  it('a late Part A is warned of at submittedAt and asks why; one on time is not, however late Part B is', () => {
    const late = ok(partB((x) => (x.submittedAt = '2026-07-09T11:00:00-07:00')));
    const w = late.warnings.find((x) => x.code === 'rfa-past-24-hours')!;
    expect(w.path).toBe('submittedAt');
    expect(w.message).toContain('Part A was submitted to OTIP 25 hours after the concern was learned');
    expect(late.computed.stillToFindOut.now.map((x: { path: string }) => x.path)).toContain('lateReason');
    expect(ok(partB()).computed.stillToFindOut.now.map((x: { path: string }) => x.path)).not.toContain('lateReason');
  });

  it('a child still 17, days before the birthday: no turns-18-soon (the request is in)', () => {
    const r = ok(partB((x) => (x.preparedAt = '2026-07-08T20:00:00-07:00')));
    expect(codes(r)).not.toContain('turns-18-soon');
    expect(codes(ok(partB((x) => ((x.preparedAt = '2026-07-08T20:00:00-07:00'), delete x.submittedAt))))).toContain('turns-18-soon');
  });

  it('a submission after the draft or before the concern was learned is refused', () => {
    // A submission the rules refuse is not read as one: the age is then taken at preparation (18).
    expect(errors(partB((x) => (x.submittedAt = '2026-07-20T15:00:00-07:00')))).toEqual(['submittedAt date-after-document-date', 'child.dateOfBirth child-not-a-minor']);
    expect(errors(partB((x) => ((x.submittedAt = '2026-07-08T09:00:00-07:00'), (x.preparedAt = '2026-07-08T20:00:00-07:00'))))).toEqual(['submittedAt date-after-document-date']);
  });

  it('an age alone with Part A submitted is the age then, OTIP’s: asked so, printed so, and 18 warned as 18 then', () => {
    expect(JSON.stringify(caseJsonSchema(getKind('rfa')))).toContain('for a draft completing a request whose Part A was already submitted (submittedAt), the age when Part A was submitted');
    const r = ok(partB((x) => ((x.child.dateOfBirth = null), (x.child.age = 18))));
    expect(r.warnings.find((w) => w.code === 'child-not-a-minor')!.message).toContain('by the age given the child was 18 or older when Part A was submitted');
    expect(page(partB((x) => ((x.child.dateOfBirth = null), (x.child.age = 17))))).toContain('About 17 when Part A was submitted (the age given');
    expect(page(withCase((x) => ((x.child.dateOfBirth = null), (x.child.age = 16))))).toContain('About 16 (the age given');
    expect(codes(ok(partB((x) => ((x.child.dateOfBirth = null), (x.child.age = 17)))))).not.toContain('turns-18-soon');
  });
});
