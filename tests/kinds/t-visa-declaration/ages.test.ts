// Age at each act with date precision and the minor exemption, 8 CFR 214.202(c)(1): "under 18
// years of age at the time at least one act of trafficking occurred". Expected ages are worked by hand
// from the birthday (see each comment), never copied from the code.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ageFacts, ageText } from '../../../src/kinds/t-visa-declaration/ages.js';
import { ageOn, calendarDate as parseYmd, formatIsoDate as formatYmd } from '../../../src/kinds/kit/index.js';
import { dateSpan } from '../../../src/kinds/t-visa-declaration/dates.js';
import { checkCase } from '../../../src/pipeline.js';
import { fixture, K } from './support.js';

const SIGNED = '2026-06-01';
const one = (dob: string, date: string) => ageFacts(dob, SIGNED, [date]).facts;

describe('age at an act with an exact date', () => {
  it('is 17 the day before the 18th birthday and 18 on it', () => {
    // Born 2007-06-15: turns 18 on 2025-06-15.
    expect(one('2007-06-15', '2025-06-14').ageAtEachAct[0]).toMatchObject({ ageMin: 17, ageMax: 17, under18: true, precision: 'exact' });
    expect(one('2007-06-15', '2025-06-15').ageAtEachAct[0]).toMatchObject({ ageMin: 18, ageMax: 18, under18: false });
  });
  it('claims the exemption on one minor act even when later acts are adult', () => {
    const f = ageFacts('2004-03-12', SIGNED, ['2022-04-02', '2021-06-14']).facts;
    // 2022-04-02: 18 (birthday March 12 passed); 2021-06-14: 17.
    expect(f.ageAtEachAct.map((a) => a.ageMin)).toEqual([18, 17]);
    expect(f.minorExemption).toBe(true);
    expect(f.minAgeAtAct).toBe(17);
  });
  it('counts a 29 February birthday as reached on 1 March in a common year', () => {
    // Born 2008-02-29: in 2026 (common year) the 18th birthday is treated as 2026-03-01.
    expect(one('2008-02-29', '2026-02-28').ageAtEachAct[0]!.ageMin).toBe(17);
    expect(one('2008-02-29', '2026-03-01').ageAtEachAct[0]!.ageMin).toBe(18);
    // In a leap year the birthday itself counts: 2024-02-29 is the 16th birthday.
    expect(one('2008-02-29', '2024-02-29').ageAtEachAct[0]!.ageMin).toBe(16);
  });
});

describe('age at an act dated by month or year (imprecise dates)', () => {
  it('gives one age when the birthday is outside the month', () => {
    // Born 2008-09-30; February 2024 → 15 all month.
    expect(one('2008-09-30', '2024-02').ageAtEachAct[0]).toMatchObject({ ageMin: 15, ageMax: 15, under18: true, precision: 'month' });
  });
  it('gives a range when the year contains the birthday, and claims the exemption when the whole range is under 18', () => {
    // Born 2008-09-30; during 2025 the applicant is 16 (to Sept 29) then 17.
    const f = one('2008-09-30', '2025');
    expect(f.ageAtEachAct[0]).toMatchObject({ ageMin: 16, ageMax: 17, under18: true, precision: 'year' });
    expect(f.minorExemption).toBe(true);
    expect(f.straddling).toEqual([]);
  });
  it('does not claim the exemption when the year straddles the 18th birthday (the straddling case)', () => {
    // Born 2001-07-01; during 2019 the applicant is 17 until June 30, then 18.
    const f = one('2001-07-01', '2019');
    expect(f.ageAtEachAct[0]).toMatchObject({ ageMin: 17, ageMax: 18, under18: null });
    expect(f.minorExemption).toBe(false);
    expect(f.straddling).toEqual([0]);
  });
  it('straddles when the 18th birthday falls inside the month, and not in the month before', () => {
    // Born 2007-06-15: June 2025 runs 17 → 18; May 2025 is all 17.
    expect(one('2007-06-15', '2025-06').ageAtEachAct[0]).toMatchObject({ ageMin: 17, ageMax: 18, under18: null });
    expect(one('2007-06-15', '2025-05').ageAtEachAct[0]).toMatchObject({ ageMin: 17, ageMax: 17, under18: true });
    // July 2025 is all 18: no exemption, no straddle.
    const july = one('2007-06-15', '2025-07');
    expect(july.ageAtEachAct[0]).toMatchObject({ ageMin: 18, ageMax: 18, under18: false });
    expect(july.minorExemption).toBe(false);
    expect(july.straddling).toEqual([]);
  });
  it('is certainly adult when a year starts after the 18th birthday', () => {
    // Born 2001-01-01: all of 2019 is age 18.
    expect(one('2001-01-01', '2019').ageAtEachAct[0]).toMatchObject({ ageMin: 18, ageMax: 18, under18: false });
  });
  it('starts the range at birth for an act in the birth year', () => {
    expect(one('2010-06-01', '2010').ageAtEachAct[0]).toMatchObject({ ageMin: 0, ageMax: 0 });
  });
  it('one certain minor act is enough even when another act straddles', () => {
    const f = ageFacts('2001-07-01', SIGNED, ['2019', '2018-03']).facts;
    expect(f.minorExemption).toBe(true);
    expect(f.straddling).toEqual([0]);
  });
});

