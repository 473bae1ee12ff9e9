// A case given to the wrong kind (`harbor render rfa declaration.json`, a T-visa declaration) is
// refused field by field: two dozen lines of "is required" and "is not a field Harbor knows", none
// saying what happened. When every top-level field of the case is another kind's, one line first
// says so and names the command meant. Only field names are read, never their values.
import type { Issue } from '../errors.js';

/** A kind as this check reads it: its id and the top-level fields of its case (its JSON Schema's). */
export interface KindFields {
  id: string;
  fields: readonly string[];
}

/**
 * The kinds whose case `input` looks like instead of `kind`'s: some top-level field of it is unknown
 * to `kind` (an `unrecognized-keys` issue with a one-segment path) and every one is known to them.
 */
export function otherKindsOf(input: unknown, kind: string, issues: readonly Issue[], kinds: readonly KindFields[]): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
  if (!issues.some((i) => i.code === 'unrecognized-keys' && i.path !== '' && !i.path.includes('.'))) return [];
  const keys = Object.keys(input);
  return kinds.filter((k) => k.id !== kind && keys.every((key) => k.fields.includes(key))).map((k) => k.id);
}

/** The line that names the kinds a case looks like, for `harbor <command> <kind>`. */
export function otherKindLine(command: string, kind: string, others: readonly string[]): string {
  const meant = others.map((o) => `"harbor ${command} ${o} …"`).join(' or ');
  return `harbor: this case has the fields of kind ${others.join(' or ')}, not of ${kind}; did you mean ${meant}?\n`;
}
