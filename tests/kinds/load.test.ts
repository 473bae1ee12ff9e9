// The CLI's check and render and the render threads load the kind a case names alone
// (src/kinds/load.ts; issue 18: cold start), not the registry with every kind: what they load must
// be the registry's kind, object for object, and an unknown kind is refused as the registry
// refuses it. That no other kind's code is loaded by a cold command is checked on the build
// (tests/cli/build.test.ts).
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { getKind, KINDS } from '../../src/kinds/index.js';
import { loadKind, SHIPPED_KIND_MODULES } from '../../src/kinds/load.js';

const shipped = KINDS.filter((k) => k.home === undefined);

describe('loading one kind (src/kinds/load.ts)', () => {
  it('lists the shipped kinds of the registry, in its order', () => {
    expect(Object.keys(SHIPPED_KIND_MODULES)).toEqual(shipped.map((k) => k.id));
  });

  it('gives, for each kind id, the very kind the registry holds', async () => {
    for (const k of shipped) {
      expect(await loadKind(k.id)).toBe(k);
      expect((await SHIPPED_KIND_MODULES[k.id]!()).kind).toBe(k);
    }
  });

  it('loads a kind once: every later ask is the same promise (generate() asks on every render)', () => {
    expect(loadKind('rfa')).toBe(loadKind('rfa'));
  });

  it('refuses an unknown kind as the registry does, naming every kind; an inherited name is not a kind', async () => {
    for (const id of ['rfaa', 'RFA', 'toString', '__proto__', 'constructor']) {
      let registry: unknown;
      try {
        getKind(id);
      } catch (e) {
        registry = e;
      }
      expect(registry).toBeInstanceOf(HarborError);
      await expect(loadKind(id)).rejects.toMatchObject({ code: 'unknown-kind', message: (registry as HarborError).message });
    }
  });
});
