// Lists a kind joins into one line or one sentence (docs/fields.md, "Lists on one line"). Until
// RFA 2.18.0, T-visa 2.20.0 and memo 2.19.0 the RFA's and the memo's "Languages" joined with ", "
// and the T-visa's people responsible and the memo's proposed sponsors with "a, b and c", so an
// entry holding a comma read as two: "Mam, Spanish (some, little)", "García, María and Juan Pérez"
// (three people?). Now an entry's comma sets every entry off by semicolons (kit entriesLine,
// entriesInSentence), and an entry holding a semicolon is refused, naming the list. Without a
// comma the line is as before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase, generate } from '../../src/pipeline.js';
import { entriesInSentence, entriesLine } from '../../src/kinds/kit/index.js';
import { docxText, pdfText } from '../support/extract.js';

type Json = Record<string, any>;
const fixture = (kind: string, name: string): Json => JSON.parse(readFileSync(`fixtures/${kind}/${name}.json`, 'utf8'));

/** The page's text in both formats, spaces as one (a line break in a PDF's paragraph is a space). */
async function pages(kind: string, c: Json): Promise<Record<'pdf' | 'docx', string>> {
  const out = {} as Record<'pdf' | 'docx', string>;
  for (const format of ['pdf', 'docx'] as const) {
    const g = await generate({ kind, input: c, format });
    out[format] = (format === 'pdf' ? pdfText(g.bytes) : docxText(g.bytes)).replace(/\s+/g, ' ');
  }
  return out;
}

describe('the kit joiners', () => {
  it('entries without a comma: commas and "and", as before', () => {
    expect(entriesLine(['Mam', 'Spanish'])).toBe('Mam, Spanish');
    expect(entriesInSentence(['Rolando', 'Ofelia', 'Beto'])).toBe('Rolando, Ofelia and Beto');
    expect(entriesInSentence(['Marta', 'Ana'], 'or')).toBe('Marta or Ana');
    expect(entriesLine([])).toBeNull();
  });
  it('an entry with a comma: every entry set off by a semicolon, the last after "; and"', () => {
    expect(entriesLine(['Mam', 'Spanish (some, little)'])).toBe('Mam; Spanish (some, little)');
    expect(entriesInSentence(['García, María', 'Juan Pérez'])).toBe('García, María; and Juan Pérez');
    expect(entriesInSentence(['Juan Pérez', 'García, María', 'Ruiz, Hernán'])).toBe('Juan Pérez; García, María; and Ruiz, Hernán');
    expect(entriesInSentence(['García, María', 'Juan Pérez'], 'or')).toBe('García, María; or Juan Pérez');
    expect(entriesInSentence(['García, María'])).toBe('García, María');
  });
});

describe('RFA and memo: “Languages” with a comma inside an entry, in PDF and DOCX', () => {
  it('rfa child.languages', async () => {
    const c = fixture('rfa', 'minimal');
    c.child.languages = ['Mam', 'Spanish (some, little)'];
    expect(checkCase('rfa', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('rfa', c))) {
      expect(page, format).toContain('Mam; Spanish (some, little)');
      expect(page, format).not.toContain('Mam, Spanish');
    }
  });
  it('best-interests-memo child.primaryLanguage and otherLanguages', async () => {
    const c = fixture('best-interests-memo', 'minimal');
    c.child.primaryLanguage = 'Mam';
    c.child.otherLanguages = ['Spanish (some, little)', 'English'];
    expect(checkCase('best-interests-memo', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('best-interests-memo', c))) {
      expect(page, format).toContain('Mam; Spanish (some, little); English (primary: Mam)');
    }
  });
});

describe('T-visa and memo: people named in a sentence, one name holding a comma, in PDF and DOCX', () => {
  it('t-visa-declaration trafficking.perpetrators', async () => {
    const c = fixture('t-visa-declaration', 'full');
    c.trafficking.perpetrators = [{ name: 'García, María' }, { name: 'Juan Pérez' }];
    expect(checkCase('t-visa-declaration', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('t-visa-declaration', c))) {
      // Listed one a line under the sentence since T-visa 2.21.0, where a semicolon set them off
      // ("… are García, María; and Juan Pérez."): each name its own item, never read as two people.
      expect(page, format).toMatch(/The people responsible for what happened to me are: (• )?García, María (• )?Juan Pérez /);
    }
  });
  it('best-interests-memo proposedSponsors, not related to a child of 12 or younger', async () => {
    const c = fixture('best-interests-memo', 'non-relative-sponsor');
    const { proposedSponsor } = c;
    delete c.proposedSponsor;
    c.proposedSponsors = [
      { ...proposedSponsor, name: 'Velásquez Oxlaj, Marta' },
      { name: 'Ana Tzoc', relationship: 'non-relative' },
    ];
    expect(checkCase('best-interests-memo', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('best-interests-memo', c))) {
      expect(page, format).toMatch(/the proposed sponsors Velásquez Oxlaj, Marta( \([^)]*\))?; and Ana Tzoc( \([^)]*\))? are not related to the child/);
    }
  });
});

