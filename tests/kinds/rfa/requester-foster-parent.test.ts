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

// A foster parent is one the child lives with; held by DHS or released to a sponsor, the child lives
// with no foster family (rfa-draft.md, "A sponsor or care provider who is not the placement now").
// Until template 2.21.0 the page printed the requester as the care provider, "the child lives with
// them", beside "DHS custody (CBP or ICE)" or "Released to a sponsor", and nothing was said.
describe('a requester who is the child’s foster parent beside a custody with no foster family', () => {
  const NOT_NOW = 'not the child’s placement now: see the custody details';
  const now = (c: Json): string[] => ok(c).computed.stillToFindOut.now.map((m: any) => m.path);
  const placement = (c: Json) => ok(c).warnings.filter((w) => w.code === 'placement-not-current');
  it.each(['dhs-custody', 'released-to-sponsor'])('custody %s: warned at the answer, the rows marked, the custody details needed now', (custody) => {
    const c = withCase((x) => ((x.requester.childsFosterParent = true), (x.location = { custody })));
    const w = placement(c);
    expect(w.map((x) => x.path)).toEqual(['requester.childsFosterParent']);
    // Named as the form names them, never by path or code.
    expect(w[0]!.message).toContain('“Requester is the child’s foster parent” (section 1) is answered yes');
    expect(w[0]!.message).not.toMatch(/childsFosterParent|dhs-custody|released-to-sponsor/);
    expect(row(c, `Care provider (${NOT_NOW})`)).toBe(`Care provider (${NOT_NOW})|${FOSTER}`);
    expect(row(c, 'Relationship to the child')).toBe(`Relationship to the child|The child’s foster parent (${NOT_NOW})`);
    expect(rows(c).join('\n')).not.toContain('the child lives with them');
    expect(now(c)).toContain('location.custodyDetails');
  });
  it('the requester’s own words on the relationship are printed as given, and the warning stays', () => {
    const c = withCase((x) => ((x.requester.childsFosterParent = true), (x.requester.relationshipToChild = 'Foster parent until the release in May'), (x.location = { custody: 'released-to-sponsor' })));
    expect(row(c, 'Relationship to the child')).toBe('Relationship to the child|Foster parent until the release in May');
    expect(placement(c).map((x) => x.path)).toEqual(['requester.childsFosterParent']);
  });
  it.each(['orr-foster-care', 'state-child-welfare', 'orr-shelter', 'other', undefined])('custody %s: no warning', (custody) => {
    const c = withCase((x) => ((x.requester.childsFosterParent = true), custody && (x.location = { custody })));
    expect(placement(c)).toEqual([]);
  });
  it('a care provider named too: each warned at its own field', () => {
    const c = withCase((x) => ((x.requester.childsFosterParent = true), (x.location = { custody: 'dhs-custody', careProvider: { name: 'Bright Harbor Foster Care Program' } })));
    expect(placement(c).map((x) => x.path)).toEqual(['location.careProvider', 'requester.childsFosterParent']);
  });
});
