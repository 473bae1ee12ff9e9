// The caseworker review of round r52 (rfa-eligibility.md, "Whose clause"): a relative or sponsor
// who only reports what the status says is the source of the words, not whom they are about.
// "no status known; her aunt says she may have been born in Texas" (a child who may be a U.S.
// citizen, 8 U.S.C. § 1401(a)) passed without a word, the aunt read as the one born in Texas.
// It is now the warning not-a-foreign-national, never a refusal (hearsay: OTIP decides); a clause
// about another person's birth or status still says nothing of the child's.
import { describe, expect, it } from 'vitest';
import { codes, ok, withCase } from './support.js';

const status = (s: string) => ok(withCase((c) => (c.child.immigrationStatus = s)));

describe('another person who reports the child’s citizenship or U.S. birth', () => {
  it.each([
    'no status known; her aunt says she may have been born in Texas',
    'no status known; the sponsor told us she has a U.S. passport',
    'parolee; her uncle said that she was born in Guam',
    'her mother believes she is a U.S. citizen',
    'entered without inspection. Her brother thinks she was born in Puerto Rico',
  ])('%s: the warning, at the status', (s) => {
    const r = status(s);
    expect(codes(r)).toEqual(['not-a-foreign-national']);
    expect(r.warnings[0]!.path).toBe('child.immigrationStatus');
  });

  it.each(['no status known; her aunt says her brother was born in Texas', 'her mother was born in Texas', 'the sponsor says his son is a U.S. citizen'])(
    '%s: about another person, no warning',
    (s) => expect(codes(status(s))).toEqual([]),
  );
});
