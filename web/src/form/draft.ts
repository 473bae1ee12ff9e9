// Reading a case the person gives the page (an opened draft file, the "Advanced" JSON): refused
// at once, with the reason, when the page cannot take it, so nothing is left half-loaded.

/**
 * Deepest nesting of objects and lists the page takes: the server's own bound (MAX_JSON_DEPTH in
 * src/validate.ts, docs/http.md: "nests objects/arrays deeper than 64 levels" is refused; a test
 * checks the two agree). Real cases are under 10 deep. A deeper draft is refused before it is
 * parsed, and so before anything walks it recursively (prune, the form library): a 50,000-deep
 * draft overflowed the page's stack.
 */
export const MAX_DEPTH = 64;

/**
 * True when JSON text nests arrays/objects deeper than `max`, by counting brackets outside strings
 * (as the server's textTooDeep does): one pass, no parse, no recursion.
 */
export function textTooDeep(text: string, max = MAX_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
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

export type Parsed = { ok: true; data: Record<string, unknown> } | { ok: false; reason: string };

/** A case's JSON text as the page takes it (a leading BOM allowed), or why it is refused. */
export function parseCase(text: string): Parsed {
  const t = text.replace(/^\uFEFF/, '');
  if (textTooDeep(t)) return { ok: false, reason: `it nests objects or lists deeper than ${MAX_DEPTH} levels, which no case does (the server refuses it too)` };
  let data: unknown;
  try {
    data = JSON.parse(t);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'it is not a JSON object, as "Save draft" writes' };
  return { ok: true, data: data as Record<string, unknown> };
}
