// A child named only in another script (docs/domain/rfa-draft.md, "A name written in another
// script"; latin-name.ts): until round r60 nothing asked for the name in Latin letters, which OTIP's
// English letters and the records the child is matched against need. Warning name-in-latin-letters,
// at "Other names used", quoting no name.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/pipeline.js';
import { fixture, ok, withCase, type Json } from './support.js';

const latin = (c: Json): string[] => ok(c).warnings.filter((w) => w.code === 'name-in-latin-letters').map((w) => w.path);
const named = (givenName: string, familyName: string | null, otherNames: string[] = []) =>
  withCase((c) => {
    c.child.givenName = givenName;
    if (familyName === null) {
      delete c.child.familyName;
      c.child.noFamilyName = 'none';
    } else c.child.familyName = familyName;
    c.child.otherNames = otherNames;
  });

describe('a child named only in another script', () => {
  it.each([
    ['ሰላም', 'ተስፋይ', 'Ge’ez (Tigrinya)'],
    ['美玲', '陈', 'Chinese'],
    ['Ольга', 'Петренко', 'Cyrillic'],
    ['مريم', 'حداد', 'Arabic'],
    ['Mariam', 'ሃይሌ', 'a family name in another script only'],
    ['آرش', null, 'one name only, in another script'],
  ])('%s %s (%s) → a warning at “Other names used”', (g: string, f: string | null, _what: string) => {
    expect(latin(named(g, f))).toEqual(['child.otherNames']);
  });
  it('the message says where, what and why, and quotes no name', () => {
    const m = ok(named('ሰላም', 'ተስፋይ')).warnings.find((w) => w.code === 'name-in-latin-letters')!.message;
    expect(m).toContain('add it to “Other names used” (section 2) as the child’s passport or other documents spell it, with where it is from');
    expect(m).toContain('OTIP’s letters are in English');
    expect(m).not.toMatch(/ሰላም|ተስፋይ/);
  });
  it('a spelling in Latin letters among the other names, or a name in Latin letters → no warning', () => {
    expect(latin(named('ሰላም', 'ተስፋይ', ['Selam Tesfay (passport)']))).toEqual([]);
    expect(latin(named('美玲', '陈', ['陈小美', 'CHEN Meiling (ORR file)']))).toEqual([]);
    expect(latin(named('Lucía', 'Ortega Ramos'))).toEqual([]);
    // An other name in the same script is no spelling in Latin letters.
    expect(latin(named('美玲', '陈', ['陈小美']))).toEqual(['child.otherNames']);
  });
  it('a given name not yet known, the family name in another script: warned; no name at all: not', () => {
    const noGiven = (familyName: string) => withCase((c) => (delete c.child.givenName, (c.child.givenNameNotYetKnown = true), (c.child.familyName = familyName)));
    expect(latin(noGiven('ተስፋይ'))).toEqual(['child.otherNames']);
    expect(latin(noGiven('Tesfay'))).toEqual([]);
  });
  it('the fixture: the page says it under “Check before submitting”, and prints the name as written', () => {
    const c = fixture('name-in-latin-letters');
    const body = JSON.stringify(buildDocument('rfa', c).model.body);
    expect(body).toContain('The child’s name is written in another script than Latin letters');
    expect(body).toContain('ሰላም');
  });
});
