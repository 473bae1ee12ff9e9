// Departures from the United States and physical presence (8 CFR 214.207; docs/domain/
// t-visa-declaration-departures.md): what `computed.departures[].keepsPresence` says, as worked
// examples, and the dates a departure may have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepsPresence } from '../../../src/kinds/t-visa-declaration/departures.js';
import { checkCase } from '../../../src/pipeline.js';
import { body } from './support.js';

const K = 't-visa-declaration';
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));
const computedDepartures = (c: unknown) => {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return (r.computed as { departures: Array<{ index: number; presenceCategory: string | null; keepsPresence: boolean }> }).departures;
};

describe('keepsPresence: 8 CFR 214.207(a) presence now, 214.207(b) the conditions of a reentry', () => {
  it.each([
    // [returnedOn, presenceCategory, keeps]
    ['2022-08-05', 'continued-victimization', true], // (b)(1): taken out and back by the trafficker
    ['2022-08-05', 'new-trafficking-incident', true], // (b)(2)
    ['2022-08-05', 'reentry-for-investigation', true], // (b)(3)
    ['2022-08-05', null, false], // came back, but under no condition of (b): deemed not present
    [null, 'continued-victimization', false], // no reentry shown: (b)'s conditions are of a reentry
    [null, 'new-trafficking-incident', false],
    [null, 'reentry-for-investigation', false],
    [null, null, false],
  ] as const)('returned %s, category %s → %s', (returnedOn, presenceCategory, keeps) => {
    expect(keepsPresence({ returnedOn, presenceCategory })).toBe(keeps);
  });

  it.each([
    // A departure certainly before every act of trafficking: 214.207(b) does not reach it.
    ['2020-01-05', null, true], // back before the trafficking began: presence as it was
    [null, null, false], // never back: not present now (214.207(a))
  ] as const)('before the trafficking: returned %s, category %s → %s', (returnedOn, presenceCategory, keeps) => {
    expect(keepsPresence({ returnedOn, presenceCategory }, true)).toBe(keeps);
  });

  it('full: left August 3, 2022, back August 5, 2022, continued victimization → keeps presence', () => {
    expect(computedDepartures(fixture('full'))).toEqual([{ index: 0, presenceCategory: 'continued-victimization', keepsPresence: true }]);
  });

  it('a departure with no return date keeps no presence, though it names a category (signed in Los Angeles: the warning asks for the date)', () => {
    // Left for El Salvador on June 1, 2025, "new incident of trafficking", no return date.
    const c = fixture('departure-without-return');
    expect(computedDepartures(c)).toEqual([{ index: 0, presenceCategory: 'new-trafficking-incident', keepsPresence: false }]);
    // With the return date (September 14, 2025) the same departure keeps presence.
    c.travel.departures[0].returnedOn = '2025-09-14';
    expect(computedDepartures(c)).toEqual([{ index: 0, presenceCategory: 'new-trafficking-incident', keepsPresence: true }]);
  });

  it('signed in the country the applicant went to, with no return: consistent, and not present in the United States', () => {
    const c = fixture('departure-without-return');
    c.signing = { date: '2026-03-10', city: 'San Salvador', region: null, country: 'SV' };
    expect(computedDepartures(c)).toEqual([{ index: 0, presenceCategory: 'new-trafficking-incident', keepsPresence: false }]);
  });
});

/** A personal statement (Marisol, born April 17, 1998; one act on June 5, 2023; signed March 2, 2026) with these travels. */
function withTravel(travel: Record<string, unknown>) {
  return { ...fixture('invalid-return-before-departure'), travel };
}
const dep = (departedOn: string, returnedOn: string | null, presenceCategory: string | null = 'continued-victimization') => ({
  departedOn,
  returnedOn,
  country: 'HN',
  presenceCategory,
  explanation: 'My mother was in hospital.',
});
const issues = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? { errors: [], warnings: r.warnings.map((w) => [w.path, w.code]) } : { errors: r.errors.map((e) => [e.path, e.code]), warnings: [] };
};

