// The render memos (src/model/scratch.ts) hold a case's own short texts (amounts, dates, names) to
// speed up its tables; nothing of them may outlive the render: no case's words left in a
// long-running service's memory, and no speed-up that tells one caller what another rendered.
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../src/kinds/files.js';
import { getKind } from '../../src/kinds/index.js';
import { clearRenderMemos, RenderMemo, renderMemoEntries } from '../../src/model/scratch.js';
import { buildDocument, generate } from '../../src/pipeline.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';

const KIND = 'restitution-worksheet';
const input = () => readFixture(getKind(KIND), 'full');

describe('render memos live for one render', () => {
  it('laying out the worksheet fills them (its tables repeat short texts)', () => {
    layoutDocument(buildDocument(KIND, input()).model);
    expect(renderMemoEntries()).toBeGreaterThan(50);
  });

  it.each(['pdf', 'docx'] as const)('%s: empty once generate() has returned', async (format) => {
    layoutDocument(buildDocument(KIND, input()).model); // entries left by a bare layout
    expect(renderMemoEntries()).toBeGreaterThan(0);
    await generate({ kind: KIND, input: input(), format });
    expect(renderMemoEntries()).toBe(0);
  });

  it('empty after a render that fails part-way', async () => {
    layoutDocument(buildDocument(KIND, input()).model);
    let calls = 0;
    const stopLate = () => {
      if (++calls > 40) throw new Error('stopped');
    };
    await expect(generate({ kind: KIND, input: input(), format: 'pdf', checkpoint: stopLate })).rejects.toThrow('stopped');
    expect(calls).toBeGreaterThan(40);
    expect(renderMemoEntries()).toBe(0);
  });

  it('a memo answers a text it has seen without computing, and computes again after a render ends', () => {
    const memo = new RenderMemo<number>();
    let computed = 0;
    const compute = (): number => ++computed;
    expect(memo.of('$290.00', compute)).toBe(1);
    expect(memo.of('$290.00', compute)).toBe(1);
    expect(computed).toBe(1);
    // A paragraph-length text is never remembered.
    const long = 'x'.repeat(65);
    memo.of(long, compute);
    memo.of(long, compute);
    expect(computed).toBe(3);
    clearRenderMemos();
    expect(memo.size).toBe(0);
    expect(memo.of('$290.00', compute)).toBe(4);
  });
});
