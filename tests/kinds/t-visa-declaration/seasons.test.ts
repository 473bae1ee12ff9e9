// A date at a season or part of a year (`2022-spring`, `2021-late`; docs/domain/t-visa-declaration-form.md,
// "Dates at a season"). A declarant who remembers "the spring of 2022" had to give 2022, and the
// act printed "2022. In the spring of 2022, …": the lead said less than the text, and the ages were
// computed over the whole year. The season is now a date of its own, its ages computed over its
// months, printed as the declarant says it.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { dateSpan } from '../../../src/kinds/t-visa-declaration/dates.js';
import { body, fixture, K } from './support.js';

const check = (c: unknown): any => checkCase(K, c);
const codes = (r: any) => (r.ok ? r.warnings : r.errors).map((i: any) => [i.path, i.code]);
/** full.json: born March 12, 2004 (18 on March 12, 2022); signed March 2, 2026. */
const full = (patch: (c: any) => void) => {
  const c = fixture('full');
  patch(c);
  return c;
};

describe('the span of a season', () => {
  it('spring, summer and fall are their three months; winter begins in December of the year written; early, mid and late are thirds', () => {
    const span = (s: string) => {
      const { earliest: a, latest: b } = dateSpan(s);
      return `${a.y}-${a.m}-${a.d}/${b.y}-${b.m}-${b.d}`;
    };
    expect(span('2022-spring')).toBe('2022-3-1/2022-5-31');
    expect(span('2022-summer')).toBe('2022-6-1/2022-8-31');
    expect(span('2022-fall')).toBe('2022-9-1/2022-11-30');
    expect(span('2023-winter')).toBe('2023-12-1/2024-2-29'); // 2024 is a leap year
    expect(span('2022-early')).toBe('2022-1-1/2022-4-30');
    expect(span('2022-mid')).toBe('2022-5-1/2022-8-31');
    expect(span('2022-late')).toBe('2022-9-1/2022-12-31');
  });
});

describe('an act dated at a season', () => {
  it('is taken, its ages computed over its months, and printed as the declarant says it', () => {
    const c = full((x) => {
      x.trafficking.acts[2].date = '2021-fall'; // 17 all along: under 18
      x.trafficking.acts[3].date = '2022-spring'; // the 18th birthday, March 12, is inside it
    });
    const r = check(c);
    expect(r.ok).toBe(true);
    expect(r.computed.ageAtEachAct.slice(2)).toEqual([
      { date: '2021-fall', precision: 'season', ageMin: 17, ageMax: 17, under18: true },
      { date: '2022-spring', precision: 'season', ageMin: 17, ageMax: 18, under18: null },
    ]);
    // An age that differs across the season says so, as a month's or a year's does.
    expect(codes(r)).toContainEqual(['trafficking.acts.3.date', 'act-age-straddles-18']);
    const t = body(c);
    expect(t).toContain('\nFall 2021. Beto said I was not paying the debt fast enough.');
    expect(t).toContain('\nSpring 2022. After my eighteenth birthday it continued every week.');
    expect(t).toContain('I was under 18 years old at the time of the events of May 2021, June 14, 2021 and the fall of 2021 that I describe above.');
    expect(t).not.toMatch(/\n2021\.|\n2022\./);
  });

  it('a season wholly before the 18th birthday rests the minor exemption; a year would not', () => {
    // Only one act, dated in the winter before the birthday (December 2021 to February 2022).
    const one = (date: string) =>
      check(full((x) => {
        x.trafficking.acts = [{ date, description: 'It went on every night.' }];
        x.lawEnforcement.contacts = [];
        x.lawEnforcement.traumaException = null;
        x.escapes[0].date = '2023';
      }));
    const winter = one('2021-winter');
    expect(winter.ok).toBe(true);
    expect(winter.computed.minorExemption).toBe(true);
    const year = one('2022'); // 17 or 18: no exemption, and nothing else shows compliance
    expect(year.ok).toBe(false);
    expect(codes(year)).toContainEqual(['lawEnforcement.contacts', 'lea-compliance-not-shown']);
  });

  it('is held to the birth and the signing date over its months (signed March 2, 2026)', () => {
    expect(codes(check(full((x) => (x.trafficking.acts[3].date = '2026-summer'))))).toContainEqual(['trafficking.acts.3.date', 'date-after-document-date']);
    expect(check(full((x) => (x.trafficking.acts[3].date = '2026-spring'))).ok).toBe(true); // March 1 may be before the signing
    expect(check(full((x) => (x.trafficking.acts[3].date = '2025-winter'))).ok).toBe(true);
    expect(codes(check(full((x) => (x.escapes[0].date = '2003-winter'))))).toContainEqual(['escapes.0.date', 'date-before-birth']); // ends February 2004
  });

  it('anything else is refused at the field, saying how a season is written', () => {
    for (const date of ['2022-autumn', '2022-Spring', '2022-winter-2023', 'spring 2022', '1899-spring']) {
      const r = check(full((x) => (x.trafficking.acts[3].date = date)));
      expect(r.ok).toBe(false);
      const e = r.errors.find((i: any) => i.path === 'trafficking.acts.3.date');
      expect(e?.code).toBe('invalid-date');
      expect(e?.message).toContain('yyyy-spring (season known: spring, summer, fall or winter');
    }
  });
});

describe('the other dated paragraphs at a season', () => {
  it('a law-enforcement contact, a departure, a supporting contact, an observation and a disclosure read as the declarant says them', () => {
    const c = full((x) => {
      x.lawEnforcement.contacts[0].date = '2022-winter';
      x.travel.departures[0].departedOn = '2022-summer';
      x.travel.departures[0].returnedOn = '2022-summer';
    });
    const t = body(c);
    expect(t).toContain('\nIn the winter of 2022–2023, I was in contact with the Houston Police Department, Human Trafficking Unit.');
    expect(t).toContain('\nIn the summer of 2022, I was in Mexico.');
    const s = fixture('supporting');
    s.supporting.contacts[0].from = '2023-late';
    delete s.supporting.contacts[0].to;
    s.supporting.observations[0].date = '2024-early';
    const st = body(s);
    expect(check(s).ok).toBe(true);
    expect(st).toContain('\nSince late 2023.');
    expect(st).toContain('\nEarly 2024.');
  });
});
