// Test support: get text back out of rendered documents, the way a reader would.
// PDF text comes from poppler's pdftotext (reading order); pixels from pdftoppm. DOCX parts are
// unzipped with fflate; its text is the concatenated <w:t> runs, one line per <w:p>.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { childBound } from './until.js';

function withTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'harbor-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of a PDF in reading order (pdftotext without -layout). Pages separated by "\f". */
export function pdfText(pdf: Uint8Array, opts: { layout?: boolean; first?: number; last?: number } = {}): string {
  return withTmp((dir) => {
    const f = join(dir, 'in.pdf');
    writeFileSync(f, pdf);
    const args = ['-enc', 'UTF-8'];
    if (opts.layout) args.push('-layout');
    if (opts.first) args.push('-f', String(opts.first));
    if (opts.last) args.push('-l', String(opts.last));
    return execFileSync('pdftotext', [...args, f, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...childBound() });
  });
}

/** A word of a PDF where poppler finds it: page (0-based) and box in points from the page's top left. */
export interface PdfWord {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word of a PDF with its box (pdftotext -bbox), in reading order. */
export function pdfWords(pdf: Uint8Array): PdfWord[] {
  const html = withTmp((dir) => {
    const f = join(dir, 'in.pdf');
    writeFileSync(f, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox', f, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...childBound() });
  });
  const words: PdfWord[] = [];
  let page = -1;
  for (const m of html.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1] === undefined) page++;
    else words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
  }
  return words;
}

/** Text of each page of a PDF. */
export function pdfPages(pdf: Uint8Array): string[] {
  const pages = pdfText(pdf).split('\f');
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/**
 * The PDF's text without its page furniture, pages joined: the banner, the running header and the
 * footer sit between the last line of one page and the first of the next, so a word or sentence a
 * page break splits reads whole only without them. Furniture is a line found on more than half of
 * the pages (banner and header repeat on each), and "Page N of M".
 */
export function pdfBodyText(pdf: Uint8Array): string {
  const pages = pdfPages(pdf).map((p) => p.split('\n'));
  const seen = new Map<string, number>();
  for (const lines of pages) for (const l of new Set(lines.map((x) => x.trim()))) if (l !== '') seen.set(l, (seen.get(l) ?? 0) + 1);
  const furniture = (l: string): boolean => /^Page \d+ of \d+$/.test(l) || (pages.length >= 3 && (seen.get(l) ?? 0) > pages.length / 2);
  return pages.map((lines) => lines.filter((l) => !furniture(l.trim())).join('\n')).join('\n');
}

/** Number of pages (pdfinfo). */
export function pdfPageCount(pdf: Uint8Array): number {
  return withTmp((dir) => {
    const f = join(dir, 'in.pdf');
    writeFileSync(f, pdf);
    const info = execFileSync('pdfinfo', [f], { encoding: 'utf8', ...childBound() });
    const m = /^Pages:\s+(\d+)/m.exec(info);
    if (!m) throw new Error('pdfinfo printed no page count');
    return Number(m[1]);
  });
}

/** Render pages to grayscale PGM rasters at `dpi`; returns {width, height, pixels} per page. */
export function pdfRaster(pdf: Uint8Array, dpi = 50, page?: number): Array<{ width: number; height: number; pixels: Uint8Array }> {
  return withTmp((dir) => {
    const f = join(dir, 'in.pdf');
    writeFileSync(f, pdf);
    const args = ['-gray', '-r', String(dpi)];
    if (page) args.push('-f', String(page), '-l', String(page));
    execFileSync('pdftoppm', [...args, f, join(dir, 'p')], { ...childBound() });
    return readdirSync(dir)
      .filter((n) => n.endsWith('.pgm'))
      .sort()
      .map((n) => parsePgm(readFileSync(join(dir, n))));
  });
}

function parsePgm(buf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  // P5 <w> <h> <max>\n<bytes>
  let pos = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++;
    let t = '';
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) t += String.fromCharCode(buf[pos++]!);
    tokens.push(t);
  }
  pos++;
  const width = Number(tokens[1]);
  const height = Number(tokens[2]);
  return { width, height, pixels: new Uint8Array(buf.subarray(pos, pos + width * height)) };
}

/** The parts of a DOCX (zip) as strings, by name. */
export function docxParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Text of one WordprocessingML part: one line per paragraph, tabs for <w:tab/>, \n for <w:br/>.
 * Read as a reader sees it: the text layer's no-break spaces (U+00A0) as spaces, its word joiners
 * (U+2060, invisible) dropped, as pdftotext gives the PDF's (src/model/typography.ts), and Word's
 * non-breaking hyphen (<w:noBreakHyphen/>: src/render/docx/runs.ts noBreakHyphens) as the hyphen
 * it prints, its optional hyphen (<w:softHyphen/>) as the U+00AD LibreOffice reads it as.
 */
export function wordXmlText(xml: string): string {
  const paras = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paras
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[\s\S]*?<\/w:t>|<w:tab\/>|<w:br\/>|<w:noBreakHyphen\/>|<w:softHyphen\/>/g) ?? [])
        .map((r) => (r === '<w:tab/>' ? '\t' : r === '<w:br/>' ? '\n' : r === '<w:noBreakHyphen/>' ? '-' : r === '<w:softHyphen/>' ? '\u00ad' : decodeXml(r.replace(/^<w:t[^>]*>|<\/w:t>$/g, ''))))
        .join('')
        .replace(/\u00a0/g, ' ')
        .replace(/\u2060/g, ''),
    )
    .join('\n');
}

/** Body text of a DOCX (word/document.xml). */
export function docxText(docx: Uint8Array): string {
  const parts = docxParts(docx);
  const doc = parts['word/document.xml'];
  if (doc === undefined) throw new Error('DOCX has no word/document.xml');
  return wordXmlText(doc);
}

/** Collapse all whitespace, for order-insensitive-to-wrapping comparisons. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Assert-friendly: index of each needle in order within haystack, or -1 where the order breaks. */
export function findInOrder(haystack: string, needles: string[]): { missing: string[]; outOfOrder: string[] } {
  const missing: string[] = [];
  const outOfOrder: string[] = [];
  let pos = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, pos);
    if (i >= 0) {
      pos = i + n.length;
    } else if (haystack.includes(n)) {
      outOfOrder.push(n);
    } else {
      missing.push(n);
    }
  }
  return { missing, outOfOrder };
}
