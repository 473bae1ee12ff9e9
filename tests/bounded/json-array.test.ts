// The streaming JSON array reader (src/batch/json-array.ts): the same values as JSON.parse of the
// whole text, however the text is cut into chunks; malformed arrays refused; oversized elements
// reported, not kept.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayElements } from '../../src/batch/json-array.js';

const noPause = async (): Promise<void> => {};

async function elements(text: string, cut: number, max = 1e9): Promise<unknown[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += cut) chunks.push(text.slice(i, i + cut));
  const out: unknown[] = [];
  for await (const el of jsonArrayElements(Readable.from(chunks.length ? chunks : ['']), max, noPause)) out.push('text' in el ? JSON.parse(el.text) : 'TOO LARGE');
  return out;
}

describe('jsonArrayElements', () => {
  it('gives what JSON.parse gives, element by element, for any array and any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue()), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (arr, cut, pretty) => {
        const text = JSON.stringify(arr, null, pretty ? 2 : undefined);
        expect(await elements(text, cut)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps __proto__ a plain key, and strings with brackets, commas and escapes whole', async () => {
    const [a, b] = (await elements('[{"__proto__":{"x":1}}, "a,]}\\"[{"]', 3)) as [Record<string, unknown>, string];
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.hasOwn(a, '__proto__')).toBe(true);
    expect(b).toBe('a,]}"[{');
  });

  it('refuses what is not one array', async () => {
    for (const bad of ['', '{}', '[1,]', '[,1]', '[1', '[1] x', '[1]]', '"a"']) await expect(elements(bad, 2), bad).rejects.toThrow();
    expect(await elements(' \uFEFF[]'.replace(' ', ''), 1)).toEqual([]);
  });

  it('reports an element over the limit without keeping it', async () => {
    expect(await elements(`[1,"${'x'.repeat(100)}",3]`, 7, 50)).toEqual([1, 'TOO LARGE', 3]);
  });
});
