// The fields a document does not print for the role the case chooses (a T-visa declaration's
// `declarant.role`): the service warns `section-not-printed` at each one that holds text
// (src/kinds/t-visa-declaration/unprinted.ts), and the form showed them all the same, so a
// personal statement's drafter met a parent's and a professional's fields (the declarant's name,
// license, the supporting declaration's findings) and a warning once they typed there. The form now
// gathers them, for the chosen role, in one collapsed group at their place (not-printed-group.tsx),
// their text kept, so that a role changed back finds what was typed. `tests/web/not-printed.test.ts`
// holds this table to the service's rule: every path here is warned about when it holds text, and
// the service warns about no other field but an act's description (a field within a list, which
// stays: its date counts for the ages) and a translator (printed for a statement not in English).
// The paths are the service's own table (src/kinds/t-visa-declaration/unprinted-paths.ts), which
// its rule reads too. Pure data, no DOM (the unit test reads it without a browser).
import { NOT_PRINTED_PATHS, PARENT_CHECK_PATHS } from '../../../src/kinds/t-visa-declaration/unprinted-paths.js';

/** What one value of the choosing field makes, and the fields that document does not print. */
export interface NotPrintedFor {
  /** The document, as a sentence names it ("a personal statement"). */
  document: string;
  /** Dot paths of the fields not printed, whole sections or single fields. */
  paths: readonly string[];
  /**
   * When the field `at` holds a value, the table of `then` instead: a supporting declarant who
   * gives declarant.capacity is checked against the perpetrators and their own suspect answer, as
   * a parent declarant is, so those two fields are shown, not gathered. One fixed object each, so
   * the form's memo of the table (form-context.tsx) keeps while the case is typed.
   */
  given?: { at: string; then: NotPrintedFor };
}

/** By kind: the field whose value chooses the document, and each value's fields not printed. */
export const NOT_PRINTED: Record<string, { at: string; by: Record<string, NotPrintedFor> }> = {
  't-visa-declaration': {
    at: 'declarant.role',
    by: {
      applicant: {
        document: 'a personal statement',
        paths: NOT_PRINTED_PATHS.applicant,
      },
      parent: {
        document: 'a parent’s declaration',
        paths: NOT_PRINTED_PATHS.parent,
      },
      supporting: {
        document: 'a supporting declaration',
        paths: NOT_PRINTED_PATHS.supporting,
        given: {
          at: 'declarant.capacity',
          then: {
            document: 'a supporting declaration',
            paths: NOT_PRINTED_PATHS.supporting.filter((p) => !(PARENT_CHECK_PATHS as readonly string[]).includes(p)),
          },
        },
      },
    },
  },
};

/** The fields the case's chosen document does not print, or undefined when the kind chooses none or none is chosen yet. */
export function notPrintedIn(kind: string, data: unknown): NotPrintedFor | undefined {
  const rule = NOT_PRINTED[kind];
  if (!rule) return undefined;
  const v = valueAt(data, rule.at);
  const chosen = typeof v === 'string' ? rule.by[v] : undefined;
  return chosen?.given && holdsSomething(valueAt(data, chosen.given.at)) ? chosen.given.then : chosen;
}

/** The value at a dot path of the case (undefined where a section on the way is not given). */
function valueAt(data: unknown, path: string): unknown {
  let v: unknown = data;
  for (const seg of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

/** Whether a value holds anything the person gave (text, a choice, an item): what is kept though not printed. */
export function holdsSomething(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.some(holdsSomething);
  if (typeof v === 'object') return Object.values(v).some(holdsSomething);
  return true;
}
