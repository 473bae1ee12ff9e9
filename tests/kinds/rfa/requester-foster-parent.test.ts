// A requester who is the child's foster parent (docs/domain/rfa.md, "Answers implied by other
// fields"; requester.childsFosterParent). Until template 2.20.0 the form had no way to say so: the
// confidential section's "Care provider" read "Not yet known" on the foster parent's own request,
// an entry of "Can follow later", and the relationship to the child was "Not yet known" too.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

/** Every table row of the page, tables inside kept blocks (the confidential section's) too, as "label|value". */
const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.cells ?? []), ...(n.blocks ?? [])].map(t).join(''));
  const tables = (n: any): any[] => (n.type === 'table' ? [n] : [...(n.children ?? []), ...(n.blocks ?? [])].flatMap(tables));
  return (buildDocument('rfa', c).model.body as any[]).flatMap(tables).flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const row = (c: Json, label: string): string | undefined => rows(c).find((r) => r.startsWith(`${label}|`));
const later = (c: Json): string[] => ok(c).computed.stillToFindOut.later.map((m: any) => m.path);
const FOSTER = 'Dana Whitfield, the requester (section 1), the child’s foster parent';

describe('a requester who is the child’s foster parent', () => {
  for (const custody of ['orr-foster-care', 'state-child-welfare', undefined, 'other']) {
    it(`custody ${custody ?? 'not given'}: the care provider is the requester, not “Not yet known”, nor to find out`, () => {
      const c = withCase((x) => ((x.requester.childsFosterParent = true), custody && (x.location = { custody })));
      expect(row(c, 'Care provider')).toBe(`Care provider|${FOSTER}`);
      expect(later(c)).not.toContain('location.careProvider.name');
      // The address is still asked (the confidential section's), and said to be.
      expect(later(c)).toContain('location.careProvider.address');
    });
  }
  it('with no other words, the relationship to the child says so; words given win', () => {
    expect(row(withCase((x) => (x.requester.childsFosterParent = true)), 'Relationship to the child')).toBe('Relationship to the child|The child’s foster parent (the child lives with them)');
    const own = withCase((x) => ((x.requester.childsFosterParent = true), (x.requester.relationshipToChild = 'Licensed foster parent since May')));
    expect(row(own, 'Relationship to the child')).toBe('Relationship to the child|Licensed foster parent since May');
  });
  it('a foster-care program named is printed as named', () => {
    const c = withCase((x) => ((x.requester.childsFosterParent = true), (x.location = { custody: 'orr-foster-care', careProvider: { name: 'Bright Harbor Foster Care Program' } })));
    expect(row(c, 'Care provider')).toBe('Care provider|Bright Harbor Foster Care Program');
  });
  it('a requester who is not: as before, the care provider can follow', () => {
    const c = withCase((x) => ((x.requester.childsFosterParent = false), (x.location = { custody: 'orr-foster-care' })));
    expect(row(c, 'Care provider')).toBe('Care provider|Not yet known');
    expect(later(c)).toContain('location.careProvider.name');
  });
});
