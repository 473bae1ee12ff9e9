// Size limits that more than one entry point applies to the same thing, kept here so that each
// is one constant, never a copy that drifts (docs/configuration.md §Configuration, README.md §CLI). No
// imports: the web app's bundle takes the depth bound and its check from here too.

/**
 * Largest case, in bytes of its JSON text, unless HARBOR_BODY_LIMIT says otherwise: the body limit
 * of the HTTP API's single-document routes and of one batch record, and the limit of the case file
 * or stdin that `harbor check` and `harbor render` read and of one record of `harbor batch`.
 * 1 MiB: a case with long narratives is tens of KB.
 */
export const MAX_CASE_BYTES = 1024 * 1024;

/** What HARBOR_BODY_LIMIT may be, as a message says it: the range, and every unit it reads. */
export const BODY_LIMIT_RULE =
  'must be a size from 1kb to 64mb: digits alone (bytes) or with b, kb or mb, where 1kb is 1,024 bytes and 1mb 1,048,576 (so kib and mib are the same units), like "1mb" or "512kb"';

/**
 * The units of a size, by name in lower case. kb and mb are binary (1,024 and 1,048,576 bytes, as
 * express's `bytes` package and Harbor always read them), so kib and mib, the IEC names of the
 * same units, are read too: `HARBOR_BODY_LIMIT=10MiB` means 10 mebibytes, and until 2026-12-07
 * it was refused as not a size.
 */
const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, kib: 1024, mb: 1024 * 1024, mib: 1024 * 1024 };

/** "512kb", "1mb", "10MiB", "1048576" → bytes; no leading zero, as every number of an option or variable. */
export function parseByteSize(s: string): number | undefined {
  const m = /^(0|[1-9]\d*)\s*(b|kb|kib|mb|mib)?$/i.exec(s.trim());
  if (!m) return undefined;
  return Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]!;
}

/**
 * The largest case in bytes that HARBOR_BODY_LIMIT gives (`value`: the variable as set; empty or
 * unset: MAX_CASE_BYTES), or undefined when it breaks BODY_LIMIT_RULE. One reading for the service
 * and the CLI, so a case one accepts the other does too, in the same environment.
 */
export function caseLimitOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return MAX_CASE_BYTES;
  const n = parseByteSize(value);
  return n !== undefined && n >= 1024 && n <= 64 * 1024 * 1024 ? n : undefined;
}

/**
 * Deepest nesting of objects and arrays accepted in a case; real cases are under 10 deep. Deeper
 * input is refused before anything walks it recursively (a 50,000-deep body overflowed the stack;
 * in the web page, a 50,000-deep draft overflowed the page's). The API, the CLI and the web page's
 * draft reader (web/src/form/draft.ts) apply this one bound.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when JSON text (a string or UTF-8 bytes) nests arrays/objects deeper than `max`, found by
 * counting brackets outside strings: no parse, so a 200,000-deep body costs one pass over its
 * characters instead of building 200,000 arrays on the main thread. Text that is not JSON may
 * pass; JSON.parse refuses it afterwards.
 */
export function textTooDeep(text: string | Uint8Array, max: number): boolean {
  // The string/bytes choice per character rather than an accessor closure made per call: V8 holds
  // a closure's optimized code only weakly, so a closure made per request was compiled again after
  // every full collection (issue 18; `node --trace-opt` of `harbor serve`).
  const isString = typeof text === 'string';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = isString ? text.charCodeAt(i) : (text as Uint8Array)[i]!;
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
