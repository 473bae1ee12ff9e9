// Dates of the memo that contradict each other or the child's birth (docs/domain/best-interests-memo.md,
// "Dates that contradict each other"): a judge's decision expected before the hearing it comes
// from, an OTIP letter before the request it answers, and what is about the child dated before the
// child was born, each printed without a word.
import { describe, expect, it } from 'vitest';
import { errors, fixture, ok } from './cases.js';

const warned = (c: unknown, code: string) => ok(c).warnings.filter((w) => w.code === code).map((w) => w.path);

describe('decision-before-hearing: an immigration judge’s decision expected before the next hearing', () => {
  // pending-relief.json: Immigration Judge, memo January 15, 2026, next hearing April 14, 2026.
  const judge = (decisionExpectedOn: string) => ({ ...fixture('pending-relief.json'), decisionExpectedOn });
  it('warns a decision expected the day before the hearing, not on the hearing day or after it', () => {
    expect(warned(judge('2026-04-13'), 'decision-before-hearing')).toEqual(['decisionExpectedOn']);
    expect(warned(judge('2026-04-14'), 'decision-before-hearing')).toEqual([]);
    expect(warned(judge('2026-05-01'), 'decision-before-hearing')).toEqual([]);
  });
  it('not for ORR, which may decide a release before a court’s hearing', () => {
    const c = { ...judge('2026-04-01'), decisionMaker: { type: 'orr', name: 'ORR Federal Field Specialist, Chicago region' }, recipient: 'ORR Federal Field Specialist, Chicago region' };
    expect(warned(c, 'decision-before-hearing')).toEqual([]);
  });
});

describe('letter-before-request: an OTIP letter dated before every Request for Assistance listed', () => {
  // full.json: RFA December 2, 2025; OTIP Eligibility Letter January 20, 2026.
  const letterOn = (date: string | null, type = 'otip-eligibility-letter') => {
    const c = fixture('full.json');
    c.background.relatedDocuments[1] = { ...c.background.relatedDocuments[1], type, date };
    return c;
  };
  it('warns a letter the day before the request, not on its day, nor an undated letter', () => {
    expect(warned(letterOn('2025-12-01'), 'letter-before-request')).toEqual(['background.relatedDocuments.1.date']);
    expect(warned(letterOn('2025-12-01', 'otip-interim-assistance-letter'), 'letter-before-request')).toEqual(['background.relatedDocuments.1.date']);
    expect(warned(letterOn('2025-12-02'), 'letter-before-request')).toEqual([]);
    expect(warned(letterOn(null), 'letter-before-request')).toEqual([]);
  });
  it('not when no request is listed with a date, nor for a document that answers none', () => {
    const c = letterOn('2025-11-01');
    c.background.relatedDocuments[0].date = null;
    expect(warned(c, 'letter-before-request')).toEqual([]);
    const other = letterOn('2025-11-01', 'other');
    other.background.relatedDocuments[1].reference = 'school enrollment letter';
    expect(warned(other, 'letter-before-request')).toEqual([]);
  });
});

describe('date-before-birth: what is about the child is not dated before the birth', () => {
  // full.json, each date set to the day before the child's birth.
  const dayBefore = (c: any) => {
    const d = new Date(`${c.child.dateOfBirth}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };
  it('the appointment, a related document, a quotation and a pending filing; not a record reviewed', () => {
    const c = fixture('full.json');
    const before = dayBefore(c);
    c.advocate.appointedOn = before;
    c.background.relatedDocuments[0].date = before;
    c.childsWords[0].saidOn = before;
    c.pendingRelief = [{ type: 'asylum', filedOn: before }];
    c.recordsReviewed[0].date = before;
    expect(errors(c)).toEqual([
      ['advocate.appointedOn', 'date-before-birth'],
      ['background.relatedDocuments.0.date', 'date-before-birth'],
      ['childsWords.0.saidOn', 'date-before-birth'],
      ['pendingRelief.0.filedOn', 'date-before-birth'],
    ]);
    const onBirth = fixture('full.json');
    onBirth.childsWords[0].saidOn = onBirth.child.dateOfBirth;
    ok(onBirth);
  });
});
