// Stages 1–2 of the pipeline (docs/architecture.md §Pipeline): validate and compute, on a kind
// already loaded. A module of its own that imports no registry, so that `harbor check rfa` and a
// render thread's first check load that kind alone (src/kinds/load.ts), and neither Handlebars
// nor the markup parser (issue 18: cold start). src/check.ts gives the same by kind id.
import { capIssues, HarborError, type Issue } from './errors.js';
import type { AnyKind } from './kinds/kind.js';
import { nameChoiceFields } from './kinds/kit/choice.js';
import { laps, type Laps } from './stages.js';
import { parseCase } from './validate.js';

export type CheckResult =
  | { ok: true; computed: unknown; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

export interface Validated {
  kind: AnyKind;
  data: unknown;
  computed: unknown;
  warnings: Issue[];
}

/** Stages 1–2. Throws `invalid-case` with every issue when the schema or a legal rule fails. */
export function validateKindCase(kind: AnyKind, raw: unknown, lap: Laps = laps(undefined)): Validated {
  const parsed = parseCase(kind.schema, raw);
  lap('validate');
  // A value outside a choice is told with the field's label (kit/choice.ts): only the kind's schema knows it.
  if (!parsed.ok) throw new HarborError('invalid-case', 'The case data is not valid', nameChoiceFields(kind.schema, parsed.issues));
  const { computed, warnings, errors } = kind.compute(parsed.data);
  if (errors.length > 0) throw new HarborError('invalid-case', 'The case data breaks a legal rule', errors);
  return { kind, data: parsed.data, computed, warnings: capIssues(warnings) };
}

/** `harbor check` and `POST …/check`: the same result shape for both. */
export function checkKindCase(kind: AnyKind, raw: unknown): CheckResult {
  try {
    const v = validateKindCase(kind, raw);
    return { ok: true, computed: v.computed, warnings: v.warnings };
  } catch (e) {
    if (e instanceof HarborError && e.code === 'invalid-case') return { ok: false, errors: e.issues };
    throw e;
  }
}
