// Values cannot become markup, whatever a template or helper does (issue 16, defect 7).
//
// Before a template is merged, every string of its view is *sealed*: each character that could
// start markup, an entity or leave a quoted attribute (< > & " ') becomes a Unicode noncharacter
// (U+FDD0–U+FDD4; validation refuses noncharacters in case data, so none is already there)
// followed by a backtick. Escaped output, which is every `{{value}}`, turns that backtick into
// `&#x60;`; a value printed unescaped (`{{& x}}`, `{{{x}}}`, a helper's SafeString) keeps the
// raw backtick. So the parser can tell, in the merged markup, a value printed raw from one
// escaped: it refuses the first (markup-error) and turns the second back into the characters.
// A sealed value cannot form an element, an attribute or an entity in either case.
const SEAL: Record<string, string> = { '<': '\uFDD0', '>': '\uFDD1', '&': '\uFDD2', '"': '\uFDD3', "'": '\uFDD4' };
const UNSEAL: Record<string, string> = Object.fromEntries(Object.entries(SEAL).map(([c, s]) => [s, c]));

/** A sealed character as it appears in the merged markup when it was printed unescaped. */
export const RAW_VALUE = /[\uFDD0-\uFDD4](?!&#x60;)/;

const SEALED_CHARS = /[<>&"']/;

function sealString(s: string): string {
  // Most values have none of the five: they are returned without a replace.
  return SEALED_CHARS.test(s) ? s.replace(/[<>&"']/g, (c) => `${SEAL[c]}\``) : s;
}

/** A copy of a view with every string sealed (plain objects and arrays are walked). */
export function sealValues<T>(view: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return sealString(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v; // not plain data: left as is
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) out[k] = walk((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return walk(view) as T;
}

/** Decoded text (entities already resolved) → the value's own characters. */
export function unseal(s: string): string {
  return s.includes('`') ? s.replace(/([\uFDD0-\uFDD4])`/g, (_m, c: string) => UNSEAL[c]!) : s;
}