describe('departure dates: impossible orders are errors naming the field', () => {
  it('a return the day before its departure is end-before-start; the same day is a day trip', () => {
    expect(issues(withTravel({ departures: [dep('2024-05-09', '2024-05-08')] })).errors).toEqual([['travel.departures.0.returnedOn', 'end-before-start']]);
    expect(issues(withTravel({ departures: [dep('2024-05-09', '2024-05-09')] })).errors).toEqual([]);
  });

  it('a departure the day before the date of birth is date-before-birth; on the birthday it is not', () => {
    // Born April 17, 1998.
    expect(issues(withTravel({ departures: [dep('1998-04-16', '1998-05-01', null)] })).errors).toEqual([['travel.departures.0.departedOn', 'date-before-birth']]);
    expect(issues(withTravel({ departures: [dep('1998-04-17', '1998-05-01', null)] })).errors).toEqual([]);
  });

  it('a departure or a return after the signing date (March 2, 2026) is date-after-document-date; on it, it is not', () => {
    expect(issues(withTravel({ departures: [dep('2026-03-03', null)] })).errors).toEqual([['travel.departures.0.departedOn', 'date-after-document-date']]);
    expect(issues(withTravel({ departures: [dep('2026-02-20', '2026-03-03')] })).errors).toEqual([['travel.departures.0.returnedOn', 'date-after-document-date']]);
    expect(issues(withTravel({ departures: [dep('2026-02-20', '2026-03-02')] })).errors).toEqual([]);
  });

  it('a departure before the first entry is departure-before-entry, at the entry date’s precision', () => {
    // First entry "2022-11": any day of November 2022. October 31 is certainly before; November 1 may be the day.
    expect(issues(withTravel({ firstEntry: '2022-11', departures: [dep('2022-10-31', '2022-12-01')] })).errors).toEqual([
      ['travel.departures.0.departedOn', 'departure-before-entry'],
    ]);
    expect(issues(withTravel({ firstEntry: '2022-11', departures: [dep('2022-11-01', '2022-12-01')] })).errors).toEqual([]);
    // An exact entry: the day of the entry itself is possible (came in and left the same day).
    expect(issues(withTravel({ firstEntry: '2022-11-15', departures: [dep('2022-11-14', '2022-12-01')] })).errors).toEqual([
      ['travel.departures.0.departedOn', 'departure-before-entry'],
    ]);
    expect(issues(withTravel({ firstEntry: '2022-11-15', departures: [dep('2022-11-15', '2022-12-01')] })).errors).toEqual([]);
  });

  it('the first entry itself is in the applicant’s life and before the signing', () => {
    expect(issues(withTravel({ firstEntry: '1997', departures: [] })).errors).toEqual([['travel.firstEntry', 'date-before-birth']]);
    // "1998" covers the birth (April 17, 1998): possible.
    expect(issues(withTravel({ firstEntry: '1998', departures: [] })).errors).toEqual([]);
    expect(issues(withTravel({ firstEntry: '2026-04', departures: [] })).errors).toEqual([['travel.firstEntry', 'date-after-document-date']]);
    // "2026-03" covers the signing day: possible.
    expect(issues(withTravel({ firstEntry: '2026-03', departures: [] })).errors).toEqual([]);
  });

  it('a departure before the return of another is departures-overlap, whatever order they are listed in; leaving the day of a return is not', () => {
    // May 1–20 and May 15–18, 2024: the second leaves while the applicant is away on the first.
    expect(issues(withTravel({ departures: [dep('2024-05-01', '2024-05-20'), dep('2024-05-15', '2024-05-18')] })).errors).toEqual([
      ['travel.departures.1.departedOn', 'departures-overlap'],
    ]);
    // Listed latest first: the later departure (index 0) is the one reported.
    expect(issues(withTravel({ departures: [dep('2024-05-15', '2024-05-18'), dep('2024-05-01', '2024-05-20')] })).errors).toEqual([
      ['travel.departures.0.departedOn', 'departures-overlap'],
    ]);
    // Back May 20, left again May 20: a day at home, no overlap.
    expect(issues(withTravel({ departures: [dep('2024-05-01', '2024-05-20'), dep('2024-05-20', '2024-05-25')] })).errors).toEqual([]);
    // Two leaving the same day, the first back the same evening: possible.
    expect(issues(withTravel({ departures: [dep('2024-05-01', '2024-05-01'), dep('2024-05-01', '2024-05-03')] })).errors).toEqual([]);
    // A long absence covers two later ones: each is reported once, against it.
    expect(issues(withTravel({ departures: [dep('2024-01-01', '2024-12-31'), dep('2024-03-01', '2024-03-05'), dep('2024-06-01', '2024-06-05')] })).errors).toEqual([
      ['travel.departures.1.departedOn', 'departures-overlap'],
      ['travel.departures.2.departedOn', 'departures-overlap'],
    ]);
  });

  it('a departure after one with no return date is departures-overlap, and its message asks for that return date', () => {
    const r = checkCase(K, withTravel({ departures: [dep('2024-05-01', null), dep('2025-01-10', '2025-01-20')] }));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['travel.departures.1.departedOn', 'departures-overlap']]);
    expect(!r.ok && r.errors[0]!.message).toMatch(/travel\.departures\.0, which has no return date.*returnedOn/);
    // A departure before the open one, back before it, is fine: the open one is the last.
    expect(issues(withTravel({ departures: [dep('2024-02-01', '2024-02-10'), dep('2024-05-01', null)] })).errors).toEqual([]);
  });

  it('no message quotes a date of the case', () => {
    const r = checkCase(K, withTravel({ firstEntry: '2022-11', departures: [dep('2022-10-31', '2022-12-01'), dep('2022-11-20', null), dep('2026-03-05', null)] }));
    expect(r.ok).toBe(false);
    for (const e of r.ok ? [] : r.errors) expect(e.message).not.toMatch(/20\d\d|November|October|March/);
  });
});

