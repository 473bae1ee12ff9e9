// The law-enforcement declaration, Form I-914 Supplement B (docs/domain/t-visa-declaration.md,
// "The law-enforcement declaration"): the statement says the agency signed it, and the dates the
// agency gives the crime are read against the account, so the adjudicator does not find first that
// the two disagree (8 CFR 214.206(a)(3)(ii) weighs the evidence as a whole).
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const P = 'lawEnforcement.supplementB';
const result = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? { errors: [], warnings: r.warnings.map((w) => [w.path, w.code]) } : { errors: r.errors.map((e) => [e.path, e.code]), warnings: [] };
};
const leaWarnings = (c: unknown) => result(c).warnings.filter(([, code]) => code === 'lea-dates-differ' || code === 'contact-before-trafficking');

// lea-dates-differ.json: full.json (acts from May 2021 to April 2, 2022, escape January 20, 2023,
// signed March 2, 2026) with a Supplement B of the Houston police signed May 14, 2024, dating the
// crime from May 2021 to June 2023.
const withB = (patch: Record<string, unknown>) => {
  const c = fixture('lea-dates-differ');
  Object.assign(c.lawEnforcement.supplementB, patch);
  return c;
};

describe('printed in the Law Enforcement section, after the contacts', () => {
  it('who signed it and when, its exhibit cited; the crime’s dates are not sworn again', () => {
    const t = body(fixture('lea-dates-differ'));
    expect(t).toContain(
      'Law-enforcement declaration. On May 14, 2024, the Houston Police Department, Human Trafficking Unit, signed a declaration for my application (Form I-914, Supplement B). (See Exhibit D.)',
    );
    expect(t.indexOf('Law-enforcement declaration.')).toBeGreaterThan(t.indexOf('I met two agents'));
    expect(result(fixture('lea-dates-differ')).warnings).not.toContainEqual(['exhibits.3', 'exhibit-not-cited']);
  });
  it('tells of law enforcement as a contact does: no lea-compliance-not-shown without other contacts', () => {
    const c = fixture('lea-dates-differ');
    c.lawEnforcement.contacts = [];
    delete c.lawEnforcement.traumaException;
    c.exhibits = c.exhibits.filter((x: any) => x.id !== 'A');
    expect(result(c).errors).toEqual([]);
  });
});

describe('lea-dates-differ: the agency’s dates of the crime against the account', () => {
  it('the worked example: a crime until June 2023, after the escape of January 20, 2023', () => {
    expect(leaWarnings(fixture('lea-dates-differ'))).toEqual([[`${P}.crimeTo`, 'lea-dates-differ']]);
  });
  it('an end on the escape’s day, in its month, or in its year is not warned; the day after is', () => {
    expect(leaWarnings(withB({ crimeTo: '2023-01-20' }))).toEqual([]);
    expect(leaWarnings(withB({ crimeTo: '2023-01' }))).toEqual([]);
    expect(leaWarnings(withB({ crimeTo: '2023' }))).toEqual([]);
    expect(leaWarnings(withB({ crimeTo: '2023-01-21' }))).toEqual([[`${P}.crimeTo`, 'lea-dates-differ']]);
  });
  it('a start before the first act (May 2021) is warned; in its month, or later (a narrower count), is not', () => {
    expect(leaWarnings(withB({ crimeFrom: '2021-04-30', crimeTo: null }))).toEqual([[`${P}.crimeFrom`, 'lea-dates-differ']]);
    expect(leaWarnings(withB({ crimeFrom: '2021-05-31', crimeTo: null }))).toEqual([]);
    expect(leaWarnings(withB({ crimeFrom: '2021-11', crimeTo: '2022-04' }))).toEqual([]);
    expect(leaWarnings(withB({ crimeFrom: null, crimeTo: null }))).toEqual([]);
  });
  it('signed before every act: contact-before-trafficking, as any law-enforcement contact', () => {
    expect(leaWarnings(withB({ signedOn: '2021-04-30', crimeTo: null }))).toEqual([[`${P}.signedOn`, 'contact-before-trafficking']]);
  });
  it('a period wider than the account at both ends: both warned', () => {
    const c = withB({ crimeFrom: '2019' });
    expect(leaWarnings(c)).toEqual([[`${P}.crimeFrom`, 'lea-dates-differ'], [`${P}.crimeTo`, 'lea-dates-differ']]);
  });
});

describe('its own dates', () => {
  it('an end before its start is refused; a signing after the statement’s, or before the birth, as every dated paragraph', () => {
    expect(result(withB({ crimeFrom: '2022-05', crimeTo: '2022-04' })).errors).toEqual([[`${P}.crimeTo`, 'end-before-start']]);
    expect(result(withB({ signedOn: '2026-03-03' })).errors).toEqual([[`${P}.signedOn`, 'date-after-document-date']]);
    expect(result(withB({ signedOn: '1990-01-01' })).errors).toEqual([[`${P}.signedOn`, 'date-before-birth']]);
  });
});
