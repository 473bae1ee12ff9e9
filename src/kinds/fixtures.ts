// The fixtures of each kind, read from `fixtures/<kind id>/` by convention (src/kinds/files.ts;
// a kind defined in a test fixture tree has them under its own `home`): every valid fixture is
// rendered by `harbor check-templates` and at start-up with override templates, and `full.json` is
// the kind's example case. Fixtures are fictional people only.
import { rootPath } from '../paths.js';

export const FIXTURES_DIR = rootPath('fixtures/');

export { exampleCase, fixtureNames, readFixture, validFixtures } from './files.js';
