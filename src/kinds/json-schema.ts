// JSON Schema (2020-12) of a kind's case data, generated from its zod schema. Served by the HTTP
// API and the OpenAPI description, and used to read CSV batches (which cells are numbers).
import { z } from 'zod';
import type { AnyKind } from './kind.js';

type Json = Record<string, unknown>;

const cache = new WeakMap<AnyKind, Json>();

/** JSON Schema (2020-12) of a kind's case data, as a client sends it (`io: 'input'`). */
export function caseJsonSchema(kind: AnyKind): Json {
  let s = cache.get(kind);
  if (!s) {
    // `unrepresentable: 'any'`: a refinement or transform zod cannot express becomes {} instead of
    // throwing; validation still enforces it and reports it as an issue.
    s = z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }) as Json;
    cache.set(kind, s);
  }
  return s;
}
