// The exhibit list (issue 15 point 7): every exhibit a line cites in its `evidence` text (and a
// period's description) or that the case lists in `exhibits`, with its description when given and
// the lines that cite it. Exhibits are listed in the order of their identifiers (numbers
// numerically, then letters), so the list reads like a court's.
//
// References are read the way lawyers write them (README, "Exhibits"):
// - the word: Exhibit, Exhibits, Exh., Exhs., Ex., Exs., in any case, optionally "No."/"Nos.";
// - an identifier: digits with an optional letter (14, 31A), dotted parts (5.2), one or two capital
//   letters (A, AA) optionally numbered (A-1, A1), each with parenthesised sub-parts (7(a));
// - lists: "4, 5 and 6", "40 & 41", "A and B";
// - ranges: "14–16", "14-16", "14—16", "60 to 62", "60 through 62". A range is expanded when the
//   exhibits in between are certain from the range alone: the two ends differ in one part only,
//   numbers (14–16, A-1–A-5, 5.1–5.3) or single letters (A–C, 31A–31C, 7(a)–7(c)). Any other
//   range (31A–33, AA–AD, 16–14) is resolved from the case's own list when both ends are listed,
//   else listed as written; so is a range of more than MAX_RANGE exhibits. Both are warnings.
// A written "10-2" that the case lists as an exhibit is that exhibit, not a range.
import type { RestitutionCase } from './schema.js';

export interface ExhibitEntry {
  id: string;
  description: string | null;
  citedBy: string[];
  /** A range listed as written, not exhibit by exhibit (warning `exhibit-range-kept`). */
  range: boolean;
}

/** Ranges longer than this are listed as written (warning `exhibit-range-kept`), never expanded. */
export const MAX_RANGE = 50;

/** A range listed as written, and why. */
export interface KeptRange {
  text: string;
  reason: 'too-long' | 'unclear';
}

/** What one text cites: identifiers (ranges expanded) and ranges kept as written. */
export interface Citation {
  ids: string[];
  kept: KeptRange[];
}

// The word that introduces a reference. "Ex." and "Exs." need their period ("ex" is a word).
const WORD = /\b(?:exhibits?|exhs?)\b\.?|\bexs?\./giu;
const NUMBER_WORD = /\s*(?:nos?\.\s*)?/iuy;
// One identifier (sticky); never followed by a letter or digit, so "14th" and "Attached" are not.
const ID = /(?:\d+(?:\.\d+)*[A-Za-z]?|[A-Z]{1,2}(?:-?\d+)?)(?:\([A-Za-z0-9]{1,4}\))*(?![A-Za-z0-9])/uy;
const RANGE = /\s*[–—-]\s*|\s+(?:to|through|thru)\s+/iuy;
const SUB_PART = /\([A-Za-z0-9]{1,4}\)(?![A-Za-z0-9])/uy;
const LIST = /\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|\s*&\s*/iuy;

/** The key under which two writings of one exhibit meet: "31a" and "31A", "A - 1" and "A-1". */
export function exhibitKey(id: string): string {
  return id.replace(/\s+/gu, '').replace(/[–—]/gu, '-').toUpperCase();
}

/** Digits, letters and anything else, in runs: "A-1(b)" → ["A", "-", "1", "(", "b", ")"]. */
function parts(id: string): string[] {
  return id.match(/\d+|[A-Za-z]+|[^A-Za-z\d]+/gu) ?? [];
}

const isNumber = (s: string) => /^\d+$/u.test(s);
const isLetter = (s: string) => /^[A-Za-z]$/u.test(s);

/**
 * The exhibits from `a` to `b` when they are certain from the two ends alone (one part differs:
 * two numbers, or two single letters of the same case, in ascending order), else null.
 * `Infinity` length is never built: a range over MAX_RANGE returns 'too-long'.
 */
export function expandRange(a: string, b: string): string[] | 'too-long' | null {
  const pa = parts(a);
  const pb = parts(b);
  if (pa.length !== pb.length) return null;
  const diff = pa.flatMap((p, i) => (p !== pb[i] ? [i] : []));
  if (diff.length !== 1) return null;
  const i = diff[0]!;
  const x = pa[i]!;
  const y = pb[i]!;
  const at = (v: string) => [...pa.slice(0, i), v, ...pa.slice(i + 1)].join('');
  if (isNumber(x) && isNumber(y)) {
    // "01–03" keeps its width; "01–3" is unclear.
    const padded = x.startsWith('0') || y.startsWith('0');
    if (padded && x.length !== y.length) return null;
    const from = Number(x);
    const to = Number(y);
    if (to <= from) return null;
    if (to - from + 1 > MAX_RANGE) return 'too-long';
    const out: string[] = [];
    for (let n = from; n <= to; n++) out.push(at(padded ? String(n).padStart(x.length, '0') : String(n)));
    return out;
  }
  if (isLetter(x) && isLetter(y) && (x === x.toUpperCase()) === (y === y.toUpperCase())) {
    const from = x.charCodeAt(0);
    const to = y.charCodeAt(0);
    if (to <= from) return null;
    const out: string[] = [];
    for (let c = from; c <= to; c++) out.push(at(String.fromCharCode(c)));
    return out;
  }
  return null;
}

