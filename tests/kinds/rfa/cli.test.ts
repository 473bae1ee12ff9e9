// Every error and warning code of the rfa kind, produced by a fixture and checked through the
// CLI's `main` in-process (`harbor check rfa <file>`), as a caseworker's script would run it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliCheck } from '../../support/cli.js';

const DIR = fileURLToPath(new URL('../../../fixtures/rfa/', import.meta.url));
const file = (name: string) => `${DIR}${name}`;

// fixture → the one error it must fail with (path, code).
const INVALID: Record<string, [string, string]> = {
  'invalid-adult.json': ['child.dateOfBirth', 'child-not-a-minor'],
  'invalid-us-citizen.json': ['child.immigrationStatus', 'not-a-foreign-national'],
  'invalid-lpr.json': ['child.immigrationStatus', 'not-a-foreign-national'],
  'invalid-us-citizenship.json': ['child.citizenship', 'not-a-foreign-national'],
  'invalid-not-in-us.json': ['child.inUnitedStates', 'child-not-in-us'],
  'invalid-discovery-in-future.json': ['discoveredAt', 'date-after-document-date'],
  'invalid-dob-in-future.json': ['child.dateOfBirth', 'date-after-document-date'],
  'invalid-a-number.json': ['child.aNumber', 'invalid-a-number'],
  'invalid-time-zone.json': ['requester.timeZone', 'invalid-time-zone'],
  'invalid-country-code.json': ['child.citizenship.0', 'invalid-country-code'],
  'invalid-act-requires-sex.json': ['concern.acts.1', 'act-requires-sex-type'],
  'invalid-date-range.json': ['concern.events.0.endDate', 'end-before-start'],
  'invalid-date-time.json': ['preparedAt', 'invalid-date-time'],
  'invalid-date.json': ['child.dateOfBirth', 'invalid-date'],
  'invalid-missing-narrative.json': ['concern.narrative', 'invalid-type'],
  'invalid-no-type.json': ['concern.types', 'too-small'],
  'invalid-email.json': ['requester.email', 'invalid-format'],
  'invalid-answer-contradicted.json': ['lawEnforcement.reported', 'answer-contradicted'],
  'invalid-phone.json': ['requester.phone', 'invalid-phone'],
  'invalid-debt-bondage-as-means.json': ['concern.means.1', 'debt-bondage-is-a-purpose'],
  'invalid-purpose-requires-labor.json': ['concern.purposes.0', 'purpose-requires-labor-type'],
  'invalid-no-date-of-birth-or-age.json': ['child.dateOfBirth', 'date-of-birth-or-age'],
  'invalid-other-minors-listed.json': ['concern.otherMinorsKnown', 'other-minors-listed'],
  'invalid-event-before-birth.json': ['concern.events.0.date', 'date-before-birth'],
  'invalid-stateless-with-citizenship.json': ['child.stateless', 'stateless-with-citizenship'],
  'invalid-citizenship-status.json': ['child.citizenshipStatus', 'citizenship-status'],
  'invalid-family-name-unknown.json': ['child.familyName', 'family-name-or-why-none'],
  'invalid-given-name-fnu.json': ['child.givenName', 'not-a-name'],
  'invalid-no-given-name.json': ['child.givenName', 'given-name-or-not-yet-known'],
  'invalid-other-date-of-birth.json': ['child.otherDateOfBirthSource', 'other-date-of-birth'],
  'invalid-supervisor-is-requester.json': ['supervisor.name', 'supervisor-is-requester'],
};

// fixture → the warnings it must carry (path, code), exactly.
const VALID: Record<string, Array<[string, string]>> = {
  'minimal.json': [['concern.means', 'labor-without-means'], ['concern.purposes', 'labor-without-purpose']],
  'full.json': [],
  'hostile.json': [],
  'late.json': [['preparedAt', 'rfa-past-24-hours']],
  'turns-18-soon.json': [['child.dateOfBirth', 'turns-18-soon']],
  'adult-estimated.json': [['child.dateOfBirth', 'child-not-a-minor']],
  'turns-18-tonight.json': [['child.dateOfBirth', 'turns-18-soon']],
  'clock-change-birthday.json': [['child.dateOfBirth', 'turns-18-soon']],
  'turned-18-in-eastern-time.json': [['preparedAt', 'turned-18-in-eastern-time']],
  'released-to-sponsor.json': [['safety.inCurrentDanger', 'child-in-danger']],
  'age-only.json': [['child.age', 'turns-18-soon']],
  'stateless.json': [],
  // Guatemala or Mexico, neither confirmed (child.citizenshipStatus disputed): alternatives, not a dual citizenship.
  'disputed-citizenship.json': [],
  // “Hernán Ruiz” and “RUIZ, Hernan” listed as two suspected traffickers: warned, not merged.
  'listed-twice.json': [['concern.traffickers.1.name', 'same-person-listed-twice']],
  'prior-letter.json': [['child.priorOtipLetter', 'prior-otip-letter']],
  'other-minor-with-trafficker.json': [['concern.otherMinors.0.withTrafficker', 'other-minor-with-trafficker']],
  // The child's attorney requests; the father is suspected (do not contact; named in section 5); a brother's danger not yet known; Mam first.
  'parent-suspected.json': [['safety.inCurrentDanger', 'child-in-danger']],
  // Part B drafted after the 18th birthday, Part A submitted before it (OTIP-PI-16-01): a child's request, not late.
  // Its status says "released to a sponsor" while the custody is not answered: custody-in-status.
  'part-b-after-18.json': [['location.custody', 'custody-in-status']],
  // "detained by ICE" typed in the status beside the custody "ORR shelter": custody-contradicts-status, naming both.
  'custody-contradicts-status.json': [['child.immigrationStatus', 'custody-contradicts-status']],
  // The suspected sponsor named as the letter's recipient, written family name first in capitals.
  'letter-to-suspect.json': [['safety.inCurrentDanger', 'child-in-danger'], ['letterRecipient.name', 'letter-to-suspect']],
  // Known only by an age range (15 to 16), in no placement: no case manager ("None"), an attorney whose name is to follow.
  'age-range-none.json': [['safety.inCurrentDanger', 'child-in-danger']],
  // The child's own full name among the other names used (school records); a sister listed, who is not the child.
  'own-name-repeated.json': [['child.otherNames.1', 'own-name-repeated']],
  // A girl who gave her first name only: the family name "Not yet known (only a first name is known)", to follow.
  'first-name-only.json': [['concern.means', 'labor-without-means'], ['concern.purposes', 'labor-without-purpose']],
  // Recruited in Texas, exploited in Oklahoma, now in Kansas with a family friend: each state, once, by name.
  'two-states.json': [],
  // A disputed date of birth: a minor by the birth certificate, 18 by the payroll's borrowed card.
  'dates-of-birth-disagree.json': [['child.otherDateOfBirth', 'dates-of-birth-disagree']],
  // A U.S. birth mentioned in the status: the warning, not a refusal (OTIP decides).
  'born-in-us-mentioned.json': [['child.immigrationStatus', 'not-a-foreign-national']],
  // An aunt named as sponsor while the child is in an ORR shelter: marked not the placement now.
  'sponsor-not-current.json': [['location.sponsor', 'placement-not-current']],
  // The letter to “the child’s case manager”, a different person from the case manager named.
  'two-case-managers.json': [['letterRecipient.role', 'one-role-two-people']],
  // A girl named only in Ge’ez script (Tigrinya), known by an age: no spelling in Latin letters yet.
  'name-in-latin-letters.json': [['child.otherNames', 'name-in-latin-letters']],
};

