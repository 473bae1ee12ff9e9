// The law-enforcement contacts, and a parent's or supporting declarant's observations and
// disclosures, print as dated paragraphs in the order given, as the acts do
// (docs/domain/t-visa-declaration-form.md, "Form of a declaration"): an applicant who reported
// late, and whose statement lists the late report first, above the first meeting with the police,
// was printed that way without a word. Warning paragraphs-not-chronological, with hits and non-hits.
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const warned = (c: unknown) => {
  const r = checkCase(K, c);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.warnings.filter((w) => w.code === 'paragraphs-not-chronological').map((w) => w.path);
};
const patched = (name: string, patch: (c: any) => void) => {
  const c = fixture(name);
  patch(c);
  return c;
};

describe('dated paragraphs out of order', () => {
  it('a law-enforcement contact certainly before one listed earlier is warned, on it; the message quotes no date', () => {
    const c = fixture('paragraphs-not-chronological');
    expect(warned(c)).toEqual(['lawEnforcement.contacts.1.date']);
    const r = checkCase(K, c);
    const w = r.ok ? r.warnings.find((x) => x.code === 'paragraphs-not-chronological')! : null;
    expect(w!.message).toContain('it is the only one out of order');
    expect(w!.message).not.toMatch(/2023|2025|June|February/);
  });

  it('in date order, or dates whose spans overlap (2023 and 2023-02-06): not warned', () => {
    expect(warned(fixture('full'))).toEqual([]);
    expect(warned(patched('paragraphs-not-chronological', (c) => c.lawEnforcement.contacts.reverse()))).toEqual([]);
    expect(warned(patched('paragraphs-not-chronological', (c) => (c.lawEnforcement.contacts[0].date = '2023')))).toEqual([]);
  });

  it('a parent’s observations and disclosures: each list on its own', () => {
    expect(warned(fixture('parent-signs'))).toEqual([]);
    const c = patched('parent-signs', (x) => {
      x.supporting.observations.reverse();
      x.supporting.disclosures.reverse();
    });
    expect(warned(c)).toEqual(['supporting.observations.1.date', 'supporting.disclosures.1.date']);
  });

  // A review round later: a parent's contacts with the child (each a paragraph led by its dates)
  // were the one dated list not held to the order: "From June 2024." above "From 2019 to 2021."
  it('a parent’s contacts with the applicant, by when each began: warned on the later one’s from', () => {
    const c = patched('parent-signs', (x) => {
      x.supporting.contacts = [
        { from: '2024-06', text: 'She lived with me again after she came back.' },
        { from: '2019', to: '2021', text: 'I raised her at home in our village.' },
      ];
    });
    expect(warned(c)).toEqual(['supporting.contacts.1.from']);
    c.supporting.contacts.reverse();
    expect(warned(c)).toEqual([]);
    // Overlapping spans have no certain order: 2024 and June 2024.
    c.supporting.contacts[0].from = '2024';
    c.supporting.contacts[0].to = null;
    c.supporting.contacts.reverse();
    expect(warned(c)).toEqual([]);
  });

  it('nothing is reordered: the paragraphs print as the declarant lists them', () => {
    const t = body(fixture('paragraphs-not-chronological'));
    expect(t.indexOf('Federal Bureau of Investigation')).toBeLessThan(t.indexOf('Houston Police Department'));
  });
});
