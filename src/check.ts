// Stages 1–2 of the pipeline (src/pipeline.ts) by kind id, through the registry: what the HTTP app,
// tests and tools call. The stages themselves are in src/check-kind.ts, which imports no registry,
// for the callers that load one kind alone (the CLI's check and render, a render thread).
import { checkKindCase, validateKindCase, type CheckResult, type Validated } from './check-kind.js';
import { getKind } from './kinds/index.js';
import { laps, type Laps } from './stages.js';

export type { CheckResult, Validated };

/** Stages 1–2. Throws `invalid-case` with every issue when the schema or a legal rule fails. */
export function validateCase(kindId: string, raw: unknown, lap: Laps = laps(undefined)): Validated {
  return validateKindCase(getKind(kindId), raw, lap);
}

/** `harbor check` and `POST …/check`: the same result shape for both. */
export function checkCase(kindId: string, raw: unknown): CheckResult {
  return checkKindCase(getKind(kindId), raw);
}
