// The Accept header read as RFC 9110 writes it (§ 12.5.1 Accept, § 12.4.2 quality values), for the
// document route's choice of PDF or DOCX (`negotiateFormat`, ./documents.ts). express's `req.accepts`
// (the `negotiator` package) reads a weight with parseFloat and takes every parameter after it for
// the media type's: `application/pdf;q=1.5` was taken at weight 1.5 (and `q=1.0001`, `q=.5`,
// `q="0.5"` likewise), and `application/pdf;q=0.5;level=1` matched no type, so the client was told
// the header "allows neither" format. Matching itself is negotiator's, kept here (see `preferred`).
//
// The header is split here, not by the `content-type` package (a dependency, whose `parse` with
// `comma: true` reads one range of an Accept): it unquotes a parameter's value, so `q="0.5"`, no
// q-value (§ 12.4.2 has no quoted form), would be taken as weight 0.5 and the refusal that names
// it lost; and it returns the parameters as an object, whose keys lose their order where a name is
// a number (`application/pdf;q=0.5;1=a` would read as a parameter before the weight). Checked on
// content-type 2.1.0 (2026-12-06) against tests/http/accept.test.ts's table.

/** One element of an Accept header: a media range and its weight. */
interface MediaRange {
  /** Lower case, as media types compare (RFC 9110 § 8.3.1); `*` for a wildcard. */
  type: string;
  subtype: string;
  /** The media type's own parameters (those before the weight), counted: a range with any names a
   * variant of the type (`text/plain;format=flowed`), which a PDF or a DOCX, sent without
   * parameters, is not (§ 12.5.1), so it matches neither. */
  params: number;
  /** The range with its own parameters, as written (`application/pdf;level=1`): what a refusal quotes. */
  written: string;
  /** The weight, 0 to 1 (1 when not given). */
  q: number;
  /** Place in the header, from 0: the earlier of two equal ranges wins. */
  at: number;
}

/** A q-value (§ 12.4.2): `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** A token (§ 5.6.2): the characters a type, a subtype and a parameter's name are made of. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * The header split at `sep` where it is not inside a quoted string (§ 5.6.4: a parameter's value
 * may be one, and may hold a comma or a semicolon; a backslash quotes the character after it).
 */
function splitOutsideQuotes(text: string, sep: ',' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A weight that is no q-value: the range it was given to (as written) and the value. */
export interface BadWeight {
  range: string;
  value: string;
}

/**
 * The media ranges of an Accept header, or the first weight in it that is no q-value. An element
 * that is not `type/subtype` (`garbage`, an empty one between two commas, which § 5.6.1 lets a
 * list hold) names no type and is passed over. The first parameter named `q` (any case: § 5.6.6)
 * is the weight and ends the media type's parameters (the registry has no parameter named `q`,
 * § 12.5.1); the parameters after it are RFC 7231 § 5.3.2's accept-ext, which RFC 9110 dropped from
 * the grammar and clients still send: they say nothing of the type, and are passed over.
 */
export function readAccept(header: string): { ranges: MediaRange[] } | { bad: BadWeight } {
  const ranges: MediaRange[] = [];
  for (const [at, element] of splitOutsideQuotes(header, ',').entries()) {
    const [range = '', ...params] = splitOutsideQuotes(element, ';').map((s) => s.trim());
    let q: number | undefined;
    const own: string[] = [];
    for (const p of params) {
      if (q !== undefined || p === '') continue; // accept-ext, or an empty parameter (§ 5.6.6 allows `;;`)
      const eq = p.indexOf('=');
      const name = (eq < 0 ? p : p.slice(0, eq)).trim();
      if (name.toLowerCase() !== 'q') {
        own.push(p);
        continue;
      }
      const value = eq < 0 ? '' : p.slice(eq + 1).trim();
      if (!QVALUE.test(value)) return { bad: { range, value } };
      q = Number(value);
    }
    const slash = range.indexOf('/');
    const type = range.slice(0, slash);
    const subtype = range.slice(slash + 1);
    if (slash < 0 || !TOKEN.test(type) || !TOKEN.test(subtype) || (type === '*' && subtype !== '*')) continue;
    ranges.push({ type: type.toLowerCase(), subtype: subtype.toLowerCase(), params: own.length, written: [range, ...own].join(';'), q: q ?? 1, at });
  }
  return { ranges };
}

/**
 * Why a header chose no type, in what a client can change: `variant`, the first range that would
 * match a type but names a variant of it with a parameter before its weight (`application/pdf;level=1`,
 * as written); else `refused`, the types a range refused with weight 0; else neither (no range
 * names a type, nor a wildcard holding one: `text/html`).
 */
export interface NoneChosen<T extends string> {
  variant?: string;
  refused: T[];
}

/**
 * The type of `provided` the header prefers, `undefined` when it allows none (every one at weight
 * 0 or matched by no range: `none` says why), or the weight that is no q-value. Each type's weight is that of the
 * most specific range that matches it (`type/subtype` over `type/*` over `*\/*`, § 12.5.1; of two
 * as specific, the heavier); the type of the highest weight above 0 wins, then the one matched more
 * specifically, then the one whose range comes first in the header, then the first provided: the
 * order negotiator sorted by (its `compareSpecs`), so a header it read right is answered as before.
 */
export function preferred<T extends string>(header: string, provided: readonly T[]): { type: T; none?: undefined } | { type: undefined; none: NoneChosen<T> } | { bad: BadWeight } {
  const read = readAccept(header);
  if ('bad' in read) return read;
  let best: { type: T; q: number; s: number; at: number } | undefined;
  let variant: MediaRange | undefined;
  const refused: T[] = [];
  for (const type of provided) {
    const [main = '', sub = ''] = type.toLowerCase().split('/');
    let match: { q: number; s: number; at: number } | undefined;
    for (const r of read.ranges) {
      const s = r.type === main && r.subtype === sub ? 2 : r.type === main && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
      if (s < 0) continue;
      if (r.params > 0) {
        if (!variant || r.at < variant.at) variant = r;
        continue;
      }
      if (!match || s > match.s || (s === match.s && r.q > match.q)) match = { q: r.q, s, at: r.at };
    }
    if (match && match.q <= 0) refused.push(type);
    if (!match || match.q <= 0) continue;
    if (!best || match.q > best.q || (match.q === best.q && (match.s > best.s || (match.s === best.s && match.at < best.at)))) best = { type, ...match };
  }
  if (best) return { type: best.type };
  return { type: undefined, none: { ...(variant ? { variant: variant.written } : {}), refused } };
}
