// What a document kind provides to the pipeline (docs/architecture.md §Pipeline, §Kinds).
//
// A kind is a value, not a class: schema (stage 1), pure computations and legal rules (stage 2,
// `compute`), and the template context (stage 3, `view`). Everything after that (markup, model,
// renderers) is shared. Every kind builds on the kit (src/kinds/kit/) and declares the issue codes
// it can emit as a closed table (`codes`).
import type { z } from 'zod';
import type { Issue } from '../errors.js';
import { COMMON_CODES, type CodeTable, type KindIssue } from './kit/codes.js';

export interface ComputeResult<C, K extends string = string> {
  /** Values the law computes (ages, deadlines, wages...), JSON-serialisable: `check` returns them. */
  computed: C;
  /** Warnings are data: returned with the result and printed by the template where relevant. */
  warnings: Array<KindIssue<K>>;
  /** Legal-rule violations that make the case invalid (exit 1 / HTTP 422), with paths. */
  errors: Array<KindIssue<K>>;
}

export interface DocumentKind<S extends z.ZodType = z.ZodType, C = unknown, K extends string = string> {
  /**
   * Stable id used in URLs, CLI and, by convention, the kind's files: `src/kinds/<id>/`,
   * `templates/<id>.hbs` (+ `templates/partials/<id>-*.hbs`), `fixtures/<id>/`, `docs/domain/<id>.md`.
   */
  id: string;
  title: string;
  description: string;
  /**
   * Folder holding this kind's `templates/`, `fixtures/<id>/` and `docs/domain/<id>.md`. Absent for
   * every shipped kind (the repository root); a kind defined in a test fixture tree sets it.
   */
  home?: string;
  /** Template version; part of the fingerprint and the metadata. Bump when the template changes. */
  version: string;
  /**
   * zod schema of the case data; its output type is the trusted case. A shipped kind's is a getter
   * that builds the kind's schemas on first read (./kit/lazy.ts), so importing the registry builds none.
   */
  schema: S;
  /**
   * The kind's own issue codes (errors and warnings of its schema refinements and rules), beyond
   * the kit's COMMON_CODES. Closed: `compute` cannot return a code that is not in it.
   */
  codes: CodeTable<K>;
  /** Pure legal computations and rules on a case that passed the schema. No clock, no I/O. */
  compute(data: z.output<S>): ComputeResult<C, NoInfer<K>>;
  /**
   * The template context: the validated case plus computed values, shaped for the template.
   * Handlebars runs in strict mode, which throws on a *missing* key: present optional fields as
   * explicit `null` here (the kit's optional fields already are) so templates can test them.
   */
  view(data: z.output<S>, computed: C, warnings: Issue[]): Record<string, unknown>;
  /** Template name (file `templates/<name>.hbs`) for this case; most kinds return their id. */
  template(data: z.output<S>): string;
  /** ISO date (yyyy-mm-dd) from the case, used for document metadata dates (determinism). */
  documentDate(data: z.output<S>): string;
  /** Author/organization for document properties (optional). */
  author?(data: z.output<S>): string | undefined;
}

/** Erase the generic parameters for the registry. */
export type AnyKind = DocumentKind<z.ZodType, any, string>;

/** Identity helper that keeps inference of S, C and the code union K when declaring a kind. */
export function defineKind<S extends z.ZodType, C, const K extends string>(k: DocumentKind<S, C, K>): DocumentKind<S, C, K> {
  return k;
}

/** Every code a kind may emit: the kit's common codes and its own, each with level and rule. */
export function kindCodes(kind: Pick<AnyKind, 'codes'>): Record<string, { level: string; rule: string; common: boolean }> {
  const out: Record<string, { level: string; rule: string; common: boolean }> = {};
  for (const [code, info] of Object.entries(COMMON_CODES)) out[code] = { ...info, common: true };
  for (const [code, info] of Object.entries(kind.codes)) out[code] = { ...info, common: false };
  return out;
}