describe('impossible act dates', () => {
  it('rejects an act wholly before birth and one wholly after signing, with the act path', () => {
    const r = ageFacts('2000-05-10', '2026-03-02', ['2000-04', '2000', '2026-03', '2026-04']);
    expect(r.errors).toEqual([
      { path: 'trafficking.acts.0.date', code: 'date-before-birth', message: expect.any(String) },
      { path: 'trafficking.acts.3.date', code: 'date-after-document-date', message: expect.any(String) },
    ]);
  });
});

describe('ageText', () => {
  it('prints one age, two adjacent ages, or a span', () => {
    expect(ageText({ ageMin: 15, ageMax: 15 })).toBe('15');
    expect(ageText({ ageMin: 17, ageMax: 18 })).toBe('17 or 18');
    expect(ageText({ ageMin: 16, ageMax: 18 })).toBe('16 to 18');
  });
});

// Reference age from JavaScript's own calendar (UTC), independent of the code under test.
function referenceAge(dob: string, on: string): number {
  const b = new Date(`${dob}T00:00:00Z`);
  const d = new Date(`${on}T00:00:00Z`);
  let age = d.getUTCFullYear() - b.getUTCFullYear();
  const bm = b.getUTCMonth();
  const bd = b.getUTCDate();
  if (d.getUTCMonth() < bm || (d.getUTCMonth() === bm && d.getUTCDate() < bd)) age--;
  return age;
}

const day = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  test.prop([day, day])('ageOn agrees with a Date-based reference', (a, b) => {
    const [dob, on] = a <= b ? [a, b] : [b, a];
    expect(ageOn(parseYmd(dob), parseYmd(on))).toBe(referenceAge(dob, on));
  });
  test.prop([day, day, fc.constantFrom(4, 7)])('every exact day inside an imprecise date has an age within its range', (a, b, len) => {
    const [dob, on] = a <= b ? [a, b] : [b, a];
    const imprecise = on.slice(0, len);
    const [range] = ageFacts(dob, '2099-12-31', [imprecise]).facts.ageAtEachAct;
    const span = dateSpan(imprecise);
    expect(formatYmd(span.earliest) <= on && on <= formatYmd(span.latest)).toBe(true);
    const age = referenceAge(dob, on);
    expect(range!.ageMin).toBeLessThanOrEqual(age);
    expect(range!.ageMax).toBeGreaterThanOrEqual(age);
  });
});

