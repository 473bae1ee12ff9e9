// A nested list pasted into a narrative prints nested in both formats (src/templates/pasted-lists.ts):
// in a declaration's numbered paragraph (the T-visa's `li` paragraphs) and in a memo's paragraphs,
// the sub-items' text starts right of their parent items' text in the PDF and is a Word list level
// deeper in the DOCX. It printed as lines of the paragraph, every item at one indent.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/pipeline.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import { renderDocx } from '../../src/render/docx/index.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { docxParts } from '../support/extract.js';
import { paragraphs, paraText } from './docx/support.js';

const fixture = (kind: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${kind}/full.json`, import.meta.url), 'utf8'));
const LIST = 'Beto gave me rules:\n- Never leave the house.\n  - Not even to the corner store.\n  - Not even with the other girls.\n- Give him all the money.';

const cases: Array<[string, (c: any) => void]> = [
  ['t-visa-declaration', (c) => (c.trafficking.narrative = `${c.trafficking.narrative}\n\n${LIST}`)],
  ['best-interests-memo', (c) => (c.expressedWishes = `${c.expressedWishes}\n\n${LIST}`)],
];

describe.each(cases)('%s: a pasted nested list', (kind, patch) => {
  const c = fixture(kind);
  patch(c);
  const model = buildDocument(kind, c).model;

  it('PDF: each sub-item right of its parent items, the markers left of their text', () => {
    const boxes = layoutDocument(model).pages.flatMap((pg) => pg.boxes.filter((b): b is TextBox => b.type === 'text'));
    const left = (word: string) => {
      const b = boxes.find((x) => x.text.startsWith(word));
      expect(b, word).toBeDefined();
      return b!.x;
    };
    expect(left('Never')).toBeCloseTo(left('Give'), 1);
    expect(left('Not even to')).toBeCloseTo(left('Not even with'), 1);
    expect(left('Not even to')).toBeGreaterThan(left('Never') + 20);
    expect(left('Never')).toBeGreaterThan(left('Beto gave'));
    expect(boxes.filter((b) => b.text === '•').length).toBeGreaterThanOrEqual(4);
  });

  it('DOCX: the sub-items one list level deeper than their parents', async () => {
    const xml = docxParts(await renderDocx(model))['word/document.xml']!;
    const level = (word: string) => {
      const p = paragraphs(xml).find((x) => paraText(x).startsWith(word));
      expect(p, word).toBeDefined();
      return /<w:ilvl w:val="(\d+)"\/>/.exec(p!)?.[1];
    };
    const parent = Number(level('Never'));
    expect(Number(level('Give'))).toBe(parent);
    expect(Number(level('Not even to'))).toBe(parent + 1);
    expect(Number(level('Not even with'))).toBe(parent + 1);
  });
});

// Through a template the view's quotation marks arrive sealed (src/markup/values.ts): a quoted
// exchange opened by dashes is still dialogue there, printed as typed, not a bulleted list.
const DIALOGUE = `- "Where is your passport?"\n- 'The manager has it.'\n- Ofelia: “You owe us.”`;
const narratives: Array<[string, (c: any, text: string) => void]> = [
  ['t-visa-declaration', (c, text) => (c.trafficking.narrative = `${c.trafficking.narrative}\n\n${text}`)],
  ['best-interests-memo', (c, text) => (c.expressedWishes = `${c.expressedWishes}\n\n${text}`)],
  ['rfa', (c, text) => (c.concern.narrative = `${c.concern.narrative}\n\n${text}`)],
];

describe.each(narratives)('%s: dialogue opened by dashes', (kind, patch) => {
  it('stays lines of text with their dashes and quotation marks', () => {
    const c = fixture(kind);
    patch(c, DIALOGUE);
    const json = JSON.stringify(buildDocument(kind, c).model);
    for (const line of DIALOGUE.split('\n')) expect(json).toContain(JSON.stringify(line).slice(1, -1));
  });
});
