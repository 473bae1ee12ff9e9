// Ages, day counts and the dates of the best-interests memo (docs/domain/best-interests-memo.md:
// "Computed values", "The decision, its maker and its date"), run through the pipeline's
// `checkCase` on variants of the fixtures. Day counts are done by hand. The schema's rules are in
// schema.test.ts, the alternatives and the home study in alternatives.test.ts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { codes, errors, fixture, K, ok } from './cases.js';

describe('computed values', () => {
  it('full: age 15, 888 days to 18, 110 days in custody', () => {
    // 2026-03-10 → 2027-03-10 (365) → 2028-03-10 (366, leap) → 2028-08-14 (31+30+31+30+31+4 = 157)
    const r = ok(fixture('full.json'));
    expect(r.computed).toEqual({
      ageAtMemo: 15,
      eighteenthBirthday: '2028-08-14',
      daysUntil18: 888,
      dateOfBirthEstimated: false,
      daysInCustody: 110,
      contactsWithChild: 3,
      contactsWithOthers: 5,
      // A release to a sponsor of a child with an OTIP Eligibility Letter: 8 U.S.C. § 1232(c)(3)(B).
      homeStudyRequired: true,
      homeStudyGrounds: ['trafficking'],
    });
    expect(r.warnings).toEqual([]);
  });
  it('homeStudyRequired, derived and published, says yes exactly when there is a ground (every valid fixture)', () => {
    const names = readdirSync(new URL(`../../../fixtures/${K}/`, import.meta.url)).filter((n) => n.endsWith('.json') && !n.startsWith('invalid-'));
    expect(names.length).toBeGreaterThan(10);
    const seen = new Set<boolean>();
    for (const name of names) {
      const { homeStudyRequired, homeStudyGrounds } = ok(fixture(name)).computed;
      expect(homeStudyRequired, name).toBe(homeStudyGrounds.length > 0);
      seen.add(homeStudyRequired);
    }
    expect([...seen].sort()).toEqual([false, true]);
  });
  // A memo that reviewed no record rests on conversations alone: the warning says what to add, once,
  // on the list, and goes when one record is given (given or left out, the list is never an error).
  it('no record reviewed: warned, naming the records to add', () => {
    const none = ok(fixture('no-records-reviewed.json')).warnings;
    expect(none.map((w) => [w.path, w.code])).toEqual([['recordsReviewed', 'no-records-reviewed']]);
    expect(none[0].message).toMatch(/add each record read for it, with its date \(the ORR case file, a home study, school, medical or mental-health records/);
    const c = fixture('no-records-reviewed.json');
    delete c.recordsReviewed;
    expect(codes(ok(c).warnings)).toEqual(['no-records-reviewed']);
    c.recordsReviewed = [{ description: 'Shelter school report card' }];
    expect(ok(c).warnings).toEqual([]);
  });
  it('immigration relief pending: filed on or before the memo date, and an "other" says what it is', () => {
    const c = fixture('pending-relief.json');
    expect(ok(c).warnings).toEqual([]);
    c.pendingRelief[0].filedOn = '2026-01-16'; // the memo is of 2026-01-15
    c.pendingRelief.push({ type: 'other' });
    expect(errors(c)).toEqual([
      ['pendingRelief.0.filedOn', 'date-after-document-date'],
      ['pendingRelief.2.detail', 'other-not-described'],
    ]);
  });
  it('minimal (contract fields only): age 16, 471 days to 18, no custody count', () => {
    // 2026-01-15 → 2027-01-15 (365) → 2027-05-01 (31+28+31+16 = 106)
    const r = ok(fixture('minimal.json'));
    expect(r.computed).toMatchObject({ ageAtMemo: 16, daysUntil18: 471, daysInCustody: null });
  });
  it('implicated-parent: 1690 days to 18 and 139 days in custody', () => {
    // 2026-02-16 → 2030-02-16 (4×365 + 1 for 2028-02-29 = 1461) → 2030-10-03 (28+31+30+31+30+31+31+17 = 229)
    // custody 2025-09-30 → 2026-02-16: 30+31+30+31+17 = 139
    expect(ok(fixture('implicated-parent.json')).computed).toMatchObject({ ageAtMemo: 13, daysUntil18: 1690, daysInCustody: 139 });
  });
});

describe('turns-18-within-90-days (warning)', () => {
  const at = (dob: string) => ({ ...fixture('minimal.json'), preparedOn: '2026-03-10', child: { ...fixture('minimal.json').child, dateOfBirth: dob } });
  it('warns at exactly 90 days (2026-03-10 + 21 + 30 + 31 + 8 = 2026-06-08)', () => {
    const r = ok({ ...at('2008-06-08'), contacts: [{ date: '2026-03-01', person: 'T', role: 'child' }] });
    expect(r.computed.daysUntil18).toBe(90);
    expect(r.warnings).toEqual([{ path: 'child.dateOfBirth', code: 'turns-18-soon', message: expect.stringContaining('90 days') }]);
  });
  it('does not warn at 91 days', () => {
    const r = ok({ ...at('2008-06-09'), contacts: [{ date: '2026-03-01', person: 'T', role: 'child' }] });
    expect(r.computed.daysUntil18).toBe(91);
    expect(codes(r.warnings)).toEqual([]);
  });
  it('warns on the last day before the 18th birthday (1 day)', () => {
    const r = ok({ ...at('2008-03-11'), contacts: [{ date: '2026-03-01', person: 'T', role: 'child' }] });
    expect(r.computed).toMatchObject({ ageAtMemo: 17, daysUntil18: 1 });
    expect(codes(r.warnings)).toEqual(['turns-18-soon']);
  });
});

describe('errors', () => {
  const min = () => fixture('minimal.json');
  it('adult-at-memo-date on the 18th birthday itself, not the day before', () => {
    expect(errors({ ...min(), child: { ...min().child, dateOfBirth: '2008-01-15' } })).toEqual([['child.dateOfBirth', 'child-not-a-minor']]);
    expect(ok({ ...min(), child: { ...min().child, dateOfBirth: '2008-01-16' } }).computed.daysUntil18).toBe(1);
  });
  it('child-not-a-minor says when the age comes from an estimated date of birth', () => {
    const adult = (estimated: boolean) => checkCase(K, { ...min(), child: { ...min().child, dateOfBirth: '2008-01-15', dateOfBirthEstimated: estimated } });
    const message = (r: ReturnType<typeof checkCase>) => (r.ok ? '' : r.errors[0]!.message);
    expect(message(adult(true))).toContain('18 or older on the memo date (from an estimated date of birth)');
    expect(message(adult(false))).not.toContain('estimated');
  });
  it('a 29 February birth is still a minor on 28 February of a common year and 18 on 1 March (shared calendar rule)', () => {
    const c = { ...min(), preparedOn: '2026-02-28', child: { ...min().child, dateOfBirth: '2008-02-29' } };
    expect(ok(c).computed.daysUntil18).toBe(1);
    expect(errors({ ...c, preparedOn: '2026-03-01' })).toEqual([['child.dateOfBirth', 'child-not-a-minor']]);
  });
  it('date-after-document-date', () => {
    expect(errors({ ...min(), child: { ...min().child, dateOfBirth: '2026-01-16' } })).toEqual([['child.dateOfBirth', 'date-after-document-date']]);
  });
  it('no-contact-with-child when only other people were consulted', () => {
    const c = { ...min(), contacts: [{ date: '2026-01-10', person: 'A', role: 'parent' }, { date: '2026-01-11', person: 'B', role: 'sponsor' }] };
    expect(errors(c)).toEqual([['contacts', 'no-contact-with-child']]);
  });
  it('no-contact-with-child with an empty contact list', () => {
    expect(errors({ ...min(), contacts: [] })).toEqual([['contacts', 'no-contact-with-child']]);
  });
  it('contact-after-memo-date names each late contact; a contact on the memo date is fine', () => {
    const c = {
      ...min(),
      contacts: [
        { date: '2026-01-15', person: 'T', role: 'child' },
        { date: '2026-01-16', person: 'A', role: 'parent' },
        { date: '2027-01-01', person: 'B', role: 'clinician' },
      ],
    };
    expect(errors(c)).toEqual([
      ['contacts.1.date', 'date-after-document-date'],
      ['contacts.2.date', 'date-after-document-date'],
    ]);
    expect(ok({ ...min(), contacts: [{ date: '2026-01-15', person: 'T', role: 'child' }] }).ok).toBe(true);
  });
  it('a single contact with the child after the memo date is reported as late', () => {
    const c = { ...min(), contacts: [{ date: '2026-02-01', person: 'T', role: 'child' }] };
    // The contact exists (so no-contact-with-child does not fire) but it is after the memo date.
    expect(errors(c)).toEqual([['contacts.0.date', 'date-after-document-date']]);
  });
  it('admission dates outside birth..memo', () => {
    expect(errors({ ...min(), child: { ...min().child, admittedToCustodyOn: '2026-01-16' } })).toEqual([['child.admittedToCustodyOn', 'date-after-document-date']]);
    expect(errors({ ...min(), child: { ...min().child, admittedToCustodyOn: '2009-04-30' } })).toEqual([['child.admittedToCustodyOn', 'date-before-birth']]);
    expect(ok({ ...min(), child: { ...min().child, admittedToCustodyOn: '2026-01-15' } }).computed.daysInCustody).toBe(0);
  });
  it('only the two decision dates may be after the memo date: the appointment, a record reviewed and a related document may not', () => {
    // The domain file: nextHearingOn and decisionExpectedOn "are the only future dates the memo accepts".
    const f = fixture('full.json'); // memo 2026-03-10
    f.advocate.appointedOn = '2026-03-11';
    f.recordsReviewed[1].date = '2026-04-01';
    f.background.relatedDocuments[1].date = '2027-01-20';
    expect(errors(f)).toEqual([
      ['advocate.appointedOn', 'date-after-document-date'],
      ['recordsReviewed.1.date', 'date-after-document-date'],
      ['background.relatedDocuments.1.date', 'date-after-document-date'],
    ]);
    // On the memo date itself each is fine.
    f.advocate.appointedOn = f.recordsReviewed[1].date = f.background.relatedDocuments[1].date = '2026-03-10';
    expect(ok(f).ok).toBe(true);
  });
  it('a contact before the child’s birth is refused (date-before-birth); on the birth date it is not', () => {
    // minimal: born 2009-05-01
    const c = (date: string) => ({ ...min(), contacts: [...min().contacts, { date, person: 'A', role: 'parent' }] });
    expect(errors(c('2009-04-30'))).toEqual([['contacts.1.date', 'date-before-birth']]);
    expect(ok(c('2009-05-01')).ok).toBe(true);
  });
});


// Issue #15 points 10–12 (docs/domain/best-interests-memo.md: "Alternatives considered", "Home study:
// a requirement of law, not a condition", "The decision, its maker and its date").
describe('the decision-maker and the next hearing', () => {
  // Addressed to the court that decides (addressee-not-decision-maker: minimal.json is addressed to ORR).
  const ij = (patch: Record<string, unknown>) => ({ ...fixture('minimal.json'), decisionMaker: { type: 'immigration-judge' }, recipient: 'Immigration Judge, Houston Immigration Court', ...patch });
  it('hearing-date-required when an immigration judge decides and no hearing date is given', () => {
    expect(errors(ij({}))).toEqual([['nextHearingOn', 'hearing-date-required']]);
  });
  it('a hearing on the memo date itself is the next hearing; the day before is not', () => {
    expect(ok(ij({ nextHearingOn: '2026-01-15' })).warnings).toEqual([]);
    expect(errors(ij({ nextHearingOn: '2026-01-14' }))).toEqual([['nextHearingOn', 'hearing-before-memo-date']]);
  });
  it('a hearing years after the memo is accepted (a future date, unlike every other date of the memo)', () => {
    // …but minimal's child (born 2009-05-01) turns 18 on 2027-05-01: a hearing in 2028 is after it.
    expect(ok(ij({ nextHearingOn: '2027-04-30' })).warnings).toEqual([]);
    expect(codes(ok(ij({ nextHearingOn: '2028-06-30' })).warnings)).toEqual(['decision-after-18']);
  });
  it('a decision expected before the memo date is refused (decision-before-memo-date); on the memo date it is not', () => {
    // minimal: memo 2026-01-15, ORR decides. The caption would print "decision expected by" a past date.
    expect(errors({ ...fixture('minimal.json'), decisionExpectedOn: '2026-01-14' })).toEqual([['decisionExpectedOn', 'decision-before-memo-date']]);
    expect(ok({ ...fixture('minimal.json'), decisionExpectedOn: '2026-01-15' }).warnings).toEqual([]);
    // With a hearing too, each date is judged on its own.
    expect(errors(ij({ nextHearingOn: '2026-01-14', decisionExpectedOn: '2026-01-14' }))).toEqual([
      ['nextHearingOn', 'hearing-before-memo-date'],
      ['decisionExpectedOn', 'decision-before-memo-date'],
    ]);
  });
  it('ORR decides: no hearing date needed', () => {
    expect(ok(fixture('minimal.json')).computed.homeStudyRequired).toBe(false);
  });
  it('the decision-maker and the kind of decision are required', () => {
    const { decisionMaker: _d, decisionType: _t, ...rest } = fixture('minimal.json');
    expect(errors(rest).map(([p]) => p).sort()).toEqual(['decisionMaker', 'decisionType']);
  });
});

// Practitioner review, m1: ORR's custody ends at 18 (6 U.S.C. § 279(g)(2)); a hearing or decision on
// or after the 18th birthday may leave the recommendation moot.
describe('decision-after-18 (warning)', () => {
  // m1's dates: memo 2026-03-10, born 2008-03-29 (estimated), an immigration judge, hearing 2026-03-30.
  const m1 = (patch: Record<string, unknown> = {}) => {
    const c = fixture('decision-after-18.json');
    return { ...c, ...patch };
  };
  const issues = (ws: any[]) => ws.map((w) => [w.path, w.code]);
  it('a hearing the day after the 18th birthday: warned at nextHearingOn, besides turns-18-soon', () => {
    // 2026-03-10 → 2026-03-29: 31 − 10 + … = 19 days; the hearing on 2026-03-30 is 1 day after.
    const r = ok(m1());
    expect(r.computed).toMatchObject({ ageAtMemo: 17, eighteenthBirthday: '2026-03-29', daysUntil18: 19, dateOfBirthEstimated: true });
    expect(issues(r.warnings)).toEqual([['child.dateOfBirth', 'turns-18-soon'], ['nextHearingOn', 'decision-after-18']]);
    const w = r.warnings[1];
    expect(w.message).toContain('the next hearing is one day after the child’s 18th birthday (from an estimated date of birth)');
    expect(w.message).toContain('6 U.S.C. § 279(g)(2)');
    // Day counts only: never the case's dates.
    expect(w.message).not.toMatch(/2026|March/);
  });
  it('on the birthday itself it warns; the day before it does not', () => {
    expect(ok(m1({ nextHearingOn: '2026-03-29' })).warnings[1].message).toContain('the next hearing is on the child’s 18th birthday');
    expect(issues(ok(m1({ nextHearingOn: '2026-03-28' })).warnings)).toEqual([['child.dateOfBirth', 'turns-18-soon']]);
  });
  it('a decision expected by ORR after the birthday: warned at decisionExpectedOn, with its own day count', () => {
    // 2026-03-29 → 2026-04-02: 4 days.
    const r = ok(m1({ decisionMaker: { type: 'orr' }, recipient: 'Federal Field Specialist, Office of Refugee Resettlement', nextHearingOn: null, decisionExpectedOn: '2026-04-02' }));
    expect(issues(r.warnings)).toEqual([['child.dateOfBirth', 'turns-18-soon'], ['decisionExpectedOn', 'decision-after-18']]);
    expect(r.warnings[1].message).toContain('the date by which the decision is expected is four days after the child’s 18th birthday');
  });
  it('both dates given and both late: one warning each, at its own field', () => {
    expect(issues(ok(m1({ decisionExpectedOn: '2026-04-15' })).warnings)).toEqual([
      ['child.dateOfBirth', 'turns-18-soon'],
      ['nextHearingOn', 'decision-after-18'],
      ['decisionExpectedOn', 'decision-after-18'],
    ]);
  });
  it('a birthday far off still warns when the hearing is after it (no turns-18-soon then)', () => {
    // full: born 2010-08-14, 18 on 2028-08-14; hearing 2028-09-01 is 18 days after. Its decision
    // expected March 31, 2026 is left out: before the judge's hearing, it is decision-before-hearing.
    const r = ok({ ...fixture('full.json'), decisionMaker: { type: 'immigration-judge' }, recipient: 'Immigration Judge, Houston Immigration Court', nextHearingOn: '2028-09-01', decisionExpectedOn: null });
    expect(issues(r.warnings)).toEqual([['nextHearingOn', 'decision-after-18']]);
    expect(r.warnings[0].message).toContain('18 days after the child’s 18th birthday:');
  });
  it('a known date of birth: the messages do not say estimated', () => {
    const r = ok(m1({ child: { ...m1().child, dateOfBirthEstimated: false } }));
    expect(r.computed.dateOfBirthEstimated).toBe(false);
    for (const w of r.warnings) expect(w.message).not.toContain('estimated');
  });
  it('the turns-18-soon message says when the date of birth is estimated', () => {
    expect(ok(m1()).warnings[0].message).toBe('the child turns 18 within 90 days of the memo date (in 19 days, from an estimated date of birth); plan for the 18th birthday');
  });
});

// A Special Immigrant Juvenile petition rests on a finding that return to the child's or a parent's
// country is not in the child's best interest (8 U.S.C. § 1101(a)(27)(J)(ii); domain file,
// "Immigration relief pending"): a memo recommending the return a parent abroad asks for, while the
// petition is pending, is warned at that alternative. Fixture return-against-sij-finding.json:
// pending-relief.json with the mother in Peru asking for Tomás's return, and the return recommended.
describe('return-against-sij-finding (warning)', () => {
  const warned = (c: unknown) => ok(c).warnings.filter((w) => w.code === 'return-against-sij-finding');
  it('a recommended return beside a pending SIJ petition, naming the petition and the statute', () => {
    const w = warned(fixture('return-against-sij-finding.json'));
    expect(w.map((x) => x.path)).toEqual(['alternatives.0.recommended']);
    expect(w[0].message).toContain('(pendingRelief.1)');
    expect(w[0].message).toContain('8 U.S.C. § 1101(a)(27)(J)(ii)');
  });
  it('not when the return is weighed and not recommended, nor when no SIJ petition is pending (asylum alone)', () => {
    const c = fixture('return-against-sij-finding.json');
    c.alternatives[0].recommended = false;
    c.alternatives[1].recommended = true;
    expect(warned(c)).toEqual([]);
    const asylum = fixture('return-against-sij-finding.json');
    asylum.pendingRelief = asylum.pendingRelief.filter((r: any) => r.type !== 'special-immigrant-juvenile');
    expect(warned(asylum)).toEqual([]);
  });
});

// A return recommended while asylum, a T visa or other relief is pending, which the departure would
// end or put at risk (domain file, "Immigration relief pending"): the memo said nothing of it, and
// the judge or ORR found it. Warned at that alternative, naming each application and its rule; a
// U petition with what was read of it and no rule (8 CFR 214.14 is not in the stored sources; it
// was left out on a secondary account); an SIJ petition, warned by its own rule, is not named.
// Fixture departure-while-relief-pending.json: asylum, T and U pending.
describe('departure-while-relief-pending (warning)', () => {
  const warned = (c: unknown) => ok(c).warnings.filter((w) => w.code === 'departure-while-relief-pending');
  const withRelief = (...types: string[]) => {
    const c = fixture('departure-while-relief-pending.json');
    c.pendingRelief = types.map((type) => (type === 'other' ? { type, detail: 'a state-court guardianship petition' } : { type }));
    return c;
  };
  it('asylum, a T visa and a U visa pending: one warning naming the three, the first two with their rules', () => {
    const w = warned(fixture('departure-while-relief-pending.json'));
    expect(w.map((x) => x.path)).toEqual(['alternatives.0.recommended']);
    expect(w[0].message).toContain('the asylum application (pendingRelief.0), which an applicant who leaves the United States without advance parole is presumed to have abandoned (8 CFR 208.8(a))');
    expect(w[0].message).toContain('the T visa application (pendingRelief.1), which needs the child’s physical presence in the United States on account of the trafficking (8 CFR 214.202(b))');
    expect(w[0].message).toContain(
      'the U visa petition (pendingRelief.2), which USCIS officials have said may be approved for a petitioner abroad, the visa then issued by a consulate (CIS Ombudsman, recap of June 20, 2011)',
    );
    // It claims no rule for the U petition: no regulation of its own is cited.
    expect(w[0].message).not.toMatch(/214\.14/);
    expect(w[0].message).toContain('what becomes of each if the child leaves');
  });
  it('other relief: named by its path, since Harbor cannot say what a departure does to it', () => {
    expect(warned(withRelief('special-immigrant-juvenile', 'other'))[0].message).toContain('the relief described in pendingRelief.1.detail, whatever a departure does to it: say in this alternative’s reason what becomes of it');
  });
  it('a U visa petition alone is named: a departure was taken to do nothing to it on a secondary account', () => {
    expect(warned(withRelief('u-visa')).map((w) => w.path)).toEqual(['alternatives.0.recommended']);
  });
  it('not for an SIJ petition alone, nor with no relief pending, nor when the return is not recommended', () => {
    expect(warned(withRelief('special-immigrant-juvenile'))).toEqual([]);
    expect(warned(withRelief())).toEqual([]);
    const c = fixture('departure-while-relief-pending.json');
    c.alternatives[0].recommended = false;
    c.alternatives[1].recommended = true;
    expect(warned(c)).toEqual([]);
  });
  it('beside an SIJ petition, both warnings: the finding and the asylum application left', () => {
    expect(ok(fixture('return-against-sij-finding.json')).warnings.map((w) => w.code)).toEqual(['return-against-sij-finding', 'departure-while-relief-pending']);
  });
});
