// The one pipeline (docs/architecture.md §Pipeline): validate → compute → merge → parse → render.
// The CLI, the HTTP app and the batch runner are thin callers of `checkCase` and `generate`. The
// stages on one loaded kind are in src/generate.ts (and src/check-kind.ts), which import no
// registry, so a cold `harbor check` or `harbor render` loads the kind it names alone; this module
// re-exports them and adds what reads the registry: by kind id, and over every kind.
import { HarborError } from './errors.js';
import { buildKindDocument, type BuiltDocument } from './generate.js';
import { kindValidFixtures } from './kinds/files.js';
import { getKind, KINDS } from './kinds/index.js';
import type { Laps, OnStage } from './stages.js';
import { defaultTemplates, type TemplateSet } from './templates/env.js';

export * from './generate.js';
export { checkCase, validateCase, type CheckResult } from './check.js';
export { loadMarkupLibrary } from './markup/parse.js';

/** Stages 1–4 by kind id: the format-neutral document model of a case. `onStage` is told each stage's time (src/stages.ts). */
export function buildDocument(kindId: string, raw: unknown, templates: TemplateSet = defaultTemplates(), onStage?: OnStage | Laps): BuiltDocument {
  return buildKindDocument(getKind(kindId), raw, templates, onStage);
}

export interface TemplateReport {
  templates: string[];
  rendered: Array<{ kind: string; fixture: string }>;
}

/**
 * `harbor check-templates` and the start-up check with override templates: every template compiles
 * (TemplateSet's constructor does that) and every valid fixture of every kind renders to the
 * document model, so a missing field or a markup error shows up here and never first in front of
 * a user. An error names the fixture. Synchronous: its caller loads htmlparser2 first
 * (`loadMarkupLibrary`), since an override folder's markup may need it (src/markup/parse.ts).
 */
export function checkTemplates(templates: TemplateSet): TemplateReport {
  const rendered: TemplateReport['rendered'] = [];
  for (const kind of KINDS) {
    for (const f of kindValidFixtures(kind)) {
      try {
        buildDocument(kind.id, f.data, templates);
      } catch (e) {
        if (e instanceof HarborError) {
          throw new HarborError(e.code, `fixtures/${kind.id}/${f.name}: ${e.message}`, e.issues);
        }
        throw e;
      }
      rendered.push({ kind: kind.id, fixture: f.name });
    }
  }
  return { templates: templates.names(), rendered };
}
