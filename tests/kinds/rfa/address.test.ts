// Where the child lives (docs/domain/rfa.md, "Sensitive locations"): a child with a relative or a
// family friend ("other" custody) has no care provider; the address where the child lives is its
// own field, printed only in the confidential section, as the care provider's and sponsor's are.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const ADDRESS = '17 Calle Ficticia, Apt. 3, Salinas, CA 93901';
const body = (c: Json): string => JSON.stringify(buildDocument('rfa', c).model.body);
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);

describe('the address where the child lives', () => {
  it('"other" custody: asked for instead of a care provider, and listed under "Can follow later" when not known', () => {
    const c = withCase((x) => (x.location = { custody: 'other', custodyDetails: 'Staying with a family friend.' }));
    expect(later(c)).toContain('location.address');
    expect(later(c)).not.toContain('location.careProvider.name');
    expect(body(c)).not.toContain('Care provider');
  });
  it('given: printed once, after the CONFIDENTIAL heading, never before it', () => {
    const text = body(withCase((x) => (x.location = { custody: 'other', address: ADDRESS })));
    expect(text.split(ADDRESS)).toHaveLength(2);
    expect(text.indexOf('CONFIDENTIAL: where the child lives')).toBeLessThan(text.indexOf(ADDRESS));
    expect(text.indexOf('5. Trafficking concerns')).toBeGreaterThan(text.indexOf(ADDRESS));
  });
  it('in ORR or state care: the care provider as before, no separate address to find', () => {
    const c = withCase((x) => (x.location = { custody: 'orr-shelter', orrCaseNumber: 'UC-1' }));
    expect(later(c)).toEqual(expect.arrayContaining(['location.careProvider.name', 'location.careProvider.address']));
    expect(later(c)).not.toContain('location.address');
  });
});
