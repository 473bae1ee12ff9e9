// generate()'s stage timings (src/stages.ts): every stage is reported, in order, with a time, for
// PDF and DOCX, and asking for them changes nothing in the document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/pipeline.js';
import { STAGES, type Stage } from '../../src/stages.js';

const input = JSON.parse(readFileSync(new URL('../../fixtures/rfa/full.json', import.meta.url), 'utf8')) as unknown;

describe('generate({ onStage })', () => {
  for (const format of ['pdf', 'docx'] as const) {
    it(`reports every stage of a ${format} in order, and the bytes are those of a render without it`, async () => {
      const seen: Array<[Stage, number]> = [];
      const timed = await generate({ kind: 'rfa', input, format, onStage: (s, ms) => seen.push([s, ms]) });
      const plain = await generate({ kind: 'rfa', input, format });
      expect(Buffer.from(timed.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
      // First reports in pipeline order (the PDF's printable-text check reports validate again).
      const firsts = [...new Set(seen.map(([s]) => s))];
      expect(firsts).toEqual([...STAGES]);
      for (const [, ms] of seen) expect(ms).toBeGreaterThanOrEqual(0);
      if (format === 'pdf') expect(seen.filter(([s]) => s === 'validate')).toHaveLength(2);
    });
  }

  it('reports validate, then stops, for a case that is not valid', async () => {
    const seen: Stage[] = [];
    await expect(generate({ kind: 'rfa', input: {}, format: 'pdf', onStage: (s) => seen.push(s) })).rejects.toMatchObject({ code: 'invalid-case' });
    expect(seen).toEqual(['validate']);
  });
});
