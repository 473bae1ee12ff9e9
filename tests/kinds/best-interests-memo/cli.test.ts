// Every error and warning code of the best-interests memo, produced by a fixture and checked
// through the CLI's `main` in-process (`harbor check best-interests-memo <file>`), as a script would.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliCheck } from '../../support/cli.js';

const K = 'best-interests-memo';
const DIR = fileURLToPath(new URL(`../../../fixtures/${K}/`, import.meta.url));

// fixture → the one error it must fail with (path, code).
const INVALID: Record<string, [string, string]> = {
  'invalid-no-contact-with-child.json': ['contacts', 'no-contact-with-child'],
  'invalid-contact-after-memo-date.json': ['contacts.1.date', 'date-after-document-date'],
  'invalid-adult-at-memo-date.json': ['child.dateOfBirth', 'child-not-a-minor'],
  'invalid-born-after-memo-date.json': ['child.dateOfBirth', 'date-after-document-date'],
  'invalid-admission-after-memo-date.json': ['child.admittedToCustodyOn', 'date-after-document-date'],
  'invalid-admission-before-birth.json': ['child.admittedToCustodyOn', 'date-before-birth'],
  'invalid-divergence-unexplained.json': ['divergence.explanation', 'divergence-unexplained'],
  'invalid-factor-missing.json': ['factors.liberty', 'factor-not-addressed'],
  'invalid-not-applicable-without-reason.json': ['factors.familyIntegrity.reason', 'not-applicable-needs-reason'],
  'invalid-factor-both-forms.json': ['factors.health', 'factor-form'],
  'invalid-date.json': ['preparedOn', 'invalid-date'],
  'invalid-a-number.json': ['child.aNumber', 'invalid-a-number'],
  'invalid-country-code.json': ['child.countryOfBirth', 'invalid-country-code'],
  'invalid-unknown-contact-role.json': ['contacts.0.role', 'invalid-value'],
  'invalid-no-recommendations.json': ['recommendations', 'too-small'],
  'invalid-no-alternatives.json': ['alternatives', 'too-small'],
  'invalid-hearing-date-required.json': ['nextHearingOn', 'hearing-date-required'],
  'invalid-hearing-before-memo-date.json': ['nextHearingOn', 'hearing-before-memo-date'],
  'invalid-decision-expected-before-memo-date.json': ['decisionExpectedOn', 'decision-before-memo-date'],
  'invalid-placements-not-ranked.json': ['alternatives.1.preference', 'placement-preference'],
  'invalid-other-not-described.json': ['decisionMaker.name', 'other-not-described'],
  'invalid-alternative-sponsor.json': ['alternatives.1.sponsor', 'alternative-sponsor'],
  'invalid-no-family-name.json': ['child.familyName', 'family-name-or-why-none'],
  'invalid-divergence-contradicts-choice.json': ['divergence.childsChoice', 'divergence-contradicts-choice'],
};

