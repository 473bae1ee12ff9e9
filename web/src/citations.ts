// A legal citation's parts kept on one line in the page's titles and descriptions: a section sign
// and its number ("§ 1593"), and a title and its code ("18 U.S.C.", "8 CFR"). On a 320 px phone at
// 200% zoom the worksheet's title broke as "(18 U.S.C. §" above "1593)", a sign with no number and a
// number with no sign (review, round r56). A non-breaking space joins them; the text read is the same.
const SECTION = /(§§?) (?=\S)/g;
const CODE = /(\d+) (U\.S\.C\.|CFR|C\.F\.R\.)/g;

/** `text` with a non-breaking space after each section sign and between a title and its code. */
export function citationsKept(text: string): string {
  return text.replace(SECTION, '$1\u00a0').replace(CODE, '$1\u00a0$2');
}

/**
 * A citation's parts that are never broken across lines, where a text is drawn in pieces (the
 * summary's terms and values): a title and its code ("8 CFR", "28 U.S.C."), a section sign with its
 * number and paragraphs ("§ 1746(2)") and a section number with its paragraphs ("214.202(c)(1)").
 * The browser breaks between a paragraph's ")" and the next "(": on a 160 px screen (a 320 px phone
 * at 200% zoom) the T-visa's "Minor exemption (8 CFR 214.202(c)(1))" was drawn "(8 CFR 214.202(c)" above
 * "(1))" (review, round r58). A space between two parts is left free, so a long citation still
 * breaks there.
 */
const KEPT = /§§?\s\d[\w.]*(?:\(\w+\))*|\d+\s(?:U\.S\.C\.|CFR|C\.F\.R\.)|\d+(?:\.\d+)+(?:\(\w+\))*|\d+(?:\(\w+\))+/g;

/** `text` in pieces, each citation part (KEPT) marked to be drawn on one line; the pieces join to `text`. */
export function citationParts(text: string): { text: string; kept: boolean }[] {
  const out: { text: string; kept: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(KEPT)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), kept: false });
    out.push({ text: m[0], kept: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), kept: false });
  return out;
}
