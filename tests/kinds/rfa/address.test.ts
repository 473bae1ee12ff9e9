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

// A requester who knows where the child is but may not write it down (the family the child stays
// with asked, the trafficker is looking for the child): the address is known, so it is neither
// "Not yet known" nor an entry of "Can follow later", and the page says why it is withheld.
describe('an address withheld for the child’s safety (location.addressWithheld)', () => {
  const WHY = 'The family friend asked that the address not be written down.';
  const withheld = (loc: Json): Json => withCase((x) => (x.location = { ...loc, addressWithheld: WHY }));
  it('"other" custody: the child’s address is not still to find out, and is printed as withheld with the reason once', () => {
    const c = withheld({ custody: 'other', custodyDetails: 'Staying with a family friend.' });
    expect(later(c)).not.toContain('location.address');
    const text = body(c);
    expect(text).toContain('Withheld for the child’s safety');
    expect(text.split(WHY)).toHaveLength(2);
    expect(text.indexOf('CONFIDENTIAL: where the child lives')).toBeLessThan(text.indexOf(WHY));
    expect(text.indexOf('5. Trafficking concerns')).toBeGreaterThan(text.indexOf(WHY));
  });
  it('every address of the confidential section not given is withheld: care provider’s and sponsor’s too', () => {
    const c = withheld({ custody: 'orr-shelter', orrCaseNumber: 'UC-1', careProvider: { name: 'Casa Fictiva' }, sponsor: { name: 'Rita Fictiva', suspectedInTrafficking: false } });
    expect(later(c)).not.toContain('location.careProvider.address');
    expect(later(c)).not.toContain('location.sponsor.address');
    expect(body(c).split('Withheld for the child’s safety')).toHaveLength(3);
  });
  it('an address given is printed as given, beside the reason another is withheld', () => {
    const text = body(withheld({ custody: 'other', address: ADDRESS }));
    expect(text).toContain(ADDRESS);
    expect(text).not.toContain('Withheld for the child’s safety');
  });
});
