// Every RFA rule's message in the caseworker's words (docs/domain/rfa-draft.md, "Messages in the
// caseworker's words"): the CLI prints it on stderr, the API in its problem, the web form beside
// the field, and the page under "Check before submitting", and a caseworker knows the fields by
// their labels, not by the case's paths ("write the document’s name in child.otherNames"). The API
// keeps the path in the issue's `path`. This walks every fixture and one case per branch of each
// rule, and refuses a dotted path, a field's name, an ISO calendar date, two asides side by side
// (") (") and a choice's code (a code in quotes, "add "sex" to the types", or a code of several
// words, abuse-of-legal-process, where the form shows its label) in any message, but in the kit's
// one aside after a choice's labels, "(codes: …)", for whoever writes a case file by hand.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkCase } from '../../../src/pipeline.js';
import { CODES } from '../../../src/kinds/rfa/codes.js';
import { ACT_LABELS, CONTINUED_PRESENCE_LABELS, CUSTODY_LABELS, MEANS_LABELS, PRIOR_LETTER_LABELS, PURPOSE_LABELS, RELATIONSHIP_LABELS, SEX_LABELS, TYPE_LABELS, WHERE_LABELS } from '../../../src/kinds/rfa/labels.js';
import { fixture, withCase, type Json } from './support.js';

/** A field's path or name as a script writes it: dotted under a part of the case, a list entry's index, or a camel-cased name (preparedAt, otherNames). */
const FIELD_PATH = /\b(?:requester|child|parentsOrGuardians|location|concern|safety|lawEnforcement|strengthsAndNeeds|letterRecipient|supervisor)\.[A-Za-z0-9]|\b[a-z]+[A-Z][A-Za-z]*\b/;
/** A calendar date as the API writes it (yyyy-mm-dd), not in words. */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** A code in quotes, as a case file writes it ("sex", “labor”, "abuse-of-legal-process"): the form shows its label. */
const QUOTED_CODE = /["“][a-z0-9]+(?:-[a-z0-9]+)*["”]/;
/** Every code of several words of the kind's choices, and the kind's issue codes: a caseworker knows neither. */
const KEBAB_CODES = [
  ...[ACT_LABELS, CONTINUED_PRESENCE_LABELS, CUSTODY_LABELS, MEANS_LABELS, PRIOR_LETTER_LABELS, PURPOSE_LABELS, RELATIONSHIP_LABELS, SEX_LABELS, TYPE_LABELS, WHERE_LABELS].flatMap((t) => Object.keys(t)),
  ...Object.keys(CODES),
].filter((code) => code.includes('-'));
const KEBAB_CODE = new RegExp(`(?<![\\w-])(?:${KEBAB_CODES.join('|')})(?![\\w-])`);
/** The one aside where a choice's codes are said, after their labels (src/kinds/kit/choice.ts, choiceMessage): "(codes: force, fraud, …)". */
const CODES_ASIDE = / \(codes?: [a-z0-9-]+(?:, [a-z0-9-]+)*\)/;
/**
 * Issues of the kit's common codes that the kind words itself: the means' own check (a string
 * checked by hand, concern.ts) and the type list's. The kit's other messages are the kit's (docs/fields.md).
 */
const KIND_WORDED = /^concern\.(?:means|types)(?:\.\d+)?$/;
const kindWorded = (i: { path: string; code: string }): boolean => i.code in CODES || KIND_WORDED.test(i.path);

/** Every issue (errors and warnings) the rules give a case. */
function issues(c: Json): Array<{ path: string; code: string; message: string }> {
  const r = checkCase('rfa', c) as unknown as { ok: boolean; errors?: Array<{ path: string; code: string; message: string }>; warnings?: Array<{ path: string; code: string; message: string }> };
  return [...(r.errors ?? []), ...(r.warnings ?? [])];
}

const at = (prepared: string, discovered: string) => (c: Json) => {
  c.preparedAt = prepared;
  c.discoveredAt = discovered;
};

