// The closed Harbor markup element set (docs/markup.md §Elements): each element's place in the
// markup and its attributes. The parser (./parse.ts) and the static template check both read this
// table; extend it together with the model (src/model/types.ts) and both renderers. The parser
// keeps a total map of handlers per place: an element added here as a block or an inline does
// not compile until the parser handles it.

/**
 * Where an element may stand: the root `document`, its `header`/`footer` parts, a `block` of the
 * body, an `inline` inside a paragraph, heading or cell, or inside one particular parent (`li` in
 * lists, `tr` in tables, `th`/`td` in rows).
 */
export type Place = 'document' | 'part' | 'block' | 'inline' | 'item' | 'row' | 'cell';

export const ELEMENTS = {
  document: { place: 'document', attributes: ['title', 'banner'] },
  header: { place: 'part', attributes: [] },
  footer: { place: 'part', attributes: [] },
  h1: { place: 'block', attributes: [] },
  h2: { place: 'block', attributes: [] },
  h3: { place: 'block', attributes: [] },
  p: { place: 'block', attributes: ['align'] },
  ol: { place: 'block', attributes: ['series', 'start', 'type', 'delimiter'] },
  ul: { place: 'block', attributes: [] },
  table: { place: 'block', attributes: ['widths'] },
  signature: { place: 'block', attributes: ['signer', 'signed', 'capacity', 'date', 'place'] },
  'page-break': { place: 'block', attributes: [] },
  keep: { place: 'block', attributes: [] },
  strong: { place: 'inline', attributes: [] },
  em: { place: 'inline', attributes: [] },
  u: { place: 'inline', attributes: [] },
  br: { place: 'inline', attributes: [] },
  'page-number': { place: 'inline', attributes: [] },
  'page-count': { place: 'inline', attributes: [] },
  li: { place: 'item', attributes: [] },
  tr: { place: 'row', attributes: [] },
  th: { place: 'cell', attributes: ['align', 'colspan'] },
  td: { place: 'cell', attributes: ['align', 'colspan'] },
} as const satisfies Record<string, { place: Place; attributes: readonly string[] }>;

export type ElementName = keyof typeof ELEMENTS;
type NamesAt<P extends Place> = { [K in ElementName]: (typeof ELEMENTS)[K]['place'] extends P ? K : never }[ElementName];
/** Elements that are blocks of a body, header, footer, list item or `keep`. */
export type BlockElement = NamesAt<'block'>;
/** Elements inside a paragraph, heading or cell. */
export type InlineElement = NamesAt<'inline'>;

/** Whether `name` is a Harbor element (own keys only: `constructor` or `__proto__` are not). */
export function isElement(name: string): name is ElementName {
  return Object.hasOwn(ELEMENTS, name);
}
export function isBlockElement(name: string): name is BlockElement {
  return isElement(name) && ELEMENTS[name].place === 'block';
}
export function isInlineElement(name: string): name is InlineElement {
  return isElement(name) && ELEMENTS[name].place === 'inline';
}

/** The attributes each element allows (no prototype: an unknown name is always undefined). */
export const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, readonly string[]>,
    Object.fromEntries(Object.entries(ELEMENTS).map(([name, e]) => [name, e.attributes])),
  ),
);

/** The block elements, in table order (for messages). */
export const BLOCK_ELEMENTS: readonly BlockElement[] = Object.keys(ELEMENTS).filter(isBlockElement);
