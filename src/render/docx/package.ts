// Deterministic packaging: the same model gives byte-identical DOCX files (docs/architecture.md §Determinism).
//
// docx stamps the current time into docProps/core.xml (dcterms:created/modified) and into every
// zip entry. Here the core dates are set to the document's own date (UTC midnight of
// `meta.date`, from the case) and the parts are zipped with a fixed entry time and a fixed entry
// order ([Content_Types].xml first, as Office writes it).
//
// The parts come from docx for the skeletons (below) and for the reference path (index.ts
// renderDocxVia). docx's Packer zips its parts and we would have to unzip and zip them again
// (about a third of a small document's render time). docx 9.15 keeps its part compiler on
// `Packer.compiler` (not in its typings); when it is there we take the parts from it and zip
// once. When a docx upgrade removes it, the public Packer output is unzipped instead: same bytes.
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { HarborError } from '../../errors.js';
import type { Plan, Properties } from './index.js';
import { NumberingPlan } from './numbering.js';
import { para } from './out.js';
import { escapeXml } from './xml.js';
import { zipParts } from './zip.js';


/** Fixed first entries; the rest follow in name order. */
const FIRST = ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const CORE_DATE = /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g;

export type Parts = Map<string, string | Uint8Array>;
interface PartCompiler {
  compile(file: Document): Parts;
}

/** The W3CDTF timestamp of the document date: UTC midnight of an ISO yyyy-mm-dd date. */
export function coreTimestamp(date: string): string {
  if (!ISO_DATE.test(date)) {
    throw new HarborError('internal', 'The document date in the model is not an ISO date (yyyy-mm-dd)');
  }
  return `${date}T00:00:00Z`;
}

