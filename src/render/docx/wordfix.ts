// Small, targeted edits of docx's XML so the package looks the way Word itself writes it. Each
// is a pure string transform of one part, applied before zipping (package.ts).
//
// 1. Field results. docx writes PAGE/NUMPAGES as begin, instruction, separate, end with no result
//    between separate and end. Word always writes a cached result there, and generated files
//    without one have been reported to open with a repair prompt (open-agreements#352). We add
//    the result run "1", formatted like the field's own runs; Word and LibreOffice recompute it
//    per page. Checked (RFA round of template 2.9.0): Word updates PAGE and NUMPAGES in headers
//    and footers itself as it paginates, without "update fields" (Microsoft KB 211629, "Which
//    fields are updated when you open, repaginate, or print"; wordmvp.com, "Page numbering"), so
//    the cached "1" is never what Word shows; LibreOffice prints "Page N of M" on every page
//    (tests/render/docx/libreoffice.test.ts). #352 fixed this gap together with an orphan
//    comments part, so which of the two raised the prompt is not isolated there: the result
//    run is what Word itself writes either way, and kept.
// 2. Note separators. docx puts a footnoteRef/endnoteRef run inside the separator and
//    continuation-separator notes, which only content notes have; reported to trigger Word's
//    repair prompt (anthropics/skills#570, dolanmiu/docx#3314). Harbor writes no notes, so the
//    separators become exactly Word's own: a paragraph with just the separator run.
// 3. Font table. docx writes an empty font table; entries with a family tell Word which serif
//    to substitute (a "roman" font) where Noto Serif is not installed.
import type { Parts } from './package.js';
import { FONTS } from './styles.js';

/** A field's separate run, then its end run, each with the same run properties. */
const EMPTY_FIELD_RESULT =
  /(<w:r>((?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)<w:fldChar w:fldCharType="separate"\/><\/w:r>)(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="end"\/><\/w:r>)/g;

export function addFieldResults(xml: string): string {
  return xml.replace(EMPTY_FIELD_RESULT, (_m, separate: string, rPr: string, end: string) => `${separate}<w:r>${rPr}<w:t>1</w:t></w:r>${end}`);
}

const NOTE_REF_RUN = /<w:r><w:rPr><w:rStyle w:val="(?:Footnote|Endnote)Reference"\/><\/w:rPr><w:(?:footnote|endnote)Ref\/><\/w:r>/g;
const SEPARATOR_NOTE = /(<w:(footnote|endnote) w:type="(?:separator|continuationSeparator)"[^>]*>)([\s\S]*?)(<\/w:\2>)/g;

export function cleanSeparators(xml: string): string {
  return xml.replace(SEPARATOR_NOTE, (_m, open: string, _kind: string, inner: string, close: string) => `${open}${inner.replace(NOTE_REF_RUN, '')}${close}`);
}

const FONT_ENTRIES = [
  `<w:font w:name="${FONTS.ascii}"><w:altName w:val="Times New Roman"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${FONTS.eastAsia}"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  `<w:font w:name="${FONTS.cs}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
].join('');

export function fillFontTable(xml: string): string {
  // Only docx's empty table (`<w:fonts .../>`) is filled; anything else is left as written.
  return xml.replace(/<w:fonts( [^>]*)\/>\s*$/, `<w:fonts$1>${FONT_ENTRIES}</w:fonts>`);
}

/** Apply the fixes to the parts docx compiled (in place). */
export function wordFixes(parts: Parts): void {
  const edit = (name: string, fix: (xml: string) => string): void => {
    const xml = parts.get(name);
    if (typeof xml === 'string') parts.set(name, fix(xml));
  };
  for (const name of parts.keys()) {
    if (/^word\/(header|footer)\d+\.xml$/.test(name)) edit(name, addFieldResults);
  }
  edit('word/footnotes.xml', cleanSeparators);
  edit('word/endnotes.xml', cleanSeparators);
  edit('word/fontTable.xml', fillFontTable);
}
