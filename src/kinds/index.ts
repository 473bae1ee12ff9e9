// The registry of document kinds. One line per kind; each kind lives in its own folder and its other
// files are found from its id (src/kinds/files.ts; docs/adding-a-kind.md).
import { HarborError } from '../errors.js';
import { addKindSummary } from './catalog.js';
import type { AnyKind } from './kind.js';
import { kind as rfa } from './rfa/index.js';
import { kind as tVisa } from './t-visa-declaration/index.js';
import { kind as restitution } from './restitution-worksheet/index.js';
import { kind as bestInterests } from './best-interests-memo/index.js';

const registry: AnyKind[] = [rfa, tVisa, restitution, bestInterests];

/** Every kind, in the order they are listed (CLI, API, docs). Everything that iterates kinds reads this. */
export const KINDS: readonly AnyKind[] = registry;

/**
 * Tests only: add a kind defined in a test fixture tree (its `home` holds its templates, fixtures
 * and domain document), so that the checks that iterate the registry (HTTP contract, robustness,
 * codes and documents) run on it too. Production code never calls this: the shipped registry is
 * the list above, one line per kind.
 */
export function registerKind(kind: AnyKind): void {
  if (registry.some((k) => k.id === kind.id)) throw new Error(`a kind "${kind.id}" is already registered`);
  registry.push(kind);
  addKindSummary(kind);
}

export function getKind(id: string): AnyKind {
  const k = KINDS.find((x) => x.id === id);
  if (!k) {
    throw new HarborError('unknown-kind', `Unknown document kind "${id}"; known kinds: ${KINDS.map((x) => x.id).join(', ')}`);
  }
  return k;
}
