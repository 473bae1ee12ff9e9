// `npm run check-templates` / `harbor check-templates` and the start-up check: compile every
// template (done by TemplateSet's constructor) and render every valid fixture of every kind to the
// document model, so a missing field or a markup error shows up here and never first in front of a
// user.
import { HarborError } from '../errors.js';
import { validFixtures } from '../kinds/files.js';
import { KINDS } from '../kinds/index.js';
import { buildDocument } from '../pipeline.js';
import type { TemplateSet } from './env.js';

// The fixture loader lives with the kinds (their files are found from the id by convention).
export { exampleCase, validFixtures } from '../kinds/files.js';

export interface TemplateReport {
  templates: string[];
  rendered: Array<{ kind: string; fixture: string }>;
}

export function checkTemplates(templates: TemplateSet): TemplateReport {
  const rendered: TemplateReport['rendered'] = [];
  for (const kind of KINDS) {
    for (const f of validFixtures(kind.id)) {
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
