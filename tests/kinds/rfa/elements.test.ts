// Issue 14 point 2: means and purpose are different elements (22 U.S.C. § 7102(11)–(12);
// 8 CFR 214.206(a)(1)). Labor trafficking needs a means and a purpose, a child's too; sex
// trafficking of a child needs no means; debt bondage is a purpose, not a means.
import { describe, expect, it } from 'vitest';
import { codes, errors, ok, withCase } from './support.js';

describe('labor trafficking: a means and a purpose', () => {
  it('both recorded → no warning', () => {
    expect(codes(ok(withCase(() => {})))).toEqual([]);
  });
  it('no means → labor-without-means, whose message names Harbor’s choice for a child', () => {
    const r = ok(withCase((c) => (c.concern.means = [])));
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([['concern.means', 'labor-without-means']]);
    expect(r.warnings[0]!.message).toMatch(/does not treat the child’s age as the means/);
    // Said plainly: the old "…as the means, which only sex trafficking of a minor goes without" read awkwardly.
    expect(r.warnings[0]!.message).toContain(
      'a child’s too: only sex trafficking of a minor needs none, and Harbor does not treat the child’s age as the means. Record the means when known',
    );
  });
  it('no purpose → labor-without-purpose', () => {
    const r = ok(withCase((c) => (c.concern.purposes = [])));
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([['concern.purposes', 'labor-without-purpose']]);
    expect(r.warnings[0]!.message).toMatch(/involuntary servitude, peonage, debt bondage or slavery/);
  });
  it('neither → both warnings, means first', () => {
    expect(codes(ok(withCase((c) => {
      c.concern.means = [];
      c.concern.purposes = [];
    })))).toEqual(['labor-without-means', 'labor-without-purpose']);
  });
  it('labor and sex together: the labor rules still apply', () => {
    expect(codes(ok(withCase((c) => {
      c.concern.types = ['labor', 'sex'];
      c.concern.means = [];
    })))).toEqual(['labor-without-means']);
  });
});

describe('sex trafficking of a child: no means needed', () => {
  it('sex only, no means and no purposes → nothing', () => {
    expect(codes(ok(withCase((c) => {
      c.concern.types = ['sex'];
      c.concern.means = [];
      c.concern.purposes = [];
    })))).toEqual([]);
  });
});

describe('the contract: means and purposes are separate lists', () => {
  it('debt bondage as a means → debt-bondage-is-a-purpose at its place in the list', () => {
    expect(errors(withCase((c) => (c.concern.means = ['force', 'debt-bondage'])))).toEqual(['concern.means.1 debt-bondage-is-a-purpose']);
  });
  it('a labor purpose without labor trafficking → purpose-requires-labor-type', () => {
    expect(errors(withCase((c) => {
      c.concern.types = ['sex'];
      c.concern.purposes = ['peonage'];
    }))).toEqual(['concern.purposes.0 purpose-requires-labor-type']);
  });
  it.each(['involuntary-servitude', 'peonage', 'debt-bondage', 'slavery'])('%s is a purpose', (p) => {
    expect(codes(ok(withCase((c) => (c.concern.purposes = [p]))))).toEqual([]);
  });
  it('abuse of legal process stays a means (a form of coercion, § 7102(3)(C))', () => {
    expect(codes(ok(withCase((c) => (c.concern.means = ['abuse-of-legal-process']))))).toEqual([]);
  });
});