/** One case per branch of each RFA rule that no fixture reaches. */
const BRANCHES: Record<string, Json> = {
  'an age of 18': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 18))),
  'an age of 17': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 17))),
  'an age range 16 to 18': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 16), (c.child.ageUpTo = 18))),
  'an age range 15 to 17': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 15), (c.child.ageUpTo = 17))),
  'an age and a date of birth': withCase((c) => (c.child.age = 12)),
  'an age marked not estimated': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 12), (c.child.dateOfBirthEstimated = false))),
  'an age range top alone': withCase((c) => (c.child.ageUpTo = 17)),
  'an age range top below its bottom': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 15), (c.child.ageUpTo = 13))),
  'the 18th birthday at UTC, no zone': withCase((c) => ((c.child.dateOfBirth = '2008-03-08'), at('2026-03-08T02:10:00Z', '2026-03-08T01:00:00Z')(c))),
  'the estimated 18th birthday at UTC, no zone': withCase((c) => ((c.child.dateOfBirth = '2008-03-08'), (c.child.dateOfBirthEstimated = true), at('2026-03-08T02:10:00Z', '2026-03-08T01:00:00Z')(c))),
  'turned 18 since the concern was learned': withCase((c) => ((c.child.dateOfBirth = '2008-03-06'), at('2026-03-07T23:10:00-05:00', '2026-03-04T22:00:00-05:00')(c))),
  'turns 18 in 2 days, no zone': withCase((c) => (c.child.dateOfBirth = '2008-03-09')),
  'turns 18 in 9 days': withCase((c) => (c.child.dateOfBirth = '2008-03-16')),
  'turns 18 tomorrow in Pacific time': withCase((c) => ((c.child.dateOfBirth = '2008-03-09'), (c.requester.timeZone = 'America/Los_Angeles'), at('2026-03-07T20:10:00-08:00', '2026-03-07T19:00:00-08:00')(c))),
  'an event after the preparation, and one before birth': withCase((c) => {
    c.concern.events = [{ date: '2026-04-01', description: 'x' }, { date: '2009-01-01', endDate: '2026-05-01', description: 'y' }];
  }),
  'submitted after the preparation': withCase((c) => (c.submittedAt = '2026-03-08T01:00:00-05:00')),
  'submitted before the concern was learned': withCase((c) => (c.submittedAt = '2026-03-07T21:00:00-05:00')),
  'late, no reason': withCase(at('2026-03-10T23:10:00-05:00', '2026-03-07T22:00:00-05:00')),
  'a Part B, Part A late, no reason': withCase((c) => ((c.submittedAt = '2026-03-09T23:00:00-05:00'), at('2026-03-12T23:10:00-05:00', '2026-03-07T22:00:00-05:00')(c))),
  'a Part B, 18 by the age given at Part A': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 18), (c.submittedAt = '2026-03-07T23:00:00-05:00'))),
  'a Part B, an age range to 18 at Part A': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 16), (c.child.ageUpTo = 18), (c.submittedAt = '2026-03-07T23:00:00-05:00'))),
  'a Part B, 18 by a date of birth at Part A': withCase((c) => ((c.child.dateOfBirth = '2008-03-07'), (c.submittedAt = '2026-03-07T23:00:00-05:00'))),
  'reported no, requester law enforcement': withCase((c) => ((c.requester.lawEnforcement = true), (c.lawEnforcement = { reported: false }))),
  'reported no, a case number': withCase((c) => (c.lawEnforcement = { reported: false, caseNumber: 'HSI-2026-0412' })),
  'no access, a suspected sponsor the child lives with': (() => {
    const c = fixture('released-to-sponsor');
    c.location.sponsor.suspectedInTrafficking = true;
    c.safety = { ...(c.safety ?? {}), traffickerHasAccess: false };
    return c;
  })(),
  'no access, a suspected parent the child lives with': withCase((c) => {
    c.parentsOrGuardians = [{ relationship: 'mother', name: 'Rosa Ramos', suspectedInTrafficking: true, livesWithChild: true }];
    c.safety = { traffickerHasAccess: false };
  }),
  'no access, a trafficker the child lives with': withCase((c) => {
    c.concern.traffickers = [{ name: 'Doña Ofelia', livesWithChild: true }];
    c.safety = { traffickerHasAccess: false };
  }),
  'a status that mentions citizenship': withCase((c) => (c.child.immigrationStatus = 'parent applied for LPR status; child has none')),
  'born in the U.S.': withCase((c) => (c.child.countryOfBirth = 'US')),
  'born in Guam': withCase((c) => (c.child.countryOfBirth = 'GU')),
  'another child of 19 still with the trafficker': withCase((c) => (c.concern.otherMinors = [{ name: 'Mateo', age: 19, withTrafficker: true }])),
  'other children still with the trafficker, in the United States, abroad, 19 here': withCase(
    (c) =>
      (c.concern.otherMinors = [
        { name: 'Mateo', inUnitedStates: true, withTrafficker: true },
        { name: 'Ana', inUnitedStates: false, withTrafficker: true },
        { name: 'Elmer', age: 19, inUnitedStates: true, withTrafficker: true },
      ]),
  ),
  'each earlier letter, without details': withCase((c) => (c.child.priorOtipLetter = 'interim-assistance')),
  'a certification letter': withCase((c) => ((c.child.priorOtipLetter = 'certification'), (c.child.priorOtipLetterDetails = 'May 2025, no. 123'))),
  'an eligibility letter': withCase((c) => (c.child.priorOtipLetter = 'eligibility')),
  'labor with no means or purpose': withCase((c) => ((c.concern.means = []), (c.concern.purposes = []))),
  'a means not on the list': withCase((c) => (c.concern.means = ['coercion', 'threats'])),
  'a means not a text': withCase((c) => (c.concern.means = [7])),
  'the types not a list': withCase((c) => (c.concern.types = 'labor')),
  'no given name, and no answer that it is not yet known': withCase((c) => delete c.child.givenName),
  'a given name and that it is not yet known, both': withCase((c) => (c.child.givenNameNotYetKnown = true)),
  'a sponsor while in an ORR shelter, a shelter after release': withCase((c) => (c.location = { custody: 'orr-shelter', sponsor: { name: 'Rosa Quispe' } })),
  'a suspected trafficker with the requester’s name': withCase((c) => (c.concern.traffickers = [{ name: c.requester.name }])),
  'the attorney with the case manager’s name, the contact with the mother’s': withCase((c) => ((c.parentsOrGuardians = [{ relationship: 'mother', name: 'Rosa Caal' }]), (c.location = { caseManager: { name: 'Marisol Vega' }, attorney: { name: 'Vega, Marisol' } }), (c.lawEnforcement = { contactName: 'Rosa Caal' }))),
  'the requester with an unsuspected guardian’s name, the relationship another': withCase((c) => ((c.requester.relationshipToChild = 'Caseworker'), (c.parentsOrGuardians = [{ relationship: 'legal-guardian', name: c.requester.name }]))),
  'a suspected trafficker with the child’s name, and a father with it': withCase((c) => (c.concern.traffickers = [{ name: 'Lucía Ortega Ramos' }, { name: 'Ortega Ramos, Lucía', relationship: 'father' }])),
  'a status of ICE detention beside an ORR shelter': withCase((c) => ((c.child.immigrationStatus = 'detained by ICE since Tuesday'), (c.location = { custody: 'orr-shelter' }))),
  'a shelter after release': withCase((c) => (c.location = { custody: 'released-to-sponsor', careProvider: { name: 'Casa Esperanza' } })),
  'a letter recipient called case manager beside another case manager': withCase((c) => ((c.location = { caseManager: { name: 'Marisol Vega' } }), (c.letterRecipient = { name: 'Tomás Rivera', role: 'case manager' }))),
  'a purpose with sex trafficking alone': withCase((c) => (c.concern.types = ['sex'])),
  'another date of birth, the same, with no sources': withCase((c) => (c.child.otherDateOfBirth = c.child.dateOfBirth)),
  'another date of birth with an age only, and a source alone': withCase((c) => ((c.child.dateOfBirth = null), (c.child.age = 15), (c.child.otherDateOfBirth = '2010-01-01'))),
  'the other date’s source alone': withCase((c) => (c.child.otherDateOfBirthSource = 'age assessment')),
  'two dates of birth, 18 by the one used': withCase((c) => Object.assign(c.child, { dateOfBirth: '2007-06-01', dateOfBirthSource: 'passport', otherDateOfBirth: '2009-03-02', otherDateOfBirthSource: 'birth certificate' })),
  'two dates of birth, 18 by the other': withCase((c) => Object.assign(c.child, { dateOfBirth: '2009-03-02', dateOfBirthSource: 'passport', otherDateOfBirth: '2007-06-01', otherDateOfBirthSource: 'birth certificate' })),
  'the supervisor is the requester': (() => {
    const c = fixture('full');
    c.supervisor = { name: c.requester.name };
    return c;
  })(),
  'released to a suspected sponsor, the danger not answered': withCase((c) => (c.location = { custody: 'released-to-sponsor', sponsor: { name: 'Rosa Quispe', suspectedInTrafficking: true } })),
  'two dates of birth, the other’s 18th birthday in 8 days': withCase((c) => Object.assign(c.child, { dateOfBirth: '2009-01-01', dateOfBirthSource: 'passport', otherDateOfBirth: '2008-03-15', otherDateOfBirthSource: 'birth certificate' })),
};