// lea-compliance-not-shown said "an imprecise act date straddles it", naming neither the act nor
// what would show the exemption or compliance (8 CFR 214.202(c), 214.208).
describe('lea-compliance-not-shown says what to change', () => {
  const check = (dates: string[]) => {
    const c = fixture('minimal');
    c.lawEnforcement = { contacts: [] };
    // Born 1998-04-17 (minimal): 18 on 2016-04-17.
    c.trafficking.acts = dates.map((date) => ({ date, description: 'I worked without pay.' }));
    const r = checkCase(K, c);
    return r.ok ? null : r.errors.find((e) => e.code === 'lea-compliance-not-shown')!;
  };
  it('an act dated "2016" may be on either side of the 18th birthday: the message names its date field and the precision that would show it', () => {
    const e = check(['2016', '2017-01'])!;
    expect(e.path).toBe('lawEnforcement.contacts');
    // A season is a precision that may show it too (contract 2.16.0): "2016-early" ends April 30, after the birthday of April 17.
    expect(e.message).toContain('(trafficking.acts.0.date may be on either side of it): if such an act came before the birthday, give its season, month or day, which shows it');
    expect(check(['2015-late', '2017-01'])).toBeNull(); // September to December 2015: 17
    expect(e.message).toContain('(lawEnforcement.contacts), or the trauma exception (lawEnforcement.traumaException), 8 CFR 214.202(c)');
  });
  it('every act at 18 or older: the message names the two fields that would show compliance or the exception', () => {
    const e = check(['2023-06-05'])!;
    expect(e.message).toMatch(/^no law-enforcement contact, no trauma exception, and the applicant was 18 or older at every act: add the applicant’s report/);
    expect(check(['2016-04-16'])).toBeNull(); // 17 the day before: the minor exemption
  });
});

// A child 17 at one act and 18 at the next, with the age written in the act's text: the statement
// prints the ages by the date (the minor-exemption paragraph), so a text that says otherwise swore
// two ages for one event, and nothing said so (docs/domain/t-visa-declaration.md, point 4 of "Eligibility and the elements the personal statement covers").
describe('act-age-contradicts-date: an age stated in an act’s text against its date', () => {
  /** full.json, born 2006-09-15 (18 on 2024-09-15), with these acts. */
  const keyla = (acts: { date: string; description: string }[]) => {
    const c = fixture('full');
    c.applicant.dateOfBirth = '2006-09-15';
    c.trafficking.acts = acts;
    c.travel.departures = [];
    c.travel.firstEntry = '2021-04';
    c.escapes[0].date = '2025-01-12';
    return c;
  };
  const flagged = (c: unknown) => {
    const r = checkCase(K, c);
    expect(r.ok).toBe(true);
    return r.ok ? r.warnings.filter((w) => w.code === 'act-age-contradicts-date').map((w) => w.path) : [];
  };

  it('“I was seventeen” at an act after the 18th birthday is warned at that text; at 17, none', () => {
    const c = keyla([
      // 2024-08-30: 17 (the birthday, September 15, not yet reached).
      { date: '2024-08-30', description: 'He locked me in at night. I was seventeen.' },
      // 2024-10-02: 18.
      { date: '2024-10-02', description: 'He sold me to men who came to the apartment. I was seventeen and very afraid.' },
    ]);
    expect(flagged(c)).toEqual(['trafficking.acts.1.description']);
    const w = (checkCase(K, c) as any).warnings.find((x: any) => x.code === 'act-age-contradicts-date');
    expect(w.message).toContain('says the applicant was 17, but on its date (trafficking.acts.1.date) the applicant was 18');
    expect(w.message).not.toContain('sold');
  });

  it('digits, words, “turned”, and a date known by year (any age in its range agrees)', () => {
    expect(flagged(keyla([{ date: '2024-08-30', description: 'I had just turned 18 when he took my papers.' }]))).toEqual(['trafficking.acts.0.description']);
    expect(flagged(keyla([{ date: '2024-10-02', description: 'I had just turned eighteen.' }]))).toEqual([]);
    expect(flagged(keyla([{ date: '2022-03', description: 'It started when I was only 14, in Guatemala City.' }]))).toEqual(['trafficking.acts.0.description']);
    expect(flagged(keyla([{ date: '2022-03', description: 'At the age of fifteen I sold phone cards.' }]))).toEqual([]);
    // 2024: 17 until September 15, then 18.
    expect(flagged(keyla([{ date: '2024', description: 'I was 17 years old.' }]))).toEqual([]);
    expect(flagged(keyla([{ date: '2024', description: 'I was 18 years old.' }]))).toEqual([]);
    expect(flagged(keyla([{ date: '2024', description: 'I was 16 years old.' }]))).toEqual(['trafficking.acts.0.description']);
  });

  it('an escape’s text too, against the escape’s date', () => {
    const c = keyla([{ date: '2024-08-30', description: 'He locked me in at night.' }]);
    c.escapes[0].narrative = 'I ran away when I was 17, the night the door was left open.';
    expect(flagged(c)).toEqual(['escapes.0.narrative']);
    c.escapes[0].date = '2024-09-01';
    expect(flagged(c)).toEqual([]);
  });

  it('no false alarm: a number that is not an age, or the age today', () => {
    for (const description of ['I was one of five girls in the room.', 'I was 17 hours without food.', 'Today I am 20 and I still remember it.', 'There were 17 of us in the truck.']) {
      expect(flagged(keyla([{ date: '2024-10-02', description }])), description).toEqual([]);
    }
  });
});

