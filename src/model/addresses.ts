// Web and e-mail addresses in running text, found once for every place that must leave them as
// typed: the PDF's line breaker (../render/pdf/breaks.ts: an address breaks after its `/`, `?`,
// `&`, `=` and `#`, never after a hyphen), the DOCX's hyphens (../render/docx/runs.ts
// noBreakHyphens: an address's hyphens stay plain) and the text layer's rules (./typography.ts: no
// word joiner inside one). In the model layer so the text layer can ask it.

/**
 * A web address or an e-mail address in running text ("https://…", "www.…", "name@host.org"),
 * without the punctuation that ends the sentence after it.
 */
const ADDRESS = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"]+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const TRAILING = /[.,;:!?)\]'"\u2019\u201d]+$/;

/**
 * The web and e-mail addresses in `s` as code unit ranges [start, end), in order, without the
 * punctuation that ends the sentence after them.
 */
export function addressSpans(s: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!s.includes('://') && !s.includes('www.') && !s.includes('@')) return spans;
  for (const m of s.matchAll(ADDRESS)) {
    const text = m[0].replace(TRAILING, '');
    if (text.length > 1) spans.push([m.index, m.index + text.length]);
  }
  return spans;
}
