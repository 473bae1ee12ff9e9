// A child who is pregnant or a parent (docs/domain/rfa-eligibility.md, "Pregnant or parenting"):
// said in section 2 when given, never "not yet known" (most children are neither), and the child's
// own baby born here, a U.S. citizen, does not read as the child's status.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);
const paths = (c: Json): string[] => {
  const s = ok(c).computed.stillToFindOut;
  return [...s.now, ...s.later].map((m: any) => m.path);
};
const BABY = 'A son, 4 months old, born in Salinas (a U.S. citizen), in the shelter with her';

describe('child.pregnantOrParenting', () => {
  it('given: one row in section 2, between the child’s name and section 3', () => {
    const text = body(withCase((x) => (x.child.pregnantOrParenting = BABY)));
    expect(text.split(BABY)).toHaveLength(2);
    expect(text.indexOf('Pregnant or parenting')).toBeGreaterThan(text.indexOf('2. Child'));
    expect(text.indexOf(BABY)).toBeLessThan(text.indexOf('3. Parents or legal guardian'));
  });
  it('not given: no row and nothing to find out', () => {
    const c = withCase(() => {});
    expect(body(c)).not.toContain('Pregnant or parenting');
    expect(paths(c)).not.toContain('child.pregnantOrParenting');
  });
  it('a baby who is a U.S. citizen, said here, raises no not-a-foreign-national warning', () => {
    expect(ok(withCase((x) => (x.child.pregnantOrParenting = BABY))).warnings).toEqual([]);
  });
});