function entryOrder(a: string, b: string): number {
  const ia = FIRST.indexOf(a);
  const ib = FIRST.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? FIRST.length : ia) - (ib < 0 ? FIRST.length : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

function internalCompiler(): PartCompiler | undefined {
  const c = (Packer as unknown as { compiler?: Partial<PartCompiler> }).compiler;
  return typeof c?.compile === 'function' ? (c as PartCompiler) : undefined;
}

/** The package parts of a docx Document, by path. */
export async function compileParts(file: Document, via: 'compiler' | 'packer' = 'compiler'): Promise<Parts> {
  const compiler = via === 'compiler' ? internalCompiler() : undefined;
  if (compiler !== undefined) return compiler.compile(file);
  const parts: Parts = new Map();
  for (const [name, data] of Object.entries(unzipSync(await Packer.toBuffer(file)))) {
    parts.set(name, /\.(xml|rels)$/.test(name) ? strFromU8(data) : data);
  }
  return parts;
}

/** Zip the parts with the core dates set to `date`, a fixed entry time and a fixed order. */
export function deterministicZip(parts: Parts, date: string): Uint8Array {
  const stamp = coreTimestamp(date);
  const core = parts.get('docProps/core.xml');
  if (core === undefined) throw new HarborError('internal', 'docx wrote no docProps/core.xml');
  let found = 0;
  const dated = (typeof core === 'string' ? core : strFromU8(core)).replace(CORE_DATE, (_m, open: string, _n: string, close: string) => {
    found += 1;
    return `${open}${stamp}${close}`;
  });
  if (found !== 2) throw new HarborError('internal', 'docx changed how it writes document dates');
  return zipParts([...parts.keys()].sort(entryOrder).map((name) => [name, name === 'docProps/core.xml' ? dated : parts.get(name)!]));
}

// The skeleton: docx's package for a document of one shape (with or without a header and a
// footer, which custom properties) and no content. Its parts that do not depend on the content
// (styles, settings, theme, notes, font table, relationships, content types) are used as they are;
// the parts that do are written by xml.ts into the skeleton's own frames: the root elements with
// docx's namespace declarations, the section properties, the core and custom properties with
// their values in slots. Built once per shape per process (a handful), from Harbor's code alone:
// a skeleton never holds anything of a case.

export interface SkeletonShape {
  header: boolean;
  footer: boolean;
  /** Names of the custom properties, in order. */
  custom: string[];
  /** Which texts (title, subject, keywords, description, custom values) are empty: docx leaves those elements out. */
  empty: boolean[];
}

export interface Skeleton {
  /** The content-independent parts, as docx writes them. */
  parts: Parts;
  /** numbering.xml with no lists (xml.ts XmlWriter.numbering adds them). */
  numbering: string;
  headerPart: string | undefined;
  footerPart: string | undefined;
  document(body: string, margin: { top: number; bottom: number }): string;
  header(content: string): string;
  footer(content: string): string;
  core(p: Properties): string;
  custom(p: Properties): string;
}

/** A part's text split at its slots: literal, slot, literal, ... (slots by index). */
interface Template {
  literals: string[];
  slots: number[];
}

/** Split `xml` at each marker (a marker must occur exactly once); marker [i, m] is filled by value i. */
function template(xml: string, markers: Array<[number, string]>): Template {
  const found = markers.map(([i, m]) => ({ i, at: xml.indexOf(m), m })).sort((a, b) => a.at - b.at);
  const literals: string[] = [];
  const slots: number[] = [];
  let last = 0;
  for (const f of found) {
    if (f.at < 0 || xml.indexOf(f.m, f.at + 1) >= 0) throw new HarborError('internal', 'docx changed how it writes a package part (skeleton slot)');
    literals.push(xml.slice(last, f.at));
    slots.push(f.i);
    last = f.at + f.m.length;
  }
  literals.push(xml.slice(last));
  return { literals, slots };
}

function fill(t: Template, values: string[]): string {
  let s = t.literals[0]!;
  for (let k = 0; k < t.slots.length; k++) s += values[t.slots[k]!]! + t.literals[k + 1]!;
  return s;
}

/** Split a header/footer part around its one empty paragraph. */
function frame(xml: string | Uint8Array | undefined): Template {
  if (typeof xml !== 'string') throw new HarborError('internal', 'docx wrote no header or footer part');
  return template(xml, [[0, '<w:p/>']]);
}

/** A header/footer with its content; with none, docx closes the root element at once (`<w:ftr .../>`). */
function framed(t: Template, content: string): string {
  return content === '' ? `${t.literals[0]!.slice(0, -1)}/>` : fill(t, [content]);
}

/** A text slot: letters only, so no escaping or quirk of docx changes it. */
const slot = (i: number) => `HARBORSLOT${i}X`;
/** Margin slots: numbers that appear nowhere else in the part. */
const TOP_SLOT = 987654301;
const BOTTOM_SLOT = 987654302;

async function buildSkeleton(shape: SkeletonShape, docxFile: (p: Plan) => Document): Promise<Skeleton> {
  const empty = () => [para({ children: [] })];
  // Slot i holds text i of `values` below, or is empty as in the document.
  const text = (i: number) => (shape.empty[i] ? '' : slot(i));
  const props: Properties = {
    title: text(0),
    subject: text(1),
    keywords: text(2),
    description: text(3),
    custom: shape.custom.map((name, i) => [name, text(4 + i)]),
  };
  const parts = await compileParts(
    docxFile({
      numbering: new NumberingPlan(),
      body: [],
      header: shape.header ? empty() : undefined,
      footer: shape.footer ? empty() : undefined,
      margin: { top: TOP_SLOT, bottom: BOTTOM_SLOT },
      properties: props,
    }),
  );
  const part = (name: string): string => {
    const x = parts.get(name);
    if (typeof x !== 'string') throw new HarborError('internal', `docx wrote no ${name}`);
    return x;
  };
  const doc = template(part('word/document.xml'), [
    [0, '<w:body>'],
    [1, `"${TOP_SLOT}"`],
    [2, `"${BOTTOM_SLOT}"`],
  ]);
  const find = (re: RegExp) => [...parts.keys()].find((k) => re.test(k));
  const headerPart = shape.header ? find(/^word\/header\d+\.xml$/) : undefined;
  const footerPart = shape.footer ? find(/^word\/footer\d+\.xml$/) : undefined;
  const head = headerPart !== undefined ? frame(parts.get(headerPart)) : undefined;
  const foot = footerPart !== undefined ? frame(parts.get(footerPart)) : undefined;
  const markers = (from: number, to: number): Array<[number, string]> =>
    Array.from({ length: to - from }, (_, k) => from + k)
      .filter((i) => !shape.empty[i])
      .map((i) => [i, slot(i)]);
  const core = template(part('docProps/core.xml'), markers(0, 4));
  const custom = template(part('docProps/custom.xml'), markers(4, 4 + shape.custom.length));
  const values = (p: Properties): string[] => [p.title, p.subject, p.keywords, p.description, ...p.custom.map(([, v]) => v)].map(escapeXml);
  const numbering = part('word/numbering.xml');
  for (const name of ['word/document.xml', 'word/numbering.xml', 'docProps/core.xml', 'docProps/custom.xml', headerPart, footerPart]) if (name !== undefined) parts.delete(name);
  return {
    parts,
    numbering,
    headerPart,
    footerPart,
    document: (body, margin) => fill(doc, [`<w:body>${body}`, `"${margin.top}"`, `"${margin.bottom}"`]),
    header: (content) => framed(head!, content),
    footer: (content) => framed(foot!, content),
    core: (p) => fill(core, values(p)),
    custom: (p) => fill(custom, values(p)),
  };
}

const skeletons = new Map<string, Promise<Skeleton>>();

/** The skeleton of a shape, built on first use (docxFile: index.ts, so both paths share one Document). */
export function skeleton(shape: SkeletonShape, docxFile: (p: Plan) => Document): Promise<Skeleton> {
  const key = `${shape.header ? 'h' : ''}${shape.footer ? 'f' : ''}:${shape.empty.map((e) => (e ? 1 : 0)).join('')}:${shape.custom.join(',')}`;
  let sk = skeletons.get(key);
  if (sk === undefined) {
    sk = buildSkeleton(shape, docxFile);
    skeletons.set(key, sk);
  }
  return sk;
}
