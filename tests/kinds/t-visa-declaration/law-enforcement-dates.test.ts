// Law-enforcement dates that contradict the rest of a personal statement (docs/domain/
// t-visa-declaration.md, "Continued Presence"): a grant of Continued Presence called current whose
// end is before the signing, and a report or a request dated before the trafficking began.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const warned = (c: unknown, code: string) => {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.warnings.filter((w) => w.code === code).map((w) => w.path);
};

describe('continued-presence-lapsed: granted on the signing date by its status, ended before it', () => {
  // continued-presence.json: signed March 2, 2026; granted April 22, 2024.
  const until = (validUntil: string | null, status = 'granted') => {
    const c = fixture('continued-presence');
    Object.assign(c.lawEnforcement.continuedPresence, { validUntil, status });
    return c;
  };
  it('warns an end the day before the signing, or a month before it; not the signing day, a later end or none', () => {
    expect(warned(until('2026-03-01'), 'continued-presence-lapsed')).toEqual(['lawEnforcement.continuedPresence.validUntil']);
    expect(warned(until('2026-02'), 'continued-presence-lapsed')).toEqual(['lawEnforcement.continuedPresence.validUntil']);
    expect(warned(until('2026-03-02'), 'continued-presence-lapsed')).toEqual([]);
    expect(warned(until('2026-03'), 'continued-presence-lapsed')).toEqual([]);
    expect(warned(until(null), 'continued-presence-lapsed')).toEqual([]);
  });
  it('prints “was valid until” for an ended grant, “is valid until” for a current one', () => {
    expect(body(until('2026-03-01'))).toContain('It was granted on April 22, 2024, and was valid until March 1, 2026.');
    expect(body(until('2026-03-02'))).toContain('It was granted on April 22, 2024, and is valid until March 2, 2026.');
  });
});

describe('contact-before-trafficking: a report or request dated before every act', () => {
  // minimal.json: one act, June 5, 2023.
  const reported = (date: string) => {
    const c = fixture('minimal');
    c.lawEnforcement.contacts[0].date = date;
    return c;
  };
  it('warns a contact certainly before the first act; not one that may be the same month, or after', () => {
    expect(warned(reported('2023-06-04'), 'contact-before-trafficking')).toEqual(['lawEnforcement.contacts.0.date']);
    expect(warned(reported('2023-05'), 'contact-before-trafficking')).toEqual(['lawEnforcement.contacts.0.date']);
    expect(warned(reported('2023-06'), 'contact-before-trafficking')).toEqual([]);
    expect(warned(reported('2023'), 'contact-before-trafficking')).toEqual([]);
    expect(warned(reported('2023-06-05'), 'contact-before-trafficking')).toEqual([]);
  });
  it('the first act by date, wherever it is listed; and a request for Continued Presence', () => {
    const c = reported('2023-03-01');
    c.trafficking.acts.push({ date: '2023-02', description: 'He first took my passport.' });
    expect(warned(c, 'contact-before-trafficking')).toEqual([]);
    const cp = fixture('continued-presence');
    cp.lawEnforcement.continuedPresence.requestedOn = '2023-05';
    expect(warned(cp, 'contact-before-trafficking')).toEqual(['lawEnforcement.continuedPresence.requestedOn']);
  });
});
