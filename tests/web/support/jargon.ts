// What the form's words must not hold (tests/web/plain.test.ts, typed-dates.test.ts, page-words.test.ts).
import { getKind } from '../../../src/kinds/index.js';
import { caseJsonSchema } from '../../../src/kinds/json-schema.js';

/** Words a caseworker does not read: the contract's formats, JSON's values, a type's name. */
export const JARGON = /`|yyyy|\bISO\b|IANA|alpha-2|true or false|\bboolean\b|\bnull\b|\bJSON\b|\b(?:is|be|to|default|give|then)\s+(?:true|false)\b|^(?:true|false)\b|, (?:true|false) for\b|date-time|T\d\d:\d\d/;

/** Every property name and every choice's code with its words, in a kind's contract (its JSON Schema). */
function contractOf(kind: string): { keys: Set<string>; labels: Map<string, Set<string>> } {
  const keys = new Set<string>();
  const labels = new Map<string, Set<string>>();
  const walk = (n: unknown, depth: number): void => {
    if (depth > 64 || n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, depth + 1));
    const o = n as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) keys.add(k);
    const l = o['x-enum-labels'];
    if (l && typeof l === 'object') for (const [code, label] of Object.entries(l)) labels.set(code, (labels.get(code) ?? new Set()).add(String(label).toLowerCase()));
    for (const v of Object.values(o)) walk(v, depth + 1);
  };
  walk(caseJsonSchema(getKind(kind)), 0);
  return { keys, labels };
}

/**
 * Each help that names a field or a choice by its key in running text (review, round r53): a field
 * by its key with the value it holds ("then stateless: “Yes”", "unless licensed is “No”", "implied
 * by minor: “Yes”", "(age is then its bottom"), where the key starts a clause or follows its
 * condition ("the next hearing date is then required" is prose), a choice's code as the condition of a rule at a clause's end ("required for other", its field
 * unsaid), or a code
 * of one word among a list of choices ("“Not requested”, requested, granted or denied"), where the
 * page shows the field's label and the choice's words. A code whose words are the same word
 * ("granted", "Granted") is the choice's own name and may stand.
 */
/** Keys that are also prepositions ("speaks to: “…”", a date range's "to"): prose before a colon. */
const PREPOSITIONS = new Set(['to', 'from', 'for', 'of', 'by', 'in', 'on', 'at', 'with']);

export function keysInRunningText(helps: string[], kind: string): string[] {
  const { keys, labels } = contractOf(kind);
  const found: string[] = [];
  const coded = (w: string): boolean => labels.has(w) && !labels.get(w)!.has(w);
  for (const h of helps) {
    const prose = h.replace(/“[^”]*”/g, '“…”'); // what the page quotes is a label or a choice's words
    for (const m of prose.matchAll(/(?<=^|[(,;:]\s?|\b(?:when|unless|if|then|by|and|or)\s)([a-z][a-z0-9]*)(?=(?::|\s(?:is|are))\s(?:then\b|“|empty\b))/g))
      if (keys.has(m[1]!) && !PREPOSITIONS.has(m[1]!)) found.push(`the field “${m[1]}” by its key: ${h}`);
    for (const m of prose.matchAll(/\b(?:for|when|unless|if) ([a-z][a-z0-9]*)(?=[.;]|$)/g)) if (labels.has(m[1]!)) found.push(`the choice “${m[1]}” by its code: ${h}`);
    for (const m of prose.matchAll(/(?<=(?:^|[,;:(]|”)\s?|\b(?:or|and|and\/or)\s)([A-Za-z][a-z0-9]*)(?=[,.;:)]|\s(?:or|and|and\/or)\b|$)/g))
      if (coded(m[1]!.toLowerCase()) && /(?:^|[,;]\s|\sor\s)“…”|“…”(?:,|\sor\s)/.test(prose)) found.push(`the choice “${m[1]}” by its code among choices: ${h}`);
  }
  return [...new Set(found)];
}
