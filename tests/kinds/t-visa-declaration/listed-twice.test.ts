// One person listed twice among those responsible (docs/domain/t-visa-declaration-form.md, "One
// person listed twice"; same-person-listed-twice): two `trafficking.perpetrators` with one name, case,
// accents and word order aside, compared by the RFA's rule (kit listed-twice.ts), printed as two
// people in a sworn statement. Warned at the later entry, naming the first; never merged.
import { describe, expect, it } from 'vitest';
import { repeatedNames } from '../../../src/kinds/kit/index.js';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

type Names = Array<{ name: string; relationship?: string }>;
const withPerpetrators = (people: Names, role?: (c: any) => void) => {
  const c = fixture('full');
  c.trafficking.perpetrators = people;
  role?.(c);
  return c;
};
const twice = (c: unknown) => {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.warnings.filter((w) => w.code === 'same-person-listed-twice');
};

describe('two people responsible with one name', () => {
  it.each([
    ['Hernán Ruiz', 'hernan ruiz'],
    ['Hernán Ruiz', 'RUIZ, Hernan'],
    ['Hernán Ruiz', 'Ruiz Hernán'],
    ['Rolando (last name unknown)', 'Rolando'],
    ['林建国', '林建国'],
  ])('%s and %s: one warning at the second, naming the first', (a, b) => {
    const w = twice(withPerpetrators([{ name: a }, { name: 'Doña Rita' }, { name: b, relationship: 'driver' }]));
    expect(w.map((x) => x.path)).toEqual(['trafficking.perpetrators.2.name']);
    expect(w[0]!.message).toContain(`“${b}” has the name of trafficking.perpetrators.0, “${a}”, case, accents and word order aside: the statement would name two people responsible`);
  });

  it('the fixture listed-twice carries it, and still prints both entries (warned, never merged)', () => {
    const c = fixture('listed-twice');
    expect(twice(c).map((w) => w.path)).toEqual(['trafficking.perpetrators.2.name']);
    expect(body(c)).toMatch(/Beto \(trafficker, last name unknown\)\n.*beto \(the man who locked my door at night\)/);
  });

  it('three entries of one name: a warning at each later one, naming the first', () => {
    const w = twice(withPerpetrators([{ name: 'Ana Ruiz' }, { name: 'ana ruiz' }, { name: 'ANA RUIZ' }]));
    expect(w.map((x) => x.path)).toEqual(['trafficking.perpetrators.1.name', 'trafficking.perpetrators.2.name']);
    expect(w.every((x) => x.message.includes('trafficking.perpetrators.0, “Ana Ruiz”'))).toBe(true);
  });

  it.each([
    ['Hernán Ruiz', 'Hernán Ruiz Jr.'],
    ['Ana Ruiz', 'Ana María Ruiz'],
    ['Rolando', 'Orlando'],
    ['Doña Rita', 'Beto'],
  ])('%s and %s: told apart, no warning', (a, b) => {
    expect(twice(withPerpetrators([{ name: a }, { name: b }]))).toEqual([]);
  });

  it('a parent’s declaration keeps the list as data, printed nowhere: no warning', () => {
    const c = fixture('parent-signs');
    c.trafficking.perpetrators = [{ name: 'Hernán Ruiz' }, { name: 'hernan ruiz' }];
    const r = checkCase(K, c);
    expect(r.ok ? r.warnings.filter((w) => w.code === 'same-person-listed-twice') : r.errors).toEqual([]);
  });
});

describe('the shared comparison (kit repeatedNames), the RFA’s and the T-visa’s', () => {
  it('names each later entry with the first of its name; skips entries with no name or only a note', () => {
    expect(repeatedNames(['Ana Ruiz', null, '(unknown)', 'ruiz, ana', '(unknown)', 'ANA RUIZ'])).toEqual([
      { index: 3, first: 0, firstName: 'Ana Ruiz' },
      { index: 5, first: 0, firstName: 'Ana Ruiz' },
    ]);
  });
});
