// The child's citizenship (domain file, "Citizenship"): several nationalities, not yet known, or
// known to be none (child.stateless), which is a known fact, not a missing one.
import { describe, expect, it } from 'vitest';
import { STATELESS } from '../../../src/kinds/rfa/view.js';
import { buildDocument } from '../../../src/pipeline.js';
import { errors, ok, withCase } from './support.js';

const nowPaths = (c: Record<string, any>): string[] => ok(c).computed.stillToFindOut.now.map((m: { path: string }) => m.path);
const body = (c: Record<string, any>) => JSON.stringify(buildDocument('rfa', c).model.body);

describe('a stateless child', () => {
  const stateless = withCase((c) => {
    c.child.citizenship = [];
    c.child.stateless = true;
  });
  it('has a known citizenship: not an entry of "Needed now and not yet known"', () => {
    expect(nowPaths(stateless)).not.toContain('child.citizenship');
  });
  it('is printed as stateless, not "Not yet known"', () => {
    const b = body(stateless);
    expect(b).toContain(STATELESS);
    expect(b).not.toMatch(/Citizenship \*"[^\]]*Not yet known/);
  });
  it('with a listed country is refused: stateless-with-citizenship at child.stateless', () => {
    expect(errors(withCase((c) => ((c.child.citizenship = ['MM']), (c.child.stateless = true))))).toEqual(['child.stateless stateless-with-citizenship']);
  });
});

describe('a citizenship not yet known', () => {
  it('an empty list, stateless not given or false, is needed now and printed "Not yet known"', () => {
    for (const stateless of [undefined, null, false]) {
      const c = withCase((x) => ((x.child.citizenship = []), stateless !== undefined && (x.child.stateless = stateless)));
      expect(nowPaths(c)).toContain('child.citizenship');
      expect(body(c)).not.toContain(STATELESS);
    }
  });
});

describe('two nationalities', () => {
  it('are both printed, in the order given', () => {
    expect(body(withCase((c) => (c.child.citizenship = ['SY', 'TR'])))).toContain('Syria (SY); Türkiye (TR)');
  });
});