// fixture → the warnings it must carry (path, code), exactly.
const VALID: Record<string, Array<[string, string]>> = {
  'minimal.json': [],
  'full.json': [],
  'implicated-parent.json': [],
  'hostile.json': [],
  'release-recommended-in-a-placement-decision.json': [],
  'ranked-placements.json': [],
  'restrictive-placement.json': [],
  'pending-relief.json': [],
  'other-proceedings.json': [],
  // other-proceedings.json with the child's removal proceedings, which the judge's decision is made in, listed again.
  // pending-relief.json with the return the mother abroad asks for recommended while the SIJ petition is pending.
  // Its asylum application is pending too, which the return would leave abandoned (8 CFR 208.8(a)).
  'return-against-sij-finding.json': [
    ['alternatives.0.recommended', 'return-against-sij-finding'],
    ['alternatives.0.recommended', 'departure-while-relief-pending'],
  ],
  // return-against-sij-finding.json with asylum, a T visa and a U visa pending and no SIJ petition.
  'departure-while-relief-pending.json': [['alternatives.0.recommended', 'departure-while-relief-pending']],
  'proceeding-repeats-decision.json': [['otherProceedings.0.type', 'proceeding-repeats-decision']],
  'addressee-not-decision-maker.json': [['recipient', 'addressee-not-decision-maker']],
  'quote-language-not-given.json': [['childsWords.0.language', 'quote-language-not-given']],
  'interview-language-not-given.json': [['contacts.0.language', 'interview-language-not-given']],
  'language-not-the-childs.json': [['contacts.0.language', 'language-not-the-childs']],
  'turns-18-soon.json': [['child.dateOfBirth', 'turns-18-soon']],
  // full.json born two years earlier: 17 on the memo date, where its prose still says 15.
  'stated-age-differs.json': [['background.identity', 'stated-age-differs'], ['factors.expressedInterests', 'stated-age-differs']],
  // minimal.json without divergence: the memo does not say whether it departs from the child's wishes.
  'divergence-not-stated.json': [['divergence', 'divergence-not-stated']],
  // implicated-parent.json with the release to the mother, implicated in the trafficking, marked recommended.
  'release-to-implicated-parent.json': [['alternatives.1.description', 'release-to-implicated-parent']],
  'decision-after-18.json': [['child.dateOfBirth', 'turns-18-soon'], ['nextHearingOn', 'decision-after-18']],
  'no-alternative-recommended.json': [['alternatives', 'no-alternative-recommended']],
  'decision-not-weighed.json': [['alternatives', 'decision-not-weighed']],
  'family-factor-not-applicable.json': [['factors.familyIntegrity', 'family-factor-not-applicable']],
  'non-relative-sponsor.json': [],
  'sponsor-per-alternative.json': [],
  'sponsor-not-recommended-named.json': [['recommendations.0.text', 'recommendation-names-sponsor-not-recommended']],
  'alternatives-alike.json': [['alternatives.1', 'alternatives-alike']],
  'disability-home-study.json': [],
  'disability-factor-not-applicable.json': [['factors.individualNeeds', 'disability-factor-not-applicable']],
  'proposed-sponsor-not-given.json': [['proposedSponsors', 'proposed-sponsor-not-given']],
  'no-records-reviewed.json': [['recordsReviewed', 'no-records-reviewed']],
  // pending-relief.json with the judge's decision expected April 1, before the hearing of April 14.
  'decision-before-hearing.json': [['decisionExpectedOn', 'decision-before-hearing']],
  // full.json with its OTIP Eligibility Letter dated November 20, 2025, before the RFA of December 2.
  'letter-before-request.json': [['background.relatedDocuments.1.date', 'letter-before-request']],
  'urm-and-home-study-warnings.json': [['alternatives', 'urm-not-considered'], ['recommendations.0.conditions.0', 'home-study-is-required']],
};

describe('harbor check best-interests-memo', () => {
  it('every fixture in the folder is listed here (none untested)', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual([...Object.keys(INVALID), ...Object.keys(VALID)].sort());
  });

  it.each(Object.entries(INVALID))('%s fails with exactly its error, exit 1', async (name, [path, code]) => {
    const r = await cliCheck(K, `${DIR}${name}`);
    expect(r.status).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.errors!.map((e: any) => [e.path, e.code])).toEqual([[path, code]]);
    expect(typeof r.json.errors![0].message).toBe('string');
  });

  it.each(Object.entries(VALID))('%s is valid, exit 0, with exactly its warnings', async (name, warnings) => {
    const r = await cliCheck(K, `${DIR}${name}`);
    expect(r.status).toBe(0);
    expect(r.json.ok).toBe(true);
    expect(r.json.warnings!.map((w: any) => [w.path, w.code])).toEqual(warnings);
  });

  it('returns the contract values computed.{ageAtMemo, daysUntil18}', async () => {
    // full: born 2010-08-14, memo 2026-03-10 → 15; 365 + 366 + 157 = 888 days to 2028-08-14
    expect((await cliCheck(K, `${DIR}full.json`)).json.computed).toMatchObject({ ageAtMemo: 15, daysUntil18: 888 });
    // turns-18-soon: born 2008-06-08, memo 2026-03-10 → 17; 21 + 30 + 31 + 8 = 90 days
    expect((await cliCheck(K, `${DIR}turns-18-soon.json`)).json.computed).toMatchObject({ ageAtMemo: 17, daysUntil18: 90 });
  });

  it('computed.homeStudyRequired when a release to a sponsor is recommended in a placement decision (practitioner review, m2)', async () => {
    expect((await cliCheck(K, `${DIR}release-recommended-in-a-placement-decision.json`)).json.computed).toMatchObject({ homeStudyRequired: true });
    expect((await cliCheck(K, `${DIR}minimal.json`)).json.computed).toMatchObject({ homeStudyRequired: false });
  });
});
