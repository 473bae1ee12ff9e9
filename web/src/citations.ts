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
