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

/**
 * The view with every string sealed (plain objects and arrays are walked). Copy on write: an
 * object or array none of whose strings changes is returned itself, not copied (most of a view:
 * a restitution worksheet's ~120 table rows have nothing to seal), and a changed one is a fresh
 * copy, so the caller's view is never modified. An object without a prototype, or with a
 * `__proto__` key, is always copied, as a plain object.
 */
export function sealValues<T>(view: T): T {
  return seal(view) as T;
}

function seal(v: unknown): unknown {
  if (typeof v === 'string') return sealString(v);
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) continue; // a hole stays a hole, as Array.prototype.map leaves it
      const x: unknown = v[i];
      const y = seal(x);
      if (y !== x) out ??= v.slice();
      if (out !== undefined) out[i] = y;
    }
    return out ?? v;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v; // not plain data: left as is
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const x = o[k];
    const y = seal(x);
    if (out === undefined && (y !== x || k === '__proto__' || proto === null)) {
      // The first change: the keys before it are copied as they are, in order.
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]!] = o[keys[j]!];
    }
    if (out !== undefined) out[k] = y;
  }
  return out ?? (proto === null ? {} : v);
}

/** Decoded text (entities already resolved) → the value's own characters. */
export function unseal(s: string): string {
  return s.includes('`') ? s.replace(/([\uFDD0-\uFDD4])`/g, (_m, c: string) => UNSEAL[c]!) : s;
}
