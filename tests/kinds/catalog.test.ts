// `harbor kinds` lists the kinds from src/kinds/catalog.ts without loading them: the list must be
// the registry's, kind for kind (shipped and registered by a test), with the same code tables.
import { describe, expect, it } from 'vitest';
import { KIND_SUMMARIES } from '../../src/kinds/catalog.js';
import { KINDS } from '../../src/kinds/index.js';
import '../support/kinds.js'; // registers the test fixture's fifth kind

describe('the catalog of kinds (harbor kinds)', () => {
  it('is the registry: same kinds in the same order, same id, version, title and code table', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(5); // the four shipped and the test fixture's fifth
    expect(KIND_SUMMARIES.map((k) => k.id)).toEqual(KINDS.map((k) => k.id));
    KINDS.forEach((kind, i) => {
      const s = KIND_SUMMARIES[i]!;
      expect([s.id, s.version, s.title]).toEqual([kind.id, kind.version, kind.title]);
      expect(s.codes).toBe(kind.codes);
    });
  });
});