describe('an entry of such a list cannot hold a semicolon: refused, naming the list', () => {
  const cases: Array<{ kind: string; base: string; path: string; list: string; put: (c: Json) => void }> = [
    { kind: 'rfa', base: 'minimal', path: 'child.languages.1', list: 'Languages', put: (c) => (c.child.languages = ['Mam', 'Spanish; English']) },
    { kind: 'best-interests-memo', base: 'minimal', path: 'child.otherLanguages.0', list: 'Languages', put: (c) => (c.child.otherLanguages = ['Spanish; English']) },
    { kind: 'best-interests-memo', base: 'minimal', path: 'child.primaryLanguage', list: 'Languages', put: (c) => (c.child.primaryLanguage = 'Mam；Spanish') },
    { kind: 't-visa-declaration', base: 'full', path: 'trafficking.perpetrators.0.name', list: 'Who was responsible', put: (c) => (c.trafficking.perpetrators = [{ name: 'Rita; Beto' }]) },
    {
      kind: 'best-interests-memo',
      base: 'non-relative-sponsor',
      path: 'proposedSponsor.name',
      list: 'Proposed sponsors',
      put: (c) => (c.proposedSponsor.name = 'Marta; Ana Tzoc'),
    },
  ];
  it.each(cases)('$kind $path', ({ kind, base, path, list, put }) => {
    const c = fixture(kind, base);
    put(c);
    const r = checkCase(kind, c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.filter((x) => x.path === path);
    expect(e.map((x) => x.code)).toEqual(['invalid-format']);
    expect(e[0]!.message).toContain(`“${list}” is printed on one line`);
    expect(e[0]!.message).toContain('give each as an entry of its own');
  });
});

// Round r54: the refusal spoke of "a semicolon" beside an entry whose separator was the Arabic "؛"
// (or the full-width "；"), which a writer of Arabic does not take for the ";" the
// message names. It now names the one given; a plain ";" reads as before.
describe('a semicolon other than ";" is named in the refusal as the one given', () => {
  const cases: Array<{ kind: string; path: string; given: string; name: string; put: (c: Json, v: string) => void }> = [
    { kind: 'rfa', path: 'child.languages.0', given: '\u061B', name: 'the Arabic semicolon', put: (c, v) => (c.child.languages = [v]) },
    { kind: 'rfa', path: 'child.otherNames.0', given: '\u061B', name: 'the Arabic semicolon', put: (c, v) => (c.child.otherNames = [v]) },
    { kind: 'best-interests-memo', path: 'child.otherLanguages.0', given: '\uFF1B', name: 'the full-width semicolon', put: (c, v) => (c.child.otherLanguages = [v]) },
    { kind: 't-visa-declaration', path: 'applicant.otherNames.0', given: '\u061B', name: 'the Arabic semicolon', put: (c, v) => (c.applicant.otherNames = [v]) },
  ];
  it.each(cases)('$kind $path: “$given”', ({ kind, path, given, name, put }) => {
    const c = fixture(kind, kind === 't-visa-declaration' ? 'full' : 'minimal');
    put(c, `Amal${given} Noor`);
    const r = checkCase(kind, c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.filter((x) => x.path === path);
    expect(e.map((x) => x.code)).toEqual(['invalid-format']);
    expect(e[0]!.message).toContain(`reads as two (the “${given}” given is ${name}); give each`);
  });
  it('a plain ";" is not named again', () => {
    const c = fixture('rfa', 'minimal');
    c.child.languages = ['Mam; Spanish'];
    const r = checkCase('rfa', c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.find((x) => x.path === 'child.languages.0')!.message).toContain('reads as two; give each as an entry of its own');
  });
});

// Fresh review of lists, round r54: an entry holding a line break printed it as a space ("Mam⏎Spanish",
// two languages typed in one entry, printed "Mam Spanish", one language no one speaks); a name given
// twice in case only printed twice ("Beto; beto"); a language with and without its accent printed
// twice ("Español, Espanol"). Line breaks are refused, naming the list and the entry; the repeats
// print once. A name differing in its accents is another spelling and is kept.
describe('an entry of a one-line list holding a line break: refused, naming the list and the entry', () => {
  const cases: Array<{ kind: string; base: string; path: string; list: string; put: (c: Json) => void }> = [
    { kind: 'rfa', base: 'minimal', path: 'child.languages.0', list: 'Languages', put: (c) => (c.child.languages = ['Mam\nSpanish']) },
    { kind: 'rfa', base: 'minimal', path: 'child.otherNames.1', list: 'Other names used', put: (c) => (c.child.otherNames = ['Lucy', 'La Güera\nLucha']) },
    { kind: 'best-interests-memo', base: 'minimal', path: 'child.primaryLanguage', list: 'Languages', put: (c) => (c.child.primaryLanguage = 'Mam\r\nSpanish') },
    { kind: 'best-interests-memo', base: 'minimal', path: 'child.otherNames.0', list: 'Other names', put: (c) => (c.child.otherNames = ['Lucy\u2028Lucha']) },
    { kind: 't-visa-declaration', base: 'full', path: 'applicant.otherNames.0', list: 'Other names used', put: (c) => (c.applicant.otherNames = ['Fernanda\nLa Güera']) },
    { kind: 't-visa-declaration', base: 'full', path: 'trafficking.perpetrators.0.name', list: 'Who was responsible', put: (c) => (c.trafficking.perpetrators = [{ name: 'Rita\nBeto' }]) },
    { kind: 'best-interests-memo', base: 'non-relative-sponsor', path: 'proposedSponsor.name', list: 'Proposed sponsors', put: (c) => (c.proposedSponsor.name = 'Marta\nAna Tzoc') },
  ];
  it.each(cases)('$kind $path', ({ kind, base, path, list, put }) => {
    const c = fixture(kind, base);
    put(c);
    const r = checkCase(kind, c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.filter((x) => x.path === path);
    expect(e.map((x) => x.code)).toEqual(['invalid-format']);
    expect(e[0]!.message).toContain(`must be on one line: “${list}” prints its entries on one line`);
    expect(e[0]!.message).toContain('give each as an entry of its own');
  });
});

describe('a name or a language given twice prints once, in PDF and DOCX', () => {
  it('rfa: “Other names used” Beto, beto → once; María and Maria both kept; “Languages” Español, Espanol → once', async () => {
    const c = fixture('rfa', 'minimal');
    c.child.otherNames = ['Beto', 'beto ', 'La  María', 'La Maria'];
    c.child.languages = ['Español', 'espanol', 'Mam'];
    expect(checkCase('rfa', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('rfa', c))) {
      expect(page, format).toContain('Other names used Beto; La María; La Maria ');
      expect(page, format).toContain('Languages Español, Mam ');
    }
  });
  it('t-visa-declaration: the caption’s “Other names used”', async () => {
    const c = fixture('t-visa-declaration', 'full');
    c.applicant.otherNames = ['Fernanda Morales', 'FERNANDA MORALES', 'La Güera'];
    expect(checkCase('t-visa-declaration', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('t-visa-declaration', c))) {
      expect(page, format).toContain('Fernanda Morales; La Güera');
      expect(page, format).not.toContain('FERNANDA MORALES');
    }
  });
  it('best-interests-memo: “Also known as” and “Languages”', async () => {
    const c = fixture('best-interests-memo', 'minimal');
    c.child.otherNames = ['Lucy Ajú', 'lucy ajú'];
    c.child.primaryLanguage = 'Español';
    c.child.otherLanguages = ['Espanol', 'Mam'];
    expect(checkCase('best-interests-memo', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('best-interests-memo', c))) {
      expect(page, format).toContain('Also known as Lucy Ajú ');
      expect(page, format).not.toContain('lucy ajú');
      expect(page, format).toContain('Español, Mam (primary: Español)');
    }
  });
});

describe('rfa: “Services requested” given twice in case or spacing only prints once, in PDF and DOCX', () => {
  it('Case management, case management → one bullet', async () => {
    const c = fixture('rfa', 'full');
    c.strengthsAndNeeds.servicesRequested = ['Case management', 'case  management', 'Medical care'];
    expect(checkCase('rfa', c).ok).toBe(true);
    for (const [format, page] of Object.entries(await pages('rfa', c))) {
      expect(page.match(/case +management/gi)?.length, format).toBe(1);
      expect(page, format).toContain('Medical care');
    }
  });
});
