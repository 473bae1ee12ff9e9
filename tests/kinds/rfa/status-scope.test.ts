// The scope of what cancels a mention of U.S. citizenship or residence in the immigration status
// (docs/domain/rfa-eligibility.md, "Foreign national"; status.ts `clauses`): a negation, a
// pending application or another person speaks of its own clause only. Until template 2.14.0 a
// "no" anywhere ("U.S. citizen, no papers") or a relative anywhere ("born in Texas; lives with
// aunt") cancelled the mention, and the status passed without a word.
import { describe, expect, it } from 'vitest';
import { codes, ok, withCase } from './support.js';

const status = (s: string) => withCase((c) => (c.child.immigrationStatus = s));
const warned = (s: string) => ok(status(s)).warnings.filter((w) => w.code === 'not-a-foreign-national').map((w) => w.path);

describe('a negation, an application or another person in another clause cancels nothing', () => {
  it.each([
    'U.S. citizen, no papers',
    'U.S. citizen; no documents at all',
    'US citizen. No passport with her.',
    'no papers but U.S. citizen',
    'not in ORR care; green card holder',
    'no I-94, permanent resident per school',
    'not a U.S. citizen, but has a green card',
    'born in Texas, no papers',
    'no papers and born in Texas',
    'born in Texas; lives with her aunt',
    'has a U.S. passport; T visa application pending for mother',
    'naturalized; mother undocumented',
    'U.S. citizen by birth in Houston; entered Mexico with father in 2019',
  ])('%s → warning at child.immigrationStatus', (s) => {
    expect(warned(s)).toEqual(['child.immigrationStatus']);
  });
});

describe('what the mention’s own clause negates, applies for or gives to another person is no issue', () => {
  it.each([
    'not a U.S. citizen',
    'Not a U.S. citizen or LPR',
    'non-U.S. citizen, undocumented',
    'no U.S. passport',
    'does not have a green card',
    'doesn’t have a green card; entered without inspection',
    'neither a U.S. citizen nor a permanent resident',
    'U.S. citizen: no',
    'mother is a U.S. citizen',
    'undocumented. Mother is a U.S. citizen.',
    'mother is a U.S. citizen, child undocumented',
    'entered without inspection; her son was born here and is a U.S. citizen',
    'never born in the U.S.A.; parolee',
    'green card application pending, entered 2022',
  ])('%s → no issue', (s) => {
    expect(codes(ok(status(s)))).toEqual([]);
  });
});
