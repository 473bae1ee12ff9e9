// What a document kind provides to the pipeline (docs/architecture.md §Pipeline, §Kinds).
//
// A kind is a value, not a class: schema (stage 1), pure computations and legal rules (stage 2),
// and the template context (stage 3). Everything after that (markup, model, renderers) is shared.
import type { z } from 'zod';
import type { Issue } from '../errors.js';

export interface ComputeResult<C> {
  /** Values the law computes (ages, deadlines, wages...), JSON-serialisable: `check` returns them. */
  computed: C;
  /** Warnings are data: returned with the result and printed by the template where relevant. */
  warnings: Issue[];
  /** Legal-rule violations that make the case invalid (exit 1 / HTTP 422), with paths. */
  errors: Issue[];
}

export interface DocumentKind<S extends z.ZodType = z.ZodType, C = unknown> {
  /** Stable id used in URLs, CLI and fixtures folder, e.g. "rfa". */
  id: string;
  title: string;
  description: string;
  /** Template version; part of the fingerprint and the metadata. Bump when the template changes. */
  version: string;
  /** zod schema of the case data; its output type is the trusted case. */
  schema: S;
  /** Pure legal computations and rules on a case that passed the schema. No clock, no I/O. */
  compute(data: z.output<S>): ComputeResult<C>;
  /**
   * The template context: the validated case plus computed values, shaped for the template.
   * Handlebars runs in strict mode, which throws on a *missing* key: present optional fields as
   * explicit `null` here so templates can test them with `{{#if}}`.
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
export type AnyKind = DocumentKind<z.ZodType, any>;

/** Identity helper that keeps inference of S and C when declaring a kind. */
export function defineKind<S extends z.ZodType, C>(k: DocumentKind<S, C>): DocumentKind<S, C> {
  return k;
}
