// The registry of document kinds (docs/architecture.md §Kinds). One line per kind; each kind lives in its own folder.
import { HarborError } from '../errors.js';
import type { AnyKind } from './kind.js';
import { kind as rfa } from './rfa/index.js';
import { kind as tVisa } from './t-visa-declaration/index.js';
import { kind as restitution } from './restitution-worksheet/index.js';
import { kind as bestInterests } from './best-interests-memo/index.js';

export const KINDS: readonly AnyKind[] = [rfa, tVisa, restitution, bestInterests];

export function getKind(id: string): AnyKind {
  const k = KINDS.find((x) => x.id === id);
  if (!k) {
    throw new HarborError('unknown-kind', `Unknown document kind "${id}"; known kinds: ${KINDS.map((x) => x.id).join(', ')}`);
  }
  return k;
}
