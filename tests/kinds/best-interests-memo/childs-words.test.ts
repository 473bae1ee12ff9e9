// The child's words in the memo (docs/domain/best-interests-memo.md, "Sections" 6): the quotation
// is in English, and what follows it says where the English came from, so an interpreter's English
// is never read as the child's own words.
import { describe, expect, it } from 'vitest';
import { childsWordsView } from '../../../src/kinds/best-interests-memo/view.js';
import { generate, type Format } from '../../../src/pipeline.js';
import { docxText, pdfText, squash } from '../../support/extract.js';
import { codes, fixture, K, ok } from './cases.js';

describe('the child’s words: where the English came from', () => {
  const q = (language: string | null, original: string | null, through: string | null = null) =>
    childsWordsView({ text: 'I want to stay with Marta.', original, language, through, saidOn: null });
  it('a language without the original: translated from that language', () => {
    expect(q('Mam', null)).toMatchObject({ original: null, translatedFrom: 'Mam' });
  });
  it('the original given: it follows under its language, or under "original" when none is given; no "translated from"', () => {
    expect(q('Spanish', 'Quiero quedarme con Marta.')).toMatchObject({ originalLabel: 'Spanish', translatedFrom: null });
    expect(q(null, 'Quiero quedarme con Marta.')).toMatchObject({ originalLabel: 'original', translatedFrom: null });
  });
  it('no language and no original, or English: the child’s own words, no note', () => {
    expect(q(null, null).translatedFrom).toBeNull();
    expect(q('English', null).translatedFrom).toBeNull();
    expect(q(' english ', null).translatedFrom).toBeNull();
  });

  it('relayed through a language in between: kept, and not for words given in English', () => {
    expect(q('Mam', null, 'Spanish')).toMatchObject({ translatedFrom: 'Mam', through: 'Spanish' });
    expect(q('English', null, 'Spanish').through).toBeNull();
  });

  it('a relay is through a third language: not through English, nor the child’s language again (any case or spacing)', () => {
    expect(q('Mam', null, 'English')).toMatchObject({ translatedFrom: 'Mam', through: null });
    expect(q('Mam', null, ' english')).toMatchObject({ translatedFrom: 'Mam', through: null });
    expect(q('Mam', null, 'mam ')).toMatchObject({ translatedFrom: 'Mam', through: null });
    expect(q('Mam', 'Ntzalaj ...', 'MAM').through).toBeNull();
    expect(q(null, null, 'Spanish').through).toBe('Spanish');
  });

  it.each(['pdf', 'docx'] as const)('%s: the page says “translated from Mam” after a quotation given without its original, and through which language a relay went', async (format: Format) => {
    const c = fixture('full.json');
    c.childsWords = [
      { text: 'I do not want to speak with my father.', language: 'Mam' },
      { text: 'I want to live with my aunt.', original: 'Quiero vivir con mi tía.', language: 'Spanish' },
      { text: 'My sister is in another shelter.', language: 'Mam', through: 'Spanish' },
      { text: 'I miss my sister.', original: 'Ntzalaj ...', language: 'Mam', through: 'Spanish' },
    ];
    const bytes = (await generate({ kind: K, input: c, format })).bytes;
    const t = squash(format === 'pdf' ? pdfText(bytes) : docxText(bytes));
    expect(t).toContain('In the child\'s words: “I do not want to speak with my father.” (translated from Mam)');
    expect(t).toContain('In the child\'s words: “I want to live with my aunt.” (Spanish: “Quiero vivir con mi tía.”)');
    expect(t).toContain('In the child\'s words: “My sister is in another shelter.” (translated from Mam through Spanish)');
    expect(t).toContain('In the child\'s words: “I miss my sister.” (Mam: “Ntzalaj ...”; translated through Spanish)');
  });
});

