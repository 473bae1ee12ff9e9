// A single field a list superseded (src/kinds/kit/superseded.ts; the kit README's decision on superseded singles):
// read as the list's first, each item on its own path, and described in one wording.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readSuperseded, superseded } from '../../src/kinds/kit/index.js';

const keys = { single: 'escape', list: 'escapes' };

describe('readSuperseded', () => {
  it('the single first, on its own path, then the list on its indexes', () => {
    expect(readSuperseded('a', ['b', 'c'], keys)).toEqual([
      { path: 'escape', value: 'a' },
      { path: 'escapes.0', value: 'b' },
      { path: 'escapes.1', value: 'c' },
    ]);
  });
  it('without the single, the list alone, its indexes unchanged; neither, nothing', () => {
    expect(readSuperseded(null, ['b'], keys)).toEqual([{ path: 'escapes.0', value: 'b' }]);
    expect(readSuperseded(null, [], keys)).toEqual([]);
  });
  it('a falsy single that is given (0, "") is still read: only null is "not given"', () => {
    expect(readSuperseded(0, [1], keys).map((r) => r.value)).toEqual([0, 1]);
  });
});

describe('superseded', () => {
  const field = superseded(z.object({ n: z.number() }), { title: 'Thing (one)', one: 'One thing', contract: '2.7', list: 'things' });
  it('is optional by the kit’s convention: absent, null, "" and spaces are null', () => {
    for (const v of [undefined, null, '', '  ']) expect(field.parse(v)).toBeNull();
    expect(field.parse({ n: 1 })).toEqual({ n: 1 });
  });
  it('is deprecated in the JSON Schema with its type kept, in the one wording', () => {
    const s = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    expect(s).toMatchObject({
      title: 'Thing (one)',
      description: 'One thing, as contract 2.7 took it; still read, as the first of things. Give several in things.',
      deprecated: true,
    });
    expect(JSON.stringify(s)).toContain('"n"');
  });
});
