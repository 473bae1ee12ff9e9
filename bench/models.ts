// Benchmark documents: the specimen (tests/specimen) and a declaration-sized document of about
// three pages of numbered paragraphs, built directly as a model (fictional content only).
import type { Block, HarborDocument } from '../src/model/types.js';

const WORDS = (
  'the child described how the recruiter arranged the journey and promised work in a restaurant ' +
  'but on arrival the documents were taken and the debt grew every week while the hours began ' +
  'before dawn and ended after midnight seven days a week and nobody was allowed to leave the ' +
  'house alone or to call home until a neighbour noticed and spoke to a teacher at the school'
).split(' ');

/** A deterministic paragraph of `n` words starting at word `seed`. */
function sentence(seed: number, n: number): string {
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(WORDS[(seed * 7 + i) % WORDS.length]!);
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** About three pages of numbered paragraphs with headings, a signature, header and footer. */
export function declarationModel(): HarborDocument {
  const body: Block[] = [
    { type: 'heading', level: 1, children: [{ type: 'text', text: 'Declaration of A. Example in Support of Form I-914' }] },
  ];
  let n = 1;
  for (const [h, count] of [
    ['Background', 3],
    ['Recruitment and travel', 4],
    ['Conditions of work', 4],
    ['Escape and assistance', 3],
  ] as const) {
    body.push({ type: 'heading', level: 2, children: [{ type: 'text', text: h }] });
    const items = [];
    for (let i = 0; i < count; i++, n++) {
      items.push({ number: n, children: [{ type: 'paragraph' as const, align: 'justify' as const, children: [{ type: 'text' as const, text: `${sentence(n, 28)} ${sentence(n + 3, 24)} ${sentence(n + 5, 20)}` }] }] });
    }
    body.push({ type: 'list', ordered: true, series: 'decl', items });
  }
  body.push({ type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.' }] });
  body.push({ type: 'signature', signer: 'A. Example', capacity: 'Declarant', date: 'March 7, 2026', place: 'Houston, Texas' });
  return {
    type: 'document',
    title: 'Declaration of A. Example',
    banner: 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367',
    header: [{ type: 'paragraph', align: 'right', children: [{ type: 'text', text: 'Declaration of A. Example' }] }],
    footer: [{ type: 'paragraph', align: 'center', children: [{ type: 'text', text: 'Page ' }, { type: 'page-number' }, { type: 'text', text: ' of ' }, { type: 'page-count' }] }],
    body,
    meta: { kind: 't-visa-declaration', templateVersion: 'bench', harborVersion: 'bench', fingerprint: '0000000000000000', date: '2026-03-07' },
  };
}