describe('departure dates: doubtful ones are warnings (personal statement)', () => {
  it('a departure certainly before every act of trafficking is departure-before-trafficking, not physical-presence-at-risk, and keeps presence', () => {
    // The one act is June 5, 2023; left May 1 and back May 9, 2023, no category.
    const c = withTravel({ departures: [dep('2023-05-01', '2023-05-09', null)] });
    expect(issues(c).warnings).toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
    expect(issues(c).warnings).not.toContainEqual(['travel.departures.0.presenceCategory', 'physical-presence-at-risk']);
    expect(computedDepartures(c)).toEqual([{ index: 0, presenceCategory: null, keepsPresence: true }]);
  });

  it('on the day of the first act, or after it, it is a departure of 8 CFR 214.207(b): no category is physical-presence-at-risk', () => {
    const c = withTravel({ departures: [dep('2023-06-05', '2023-06-09', null)] });
    expect(issues(c).warnings).toContainEqual(['travel.departures.0.presenceCategory', 'physical-presence-at-risk']);
    expect(issues(c).warnings).not.toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
    expect(computedDepartures(c)).toEqual([{ index: 0, presenceCategory: null, keepsPresence: false }]);
  });

  it('at the acts’ precision: an act dated "2023" may be January 1, 2023, so only a departure in 2022 is certainly before it', () => {
    const act = (date: string) => ({ date, description: 'The owner of the cleaning company took my passport.' });
    const c = withTravel({ departures: [dep('2022-12-31', '2023-01-02', null)] });
    c.trafficking.acts = [act('2023'), act('2024-02')];
    expect(issues(c).warnings).toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
    c.travel.departures[0].departedOn = '2023-01-01';
    expect(issues(c).warnings).not.toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
  });

  it('before the trafficking but never back keeps no presence', () => {
    expect(computedDepartures(withTravel({ departures: [dep('2023-05-01', null, null)] }))).toEqual([{ index: 0, presenceCategory: null, keepsPresence: false }]);
  });

  it('a supporting declaration carries no departure warnings (its departures are not printed: section-not-printed)', () => {
    // The applicant (born March 12, 2004) left, with no category, before the one act the case dates.
    const c = fixture('supporting');
    c.trafficking = { types: ['labor'], acts: [{ date: '2021-05' }] };
    c.travel = { departures: [dep('2020-01-01', '2020-01-05', null), dep('2022-01-01', '2022-01-05', null)] };
    const w = issues(c).warnings;
    expect(w).toContainEqual(['travel.departures', 'section-not-printed']);
    expect(w.filter(([, code]) => code === 'departure-before-trafficking' || code === 'physical-presence-at-risk')).toEqual([]);
  });
});

