// How a case's languages are compared (src/kinds/kit/language.ts), for every kind that asks.
import { describe, expect, it } from 'vitest';
import { distinctLanguages, isEnglish, sameLanguage } from '../../src/kinds/kit/language.js';

describe('one language however it is typed', () => {
  it('case, surrounding spaces and the apostrophe typed aside', () => {
    expect(sameLanguage(' mam', 'Mam ')).toBe(true);
    // A keyboard's apostrophe, a typographic one, and the glottal-stop letter: one language (the
    // T-visa's interpreter and read-back, the memo's quotations and Languages row).
    expect(sameLanguage("K'iche'", 'K’iche’')).toBe(true);
    expect(sameLanguage('Kʼicheʼ', "k'iche'")).toBe(true);
    expect(sameLanguage("Q'anjob'al", 'Q’anjob’al')).toBe(true);
    expect(sameLanguage("K'iche'", 'Kiche')).toBe(false);
    expect(sameLanguage('Mam', 'Spanish')).toBe(false);
    expect(isEnglish(' ENGLISH ')).toBe(true);
  });

  it('a language listed twice with two apostrophes is listed once, where it first appears', () => {
    expect(distinctLanguages(['K’iche’', 'Spanish', "K'iche'", 'Kʼicheʼ'])).toEqual(['K’iche’', 'Spanish']);
  });
});
