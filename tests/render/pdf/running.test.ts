// The running header and footer take at most half the page (src/render/running.ts). Taller, the
// header ran over the footer and, once taller than the page, the body was not printed at all: a
// case value printed in the header (a name) thousands of characters long lost the document's text.
import { describe, expect, it } from 'vitest';
import { HarborError } from '../../../src/errors.js';
import type { Block } from '../../../src/model/types.js';
import { MAX_RUNNING_HEIGHT } from '../../../src/render/running.js';
import { bodyArea, layoutDocument } from '../../../src/render/pdf/layout.js';
import { doc, extent, filler, linesOf, t, texts } from './models.js';

/** A right-aligned header paragraph of `words` words. */
const header = (words: number): Block[] => [{ type: 'paragraph', align: 'right', children: [t(`In re ${Array(words).fill('Longname').join(' ')}`)] }];

/** The error layoutDocument throws, or undefined. */
function refusal(f: () => unknown): HarborError | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof HarborError) return e;
    throw e;
  }
  return undefined;
}

describe('running header and footer', () => {
  it('up to half the page: every body line printed once, between a header and a footer that never overlap it', () => {
    // 8 words a header line: from one line to the most the rule lets through.
    for (const words of [1, 60, 120, 160]) {
      const L = layoutDocument(doc(filler(40), { header: header(words) }));
      const all = L.pages.flatMap((pg) => linesOf(texts(pg, 'body')));
      expect(all, `${words} words`).toEqual(Array.from({ length: 40 }, (_, i) => `Filler line ${i + 1}.`));
      for (const pg of L.pages) {
        const head = texts(pg, 'header');
        const foot = texts(pg, 'footer');
        expect(head.length).toBeGreaterThan(0);
        for (const b of head) expect(extent(b)[1], `${words} words`).toBeLessThanOrEqual(pg.bodyTop + 1e-6);
        for (const b of foot) expect(extent(b)[0], `${words} words`).toBeGreaterThanOrEqual(pg.bodyBottom - 1e-6);
        for (const b of texts(pg, 'body')) {
          expect(extent(b)[0]).toBeGreaterThanOrEqual(pg.bodyTop - 1e-6);
          expect(extent(b)[1]).toBeLessThanOrEqual(pg.bodyBottom + 1e-6);
        }
        expect(pg.bodyBottom - pg.bodyTop).toBeGreaterThanOrEqual(792 - 144 - MAX_RUNNING_HEIGHT - 1e-6);
      }
    }
  });

  it('taller than half the page: refused as invalid-case (too-big), by the PDF layout and the DOCX body area alike', () => {
    for (const words of [250, 700]) {
      const d = doc(filler(3), { header: header(words) });
      for (const e of [refusal(() => layoutDocument(d)), refusal(() => bodyArea(d))]) {
        expect(e?.code, `${words} words`).toBe('invalid-case');
        expect(e?.issues).toHaveLength(1);
        expect(e?.issues[0]).toMatchObject({ code: 'too-big', path: '(running header)' });
        expect(e?.issues[0]?.message).toMatch(/header or footer of every page and is too long for it/);
      }
    }
    // A footer counts too.
    const foot = doc(filler(3), { footer: header(700) });
    expect(refusal(() => layoutDocument(foot))?.code).toBe('invalid-case');
  });
});