describe('a personal statement signed outside the United States: physical presence (8 CFR 214.207(a)) is in doubt', () => {
  // departure-without-return: left for El Salvador on June 1, 2025, "new incident of trafficking", no return date.
  const signedIn = (country: string, city: string) => {
    const c = fixture('departure-without-return');
    c.signing = { date: '2026-03-10', city, region: null, country };
    return c;
  };

  it.each([
    ['SV', 'San Salvador'], // the country the applicant went to
    ['GT', 'Guatemala City'], // a third country
  ])('signed in %s with a departure not come back: departure-without-return, saying the applicant is still abroad', (country, city) => {
    const r = checkCase(K, signedIn(country, city));
    expect(r.ok && r.warnings.map((w) => [w.path, w.code])).toEqual([['travel.departures.0.returnedOn', 'departure-without-return']]);
    expect(r.ok && r.warnings[0]!.message).toMatch(/signed outside the United States.*still abroad.*physical presence.*8 CFR 214\.207\(a\)\) is not met/);
    expect(computedDepartures(signedIn(country, city))).toEqual([{ index: 0, presenceCategory: 'new-trafficking-incident', keepsPresence: false }]);
  });

  it('signed abroad with every departure back, or none: signed-outside-united-states on the place of signing', () => {
    const back = signedIn('MX', 'Tijuana');
    back.travel.departures[0].returnedOn = '2025-09-14';
    expect(issues(back).warnings).toEqual([['signing.country', 'signed-outside-united-states']]);
    const none = signedIn('MX', 'Tijuana');
    none.travel.departures = [];
    expect(issues(none).warnings).toEqual([['signing.country', 'signed-outside-united-states']]);
    const r = checkCase(K, none);
    expect(r.ok && r.warnings[0]!.message).toMatch(/signed outside the United States.*physical presence.*8 CFR 214\.207\(a\)/);
  });

  it('signed in the United States or a territory of 28 U.S.C. § 1746(2): no signed-outside-united-states', () => {
    for (const [country, city] of [['US', 'Los Angeles'], ['PR', 'San Juan'], ['GU', 'Hagåtña']] as const) {
      const c = signedIn(country, city);
      c.travel.departures[0].returnedOn = '2025-09-14';
      expect(issues(c).warnings, country).toEqual([]);
    }
  });

  it('a supporting declaration signed abroad (a witness in the home country) warns about nothing', () => {
    expect(issues(fixture('outside-us')).warnings).toEqual([]);
  });
});

