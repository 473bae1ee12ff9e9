// The kit's names (src/kinds/kit/names.ts): a name in its script's order, its initials, and names
// compared in either order. The T-visa declaration prints them (docs/domain/t-visa-declaration-form.md,
// "Names"); tests/kinds/t-visa-declaration/wording.test.ts checks them in its documents.
import { describe, expect, it } from 'vitest';
import { initials, nameKey, nameKeys, personName } from '../../src/kinds/kit/index.js';

describe('personName: the order the name’s own script writes it', () => {
  it.each([
    ['美玲', '陈', '陈美玲'], // Chinese: family name first, no space
    ['太郎', '山田', '山田太郎'], // Japanese kanji
    ['さくら', '佐藤', '佐藤さくら'], // kana given name
    ['민준', '김', '김민준'], // Korean Hangul
    ['Mei Ling', '陈', 'Mei Ling 陈'], // a part in Latin letters: given name first, as written
    ['Lucía Fernanda', 'Morales Quispe', 'Lucía Fernanda Morales Quispe'],
  ])('%s + %s → %s', (given, family, written) => {
    expect(personName(given, family)).toBe(written);
  });
});

describe('initials: for a file’s metadata title, in the order the name is printed', () => {
  it('one letter per word of each part, upper-cased, each with a period', () => {
    expect(initials('Lucía Fernanda', 'Morales Quispe')).toBe('L.F.M.Q.');
    expect(initials('ana', 'de la cruz')).toBe('A.D.L.C.');
    expect(initials('Mei Ling', '陈')).toBe('M.L.陈.'); // printed given name first, as written
  });
  // A name printed with no space ("陈美玲") had one initial for the whole of it, "陈.", the family
  // name alone; one per character would spell the name out.
  it.each([
    ['美玲', '陈', '陈.美.'],
    ['太郎', '山田', '山.太.'],
    ['민준', '김', '김.민.'],
  ])('%s + %s → %s: one per part, family name first', (given, family, expected) => {
    expect(initials(given, family)).toBe(expected);
  });
});

describe('nameKeys: names compared in either order', () => {
  const same = (a: [string, string], b: string) => nameKeys(...a).includes(nameKeys(b, '')[0]!);
  it('given first or family first, case and spacing aside', () => {
    expect(same(['Hernán', 'Ruiz'], 'hernán  ruiz')).toBe(true);
    expect(same(['Hernán', 'Ruiz'], 'Ruiz Hernán')).toBe(true);
    expect(same(['Hernán', 'Ruiz'], 'Hernán Ruiz López')).toBe(false);
  });
  // A parent named among the perpetrators as "Hernán Ruiz (“El Flaco”)" or "Hernan Ruiz" gave
  // their own declaration unrefused: only case, spacing and order were set aside.
  it('accents and a note in parentheses aside, as perpetrators are written', () => {
    expect(same(['Hernán', 'Ruiz'], 'Hernan Ruiz')).toBe(true);
    expect(same(['Hernán', 'Ruiz'], 'Hernán Ruiz (“El Flaco”)')).toBe(true);
    expect(same(['Hernán', 'Ruiz'], 'Hernán (last name unknown) Ruiz')).toBe(true);
    expect(same(['Nguyễn', 'Văn An'], 'Nguyen Van An')).toBe(true);
  });
  // "Ruiz, Hernán", as lists and records write a name, was not the parent declarant Hernán Ruiz:
  // the comma stayed in the compared form.
  it('family name first with a comma, as lists write it; a comma before Jr. or Sr. is only dropped', () => {
    expect(same(['Hernán', 'Ruiz'], 'Ruiz, Hernán')).toBe(true);
    expect(same(['Hernán', 'Ruiz'], 'RUIZ ,Hernan (“El Flaco”)')).toBe(true);
    expect(same(['Lucía Fernanda', 'Morales Quispe'], 'Morales Quispe, Lucía Fernanda')).toBe(true);
    expect(nameKey('Ruiz, Hernán')).toBe(nameKey('Hernán Ruiz'));
    expect(nameKey('Hernán Ruiz, Jr.')).toBe(nameKey('Hernán Ruiz Jr.'));
    expect(nameKey('Hernán Ruiz, Jr.')).not.toBe(nameKey('Hernán Ruiz'));
    expect(same(['Hernán', 'Ruiz'], 'Ruiz, Hernán, López')).toBe(false);
  });
  it('kana voicing marks are part of the name (か is not が)', () => {
    expect(same(['かずお', '山田'], '山田がずお')).toBe(false);
    expect(same(['かずお', '山田'], '山田かずお')).toBe(true);
  });
  it('a Chinese name also as written, family name first with no space', () => {
    expect(same(['伟', '陈'], '陈伟')).toBe(true);
  });
});

describe('nameKey: a name as it prints', () => {
  it('drops what prints as nothing (soft hyphen, zero-width joiners), so a perpetrator so written is still the declarant', () => {
    expect(nameKey('Her\u00ADnán Ru\u200Ciz')).toBe(nameKey('Hernan Ruiz'));
    expect(nameKeys('Hernán', 'Ru\u200Diz')).toContain(nameKey('Ruiz Hernán'));
  });
});
