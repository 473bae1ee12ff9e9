// The closed Harbor markup element set (docs/markup.md §Elements) and each element's attributes.
// The parser and the static template check both read this table; extend it together with the
// model (src/model/types.ts) and both renderers.

export const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  document: ['title', 'banner'],
  header: [],
  footer: [],
  h1: [],
  h2: [],
  h3: [],
  p: ['align'],
  strong: [],
  em: [],
  u: [],
  br: [],
  ol: ['series', 'start'],
  ul: [],
  li: [],
  table: ['widths'],
  tr: [],
  th: ['align', 'colspan'],
  td: ['align', 'colspan'],
  signature: ['signer', 'capacity', 'date', 'place'],
  'page-break': [],
  'page-number': [],
  'page-count': [],
  keep: [],
};

export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'h1',
  'h2',
  'h3',
  'p',
  'ol',
  'ul',
  'table',
  'signature',
  'page-break',
  'keep',
]);

export const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['strong', 'em', 'u', 'br', 'page-number', 'page-count']);
