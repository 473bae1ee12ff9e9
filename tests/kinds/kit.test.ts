// The kit's shared fields and rules (src/kinds/kit/, src/domain/): one rule each, for every kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ANumber,
  CountryCode,
  formatANumber,
  countryName,
  Dollars,
  dollarsToCents,
  IsoDate,
  IsoDateTime,
  list,
  optional,
  optList,
  OptText,
  parseDefaults,
  parseIsoDateTime,
  Phone,
  withDefault,
} from '../../src/kinds/kit/index.js';
import { flatten, schemaAt } from '../../src/batch/dotpaths.js';
import { checkCase } from '../../src/check.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { caseJsonSchema } from '../../src/kinds/json-schema.js';
import { andList, count, groupDecimal, longDate, money, shortDate, thousands } from '../../src/domain/format.js';
import { parseCase } from '../../src/validate.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { readFixture } from '../../src/kinds/files.js';
import { buildDocument } from '../../src/pipeline.js';

const issues = (schema: z.ZodType, v: unknown) => {
  const r = parseCase(z.object({ f: schema }), { f: v });
  return r.ok ? [] : r.issues.map((i) => `${i.path} ${i.code}`);
};
const value = (schema: z.ZodType, v: unknown) => {
  const r = parseCase(z.object({ f: schema }), v === undefined ? {} : { f: v });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return (r.data as { f: unknown }).f;
};

describe('dates: real days, years 1900–2100 (issue 16 point 8)', () => {
  it('accepts the bounds and refuses the years around them', () => {
    expect(issues(IsoDate, '1900-01-01')).toEqual([]);
    expect(issues(IsoDate, '2100-12-31')).toEqual([]);
    for (const bad of ['1899-12-31', '2101-01-01', '0026-03-07', '0099-12-31', '0001-01-01', '9999-12-31']) expect(issues(IsoDate, bad), bad).toEqual(['f invalid-date']);
    for (const bad of ['2026-02-29', '2026-04-31', '2026-3-7', '07/03/2026', '']) expect(issues(IsoDate, bad), bad).toEqual(['f invalid-date']);
  });

  it('a date-time needs an offset, and its year is in range both as written and in UTC', () => {
    expect(issues(IsoDateTime, '2026-03-07T22:00-05:00')).toEqual([]);
    expect(issues(IsoDateTime, '2100-12-31T23:59+14:00')).toEqual([]); // 09:59 UTC the same day
    for (const bad of ['9999-12-31T23:59-12:00', '2100-12-31T23:59-12:00', '1900-01-01T00:00+01:00', '0026-03-07T10:00Z', '2026-03-07T22:00', '2026-03-07T24:00Z']) {
      expect(issues(IsoDateTime, bad), bad).toEqual(['f invalid-date-time']);
    }
  });

  it('instants are computed without Date.UTC two-digit years: year 0026 stays 0026', () => {
    const t = parseIsoDateTime('0026-03-07T10:00Z')!;
    expect(new Date(t.ms).getUTCFullYear()).toBe(26);
    expect(parseIsoDateTime('9999-12-31T23:59-12:00')!.ms).toBe(Date.UTC(10000, 0, 1, 11, 59));
  });
});

