// Whether the child is a foreign national (docs/domain/rfa-eligibility.md, "Foreign national"; status.ts):
// the immigration status is free text, so the ways a caseworker writes "U.S. citizen" or "lawful
// permanent resident" are read as the codes `us-citizen` and `lpr` are, a status that only
// mentions them is a warning, and a birth in the United States or a U.S. territory is a warning.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { codes, errors, ok, withCase } from './support.js';

const status = (s: string) => withCase((c) => (c.child.immigrationStatus = s));

describe('not-a-foreign-national from the immigration status as written', () => {
  it.each(['us-citizen', 'U.S. citizen', 'US Citizen', 'United States citizen', 'U.S. citizen (born in Texas)', 'USC', 'American citizen', 'U.S. national'])('%s → error at child.immigrationStatus', (s) => {
    expect(errors(status(s))).toEqual(['child.immigrationStatus not-a-foreign-national']);
  });
  it.each(['lpr', 'LPR', 'Lawful permanent resident', 'Lawful permanent resident (green card)', 'legal permanent resident', 'Green card holder', 'permanent resident'])('%s → error at child.immigrationStatus', (s) => {
    expect(errors(status(s))).toEqual(['child.immigrationStatus not-a-foreign-national']);
  });
  it('the error says why and what to do instead', () => {
    const r = checkCase('rfa', status('U.S. citizen'));
    expect(r.ok).toBe(false);
    const e = (r as { errors: Array<{ message: string }> }).errors[0]!;
    expect(e.message).toContain('a U.S. citizen or national');
    expect(e.message).toContain('receives benefits and services without one');
  });
  it('a status that mentions citizenship or permanent residence among other words is a warning, the draft still made', () => {
    const r = ok(status('U.S. citizen by birth in Houston, per the school'));
    expect(codes(r)).toEqual(['not-a-foreign-national']);
    expect(r.warnings[0]!.path).toBe('child.immigrationStatus');
    expect(r.warnings[0]!.message).toContain('if the child is a U.S. citizen, national or lawful permanent resident');
  });
  it.each([
    'unaccompanied child, in removal proceedings',
    'Special Immigrant Juvenile petition pending',
    'LPR application pending',
    'not a U.S. citizen; parolee',
    'undocumented; U.S. citizen father',
    // Another person's status, in the plural or the child's own child (a child who is a parent):
    'undocumented; parents are U.S. citizens',
    'entered without inspection; her baby is a U.S. citizen',
    'entered without inspection; her son was born here and is a U.S. citizen',
    'parolee; his own child is a U.S. citizen',
    'in removal proceedings; her husband is a lawful permanent resident',
    'citizen of Guatemala, no status in the U.S.',
  ])('%s → no issue', (s) => {
    expect(codes(ok(status(s)))).toEqual([]);
  });
});

// A citizen's or resident's status written as what gives it (template 2.13.0): each passed without a word.
describe('not-a-foreign-national from what makes a child a citizen or resident, written as the status', () => {
  it.each(['Naturalized', 'naturalized U.S. citizen', 'U.S. citizen by naturalization', 'Derived citizenship', 'resident alien', 'Permanent resident alien'])('%s → error at child.immigrationStatus', (s) => {
    expect(errors(status(s))).toEqual(['child.immigrationStatus not-a-foreign-national']);
  });
  it.each([
    'derived citizenship through mother',
    'acquired U.S. citizenship at birth through father',
    'has a U.S. passport',
    'certificate of citizenship on file',
    'born in Texas',
    'born in the U.S.A.',
    'born in New Mexico; no papers',
    'born in Puerto Rico',
    'U.S.-born',
    'I-551 card',
  ])('%s → warning at child.immigrationStatus', (s) => {
    const r = ok(status(s));
    expect(codes(r)).toEqual(['not-a-foreign-national']);
    expect(r.warnings[0]!.path).toBe('child.immigrationStatus');
    expect(r.warnings[0]!.message).toContain('if the child is a U.S. citizen, national or lawful permanent resident');
  });
  it('the warning says what it read the status for', () => {
    expect(ok(status('born in Texas')).warnings[0]!.message).toContain('what makes a child a U.S. citizen or national (naturalization, citizenship derived from a parent, a U.S. passport, a birth in the United States or a U.S. territory)');
  });
  it.each([
    'born in Mexico',
    'born in Central America; entered without inspection',
    'not born in the U.S.',
    'no U.S. passport; entered without inspection',
    'Honduran passport, expired',
    'mother naturalized in 2019; child undocumented',
    'naturalization application pending',
  ])('%s → no issue (another country, a negation, another person, pending)', (s) => {
    expect(codes(ok(status(s)))).toEqual([]);
  });
});

describe('not-a-foreign-national from the country of birth', () => {
  it.each(['US', 'PR', 'GU', 'VI', 'MP', 'AS'])('born in %s, a foreign citizenship listed → warning at child.countryOfBirth', (born) => {
    const r = ok(withCase((c) => (c.child.countryOfBirth = born)));
    expect(codes(r)).toEqual(['not-a-foreign-national']);
    expect(r.warnings[0]!.path).toBe('child.countryOfBirth');
    expect(r.warnings[0]!.message).toContain('foreign diplomat');
  });
  it('born abroad → no issue', () => {
    expect(codes(ok(withCase((c) => (c.child.countryOfBirth = 'GT'))))).toEqual([]);
  });
});
