// The summary's list of recommendations (a memo without a typed summary) is numbered as Part 8
// numbers them: with many recommendations the list ran over pages in bullets, and a reader held
// "recommendation 9" of Part 8 against the summary by counting (round r60 review;
// docs/domain/best-interests-memo.md, "Sections").
import { describe, expect, it } from 'vitest';
import { inlineText, type Block } from '../../../src/model/types.js';
import { buildDocument } from '../../../src/pipeline.js';
import { fixture, K } from './cases.js';

/** The list after the paragraph that starts with `lead`, anywhere in the body (keeps walked into). */
function listAfter(c: unknown, lead: string): Extract<Block, { type: 'list' }> {
  const flat: Block[] = [];
  const walk = (bs: Block[]) => bs.forEach((b) => (b.type === 'keep' ? walk(b.children) : flat.push(b)));
  walk(buildDocument(K, c).model.body);
  const i = flat.findIndex((b) => b.type === 'paragraph' && inlineText(b.children).startsWith(lead));
  const l = flat[i + 1]!;
  if (l.type !== 'list') throw new Error(`no list after "${lead}"`);
  return l;
}
/** Each item's first paragraph (a recommendation with conditions is a keep in Part 8). */
const first = (b: Block): string => (b.type === 'paragraph' ? inlineText(b.children) : b.type === 'keep' ? first(b.children[0]!) : b.type);
const texts = (l: Extract<Block, { type: 'list' }>) => l.items.map((it) => first(it.children[0]!));

describe('the summary’s recommendations', () => {
  it('are numbered, in Part 8’s order and numbers', () => {
    const c = fixture('full.json');
    c.summary = null;
    c.recommendations = Array.from({ length: 12 }, (_, i) => ({ text: `Recommendation ${i + 1}.`, conditions: i % 2 === 0 ? ['A condition.'] : [] }));
    const summary = listAfter(c, 'The child advocate recommends the following');
    const part8 = listAfter(c, 'The child advocate recommends:');
    expect(summary.ordered).toBe(true);
    expect(part8.ordered).toBe(true);
    expect(texts(summary)).toEqual(texts(part8));
    expect(texts(summary)[8]).toBe('Recommendation 9.');
  });
  it('keep a recommendation’s paragraphs apart, as Part 8 does', () => {
    // Printed with {{text}}, the second paragraph ran on from the first in the summary alone.
    const c = fixture('minimal.json');
    c.recommendations[0].text = 'Transfer Tomás to a transitional foster home.\n\nIf no bed is open within ten days, review the placement weekly.';
    const paras = (l: Extract<Block, { type: 'list' }>) => l.items[0]!.children.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type));
    const want = ['Transfer Tomás to a transitional foster home.', 'If no bed is open within ten days, review the placement weekly.'];
    expect(paras(listAfter(c, 'The child advocate recommends the following'))).toEqual(want);
    expect(paras(listAfter(c, 'The child advocate recommends:'))).toEqual(want);
  });
});
