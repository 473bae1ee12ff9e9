// Departures from the United States and physical presence (8 CFR 214.207; docs/domain/
// t-visa-declaration.md, "Departures"): what `computed.departures[].keepsPresence` says, as worked
// examples, and the dates a departure may have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepsPresence } from '../../../src/kinds/t-visa-declaration/departures.js';
import { checkCase } from '../../../src/pipeline.js';

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
