// A closed choice of codes (an enum) that says each code in plain words. The codes are the
// contract (what a case holds, what the rules and templates read); the words are for people:
// `x-enum-labels` in the published JSON Schema maps every code to the label a caseworker or child
// advocate would use, and the web form shows those labels in its selects and checkboxes while it
// still sends the codes (web/src/form/schema.ts). Documented in docs/fields.md, "Choices".
//
// A value outside the choices is told in the same words, in every kind (docs/fields.md,
// "Choices"): the field by its label (the JSON Schema's title, the web form's label) and the
// choices by theirs, the codes after them for whoever writes a case file by hand:
// "must be one of the choices of “Sex”: “Female”, “Male” or “Other” (codes: female, male, other)".
// zod's own "Invalid option: expected one of "female"|"male"|"other"" named neither.
import { z } from 'zod';
import { orList } from '../../domain/format.js';
import { MAX_ISSUES, type Issue } from '../../errors.js';

/** The annotation's keyword in the published JSON Schema. */
export const ENUM_LABELS_KEY = 'x-enum-labels';

/** A label for every code of a choice: a code left without one does not compile. */
export type EnumLabels<T extends string> = { readonly [K in T]: string };

/**
 * `{"x-enum-labels": {code: label, …}}`, to spread into a schema's `.meta()`. An annotation only,
 * as `x-multiline` (text.ts): validators ignore a keyword they do not know (JSON Schema 2020-12,
 * § 6.5), so it changes nothing the schema accepts. For a choice not built by `choice()` (a string
 * checked by hand that publishes `enum` itself, the RFA's means).
 */
export function enumLabels<T extends string>(labels: EnumLabels<T>): { readonly [ENUM_LABELS_KEY]: EnumLabels<T> } {
  return { [ENUM_LABELS_KEY]: labels };
}

/** How the message of a value outside the choices begins, before the field is named (`nameChoiceFields`). */
const LEAD = 'must be one of';


/**
 * The message of a value that is none of a choice's codes: the field by its label when known
 * (`field`: the JSON Schema's title, as the web form shows it), every choice by its label, and the
 * codes in the same order, which is what a case file holds. `note`: why the choice is closed,
 * after a semicolon. The one wording of every choice of every kind (the RFA's means too).
 */
export function choiceMessage(labels: Readonly<Record<string, string>>, field?: string, note?: string): string {
  const codes = Object.keys(labels);
  const named = field === undefined ? `${LEAD}:` : `${LEAD} the choices of “${field}”:`;
  const message = `${named} ${orList(codes.map((c) => `“${labels[c]}”`))} (${codes.length === 1 ? 'code' : 'codes'}: ${codes.join(', ')})`;
  return note === undefined ? message : `${message}; ${note}`;
}

export interface ChoiceOptions {
  /** Why the choice is closed, said after the choices ("the two are counted differently under …"). */
  note?: string;
  /**
   * A code a former contract took, with its own message (what to write instead): the worksheet's
   * "agriculture", now two codes. The message is said as written, the field not added to it.
   */
  retired?: Readonly<Record<string, string>>;
}

/**
 * `z.enum(values)` that publishes a label for each value ("an enum with labels" in one call) and
 * tells a value outside them in the choice's words (`choiceMessage`; the field is named by
 * `nameChoiceFields` once the issue's path is known). The labels' keys must be exactly the values
 * (checked by the type and, over every kind's published schema, by tests/kinds/enum-labels.test.ts).
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, labels: EnumLabels<T[number]>, options: ChoiceOptions = {}) {
  const retired = options.retired ?? {};
  const error = (iss: { input?: unknown }): string => {
    const input = iss.input;
    // Object.hasOwn: an input such as "constructor" is not a retired code.
    if (typeof input === 'string' && Object.hasOwn(retired, input)) return retired[input]!;
    return choiceMessage(labels, undefined, options.note);
  };
  return z.enum(values, { error }).meta(enumLabels(labels));
}

/** A zod schema as far as `choiceAt` reads it (zod 4's `_zod.def`). */
interface Node {
  _zod: { def: { type: string; shape?: Record<string, Node>; innerType?: Node; in?: Node; options?: readonly Node[]; element?: Node; getter?: () => Node } };
  meta?: () => Record<string, unknown> | undefined;
}

/** Deeper than any kind's schema nests wrappers. */
const MAX_STEPS = 256;

/**
 * The choice at `path` in `schema` and the title of the field that holds it (an entry of a list of
 * choices is named by the list's title): through objects, lists, unions (the first branch that
 * has a choice there), pipes (their input) and the optional, nullable and default wrappers.
 */
function choiceAt(node: Node, path: readonly string[], at: number, title: string | undefined, steps: number): { labels: Record<string, string>; title: string | undefined } | undefined {
  if (steps > MAX_STEPS) return undefined;
  const meta = node.meta?.();
  const here = typeof meta?.title === 'string' ? meta.title : title;
  const def = node._zod.def;
  const next = (n: Node | undefined, to: number, t: string | undefined) => (n === undefined ? undefined : choiceAt(n, path, to, t, steps + 1));
  switch (def.type) {
    case 'enum': {
      const labels = meta?.[ENUM_LABELS_KEY];
      return at === path.length && labels !== null && typeof labels === 'object' ? { labels: labels as Record<string, string>, title: here } : undefined;
    }
    case 'object':
      // A field of its own: named by its own title, never by the object's.
      return at < path.length && Object.hasOwn(def.shape ?? {}, path[at]!) ? next(def.shape![path[at]!], at + 1, undefined) : undefined;
    case 'array':
      return at < path.length && /^\d+$/.test(path[at]!) ? next(def.element, at + 1, here) : undefined;
    case 'union':
      for (const o of def.options ?? []) {
        const found = next(o, at, here);
        if (found !== undefined) return found;
      }
      return undefined;
    case 'pipe':
      return next(def.in, at, here);
    case 'lazy':
      return next(def.getter?.(), at, here);
    default:
      // optional, nullable, default, prefault, readonly, catch…: one inner schema.
      return next(def.innerType, at, here);
  }
}

/**
 * A case's issues with every choice's field named: an `invalid-value` issue at a choice built by
 * `choice()` says "must be one of the choices of “Custody or placement”: …", where the choice
 * alone could only say "must be one of: …" (zod tells a schema nothing of the field that holds
 * it). Only the first MAX_ISSUES, those an answer lists. `schema`: the kind's case schema the issues came from. Other issues, and a choice's own
 * message for a retired code, are returned as they are.
 */
export function nameChoiceFields(schema: z.ZodType, issues: readonly Issue[]): Issue[] {
  // Only the issues an answer lists are looked up (capIssues keeps the first MAX_ISSUES).
  return issues.map((i, n) => {
    if (n >= MAX_ISSUES || i.code !== 'invalid-value' || !i.message.startsWith(`${LEAD}:`)) return i;
    const found = choiceAt(schema as unknown as Node, i.path === '' ? [] : i.path.split('.'), 0, undefined, 0);
    if (found?.title === undefined) return i;
    const rest = i.message.slice(`${LEAD}:`.length);
    return { ...i, message: `${LEAD} the choices of “${found.title}”:${rest}` };
  });
}
