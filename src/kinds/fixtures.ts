// The fixtures of each kind, read from `fixtures/<kind id>/` by convention (src/kinds/files.ts;
// a kind defined in a test fixture tree has them under its own `home`): every valid fixture is
// rendered by `harbor check-templates` and at start-up with override templates, and `full.json` is
// the kind's example case. Fixtures are fictional people only.
// By kind id, so through the registry (every kind); what has the kind itself reads ./files.ts,
// which does not (the CLI's example and templates: one kind loaded, issue 18).
import { rootPath } from '../paths.js';
import { kindExample, kindValidFixtures } from './files.js';
import { getKind } from './index.js';

export const FIXTURES_DIR = rootPath('fixtures/');

export { fixtureNames, readFixture } from './files.js';

/** The valid fixtures of a kind (every JSON file not named invalid-*). */
export function validFixtures(kindId: string): Array<{ name: string; data: unknown }> {
  return kindValidFixtures(getKind(kindId));
}

/**
 * The kind's example case (`fixtures/<id>/full.json`): what `harbor example` prints, what the CSV
 * template is made from and what `GET …/example` serves. Undefined when none is shipped.
 */
export function exampleCase(kindId: string): unknown {
  return kindExample(getKind(kindId));
}
