// The kinds of the test fixture tree, added to the registry for the tests that import this module
// (vitest runs each test file in its own module graph, so the shipped registry is untouched
// elsewhere). Adding a kind here is the one registry line of a test kind.
import { SHIPPED_TEMPLATES_DIR, TemplateSet } from '../../src/templates/env.js';
import { kindFiles } from '../../src/kinds/files.js';
import { KINDS, registerKind } from '../../src/kinds/index.js';
import { fifthKind } from './fifth-kind/index.js';

registerKind(fifthKind);

export const TEST_KIND_IDS: readonly string[] = [fifthKind.id];

/** The shipped templates plus the templates of every registered kind that has its own home. */
export function registryTemplates(): TemplateSet {
  const homes = KINDS.filter((k) => k.home !== undefined).map((k) => kindFiles(k).templatesDir);
  return new TemplateSet([SHIPPED_TEMPLATES_DIR, ...homes]);
}