describe('the optional convention: absent, null and "" mean not given → null', () => {
  it.each([
    ['text', OptText],
    ['date', optional(IsoDate)],
    ['boolean', optional(z.boolean())],
    ['A-number', optional(ANumber)],
  ] as const)('%s', (_, schema) => {
    expect(value(schema, undefined)).toBeNull();
    expect(value(schema, null)).toBeNull();
    expect(value(schema, '')).toBeNull();
  });
  it('a wrong value keeps the field’s own code (the "" alternative does not take the message)', () => {
    expect(issues(optional(IsoDate), '2026-02-30')).toEqual(['f invalid-date']);
    expect(issues(optional(ANumber), 'A12-34')).toEqual(['f invalid-a-number']);
    expect(issues(optional(z.enum(['a', 'b'])), 'c')).toEqual(['f invalid-value']);
  });
  it('text of only spaces is not given; a default fills in; an optional list is []', () => {
    expect(value(OptText, '   ')).toBeNull();
    expect(value(withDefault(z.boolean(), true), null)).toBe(true);
    expect(value(withDefault(z.object({ a: OptText }), {}), '')).toEqual({ a: null });
    expect(value(optList(z.string(), 5), null)).toEqual([]);
  });
  it('text of only spaces is not given in every optional field, whatever its type', () => {
    for (const blank of ['  ', '\t', ' \u00a0 ']) {
      for (const schema of [optional(CountryCode), optional(Phone), optional(ANumber), optional(IsoDate), optional(z.enum(['a', 'b'])), optional(z.boolean()), optional(z.number())]) {
        expect(value(schema, blank)).toBeNull();
      }
      expect(value(optional(z.object({ a: OptText })), blank)).toBeNull();
      expect(value(optList(z.string(), 5), blank)).toEqual([]);
      expect(value(withDefault(z.enum(['a', 'b']), 'b'), blank)).toBe('b');
    }
    // Spaces around a value are not blank: the value is read (or refused) as before.
    expect(value(optional(CountryCode), ' gt ')).toBe('GT');
    expect(issues(optional(CountryCode), ' G ')).toEqual(['f invalid-country-code']);
    expect(issues(optional(Phone), ' 12 ')).toEqual(['f invalid-phone']);
    expect(issues(optional(z.number()), 'x')).toEqual(['f invalid-type']);
  });
  it('every optional field of every kind: spaces give the same result as leaving the field out', () => {
    let tried = 0;
    for (const k of KINDS) {
      const full = validFixtures(k.id).find((f) => f.name === 'full.json')!.data;
      const schema = caseJsonSchema(k);
      const paths = new Set<string>();
      for (const leaf of Object.keys(flatten(full))) {
        const segs = leaf.split('.');
        for (let i = 1; i <= segs.length; i++) paths.add(segs.slice(0, i).join('.'));
      }
      for (const path of paths) {
        const segs = path.split('.');
        const alts = [schemaAt(schema, segs) as unknown].flatMap(function alternatives(s: unknown): unknown[] {
          const a = (s as { anyOf?: unknown[] } | undefined)?.anyOf;
          return Array.isArray(a) ? a.flatMap(alternatives) : [s];
        });
        if (!alts.some((a) => (a as { const?: unknown } | undefined)?.const === '')) continue; // not optional
        const spaced = structuredClone(full);
        const absent = structuredClone(full);
        const parent = (c: any) => segs.slice(0, -1).reduce((o, seg) => o[seg], c);
        parent(spaced)[segs.at(-1)!] = '   ';
        delete parent(absent)[segs.at(-1)!];
        if (Array.isArray(parent(absent))) continue; // a list item is not a field
        expect(checkCase(k.id, spaced), `${k.id}: ${path}`).toEqual(checkCase(k.id, absent));
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(100);
  });
  it('a default object is a fresh copy for each case', () => {
    const s = withDefault(z.object({ xs: optList(z.string(), 5) }), {});
    const a = value(s, undefined) as { xs: string[] };
    a.xs.push('changed');
    expect(value(s, undefined)).toEqual({ xs: [] });
  });
  it('every kind’s defaults are valid by their own schema (parsed on first use, not at load)', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(4);
    // A kind's defaults are declared when its schemas are built (on its first use): build them all.
    for (const k of KINDS) expect(k.schema).toBeDefined();
    expect(parseDefaults()).toBeGreaterThanOrEqual(10);
    const wrong = withDefault(z.enum(['a', 'b']), 'c' as 'a');
    expect(() => parseDefaults()).toThrow();
    expect(() => value(wrong, null)).toThrow();
  });
});

describe('lists are bounded (issue 16 point 2)', () => {
  it('refuses one entry past the cap with too-big', () => {
    expect(issues(list(z.number(), 3), [1, 2, 3])).toEqual([]);
    expect(issues(list(z.number(), 3), [1, 2, 3, 4])).toEqual(['f too-big']);
    expect(issues(optList(z.number(), 3), [1, 2, 3, 4])).toEqual(['f too-big']);
  });
});

describe('A-number: A + 8 or 9 digits, stored as A + 9 digits', () => {
  it.each([
    ['A012345678', 'A012345678'],
    ['a 012-345-678', 'A012345678'],
    ['12345678', 'A012345678'],
    ['A-12-345-678', 'A012345678'],
  ])('%s → %s', (input, stored) => expect(value(ANumber, input)).toBe(stored));
  it.each(['1234567', '1234567890', 'B12345678', 'A12-34', ''])('%j is refused', (input) => expect(issues(ANumber, input)).toEqual(['f invalid-a-number']));

  // Review B point 5: the declaration printed "A-201-555-014", the RFA and the memo "A212345678".
  it('prints as A + 9 digits (USCIS: "A012345678"), through one helper, in every kind', () => {
    expect(formatANumber('A012345678')).toBe('A012345678');
    expect(formatANumber('12345678')).toBe('A012345678');
    const written = 'A 12-345-678';
    const patches: Record<string, (c: any) => void> = {
      rfa: (c) => (c.child.aNumber = written),
      'best-interests-memo': (c) => (c.child.aNumber = written),
      't-visa-declaration': (c) => (c.applicant.aNumber = written),
    };
    for (const [id, patch] of Object.entries(patches)) {
      const c = readFixture(getKind(id), 'minimal.json') as any;
      patch(c);
      const text = JSON.stringify(buildDocument(id, c).model);
      expect(text, id).toContain('A012345678');
      expect(text, id).not.toMatch(/A-?012-345-678/);
    }
  });
});

describe('country: ISO 3166-1 alpha-2, one exclusion list', () => {
  it('names countries and normalises the case', () => {
    expect(countryName('GT')).toBe('Guatemala');
    expect(countryName('XK')).toBe('Kosovo');
    expect(value(CountryCode, ' hn ')).toBe('HN');
  });
  it.each(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'AC', 'IC', 'XX', 'G', 'GTM'])('%s is not a country', (c) => {
    expect(countryName(c)).toBeNull();
    expect(issues(CountryCode, c)).toEqual(['f invalid-country-code']);
  });
});

