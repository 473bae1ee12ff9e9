// The shipped fixtures of each kind, read from `fixtures/<kind id>/` by convention: every valid
// fixture is rendered by `harbor check-templates` and at start-up with override templates, and
// `full.json` is the kind's example case. Fixtures are fictional people only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The valid fixtures of a kind (every JSON file not named invalid-*), by file name. */
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
