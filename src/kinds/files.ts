// Where a kind's files are, found from its id by convention (issue 12 point 3: adding a kind is
// one folder and one registry line):
//   src/kinds/<id>/                 the code (schema, codes, compute, view, index.ts)
//   templates/<id>.hbs              the template (+ templates/partials/<id>-*.hbs)
//   fixtures/<id>/                  minimal.json, full.json (the example), hostile.json, invalid-*.json
//   docs/domain/<id>.md             the rules, their authorities and every code of the kind
// relative to the repository root, or to the kind's own `home` folder (a kind defined in a test
// fixture tree). Nothing else names a kind: tests and tools iterate the registry.
//
// Everything here takes the kind itself, never its id, and this module does not import the
// registry (./index.ts), which imports every kind: `harbor example rfa`, `csv-template` and
// `xlsx-template` load the kind they name alone (./load.ts; issue 18, cold start). By id, through
// the registry: ./fixtures.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyKind } from './kind.js';
import { REPOSITORY_ROOT } from '../paths.js';

export { REPOSITORY_ROOT };

export interface KindFiles {
  /** Folder of the kind's templates (`<id>.hbs`, `partials/<id>-*.hbs`). */
  templatesDir: string;
  /** Folder of the kind's fixtures. */
  fixturesDir: string;
  /** The domain document: rules, authorities, worked examples and codes. */
  domainDoc: string;
}

export function kindFiles(kind: AnyKind): KindFiles {
  const root = kind.home ?? REPOSITORY_ROOT;
  return {
    templatesDir: join(root, 'templates'),
    fixturesDir: join(root, 'fixtures', kind.id),
    domainDoc: join(root, 'docs', 'domain', `${kind.id}.md`),
  };
}

/** Every fixture of a kind (file names, sorted); `invalid-*` ones must be refused. */
export function fixtureNames(kind: AnyKind): string[] {
  const dir = kindFiles(kind).fixturesDir;
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
}

export function readFixture(kind: AnyKind, name: string): unknown {
  return JSON.parse(readFileSync(join(kindFiles(kind).fixturesDir, name.endsWith('.json') ? name : `${name}.json`), 'utf8')) as unknown;
}

/** The valid fixtures of a kind (every JSON file not named invalid-*). */
export function kindValidFixtures(kind: AnyKind): Array<{ name: string; data: unknown }> {
  return fixtureNames(kind)
    .filter((f) => !f.startsWith('invalid-'))
    .map((f) => ({ name: f, data: readFixture(kind, f) }));
}

/**
 * The kind's example case (`fixtures/<id>/full.json`): what `harbor example` prints, what the CSV
 * template is made from and what `GET …/example` serves. Undefined when none is shipped.
 */
export function kindExample(kind: AnyKind): unknown {
  return fixtureNames(kind).includes('full.json') ? readFixture(kind, 'full.json') : undefined;
}