describe('harbor check rfa: every fixture is accounted for', () => {
  it('lists each fixture in this test', () => {
    const all = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(all).toEqual([...Object.keys(INVALID), ...Object.keys(VALID)].sort());
  });
});

describe('harbor check rfa: invalid fixtures exit 1 with exactly their error', () => {
  it.each(Object.entries(INVALID))('%s', async (name, [path, code]) => {
    const r = await cliCheck('rfa', file(name));
    expect(r.status).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.errors!.map((e) => [e.path, e.code])).toEqual([[path, code]]);
    // Messages are for a paralegal and never quote case data.
    for (const e of r.json.errors!) expect(e.message).not.toMatch(/Lucía|Ortega|Whitfield/);
  });
});

describe('harbor check rfa: valid fixtures exit 0 with exactly their warnings', () => {
  it.each(Object.entries(VALID))('%s', async (name, warnings) => {
    const r = await cliCheck('rfa', file(name));
    expect(r.status).toBe(0);
    expect(r.json.ok).toBe(true);
    expect(r.json.warnings!.map((w) => [w.path, w.code])).toEqual(warnings);
    expect(Object.keys(r.json.computed!)).toEqual(expect.arrayContaining(['dueAt', 'dueReason', 'ageAtPreparation', 'lastDayUnder18', 'stillToFindOut']));
  });

  it('late.json: prepared 30 hours after discovery, due 24 hours after it', async () => {
    const r = await cliCheck('rfa', file('late.json'));
    expect(r.json.computed!.hoursSinceDiscovery).toBe(30);
    expect(r.json.computed!.dueAt).toBe('2026-03-08T23:00:00-04:00');
    expect(r.json.warnings![0].message).toContain('30 hours');
  });

  it('full.json: the Pacific requester’s deadline in both zones, and the A-number normalised', async () => {
    const c = (await cliCheck('rfa', file('full.json'))).json.computed!;
    expect(c).toMatchObject({
      dueReason: '24-hours',
      dueAt: '2026-03-08T20:00:00-07:00',
      dueAtEastern: '2026-03-08T23:00:00-04:00',
      timeZone: 'America/Los_Angeles',
      ageAtPreparation: 16,
      lastDayUnder18: '2027-11-01',
      aNumber: 'A212345678',
    });
  });

  it('turns-18-tonight.json (issue 14 point 1): turns 18 at midnight, learned at 7 pm the evening before in Los Angeles → due before midnight Eastern', async () => {
    const r = await cliCheck('rfa', file('turns-18-tonight.json'));
    expect(r.json.computed).toMatchObject({
      dueAt: '2026-03-08T20:59:59-07:00',
      dueAtEastern: '2026-03-08T23:59:59-04:00',
      dueReason: 'turns-18',
      turns18At: '2026-03-08T21:00:00-07:00',
      turns18Clock: 'eastern',
    });
  });

  it('released-to-sponsor.json: nothing needed now is missing; ORR case number and sponsor given', async () => {
    const c = (await cliCheck('rfa', file('released-to-sponsor.json'))).json.computed!;
    expect(c.stillToFindOut.now).toEqual([]);
    expect(c.dueReason).toBe('24-hours');
  });

  it('hostile.json: 29 February birth, DST end, short A-number', async () => {
    const c = (await cliCheck('rfa', file('hostile.json'))).json.computed!;
    expect(c).toMatchObject({ dueAt: '2026-11-01T21:00:00-05:00', lastDayUnder18: '2030-02-28', ageAtPreparation: 14, aNumber: 'A001234567' });
  });
});