/** Order of identifiers: part by part, numbers numerically, letters by length then alphabet. */
export function compareExhibits(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = isNumber(x);
    const ny = isNumber(y);
    if (nx && ny) return Number(x) - Number(y) || x.length - y.length;
    if (nx !== ny) return nx ? -1 : 1;
    const ux = x.toUpperCase();
    const uy = y.toUpperCase();
    if (ux.length !== uy.length) return ux.length - uy.length;
    if (ux !== uy) return ux < uy ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

const kindOf = (id: string) => (/^\d/u.test(id) ? 'number' : 'letter');

function match(re: RegExp, s: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/**
 * The exhibits one text cites. `listed` maps the keys of the case's exhibits to their ids as
 * listed: a cited exhibit takes the listed writing, a written "10-2" that is listed is one
 * exhibit, and a range unclear on its own is resolved from the list when both ends are in it.
 */
export function citedExhibits(text: string | null | undefined, listed: ReadonlyMap<string, string> = new Map()): Citation {
  const out: Citation = { ids: [], kept: [] };
  if (!text) return out;
  const add = (id: string) => {
    const own = listed.get(exhibitKey(id)) ?? id;
    if (!out.ids.some((x) => exhibitKey(x) === exhibitKey(own))) out.ids.push(own);
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let at = m.index + m[0].length;
    at += match(NUMBER_WORD, text, at)!.length;
    let first: string | null = null;
    for (;;) {
      const id = match(ID, text, at);
      // A list goes on with identifiers of the kind it began with ("Exhibit 14 and ID cards").
      if (id === null || (first !== null && kindOf(id) !== kindOf(first))) break;
      first ??= id;
      at += id.length;
      const sep = match(RANGE, text, at);
      const end = sep === null ? null : (match(ID, text, at + sep.length) ?? (id.includes('(') ? match(SUB_PART, text, at + sep.length) : null));
      if (sep !== null && end !== null && (end.startsWith('(') || kindOf(end) === kindOf(id))) {
        const to = end.startsWith('(') ? id.replace(/\([^()]*\)$/u, end) : end;
        const dash = /^[–—-]$/u.test(sep.trim());
        const written = dash ? `${id}–${end}` : `${id} ${sep.trim().toLowerCase()} ${end}`;
        at += sep.length + end.length;
        if (dash && listed.has(exhibitKey(`${id}-${end}`))) {
          add(listed.get(exhibitKey(`${id}-${end}`))!);
        } else {
          const range = expandRange(id, to);
          if (Array.isArray(range)) range.forEach(add);
          else if (range === null && listed.has(exhibitKey(id)) && listed.has(exhibitKey(to)) && compareExhibits(id, to) < 0) {
            for (const x of listed.values()) if (compareExhibits(id, x) <= 0 && compareExhibits(x, to) <= 0) add(x);
          } else {
            if (!out.kept.some((k) => k.text === written)) out.kept.push({ text: written, reason: range === 'too-long' ? 'too-long' : 'unclear' });
          }
        }
      } else {
        add(id);
      }
      const next = match(LIST, text, at);
      if (next === null) break;
      // Only consumed when an identifier follows ("Exhibit 9, Tr. 88" ends at 9).
      const after = match(ID, text, at + next.length);
      if (after === null) break;
      at += next.length;
    }
    WORD.lastIndex = Math.max(WORD.lastIndex, at);
  }
  return out;
}

/** A text of the case that may cite exhibits: where it is, and the line it belongs to. */
export interface CitingText {
  path: string;
  by: string;
  text: string | null | undefined;
}

export function citingTexts(c: RestitutionCase): CitingText[] {
  return [
    ...c.laborPeriods.flatMap((p, i) => [
      { path: `laborPeriods.${i}.evidence`, by: `Period ${i + 1}`, text: p.evidence },
      { path: `laborPeriods.${i}.description`, by: `Period ${i + 1}`, text: p.description },
    ]),
    ...c.grossIncome.map((g, i) => ({ path: `grossIncome.${i}.evidence`, by: `G line ${i + 1}`, text: g.evidence })),
    ...c.losses.map((l, i) => ({ path: `losses.${i}.evidence`, by: `Loss ${i + 1}`, text: l.evidence })),
  ];
}

/** The case's exhibits by key (the first listing of a key wins). */
export function listedExhibits(c: RestitutionCase): Map<string, string> {
  const listed = new Map<string, string>();
  for (const x of c.exhibits) if (!listed.has(exhibitKey(x.id))) listed.set(exhibitKey(x.id), x.id);
  return listed;
}

export function exhibitList(c: RestitutionCase): ExhibitEntry[] {
  const byKey = new Map<string, ExhibitEntry>();
  const entry = (id: string) => {
    let e = byKey.get(exhibitKey(id));
    if (!e) byKey.set(exhibitKey(id), (e = { id, description: null, citedBy: [], range: false }));
    return e;
  };
  for (const x of c.exhibits) entry(x.id).description ??= x.description;
  const listed = listedExhibits(c);
  for (const t of citingTexts(c)) {
    const cited = citedExhibits(t.text, listed);
    for (const id of cited.ids) {
      const e = entry(id);
      if (!e.citedBy.includes(t.by)) e.citedBy.push(t.by);
    }
    for (const k of cited.kept) {
      const e = entry(k.text);
      e.range = true;
      if (!e.citedBy.includes(t.by)) e.citedBy.push(t.by);
    }
  }
  return [...byKey.values()].sort((a, b) => compareExhibits(a.id, b.id));
}