describe('the Travel Outside the United States section prints the departures in date order', () => {
  const trip = (departedOn: string, returnedOn: string, explanation: string, presenceCategory: string | null = 'continued-victimization') => ({
    departedOn,
    returnedOn,
    country: 'HN',
    presenceCategory,
    explanation,
  });
  // Listed latest first: March 2025, then May 2024, then January 2025.
  const c = withTravel({
    departures: [
      trip('2025-03-01', '2025-03-09', 'The third trip.'),
      trip('2024-05-01', '2024-05-09', 'The first trip.', null),
      trip('2025-01-10', '2025-01-20', 'The second trip.'),
    ],
  });

  it('earliest first, whatever the order of the list', () => {
    const t = body(c);
    const at = (s: string) => t.indexOf(s);
    expect(at('From May 1 to May 9, 2024, I was in Honduras. The first trip.')).toBeGreaterThan(-1);
    expect(at('The first trip.')).toBeLessThan(at('The second trip.'));
    expect(at('The second trip.')).toBeLessThan(at('The third trip.'));
  });

  it('issues and computed.departures keep the index of the list', () => {
    expect(issues(c).warnings).toContainEqual(['travel.departures.1.presenceCategory', 'physical-presence-at-risk']);
    expect(computedDepartures(c).map((d) => [d.index, d.keepsPresence])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
  });

  it('two leaving the same day keep their listed order (a day trip, then the longer one)', () => {
    const t = body(withTravel({ departures: [trip('2024-05-01', '2024-05-01', 'Listed first.'), trip('2024-05-01', '2024-05-03', 'Listed second.')] }));
    expect(t.indexOf('Listed first.')).toBeLessThan(t.indexOf('Listed second.'));
  });
});

describe('a departure goes outside where physical presence is counted (8 CFR 214.202(b))', () => {
  const codes = (country: string) => {
    const c = fixture('full');
    c.travel.departures[0].country = country;
    const r = checkCase(K, c);
    return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
  };
  it.each(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'us'])('%s is refused on the departure’s country', (country) => {
    expect(codes(country)).toEqual([['travel.departures.0.country', 'departure-within-united-states']]);
  });
  it.each(['MX', 'CA', 'SV'])('%s is a departure', (country) => {
    expect(codes(country)).toEqual([]);
  });
});

