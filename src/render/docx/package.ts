// Deterministic packaging: the same model gives byte-identical DOCX files (docs/architecture.md §Determinism).
//
// docx stamps the current time into docProps/core.xml (dcterms:created/modified) and into every
// zip entry. Here the core dates are set to the document's own date (UTC midnight of
// `meta.date`, from the case) and the parts are zipped with a fixed entry time and a fixed entry
// order ([Content_Types].xml first, as Office writes it).
//
// Speed: docx's Packer zips its parts and we would have to unzip and zip them again (about a
// third of a small document's render time). docx 9.15 keeps its part compiler on
// `Packer.compiler` (not in its typings); when it is there we take the parts from it and zip
// once. When a docx upgrade removes it, the public Packer output is unzipped instead: same bytes.
import { Packer, type Document } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { HarborError } from '../../errors.js';
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
