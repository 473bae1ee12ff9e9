// Reading a case the person gives the page (an opened draft file, the "Advanced" JSON): refused
// at once, with the reason, when the page cannot take it, so nothing is left half-loaded.

/**
 * Deepest nesting of objects and lists the page takes: the server's own bound and check
 * (src/limits.ts, one piece of code for both). Real cases are under 10 deep. A deeper draft is
 * refused before it is parsed, and so before anything walks it recursively (prune, the form
 * library): a 50,000-deep draft overflowed the page's stack.
 */
import { MAX_JSON_DEPTH as MAX_DEPTH, textTooDeep } from '../../../src/limits.js';
import { jsonTextIssues } from '../../../src/json-text.js';
import { issueCount, listedIssues } from '../../../src/errors.js';

/** How many of a draft's misread fields the refusal names; the rest are counted. */
const NAMED = 3;

export type Parsed = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/**
 * A case's JSON text as the page takes it (a leading BOM allowed), or why it is refused. Text whose
 * value JSON.parse would change without a word is refused too, naming each field (`label`: a dot
 * path in the person's words) and the rule, as the service refuses it (src/json-text.ts, the same
 * scan): a number with more digits than a double keeps (`inexact-number`: the form showed and sent
 * the nearby number it was read as, which the service then took), and a field given twice
 * (`duplicate-key`: the first value lost).
 */
export function parseCase(text: string, label: (path: string) => string = (p) => p): Parsed {
  const t = text.replace(/^\uFEFF/, '');
  if (textTooDeep(t, MAX_DEPTH)) return { ok: false, reason: `it nests objects or lists deeper than ${MAX_DEPTH} levels, which no case does (the server refuses it too)` };
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'it is not a JSON object, as "Save draft" writes' };
  const misread = jsonTextIssues(t);
  if (misread.length > 0) {
    const named = listedIssues(misread).slice(0, NAMED);
    const rest = issueCount(misread) - named.length;
    const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'field' : 'fields'} like ${named.length === 1 ? 'this' : 'these'}` : '';
    return { ok: false, reason: `${named.map((i) => `${label(i.path)} ${i.message}`).join('; ')}${more}` };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A saved draft's file name: the kind and the local date and time of the save, to the second
 * ("rfa-draft-2026-12-05-143107.json"). Every draft was "rfa-draft.json": two children's drafts,
 * saved from two tabs (or one after the other), became "rfa-draft.json" and "rfa-draft (1).json"
 * in the downloads, with nothing to tell which was which or which was newer. No case data goes in
 * the name (a downloads list and a file system show it to anyone at the computer). `now` is read
 * by the page that saves, the entry point.
 */
export function draftName(kind: string, now: Date): string {
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `${kind}-draft-${date}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}.json`;
}