// Presence on account of entry for an investigation (214.207(a)(5)) or a reentry allowed for one
// (214.207(b)) was accepted with no law-enforcement contact in the statement: the ground stood on
// a category that is never printed, and nothing warned.
describe('presence for an investigation needs a law-enforcement contact told (law-enforcement-not-described)', () => {
  const warned = (c: unknown) => {
    const r = checkCase(K, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.warnings.filter((w) => w.code === 'law-enforcement-not-described').map((w) => w.path);
  };
  // full: an adult at the last acts, with the trauma exception, so the contacts may go.
  const noContacts = (patch: (c: any) => void = () => {}) => {
    const c = fixture('full');
    c.lawEnforcement.contacts = [];
    c.exhibits = c.exhibits.filter((x: { id: string }) => x.id !== 'A');
    patch(c);
    return c;
  };
  it.each([
    ['entry-for-investigation', ['presence.ground']],
    ['liberated-by-law-enforcement', []], // the liberation is told where it happened (minor.json: "the police took me out")
    ['escaped', []],
    ['continuing-presence', []],
    ['currently-subjected', []],
  ])('ground %s with no contact → %j', (ground, paths) => {
    expect(warned(noContacts((c) => (c.presence.ground = ground)))).toEqual(paths);
  });
  it('a departure whose reentry was allowed for an investigation, with no contact, warns on its category', () => {
    expect(warned(noContacts((c) => (c.travel.departures[0].presenceCategory = 'reentry-for-investigation')))).toEqual(['travel.departures.0.presenceCategory']);
    // A minor exempt from cooperation lists no contact, but came for an investigation: still told nowhere.
    const m = fixture('minor');
    m.presence.ground = 'entry-for-investigation';
    expect(warned(m)).toEqual(['presence.ground']);
  });
  it('a contact told is enough, and other roles are not asked', () => {
    const c = fixture('full');
    c.presence.ground = 'entry-for-investigation';
    c.travel.departures[0].presenceCategory = 'reentry-for-investigation';
    expect(warned(c)).toEqual([]);
    const s = fixture('supporting');
    s.presence = { ground: 'entry-for-investigation', narrative: 'x' };
    const r = checkCase(K, s);
    expect(r.ok ? r.warnings.filter((w) => w.code === 'law-enforcement-not-described') : r.errors).toEqual([]);
  });
});

// An applicant trafficked in other countries before a first entry, whose presence rests on being
// subjected to trafficking now (214.207(a)(1)), was accepted with every act told abroad: the
// statement placed none of the trafficking in the United States, and nothing warned.
describe('a ground of trafficking now needs an act told after the first entry (no-act-in-united-states)', () => {
  // no-act-in-united-states.json: acts of March 2022 (Istanbul) and May 2023 (Mexico City), first entry September 2023.
  const warned = (patch: (c: any) => void = () => {}) => {
    const c = fixture('no-act-in-united-states');
    patch(c);
    const r = checkCase(K, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.warnings.filter((w) => w.code === 'no-act-in-united-states').map((w) => w.path);
  };
  it('every act certainly before the first entry warns on the ground', () => {
    expect(warned()).toEqual(['presence.ground']);
    // The entry's month is the earliest it can be: an act in August 2023 is still certainly before September.
    expect(warned((c) => (c.trafficking.acts[1].date = '2023-08-31'))).toEqual(['presence.ground']);
  });
  it.each([
    ['an act after the first entry', (c: any) => c.trafficking.acts.push({ date: '2023-10', description: 'In San Diego he made me clean three houses a day.' })],
    ['an act that may be after it, at its precision ("2023")', (c: any) => (c.trafficking.acts[1].date = '2023')],
    ['an act in the month of the entry', (c: any) => (c.trafficking.acts[1].date = '2023-09')],
    ['no first entry given', (c: any) => (c.travel.firstEntry = null)],
    ['another ground (an escape, presence related to past trafficking)', (c: any) => (c.presence.ground = 'continuing-presence')],
  ])('is not warned with %s', (_, patch) => {
    expect(warned(patch)).toEqual([]);
  });
});

describe('where the applicant is: American Samoa is named, not "the United States" (8 CFR 214.202(b); INA § 101(a)(38))', () => {
  // full.json signed in Pago Pago: presence is counted in American Samoa, which is not part of the
  // United States in the geographical sense; its headings said "Why I Am in the United States".
  const inSamoa = (patch: (c: any) => void = () => {}) => {
    const c = fixture('full');
    c.signing = { ...c.signing, city: 'Pago Pago', region: null, country: 'AS' };
    patch(c);
    return body(c);
  };

  it('the headings of the entry, the presence and the travel name American Samoa', () => {
    const t = inSamoa();
    expect(t).toContain('\nHow I Came to American Samoa\n');
    expect(t).toContain('\nWhy I Am in American Samoa\n');
    expect(t).toContain('\nTravel Outside the United States and American Samoa\n');
    expect(t).not.toContain('Why I Am in the United States');
  });

  it('a departure with no return date says the applicant left American Samoa', () => {
    const t = inSamoa((c) => {
      c.travel.departures[0].returnedOn = null;
    });
    expect(t).toContain('On August 3, 2022, I left American Samoa for Mexico.');
  });

  it.each(['US', 'MP', 'GU', 'PR', 'VI', 'MX'])('signed in %s: the United States, as before', (country) => {
    const c = fixture('full');
    c.signing = { ...c.signing, region: null, country };
    const t = body(c);
    expect(t).toContain('\nHow I Came to the United States\n');
    expect(t).toContain('\nWhy I Am in the United States\n');
    expect(t).toContain('\nTravel Outside the United States\n');
  });
});

describe('a departure remembered only by its month or year (docs/domain/t-visa-declaration-departures.md, "Departure dates")', () => {
  // Marisol: born April 17, 1998; one act on June 5, 2023; signed March 2, 2026.
  it('is accepted at the precision known and printed at it, never as a day nobody remembers', () => {
    expect(issues(withTravel({ departures: [dep('2024-03', '2024-05')] })).errors).toEqual([]);
    expect(body(withTravel({ departures: [dep('2024-03', '2024-05')] }))).toContain('From March to May 2024, I was in Honduras.');
    expect(body(withTravel({ departures: [dep('2024-03', '2024-03')] }))).toContain('In March 2024, I was in Honduras.');
    expect(body(withTravel({ departures: [dep('2024-03', '2024-04-02')] }))).toContain('From March 2024 to April 2, 2024, I was in Honduras.');
    const open = body(withTravel({ departures: [dep('2025-11', null)] }));
    expect(open).toContain('In November 2025, I left the United States for Honduras.');
    expect(open).not.toContain('November 1');
    expect(body(withTravel({ departures: [dep('2024', '2024')] }))).toContain('In 2024, I was in Honduras.');
  });

  it('a date that is no month is refused as the acts’ dates are', () => {
    const r = checkCase(K, withTravel({ departures: [dep('2024-13', null)] }));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([['travel.departures.0.departedOn', 'invalid-date']]);
  });

  it('an impossible order is an error only when certain: a return in the month of its departure may be after it', () => {
    expect(issues(withTravel({ departures: [dep('2024-03-20', '2024-03')] })).errors).toEqual([]);
    expect(issues(withTravel({ departures: [dep('2024-03-20', '2024-02')] })).errors).toEqual([['travel.departures.0.returnedOn', 'end-before-start']]);
    // Signed March 2, 2026: a departure in March 2026 may be on March 1 or 2; April is after.
    expect(issues(withTravel({ departures: [dep('2026-03', '2026-03')] })).errors).toEqual([]);
    expect(issues(withTravel({ departures: [dep('2026-04', null)] })).errors).toEqual([['travel.departures.0.departedOn', 'date-after-document-date']]);
    // Born April 17, 1998: "1998-04" may be after the birth, "1998-03" is not.
    expect(issues(withTravel({ departures: [dep('1998-04', '1998-05', null)] })).errors).toEqual([]);
    expect(issues(withTravel({ departures: [dep('1998-03', '1998-05', null)] })).errors).toEqual([['travel.departures.0.departedOn', 'date-before-birth']]);
    // First entry November 2022: a departure in October 2022 is certainly before it.
    expect(issues(withTravel({ firstEntry: '2022-11', departures: [dep('2022-10', '2022-12')] })).errors).toEqual([['travel.departures.0.departedOn', 'departure-before-entry']]);
  });

  it('two departures overlap only when certainly: back "in March" and off again on March 15 may be a day at home', () => {
    expect(issues(withTravel({ departures: [dep('2024-01-10', '2024-03'), dep('2024-03-15', '2024-03-20')] })).errors).toEqual([]);
    expect(issues(withTravel({ departures: [dep('2024-01-10', '2024-03'), dep('2024-02-15', '2024-02-20')] })).errors).toEqual([
      ['travel.departures.1.departedOn', 'departures-overlap'],
    ]);
    // No return date: a later departure certainly after it asks for its return; one in the same month may have been first.
    expect(issues(withTravel({ departures: [dep('2024-03', null), dep('2024-04-02', '2024-04-09')] })).errors).toEqual([
      ['travel.departures.1.departedOn', 'departures-overlap'],
    ]);
    expect(issues(withTravel({ departures: [dep('2024-03', null), dep('2024-03-15', '2024-03-20')] })).errors).toEqual([]);
  });

  it('prints in date order by the first day it can mean: "In March 2024" before "On March 15, 2024"', () => {
    const t = body(withTravel({ departures: [{ ...dep('2024-03-15', '2024-03-20'), explanation: 'The later one.' }, { ...dep('2024-03', '2024-03'), explanation: 'The month one.' }] }));
    expect(t.indexOf('The month one.')).toBeLessThan(t.indexOf('The later one.'));
  });

  it('a departure certainly before every act is departure-before-trafficking at its precision; one in the act’s month is not', () => {
    // The act: June 5, 2023.
    expect(issues(withTravel({ departures: [dep('2023-05', '2023-05', null)] })).warnings).toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
    expect(issues(withTravel({ departures: [dep('2023-06', '2023-06', null)] })).warnings).not.toContainEqual(['travel.departures.0.departedOn', 'departure-before-trafficking']);
  });
});
