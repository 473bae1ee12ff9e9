// Hand-built document models for the DOCX renderer tests (fictional people only).
import type { Block, HarborDocument, Inline, TableRow } from '../../../src/model/types.js';

export const BANNER = 'CONFIDENTIAL: protected by 8 U.S.C. § 1367';

export function t(text: string, marks: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Inline {
  return { type: 'text', text, ...marks };
}
export function p(text: string, align: 'left' | 'center' | 'right' | 'justify' = 'left'): Block {
  return { type: 'paragraph', align, children: [t(text)] };
}
export function h(level: 1 | 2 | 3, text: string): Block {
  return { type: 'heading', level, children: [t(text)] };
}

export function doc(body: Block[], over: Partial<HarborDocument> = {}): HarborDocument {
  return {
    type: 'document',
    title: 'Declaration of Ana Example',
    banner: BANNER,
    header: [{ type: 'paragraph', align: 'right', children: [t('In re Ana Example')] }],
    footer: [
      {
        type: 'paragraph',
        align: 'center',
        children: [t('Page '), { type: 'page-number' }, t(' of '), { type: 'page-count' }],
      },
    ],
    body,
    meta: { kind: 't-visa-declaration', templateVersion: '1.2.0', harborVersion: '0.1.0', fingerprint: '0123456789abcdef', date: '2026-03-07' },
    ...over,
  };
}

/** A declaration: numbered paragraphs in one series that continue across headings. */
export function declaration(perSection: number[]): HarborDocument {
  const body: Block[] = [{ type: 'heading', level: 1, children: [t('Declaration')] }];
  let n = 1;
  perSection.forEach((count, s) => {
    body.push(h(2, `Section ${s + 1}`));
    const items = Array.from({ length: count }, () => {
      const number = n++;
      return { number, children: [p(`Paragraph text number ${number} of the declaration.`)] };
    });
    body.push({ type: 'list', ordered: true, series: 'decl', items });
  });
  body.push(p('I declare under penalty of perjury that the foregoing is true and correct.'));
  body.push({ type: 'signature', signer: 'Ana Example', capacity: 'Declarant', date: 'March 7, 2026', place: 'Houston, Texas' });
  return doc(body);
}

export function tableRows(n: number): TableRow[] {
  return Array.from({ length: n }, (_, i) => ({
    cells: [
      { align: 'right', colspan: 1, children: [t(String(i + 1))] },
      { align: 'left', colspan: 1, children: [t(`Week ${i + 1} of unpaid work`)] },
      { align: 'right', colspan: 1, children: [t(`$${(i * 37) % 500}.00`)] },
    ],
  }));
}

/** Every node type once (and each inline type), for the totality test. */
export function everyNode(): HarborDocument {
  return doc([
    h(1, 'Heading one'),
    h(2, 'Heading two'),
    h(3, 'Heading three'),
    {
      type: 'paragraph',
      align: 'justify',
      children: [t('Bold', { bold: true }), t(' italic', { italic: true }), t(' underlined', { underline: true }), { type: 'br' }, t('after break')],
    },
    { type: 'list', ordered: true, items: [{ number: 1, children: [p('first')] }, { number: 2, children: [p('second')] }] },
    {
      type: 'list',
      ordered: false,
      items: [{ children: [p('bullet'), { type: 'list', ordered: false, items: [{ children: [p('nested bullet')] }] }] }],
    },
    {
      type: 'table',
      columns: [1, 3, 1],
      headerRows: [
        {
          cells: [
            { align: 'left', colspan: 1, children: [t('No.')] },
            { align: 'left', colspan: 1, children: [t('Work')] },
            { align: 'right', colspan: 1, children: [t('Owed')] },
          ],
        },
      ],
      rows: [...tableRows(3), { cells: [{ align: 'right', colspan: 2, children: [t('Total')] }, { align: 'right', colspan: 1, children: [t('$111.00')] }] }],
    },
    { type: 'keep', children: [p('kept one'), p('kept two')] },
    { type: 'page-break' },
    p('On a new page.'),
    { type: 'signature', signer: 'Ana Example' },
  ]);
}