// Eligible family members (8 CFR 214.211; docs/domain/t-visa-declaration.md, "Family members at
// 21"): a parent and an unmarried sibling under 18 qualify by relationship only while the applicant
// is under 21 on the date the application is filed, so a 21st birthday within 90 days of the
// signing is warned, with the date to file before. Signed March 2, 2026.
describe('turns-21-soon: the 21st birthday near the signing date', () => {
  const warned = (dob: string) => {
    const c = fixture('minimal');
    c.applicant.dateOfBirth = dob;
    const r = checkCase(K, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.warnings.filter((w) => w.code === 'turns-21-soon').map((w) => [w.path, w.message]);
  };
  it('warned from the day after the signing to 90 days after it, naming the birthday, the days and the rule', () => {
    // Born 2005-03-03: 21 on 2026-03-03, one day after the signing.
    expect(warned('2005-03-03')).toEqual([[
      'applicant.dateOfBirth',
      expect.stringMatching(/^the applicant turns 21 on March 3, 2026, one day after the signing date: .*a parent and an unmarried brother or sister under 18 .*8 CFR 214\.211/),
    ]]);
    // Born 2005-05-31: 21 on 2026-05-31, 90 days after March 2 (29 + 30 + 31).
    expect(warned('2005-05-31')[0]![1]).toContain('turns 21 on May 31, 2026, 90 days after the signing date');
  });
  // The statute counts the applicant's age on the date the application is filed (8 U.S.C.
  // § 1101(a)(15)(T)(ii)(I); 8 CFR 214.211): the warning says so and gives the date to file
  // before, where it asked counsel to "check the age the rule counts".
  it('says the age counted is the one on the filing date, and the date Form I-914 must be filed before', () => {
    const m = warned('2005-04-17')[0]![1];
    expect(m).toContain('when the applicant is under 21 on the date the application is filed (8 U.S.C. § 1101(a)(15)(T)(ii)(I); 8 CFR 214.211)');
    expect(m).toContain('so file Form I-914 before April 17, 2026; a Supplement A for each family member may go with it or follow while it is pending');
    expect(m).toContain('Filed on or after that birthday, only a spouse and children qualify by relationship, and a parent or sibling must show a present danger of retaliation');
    expect(m).not.toContain('check the age');
  });
  it('a birthday of February 29: the 21st falls on March 1 of a common year', () => {
    const c = fixture('minimal');
    c.applicant.dateOfBirth = '2004-02-29';
    c.signing.date = '2025-02-01';
    const r = checkCase(K, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings.find((w) => w.code === 'turns-21-soon')?.message).toContain('turns 21 on March 1, 2025, 28 days after the signing date');
  });
  it('not warned 91 days before the birthday, on it (already 21) or after it', () => {
    expect(warned('2005-06-01')).toEqual([]); // 21 on 2026-06-01: 91 days after the signing
    expect(warned('2005-03-02')).toEqual([]); // 21 on the signing day
    expect(warned('1998-04-17')).toEqual([]); // the fixture's applicant, 27
  });
});