describe('money: dollars as people write them → exact cents (issue 15 point 6)', () => {
  it.each([
    ['2843', 284300],
    ['2,843.00', 284300],
    ['$2,843', 284300],
    ['$2,843.5', 284350],
    [' $ 1,234,567.89 ', 123456789],
    ['0.10', 10],
    ['.5', 50],
    ['100000000000', 10_000_000_000_000],
  ])('%j → %d cents', (text, cents) => expect(dollarsToCents(text)).toEqual({ ok: true, cents }));
  it.each([
    ['2843.001', 'invalid-money'],
    ['28,43', 'invalid-money'],
    ['2,8430', 'invalid-money'],
    ['$', 'invalid-money'],
    ['', 'invalid-money'],
    ['1e3', 'invalid-money'],
    ['-5', 'negative-money'],
    ['100000000000.01', 'too-large'],
  ])('%j is refused with %s', (text, code) => expect(dollarsToCents(text)).toMatchObject({ ok: false, code }));
  it('a negative amount is read when the rule allows it; minus zero is zero', () => {
    expect(dollarsToCents('-$12.30', { allowNegative: true })).toEqual({ ok: true, cents: -1230 });
    expect(dollarsToCents('-0.00')).toEqual({ ok: true, cents: 0 });
  });
  it('the Dollars field reads text and JSON numbers exactly', () => {
    expect(value(Dollars, '2,843.10')).toBe(284310);
    expect(value(Dollars, 2843.1)).toBe(284310);
    expect(issues(Dollars, 0.1 + 0.2)).toEqual(['f invalid-money']); // 0.30000000000000004 has 17 decimals
    expect(issues(Dollars, '-1')).toEqual(['f negative-money']);
  });
});

describe('formatters shared by views and template helpers', () => {
  it('write dates, lists, money and counts one way', () => {
    expect(longDate('2026-03-07')).toBe('March 7, 2026');
    expect(shortDate('2026-03-07')).toBe('03/07/2026');
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(thousands('1234567')).toBe('1,234,567');
    expect(money(123456789)).toBe('$1,234,567.89');
    expect(money(-5)).toBe('-$0.05');
    expect(money(0)).toBe('$0.00');
    // The integer path and the digits path agree (a number, its bigint, its digits).
    for (const c of [0, 5, 99, 100, 101, 99_999, 100_000, 123_456_789, Number.MAX_SAFE_INTEGER]) {
      expect(money(c)).toBe(money(BigInt(c)));
      expect(money(c)).toBe(money(String(c)));
    }
    expect(money(Number.MAX_SAFE_INTEGER)).toBe('$90,071,992,547,409.91');
    expect(thousands('123')).toBe('123');
    expect(thousands('1234')).toBe('1,234');
    expect(thousands('123456')).toBe('123,456');
    expect(count(1, 'day')).toBe('1 day');
    expect(count(1200, 'day')).toBe('1,200 days');
  });

  it('groupDecimal writes any text as splitting at the point and grouping the whole part does', () => {
    // The definition (the short texts now returned as they are must come out the same).
    const reference = (t: string) => {
      const [int, frac] = t.split('.') as [string, string | undefined];
      const neg = int.startsWith('-');
      return `${neg ? '-' : ''}${thousands(neg ? int.slice(1) : int)}${frac !== undefined ? '.' + frac : ''}`;
    };
    expect(groupDecimal('-1234.5')).toBe('-1,234.5');
    expect(groupDecimal('7.25')).toBe('7.25');
    const text = fc.array(fc.constantFrom('0', '1', '5', '9', '.', '-', 'e', '+', ' '), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.double({ noNaN: true }).map(String), fc.integer().map(String)), (t) => {
        expect(groupDecimal(t)).toBe(reference(t));
      }),
      { numRuns: 20000 },
    );
  });
});
