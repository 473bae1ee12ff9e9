// The XML writer (src/render/docx/xml.ts) against docx's own serialisation: the same model through
// both (renderDocxVia 'xml' and 'compiler') gives the same bytes, part for part, for the hand-built
// models and random documents that mix every node type, mark, alignment, list nesting, table
// shape, script and XML special character (every kind's fixtures: writer-fixtures.test.ts).
import { fc, test } from '@fast-check/vitest';
import { describe, it } from 'vitest';
import type { Align, Block, Inline } from '../../../src/model/types.js';
import { PROCESS_TEST_MS } from '../../support/until.js';
import { specimenModel } from '../../specimen/index.js';
import { declaration, doc, everyNode } from './models.js';
import { expectSameDocx } from './same-docx.js';

describe('DOCX XML writer', () => {
  it('writes the hand-built models exactly as docx does (no banner, no header or footer, author)', async () => {
    for (const model of [everyNode(), specimenModel(), declaration([3, 4, 2])]) await expectSameDocx(model);
    const bare = everyNode();
    delete bare.banner;
    await expectSameDocx({ ...bare, header: [], footer: [] });
    await expectSameDocx({ ...everyNode(), header: [], meta: { ...everyNode().meta, author: 'Clinic <A & B> "Legal"' } });
    await expectSameDocx({ ...everyNode(), footer: [] });
    // A table with a right-to-left cell says its columns run left to right (w:bidiVisual off).
    const cell = (text: string) => ({ align: 'left' as const, colspan: 1, children: [{ type: 'text' as const, text }] });
    await expectSameDocx(doc([{ type: 'table', columns: [1, 2], headerRows: [{ cells: [cell('שם'), cell('Role')] }], rows: [{ cells: [cell('Ana'), cell('سلمى')] }] }]));
  });
});

// Random documents: text from characters that matter to the XML (specials, tab, no-break space,
// right-to-left and CJK letters, letters of scripts whose runs name a face of their own (w:rFonts:
// Armenian, Ethiopic, Hangul), the typography's joiners, hyphens (before a digit, or typed U+2011:
// w:noBreakHyphen), a soft hyphen (w:softHyphen)), every block and inline type.
const char = fc.constantFrom('a', 'Z', ' ', '1', '&', '<', '>', '"', "'", '\t', 'é', '§', '—', '\u00a0', '\u2060', '-', '\u2011', '\u00ad', 'א', 'ש', 'ب', 'ي', '中', '文', 'Ж', 'Ա', 'ሳ', '김', ']]>');
const text = fc.array(char, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
const marks = fc.record({ bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() }, { requiredKeys: [] });
const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(text, marks).map(([t, m]) => ({ type: 'text' as const, text: t, ...m })) },
  { weight: 1, arbitrary: fc.constant({ type: 'br' as const }) },
  { weight: 1, arbitrary: marks.map((m) => ({ type: 'page-number' as const, ...m })) },
  { weight: 1, arbitrary: marks.map((m) => ({ type: 'page-count' as const, ...m })) },
);
const inlines = fc.array(inline, { minLength: 0, maxLength: 4 });
const align = fc.constantFrom<Align>('left', 'center', 'right', 'justify');

const { block } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'block' },
    fc.tuple(fc.constantFrom<1 | 2 | 3>(1, 2, 3), inlines).map(([level, children]) => ({ type: 'heading' as const, level, children })),
    fc.tuple(align, inlines).map(([a, children]) => ({ type: 'paragraph' as const, align: a, children })),
    fc
      .tuple(fc.boolean(), fc.option(fc.constantFrom('s1', 's2'), { nil: undefined }), fc.array(fc.tuple(fc.option(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 98, max: 1000 })), { nil: undefined }), fc.array(tie('block'), { maxLength: 2 })), { minLength: 1, maxLength: 3 }))
      .map(([ordered, series, items]) => ({
        type: 'list' as const,
        ordered,
        ...(ordered && series !== undefined ? { series } : {}),
        items: items.map(([number, children]) => ({ ...(ordered && number !== undefined ? { number } : {}), children })),
      })),
    fc.integer({ min: 1, max: 3 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.array(fc.tuple(align, fc.integer({ min: 1, max: 3 }), inlines), { minLength: 1, maxLength: n }), { maxLength: 1 }),
        fc.array(fc.array(fc.tuple(align, fc.integer({ min: 1, max: 3 }), inlines), { minLength: 1, maxLength: n }), { maxLength: 3 }),
      ).map(([columns, head, rows]) => {
        const row = (cells: Array<[Align, number, Inline[]]>) => ({ cells: cells.map(([a, colspan, children]) => ({ align: a, colspan, children })) });
        return { type: 'table' as const, columns, headerRows: head.map(row), rows: rows.map(row) };
      }),
    ),
    fc
      .record({ signer: text, capacity: text, date: text, place: text }, { requiredKeys: ['signer'] })
      .map((s) => ({ type: 'signature' as const, ...s })),
    fc.constant({ type: 'page-break' as const }),
    fc.array(tie('block'), { maxLength: 3 }).map((children) => ({ type: 'keep' as const, children })),
  ),
}));

const document = fc
  .record({
    body: fc.array(block, { maxLength: 8 }),
    header: fc.array(block, { maxLength: 2 }),
    footer: fc.array(block, { maxLength: 2 }),
    banner: fc.option(text, { nil: undefined }),
    title: text,
    author: fc.option(text, { nil: undefined }),
  })
  .map((r) => {
    const d = doc(r.body, { header: r.header, footer: r.footer, title: r.title });
    if (r.banner === undefined) delete d.banner;
    else d.banner = r.banner;
    if (r.author !== undefined) d.meta.author = r.author;
    return d;
  });

describe('DOCX XML writer on random documents', () => {
  // Bounded as a process test is (PROCESS_TEST_MS): 150 documents through both writers, pure CPU,
  // took 47 s at load 30 here and outlasted the default 120 s at load 25-55 on another run.
  test.prop([document], { numRuns: 150 })('writes what docx writes', async (model) => {
    await expectSameDocx(model);
  }, PROCESS_TEST_MS);
});
