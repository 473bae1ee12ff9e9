// `npm run check-templates` / `harbor check-templates` and the start-up check: compile every
// template (done by TemplateSet's constructor) and render every valid fixture of every kind to the
// document model, so a missing field or a markup error shows up here and never first in front of a
// user.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HarborError } from '../errors.js';
import { KINDS } from '../kinds/index.js';
import { buildDocument } from '../pipeline.js';
import type { TemplateSet } from './env.js';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The valid fixtures of a kind (every JSON file not named invalid-*). */
export function validFixtures(kindId: string): Array<{ name: string; data: unknown }> {
  const dir = join(FIXTURES_DIR, kindId);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('invalid-'))
    .sort()
    .map((f) => ({ name: f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown }));
}

/**
 * The kind's example case (`fixtures/<kind>/full.json`): what `harbor example` prints, what the
 * CSV template is made from and what `GET …/example` serves. Undefined when none is shipped.
 */
export function exampleCase(kindId: string): unknown {
  const file = join(FIXTURES_DIR, kindId, 'full.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
}

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
