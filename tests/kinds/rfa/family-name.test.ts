// A child known by a first name only, or with one name only (docs/domain/rfa-draft.md, "A child
// known by one name"; child.ts `noFamilyName`): until template 2.14.0 the family name was required,
// so a caseworker typed "Unknown", and the draft printed it as the child's surname. The family
// name or why there is none: "not yet known" prints as such and can follow later; "none" (a
// Burmese child, one name only) is known; both, neither, or a word for "not known" typed as the
// name are refused (family-name-or-why-none).
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';
import { buildDocument, checkCase } from '../../../src/pipeline.js';
import { errors, ok, withCase, type Json } from './support.js';

const text = (c: Json): string => {
  const t = (n: any): string => (n.type === 'text' ? n.text : [...(n.children ?? []), ...(n.rows ?? []), ...(n.cells ?? []), ...(n.items ?? []), ...(n.blocks ?? [])].map(t).join('|'));
  return (buildDocument('rfa', c).model.body as any[]).map(t).join('\n');
};
/** A child who gave her first name only (fictional). */
const firstNameOnly = (edit: (ch: Json) => void = () => {}): Json =>
  withCase((c) => {
    c.child.givenName = 'Yesenia';
    delete c.child.familyName;
    c.child.noFamilyName = 'not-yet-known';
    edit(c.child);
  });

describe('a child known by a first name only', () => {
  it('prints "Not yet known (only a first name is known)" in the row, never a surname', () => {
    const page = text(firstNameOnly());
    expect(page).toContain('Family name(s) *|Not yet known (only a first name is known)');
  });
  it('is counted under "Can follow later", not "Needed now"', () => {
    const r = ok(firstNameOnly());
    expect(r.computed.stillToFindOut.later).toContainEqual({ path: 'child.familyName', label: 'Family name(s) (only a first name is known)' });
    expect(r.computed.stillToFindOut.now.map((m: any) => m.path)).not.toContain('child.familyName');
    expect(text(firstNameOnly())).toMatch(/Can follow later \(\d+\):\|[^\n]*Family name\(s\) \(only a first name is known\)/);
  });
  it('null or blank family name beside the answer is the same', () => {
    for (const v of [null, '', '  ']) expect(ok(firstNameOnly((ch) => (ch.familyName = v))).computed.stillToFindOut.later.map((m: any) => m.path)).toContain('child.familyName');
  });
});

describe('a child with one name only', () => {
  it('prints "None: the child has one name only", and nothing is left to find out', () => {
    const c = firstNameOnly((ch) => ((ch.givenName = 'Thida'), (ch.noFamilyName = 'none')));
    expect(text(c)).toContain('Family name(s) *|None: the child has one name only');
    const r = ok(c);
    expect([...r.computed.stillToFindOut.now, ...r.computed.stillToFindOut.later].map((m: any) => m.path)).not.toContain('child.familyName');
  });
  it('with the given name listed again under "Other names used" is own-name-repeated, as for a full name', () => {
    const r = ok(firstNameOnly((ch) => ((ch.noFamilyName = 'none'), (ch.otherNames = ['Yesenia', 'La Flaca']))));
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toContain('child.otherNames.0 own-name-repeated');
  });
});

describe('refused: family-name-or-why-none', () => {
  it('neither a family name nor why there is none: at child.familyName, saying what to answer', () => {
    expect(errors(firstNameOnly((ch) => delete ch.noFamilyName))).toEqual(['child.familyName family-name-or-why-none']);
  });
  it('a family name and why there is none, both: at child.noFamilyName', () => {
    expect(errors(firstNameOnly((ch) => (ch.familyName = 'Quispe')))).toEqual(['child.noFamilyName family-name-or-why-none']);
    expect(errors(firstNameOnly((ch) => ((ch.familyName = 'Quispe'), (ch.noFamilyName = 'none'))))).toEqual(['child.noFamilyName family-name-or-why-none']);
  });
  it.each(['Unknown', 'UNKNOWN', 'unknown.', 'LNU', 'N/A', 'n/a', '?', '--', 'Not known', 'last name unknown', 'Desconocido', 'none'])('%j typed as the family name: at child.familyName', (name) => {
    expect(errors(withCase((c) => (c.child.familyName = name)))).toEqual(['child.familyName family-name-or-why-none']);
  });
  it.each(['Na', 'No', 'Noone', 'Unger', 'Morales Quispe', 'Ó Súilleabháin', '陈'])('%j is a family name', (name) => {
    expect(ok(withCase((c) => (c.child.familyName = name))).computed).toBeTruthy();
  });
  it('the message says what to answer instead', () => {
    const r = checkCase('rfa', withCase((c) => (c.child.familyName = 'Unknown')));
    expect(r.ok).toBe(false);
    expect((r as { errors: Array<{ message: string }> }).errors[0]!.message).toContain('answer “No family name: why”');
  });
});

describe('the web form from the schema', () => {
  it('offers “No family name: why” right after “Family name(s)”, labelled, and the family name is no longer required by the schema alone', () => {
    const propsOf = (n: any): any => n.properties ?? (n.anyOf ?? []).map(propsOf).find((p: any) => p !== undefined);
    const child = (caseJsonSchema(getKind('rfa')) as any).properties.child;
    const props = propsOf(child);
    const keys = Object.keys(props);
    expect(keys.indexOf('noFamilyName')).toBe(keys.indexOf('familyName') + 1);
    const s = JSON.stringify(props.noFamilyName);
    expect(s).toContain('"title":"No family name: why"');
    expect(s).toContain('"not-yet-known":"Not yet known (only a first name is known)"');
    expect(JSON.stringify(props.familyName)).toContain('never “Unknown”');
  });
});
