// Country names (src/domain/country.ts): ICU is asked once for each code, and the names kept for
// the process are ICU's own (issue 18: an `Intl.DisplayNames.of` call inside a render cost
// 15–93 µs of CPU a call within a render, and a render asks for the same codes again).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryName, NOT_A_COUNTRY } from '../../src/domain/country.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const EVERY_CODE = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));

describe('countryName keeps each code’s name', () => {
  it('asks ICU once for a code asked again', () => {
    const of = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    const asked = ['HN', 'GT', 'HN', 'SV', 'GT', 'HN', 'SV'].map((c) => countryName(c));
    expect(asked).toEqual(['Honduras', 'Guatemala', 'Honduras', 'El Salvador', 'Guatemala', 'Honduras', 'El Salvador']);
    // At most once per distinct code (none when another test file asked for it first).
    expect(of.mock.calls.length).toBeLessThanOrEqual(3);
    expect(new Set(of.mock.calls.map((c) => c[0])).size).toBe(of.mock.calls.length);
  });

  it('gives ICU’s answer for every two-letter code, first asked and asked again', () => {
    const icu = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const expected = EVERY_CODE.map((c) => {
      if (NOT_A_COUNTRY.has(c)) return null;
      const n = icu.of(c);
      return n && n !== c ? n : null;
    });
    expect(EVERY_CODE.map((c) => countryName(c))).toEqual(expected);
    expect(EVERY_CODE.map((c) => countryName(c))).toEqual(expected);
    expect(expected.filter((n) => n !== null).length).toBeGreaterThan(240);
  });

  it('names nothing outside two capitals, and keeps nothing for it', () => {
    const of = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    for (const c of ['gt', 'Gt', 'GTM', 'G', '', ' GT', 'G1']) expect(countryName(c)).toBeNull();
    expect(of).not.toHaveBeenCalled();
  });
});