const FIXTURES = readdirSync(new URL('../../../fixtures/rfa/', import.meta.url))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.replace(/\.json$/, ''));

describe('every RFA rule’s message is in the caseworker’s words', () => {
  const all = [...FIXTURES.map((n) => [`fixture ${n}`, fixture(n)] as const), ...Object.entries(BRANCHES)];
  it.each(all)('%s: no message names a field by its path or a choice by its code, writes a date yyyy-mm-dd or puts two asides side by side', (_name, c) => {
    for (const i of issues(c)) {
      if (!kindWorded(i)) continue; // the kit's common codes are worded by the kit (docs/fields.md)
      // The codes stand in one place only: the kit's aside after a choice's labels, for whoever writes a case file by hand.
      const outsideCodes = i.message.replace(CODES_ASIDE, '');
      expect(outsideCodes, `${i.code} at ${i.path}`).not.toMatch(QUOTED_CODE);
      expect(outsideCodes, `${i.code} at ${i.path}`).not.toMatch(KEBAB_CODE);
      expect(i.message, `${i.code} at ${i.path}`).not.toMatch(FIELD_PATH);
      expect(i.message, `${i.code} at ${i.path}`).not.toMatch(ISO_DATE);
      // Two asides side by side read as one ("“Other names used” (section 2) (the date of preparation, …)").
      expect(i.message, `${i.code} at ${i.path}`).not.toMatch(/\) \(/);
    }
  });
  it('the walk reaches every code of the kind, and the API still names the field in the issue’s path', () => {
    const seen = new Map<string, string>();
    for (const [, c] of all) for (const i of issues(c)) if (i.code in CODES) seen.set(i.code, i.path);
    expect([...seen.keys()].sort()).toEqual(Object.keys(CODES).sort());
    for (const path of seen.values()) expect(path).toMatch(/^[A-Za-z]/);
    const adult = issues(fixture('invalid-adult')).find((i) => i.code === 'child-not-a-minor')!;
    expect(adult.path).toBe('child.dateOfBirth');
    expect(adult.message).toContain('write the document’s name in “Other names used” (section 2)');
  });
  it('the walk reaches the kind’s own words for the means and the types, and names the choices as the form does', () => {
    const byPath = new Map<string, string>();
    for (const [, c] of all) for (const i of issues(c)) if (kindWorded(i) && !(i.code in CODES)) byPath.set(i.path.replace(/\.\d+$/, ''), i.message);
    expect([...byPath.keys()].sort()).toEqual(['concern.means', 'concern.types']);
    expect(byPath.get('concern.means')).toContain('Abuse or threatened abuse of the legal process');
    const act = issues(fixture('invalid-act-requires-sex')).find((i) => i.code === 'act-requires-sex-type')!;
    expect(act.message).toContain('add “Sex trafficking” to “Type” (section 5)');
  });
});
