// The child's own name listed again (docs/domain/rfa-draft.md, "The child’s own name, listed
// again"; own-name.ts): under "Other names used" it reads as an alias the child went by, and as
// another child who may be a victim, a second child whose own request the page says is due. A
// warning (a brother or sister may share the name); never the name itself in the message.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { codes, ok, withCase, type Json } from './support.js';

const own = (r: { warnings: Array<{ path: string; code: string }> }): string[] => r.warnings.filter((w) => w.code === 'own-name-repeated').map((w) => w.path);

describe('the child’s own name under “Other names used”', () => {
  // The minimal case's child: "Lucía" "Ortega Ramos".
  it.each([
    [['Lucía'], 'the given name'],
    [['Luci', 'ortega  ramos'], 'the family names, in another case and spacing'],
    [['Lucía Ortega Ramos (school records)'], 'the full name with an aside'],
    [['Ortega Ramos, Lucía'], 'family name first, as a list writes it'],
  ])('%j (%s) → a warning at that entry', (names, _) => {
    const r = ok(withCase((c) => (c.child.otherNames = names)));
    expect(own(r)).toEqual([`child.otherNames.${names.length - 1}`]);
    expect(r.warnings.find((w) => w.code === 'own-name-repeated')!.message).not.toMatch(/Lucía|Ortega/);
  });
  it.each([['Luci'], ['Lucia'], ['Lucía Ortega'], ['María López Díaz (the name on a borrowed passport)']])('%s (a nickname, another spelling, part of the family names, a false document’s name) → no warning', (name) => {
    expect(codes(ok(withCase((c) => (c.child.otherNames = [name]))))).toEqual([]);
  });
  it('the page says it under “Check before submitting”, by the fields’ labels', () => {
    const c = withCase((c) => (c.child.otherNames = ['Luci', 'Ortega Ramos']));
    const body = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(body).toContain('Entry 2 of “Other names used” (section 2) is the child’s own name as written in “Given name(s)” and “Family name(s)”, and reads as another name the child went by');
  });
});

describe('another child listed with the child’s own name', () => {
  const sibling = (name: string, relationshipToChild = 'sister'): Json => withCase((c) => (c.concern.otherMinors = [{ name: 'Ofelia Ortega Ramos', relationshipToChild: 'sister' }, { name, relationshipToChild }]));
  it('the child’s full name → a warning at that child’s name: the page would say a second request is due', () => {
    const r = ok(sibling('Lucía Ortega Ramos'));
    expect(own(r)).toEqual(['concern.otherMinors.1.name']);
    expect(r.warnings.find((w) => w.code === 'own-name-repeated')!.message).toContain('other child 2 (section 5) has the child’s own name: if it is the child, take them off the other children');
  });
  it('a sister of another given name, or one known by the family name alone → no warning', () => {
    expect(codes(ok(sibling('Ofelia Ortega Ramos')))).toEqual([]);
    expect(codes(ok(sibling('Ortega Ramos')))).toEqual([]);
  });
});
