// The alternatives weighed and the home study (docs/domain/best-interests-memo-alternatives.md;
// best-interests-memo.md, "Home study: a requirement, not a condition"; issue #15 points 10–11), run
// through the pipeline's `checkCase` on variants of the fixtures.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { codes, errors, fixture, K, ok } from './cases.js';

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
    c.recipient = 'Family court judge, Harris County'; // addressed to who decides (addressee-not-decision-maker)
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
    expect(r.errors[0]!.message).toContain('two placements are recommended and only one can happen');
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
  it('a restrictive placement (secure, residential treatment, heightened supervision) is a placement: weighed beside a step-down, both recommended need ranks', () => {
    // A child in a secure facility (45 CFR 410.1105): remaining there and a shelter cannot both happen.
    expect(errors(withAlternatives([alt('restrictive-placement', true), alt('shelter', true)]))).toEqual([
      ['alternatives.0.preference', 'placement-preference'],
      ['alternatives.1.preference', 'placement-preference'],
    ]);
    expect(ok(withAlternatives([alt('restrictive-placement', true, 2), alt('shelter', true, 1)])).ok).toBe(true);
    // The worked example: a step-down recommended, remaining in the secure facility not.
    expect(ok(fixture('restrictive-placement.json')).warnings).toEqual([]);
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
