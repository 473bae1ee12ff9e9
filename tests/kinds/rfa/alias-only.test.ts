// A child known only by an alias (docs/domain/rfa-draft.md, "A child whose name is not yet known"):
// no given name yet (child.givenNameNotYetKnown), no family name yet, another name used ("La
// Güera"). Until template 2.20.0 the family name printed "Not yet known (only a first name is
// known)" under a given name "Not yet known": no first name was known.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { ok, withCase, type Json } from './support.js';

const rows = (c: Json): string[] => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.cells ?? []), ...(n.blocks ?? [])].map(t).join(''));
  return (buildDocument('rfa', c).model.body as any[]).filter((b) => b.type === 'table').flatMap((b) => b.rows.map((r: any) => r.cells.map(t).join('|')));
};
const row = (c: Json, label: string): string | undefined => rows(c).find((r) => r.startsWith(`${label}|`));
const nameless = (otherNames: string[]) =>
  withCase((x) => {
    delete x.child.givenName;
    delete x.child.familyName;
    x.child.givenNameNotYetKnown = true;
    x.child.noFamilyName = 'not-yet-known';
    if (otherNames.length > 0) x.child.otherNames = otherNames;
  });
const ALIAS = 'the child is known only by the name under “Other names used”';

describe('a child known only by an alias', () => {
  const c = nameless(['La Güera']);
  it('the given name and family name rows say the child is known only by the other name, never “only a first name”', () => {
    expect(row(c, 'Given name(s) *')).toBe(`Given name(s) *|Not yet known (${ALIAS})`);
    expect(row(c, 'Family name(s) *')).toBe(`Family name(s) *|Not yet known (${ALIAS})`);
    expect(row(c, 'Other names used')).toBe('Other names used|La Güera');
    expect(JSON.stringify(buildDocument('rfa', c).model.body)).not.toContain('only a first name is known');
  });
  it('“Can follow later” names the family name with the same reason; the given name stays needed now', () => {
    const s = ok(c).computed.stillToFindOut;
    expect(s.later.find((m: any) => m.path === 'child.familyName').label).toBe(`Family name(s) (${ALIAS})`);
    expect(s.now.map((m: any) => m.path)).toContain('child.givenName');
  });
});

describe('a child of whom no name is known', () => {
  it('the family name says no name is known yet; the given name is plain “Not yet known”', () => {
    const c = nameless([]);
    expect(row(c, 'Given name(s) *')).toBe('Given name(s) *|Not yet known');
    expect(row(c, 'Family name(s) *')).toBe('Family name(s) *|Not yet known (no name of the child is known yet)');
  });
  it('a child who gave a first name only: as before', () => {
    const c = withCase((x) => ((x.child.noFamilyName = 'not-yet-known'), delete x.child.familyName));
    expect(row(c, 'Family name(s) *')).toBe('Family name(s) *|Not yet known (only a first name is known)');
  });
});