describe('quote-language-not-given: a quotation that would read as the child’s own English', () => {
  const memo = (primaryLanguage: string | null, quote: Record<string, unknown>) => {
    const c = fixture('minimal.json');
    c.child.primaryLanguage = primaryLanguage;
    c.childsWords = [{ text: 'I want to live with a family.', ...quote }];
    // This rule's warnings only: the conversations' languages are child-language.ts's others.
    return ok(c).warnings.filter((w: any) => w.code === 'quote-language-not-given');
  };
  it('warned at the quotation’s language when neither language nor original is given and the child’s primary language is not English', () => {
    expect(memo('Quechua', {})).toEqual([{ path: 'childsWords.0.language', code: 'quote-language-not-given', message: expect.stringContaining('reads as the child’s own words') }]);
    // The message names no language of the case (a warning carries rules, not case data).
    expect(memo('Quechua', {})[0].message).not.toContain('Quechua');
  });
  it('not warned once the language or the original is given, for an English-speaking child, or when the primary language is not given', () => {
    expect(codes(memo('Quechua', { language: 'Quechua' }))).toEqual([]);
    expect(codes(memo('Quechua', { language: 'English' }))).toEqual([]);
    expect(codes(memo('Quechua', { original: 'Munani huk ayllu…' }))).toEqual([]);
    expect(codes(memo(' english', {}))).toEqual([]);
    expect(codes(memo(null, {}))).toEqual([]);
  });
});

describe('the language the child was heard in (child-language.ts)', () => {
  // minimal.json with one conversation with the child and one quotation, varied.
  const memo = (child: Record<string, unknown>, contact: Record<string, unknown>, quote: Record<string, unknown> = { language: 'Mam' }) => {
    const c = fixture('minimal.json');
    Object.assign(c.child, child);
    c.contacts = [{ date: c.contacts.find((x: any) => x.role === 'child').date, person: 'Ixchel Bámaca Pérez', role: 'child', ...contact }];
    c.childsWords = [{ text: 'I do not want to go to my uncle.', ...quote }];
    return ok(c).warnings;
  };
  const mam = { primaryLanguage: 'Mam', otherLanguages: [] };

  it('interview-language-not-given: a conversation through an interpreter, or with a child whose primary language is not English, that names no language', () => {
    expect(memo(mam, { interpreter: 'Spanish interpreter of the shelter' })).toEqual([
      { path: 'contacts.0.language', code: 'interview-language-not-given', message: expect.stringContaining('an interpreter took part') },
    ]);
    expect(codes(memo(mam, {}))).toEqual(['interview-language-not-given']);
    // The primary language not given: still warned when an interpreter took part, not otherwise.
    expect(codes(memo({ primaryLanguage: null }, { interpreter: 'telephone service' }, {}))).toEqual(['interview-language-not-given']);
    expect(codes(memo({ primaryLanguage: null }, {}, {}))).toEqual([]);
    expect(codes(memo({ primaryLanguage: 'English' }, {}, {}))).toEqual([]);
    expect(codes(memo(mam, { language: 'Mam', interpreter: 'telephone service' }))).toEqual([]);
  });

  it('language-not-the-childs: a conversation or a quotation in a language the Background does not list as the child’s (a Spanish interpreter’s language given for a child who speaks Mam)', () => {
    expect(memo(mam, { language: 'Spanish', interpreter: 'Spanish interpreter of the shelter' })).toEqual([
      { path: 'contacts.0.language', code: 'language-not-the-childs', message: expect.stringContaining('an interpreter’s language is not the child’s') },
    ]);
    expect(memo(mam, { language: 'Mam' }, { language: 'Spanish' })).toEqual([
      { path: 'childsWords.0.language', code: 'language-not-the-childs', message: expect.stringContaining('the child said these words in') },
    ]);
    // The message names no language of the case.
    expect(memo(mam, { language: 'Spanish' })[0].message).not.toMatch(/Spanish|Mam/);
    // Listed among the child's other languages, in any case or spacing, or with a note after the name: not warned.
    expect(codes(memo({ primaryLanguage: 'Mam', otherLanguages: ['Spanish'] }, { language: ' spanish', interpreter: 'x' }))).toEqual([]);
    expect(codes(memo({ primaryLanguage: 'Russian (Русский)', otherLanguages: [] }, { language: 'Russian' }, { language: 'Russian <ru>' }))).toEqual([]);
    expect(codes(memo({ primaryLanguage: 'K’iche’', otherLanguages: [] }, { language: "K'iche'" }, { language: 'Kʼicheʼ' }))).toEqual([]);
    // A relay language is the interpreter's, and is not checked; nor anything when the Background lists no language.
    expect(codes(memo(mam, { language: 'Mam' }, { language: 'Mam', through: 'Spanish' }))).toEqual([]);
    expect(codes(memo({ primaryLanguage: null }, { language: 'Spanish' }, { language: 'Spanish' }))).toEqual([]);
  });
});
