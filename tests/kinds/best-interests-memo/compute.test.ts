// Schema and legal rules of the best-interests memo (docs/domain/best-interests-memo.md), run
// through the pipeline's `checkCase` on variants of the fixtures. Day counts are done by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';

const K = 'best-interests-memo';
function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}`, import.meta.url), 'utf8'));
}
function ok(c: unknown) {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(`expected a valid case, got ${JSON.stringify(r.errors)}`);
  return r as { ok: true; computed: any; warnings: any[] };
}
function errors(c: unknown): Array<[string, string]> {
  const r = checkCase(K, c);
  if (r.ok) throw new Error('expected an invalid case');
  return r.errors.map((e) => [e.path, e.code]);
}
const codes = (ws: any[]) => ws.map((w) => w.code);

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
    });
    expect(r.warnings).toEqual([]);
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

describe('schema', () => {
  const min = () => fixture('minimal.json');
  it('every factor must be addressed; "not applicable" needs a reason', () => {
    const f = { ...min().factors };
    delete f.identity;
    expect(errors({ ...min(), factors: f })).toEqual([['factors.identity', 'factor-not-addressed']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: { notApplicable: '  ' } } })).toEqual([['factors.health.notApplicable', 'too-small']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: '' } })).toEqual([['factors.health', 'too-small']]);
    expect(errors({ ...min(), factors: { ...min().factors, health: 42 } })).toEqual([['factors.health', 'invalid-type']]);
  });
  it('a factor may be written in four forms, all meaning the same', () => {
    const accepts = (health: unknown) => {
      const r = checkCase(K, { ...min(), factors: { ...min().factors, health } });
      expect(r.ok).toBe(true);
    };
    accepts('Analysis.');
    accepts({ analysis: 'Analysis.' });
    accepts({ notApplicable: 'Reason.' });
    accepts({ notApplicable: true, reason: 'Reason.' });
    accepts({ notApplicable: false, analysis: 'Analysis.' });
  });
  it('a malformed factor object gets a message about its form', () => {
    const f = (health: unknown) => errors({ ...min(), factors: { ...min().factors, health } });
    expect(f({ notApplicable: true })).toEqual([['factors.health.reason', 'not-applicable-needs-reason']]);
    expect(f({ analysis: 'A.', notApplicable: 'R.' })).toEqual([['factors.health', 'factor-form']]);
    expect(f({ notApplicable: 'R.', reason: 'Q.' })).toEqual([['factors.health', 'factor-form']]);
    expect(f({})).toEqual([['factors.health', 'factor-not-addressed']]);
    expect(f({ notApplicable: false })).toEqual([['factors.health', 'factor-not-addressed']]);
    expect(f({ analysis: '' })).toEqual([['factors.health.analysis', 'too-small']]);
  });
  it('a divergence must be explained', () => {
    expect(errors({ ...min(), divergence: { diverges: true, explanation: ' ' } })).toEqual([['divergence.explanation', 'divergence-unexplained']]);
    expect(ok({ ...min(), divergence: { diverges: false } }).ok).toBe(true);
  });
  it('dates must be real yyyy-mm-dd dates', () => {
    expect(errors({ ...min(), preparedOn: '2026-02-29' })).toEqual([['preparedOn', 'invalid-date']]);
    expect(errors({ ...min(), contacts: [{ date: '01/12/2026', person: 'T', role: 'child' }] })).toEqual([['contacts.0.date', 'invalid-date']]);
  });
  it('contact roles and modes come from a closed list', () => {
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'Child' }] })).toEqual([['contacts.0.role', 'invalid-value']]);
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: 'letter' }] })).toEqual([['contacts.0.mode', 'invalid-value']]);
  });
  it('A-numbers of 8 or 9 digits are printed as A + 9 digits (the kit rule: 7 digits are refused)', () => {
    const a = (n: string) => checkCase(K, { ...min(), child: { ...min().child, aNumber: n } });
    expect(errors({ ...min(), child: { ...min().child, aNumber: 'A12-34' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
    expect(errors({ ...min(), child: { ...min().child, aNumber: '1234567890' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
    expect(a('A-212-345-678').ok).toBe(true);
    expect(a('12345678').ok).toBe(true);
    expect(errors({ ...min(), child: { ...min().child, aNumber: '1234567' } })).toEqual([['child.aNumber', 'invalid-a-number']]);
  });
  it('an empty string (a blank CSV cell) in an optional field means "not given"', () => {
    const r = ok({
      ...min(),
      child: { ...min().child, aNumber: '', admittedToCustodyOn: '', countryOfBirth: '' },
      contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: '', language: '' }],
    });
    expect(r.computed.daysInCustody).toBeNull();
    // …while a wrong value in the same fields keeps its own code
    expect(errors({ ...min(), child: { ...min().child, admittedToCustodyOn: '2026-1-2' } })).toEqual([['child.admittedToCustodyOn', 'invalid-date']]);
    expect(errors({ ...min(), contacts: [{ date: '2026-01-12', person: 'T', role: 'child', mode: 'fax' }] })).toEqual([['contacts.0.mode', 'invalid-value']]);
  });
  it('at least one recommendation', () => {
    expect(errors({ ...min(), recommendations: [] })).toEqual([['recommendations', 'too-small']]);
  });
  it('messages never quote the case data', () => {
    const secret = 'Zyxwv-Secret-Name';
    const r = checkCase(K, { ...min(), preparedOn: secret, child: { ...min().child, dateOfBirth: secret }, contacts: [{ date: '2026-01-12', person: secret, role: secret }] });
    expect(JSON.stringify(r)).not.toContain(secret);
  });
});

// Issue #15 points 10–12 (docs/domain/best-interests-memo.md: "Alternatives considered", "Home study:
// a requirement of law, not a condition", "The decision, its maker and its date").
describe('the decision-maker and the next hearing', () => {
  const ij = (patch: Record<string, unknown>) => ({ ...fixture('minimal.json'), decisionMaker: { type: 'immigration-judge' }, ...patch });
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
    expect(w.message).toContain('the next hearing is 1 day after the child’s 18th birthday (from an estimated date of birth)');
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
    const r = ok(m1({ decisionMaker: { type: 'orr' }, nextHearingOn: null, decisionExpectedOn: '2026-04-02' }));
    expect(issues(r.warnings)).toEqual([['child.dateOfBirth', 'turns-18-soon'], ['decisionExpectedOn', 'decision-after-18']]);
    expect(r.warnings[1].message).toContain('the date by which the decision is expected is 4 days after the child’s 18th birthday');
  });
  it('both dates given and both late: one warning each, at its own field', () => {
    expect(issues(ok(m1({ decisionExpectedOn: '2026-04-15' })).warnings)).toEqual([
      ['child.dateOfBirth', 'turns-18-soon'],
      ['nextHearingOn', 'decision-after-18'],
      ['decisionExpectedOn', 'decision-after-18'],
    ]);
  });
  it('a birthday far off still warns when the hearing is after it (no turns-18-soon then)', () => {
    // full: born 2010-08-14, 18 on 2028-08-14; hearing 2028-09-01 is 18 days after.
    const r = ok({ ...fixture('full.json'), decisionMaker: { type: 'immigration-judge' }, nextHearingOn: '2028-09-01' });
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

describe('alternatives considered', () => {
  it('at least one option weighed', () => {
    expect(errors({ ...fixture('minimal.json'), alternatives: [] })).toEqual([['alternatives', 'too-small']]);
  });
  it('urm-not-considered: an Eligibility Letter and no URM alternative; gone once URM is listed', () => {
    const full = fixture('full.json');
    const without = { ...full, alternatives: full.alternatives.filter((a: any) => a.option !== 'unaccompanied-refugee-minors') };
    expect(codes(ok(without).warnings)).toEqual(['urm-not-considered']);
    expect(codes(ok(full).warnings)).toEqual([]);
  });
  it('no-alternative-recommended when every option weighed is marked not recommended; gone once one is', () => {
    const none = fixture('minimal.json');
    none.alternatives[0].recommended = false;
    expect(ok(none).warnings).toEqual([{ path: 'alternatives', code: 'no-alternative-recommended', message: expect.stringContaining('no alternative is recommended') }]);
    expect(ok(fixture('minimal.json')).warnings).toEqual([]);
    // A service alone ("other") recommended is a recommended alternative too.
    none.alternatives.push({ option: 'other', description: 'Post-release services', recommended: true, reason: 'Support.' });
    expect(ok(none).warnings).toEqual([]);
  });
  it('other-not-described: an "other" decision-maker, related document or alternative must say what it is', () => {
    const c = fixture('minimal.json');
    c.decisionMaker = { type: 'other' };
    c.background = { relatedDocuments: [{ type: 'other' }, { type: 'rfa' }] };
    c.alternatives.push({ option: 'other', recommended: false, reason: 'R.' });
    expect(errors(c)).toEqual([
      ['decisionMaker.name', 'other-not-described'],
      ['background.relatedDocuments.0.reference', 'other-not-described'],
      ['alternatives.2.description', 'other-not-described'],
    ]);
    // Each said: valid. A contact of role "other" is named by its person and needs no detail.
    c.decisionMaker.name = 'Family court judge';
    c.background.relatedDocuments[0].reference = 'Birth certificate';
    c.alternatives[2].description = 'Referral to a community mentoring program';
    c.contacts.push({ date: '2026-01-13', person: 'Ana Ruiz', role: 'other' });
    expect(ok(c).warnings).toEqual([]);
  });
  it('decision-not-weighed: a release or voluntary-departure decision whose option is not among the alternatives', () => {
    const vd = { ...fixture('minimal.json'), decision: 'Voluntary departure to Peru', decisionType: 'voluntary-departure-or-repatriation' };
    expect(ok(vd).warnings).toEqual([{ path: 'alternatives', code: 'decision-not-weighed', message: expect.stringContaining('voluntary-departure-or-repatriation') }]);
    // Weighed (recommended or not): no warning.
    vd.alternatives = [...vd.alternatives, { option: 'voluntary-departure-or-repatriation', recommended: false, reason: 'No safe caregiver in Peru.' }];
    expect(ok(vd).warnings).toEqual([]);
    const release = { ...fixture('minimal.json'), decisionType: 'release-to-sponsor' };
    expect(codes(ok(release).warnings)).toEqual(['decision-not-weighed']);
    // A placement decision may be about any placement: not checked; nor legal relief, planning for 18, other.
    for (const decisionType of ['placement-or-transfer', 'legal-relief', 'planning-for-18', 'other']) {
      expect(ok({ ...fixture('minimal.json'), decisionType }).warnings).toEqual([]);
    }
  });
  it('family-factor-not-applicable: the family factor marked not applicable above recorded parents’ wishes', () => {
    // minimal: familyIntegrity is {notApplicable: "…no known family…"}.
    const mother = { person: 'Rosa Mamani Condori', relationship: 'mother', wishes: 'A family and school.' };
    const c = { ...fixture('minimal.json'), parentsWishes: [mother] };
    expect(ok(c).warnings).toEqual([{ path: 'factors.familyIntegrity', code: 'family-factor-not-applicable', message: expect.stringContaining('45 CFR 410.1001') }]);
    // No wishes recorded, or the factor analysed: no warning.
    expect(ok(fixture('minimal.json')).warnings).toEqual([]);
    expect(ok({ ...c, factors: { ...c.factors, familyIntegrity: 'Tomás speaks with his mother monthly.' } }).warnings).toEqual([]);
  });
  it('an Interim Assistance Letter alone does not ask for URM (the rule is the Eligibility Letter)', () => {
    expect(codes(ok(fixture('implicated-parent.json')).warnings)).toEqual([]);
  });
});

// Practitioner review, m1: two placements both "Recommended: Yes". Only one can happen; the advocate
// ranks them (domain file, "Alternatives considered"; alternatives.ts).
describe('placement-preference (more than one option recommended)', () => {
  const withAlternatives = (alternatives: unknown[]) => ({ ...fixture('full.json'), alternatives });
  const alt = (option: string, recommended: boolean, preference?: number) => ({
    option,
    ...(option === 'other' ? { description: 'Post-release services' } : {}),
    recommended,
    reason: 'R.',
    ...(preference === undefined ? {} : { preference }),
  });
  it('m1: a release and long-term foster care both recommended, unranked: an error at each preference', () => {
    const m1 = [
      { option: 'release-to-sponsor', description: 'Release to her cousin in Denver', recommended: true, reason: 'Family.' },
      { option: 'long-term-foster-care', description: 'Long-term foster care in Denver', recommended: true, reason: 'Stability.' },
      { option: 'voluntary-departure-or-repatriation', recommended: false, reason: 'Unsafe.' },
    ];
    const r = checkCase(K, withAlternatives(m1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.code])).toEqual([
      ['alternatives.0.preference', 'placement-preference'],
      ['alternatives.1.preference', 'placement-preference'],
    ]);
    expect(r.errors[0]!.message).toContain('2 placements are recommended and only one can happen');
  });
  it('the same two ranked 1 and 2 are valid, in either order of the list', () => {
    expect(ok(withAlternatives([alt('release-to-sponsor', true, 1), alt('long-term-foster-care', true, 2)])).ok).toBe(true);
    expect(ok(withAlternatives([alt('long-term-foster-care', true, 2), alt('release-to-sponsor', true, 1), alt('shelter', false)])).ok).toBe(true);
  });
  it('one placement ranked, the other not: the error names the unranked one only', () => {
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 1), alt('unaccompanied-refugee-minors', true)]))).toEqual([['alternatives.1.preference', 'placement-preference']]);
  });
  it('ranks are 1 to N, each once', () => {
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 1), alt('shelter', true, 1)]))).toEqual([['alternatives.1.preference', 'placement-preference']]);
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 1), alt('shelter', true, 3)]))).toEqual([['alternatives.1.preference', 'placement-preference']]);
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 2)]))).toEqual([['alternatives.0.preference', 'placement-preference']]);
    expect(ok(withAlternatives([alt('release-to-sponsor', true, 1)])).ok).toBe(true);
  });
  it('a preference on an option not recommended is refused', () => {
    expect(errors(withAlternatives([alt('release-to-sponsor', true), alt('shelter', false, 2)]))).toEqual([['alternatives.1.preference', 'placement-preference']]);
  });
  it('compatible options stay allowed: a service ("other") alongside one placement needs no rank', () => {
    expect(ok(withAlternatives([alt('release-to-sponsor', true), alt('other', true), alt('other', true)])).ok).toBe(true);
    // …and a ranked service joins the ranking: 1, 2 and 3 across a placement, a placement and a service.
    expect(ok(withAlternatives([alt('release-to-sponsor', true, 1), alt('long-term-foster-care', true, 2), alt('other', true, 3)])).ok).toBe(true);
  });
  it('the fixtures: ranked-placements is valid, invalid-placements-not-ranked names its unranked URM', () => {
    expect(ok(fixture('ranked-placements.json')).warnings).toEqual([]);
    expect(errors(fixture('invalid-placements-not-ranked.json'))).toEqual([['alternatives.1.preference', 'placement-preference']]);
  });
  it('a preference is a whole number from 1', () => {
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 0)]))).toEqual([['alternatives.0.preference', 'too-small']]);
    expect(errors(withAlternatives([alt('release-to-sponsor', true, 1.5)]))).toEqual([['alternatives.0.preference', 'invalid-type']]);
  });
});

describe('home study (8 U.S.C. § 1232(c)(3)(B))', () => {
  const base = () => fixture('full.json');
  it('required for a release to a sponsor when trafficking is shown by a letter or by concerns alone', () => {
    expect(ok(base()).computed.homeStudyRequired).toBe(true);
    const concernsOnly = base();
    concernsOnly.background.relatedDocuments = [];
    expect(ok(concernsOnly).computed.homeStudyRequired).toBe(true);
  });
  // A placement decision in which nothing recommended is a release: the aunt's release is weighed
  // but not recommended, the shelter is.
  const noReleaseRecommended = (c: any) => ({
    ...c,
    decisionType: 'placement-or-transfer',
    alternatives: c.alternatives.map((a: any) => ({ ...a, recommended: a.option === 'shelter' })),
  });
  it('not required by this rule when nothing shows trafficking, or when no release is decided or recommended', () => {
    const none = base();
    none.background.relatedDocuments = [];
    none.background.traffickingConcerns = null;
    expect(ok(none).computed.homeStudyRequired).toBe(false);
    expect(ok(noReleaseRecommended(base())).computed.homeStudyRequired).toBe(false);
  });
  it('required when a release is recommended, whatever the decision is called (practitioner review, m2)', () => {
    // full.json as a "placement-or-transfer" decision, still with the Eligibility Letter and the
    // release to the aunt recommended: the release is what the law attaches the home study to.
    const r = ok(fixture('release-recommended-in-a-placement-decision.json'));
    expect(r.computed.homeStudyRequired).toBe(true);
    for (const decisionType of ['placement-or-transfer', 'legal-relief', 'planning-for-18', 'other']) {
      expect(ok({ ...base(), decisionType }).computed.homeStudyRequired, decisionType).toBe(true);
    }
    // The release recommended in the alternative (not recommended first) counts too.
    const second = noReleaseRecommended(base());
    second.alternatives[0].recommended = true;
    second.alternatives[2].recommended = false;
    expect(ok(second).computed.homeStudyRequired).toBe(true);
    // A release decision still needs it when the advocate recommends against the release: it is
    // what the decision-maker may order.
    expect(ok({ ...noReleaseRecommended(base()), decisionType: 'release-to-sponsor' }).computed.homeStudyRequired).toBe(true);
  });
  it('home-study-is-required when the advocate also lists it as a condition (at its path)', () => {
    const c = base();
    c.recommendations[0].conditions.unshift('A home study is completed with a favorable result before release.');
    const r = ok(c);
    expect(r.warnings.map((w: any) => [w.path, w.code])).toEqual([['recommendations.0.conditions.0', 'home-study-is-required']]);
    // In a placement decision that recommends the release, the law still requires it: same warning.
    expect(ok({ ...c, decisionType: 'placement-or-transfer' }).warnings.map((w: any) => [w.path, w.code])).toEqual([['recommendations.0.conditions.0', 'home-study-is-required']]);
    // The same condition where no home study is required by law is the advocate's own: no warning.
    expect(codes(ok(noReleaseRecommended(c)).warnings)).toEqual([]);
  });
});
