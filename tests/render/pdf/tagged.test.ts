// The specimen PDF read back with real clients (issue 17): poppler says it is tagged and reads the
// structure tree back (headings, list items, table cells, in order; running text and repeated
// header rows are artifacts, not content); the XMP packet is well-formed XML carrying the PDF/A-2u
// and PDF/UA-1 identification with the Info dictionary's title and the fingerprint; qpdf finds
// nothing wrong; the output intent, /ID and per-span /Lang are there. What these tests do NOT
// check (no PDF/A or PDF/UA validator on the test machine) is listed in the README.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { layoutDocument } from '../../../src/render/pdf/layout.js';
import { findInOrder } from '../../support/extract.js';
import { SPECIMEN_NAMES, specimenModel, specimenView } from '../../specimen/index.js';
import { childBound } from '../../support/until.js';

let pdf: Uint8Array;
let dir: string;
/** pdfinfo -struct-text of the specimen, read once. */
let tree = '';
const file = () => join(dir, 'specimen.pdf');
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...childBound() });

// poppler's -struct-text extracts each element's text by re-reading its page's content, so its cost
// grows with elements × page size: the 18-page specimen (300 table rows, ~1,500 cells) took it
// 30–45 s of CPU, the largest single cost of `npm test`. The PDF read back here is the specimen
// with a 40-row table and a one-paragraph narrative: 4 pages, every element type, the table across
// a page break with its header row repeated (~3 s). Read once.
const SIZE = { rows: 40, paragraphs: 1 };
beforeAll(async () => {
  pdf = await renderPdf(specimenModel(specimenView(SIZE)));
  dir = mkdtempSync(join(tmpdir(), 'harbor-tagged-'));
  writeFileSync(file(), pdf);
  tree = run('pdfinfo', ['-struct-text', file()]);
  return () => rmSync(dir, { recursive: true, force: true });
}, 600_000);

/** pdfinfo -struct-text as (element, text) pairs: each quoted line with its nearest element. */
function structText(): Array<{ role: string; text: string }> {
  const out: Array<{ role: string; text: string }> = [];
  const stack: Array<{ indent: number; role: string }> = [];
  for (const line of tree.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const t = line.trim();
    const quoted = /^"(.*)"$/.exec(t);
    if (quoted) {
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      out.push({ role: stack[stack.length - 1]?.role ?? '', text: quoted[1]! });
      continue;
    }
    const el = /^([A-Za-z0-9]+)(?: \(block\)|:)?$/.exec(t);
    if (el) {
      while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      stack.push({ indent, role: el[1]! });
    }
  }
  return out;
}

describe('tagged PDF (PDF/UA-1) read back by poppler', () => {
  it('pdfinfo says Tagged: yes, and the title is the document title', () => {
    const info = run('pdfinfo', [file()]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Specimen of Harbor markup <b> & "friends"$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    expect(info).toMatch(/^Encrypted:\s+no$/m);
  });

  it('reads back headings, list items and table cells of the specimen in order', () => {
    const items = structText();
    const seq = items.map((i) => `${i.role}|${i.text}`).join('\n');
    const expected = [
      'H1|Specimen of Harbor markup <b> & "friends"',
      'H2|Names in every script',
      ...SPECIMEN_NAMES.flatMap((n) => ['Lbl|•', `P|${n.script}`]),
      'H2|Hostile values',
      'H2|Numbered paragraphs',
      'Lbl|1.',
      'P|First numbered paragraph.',
      'H3|A heading between numbered paragraphs',
      'Lbl|4.',
      'H2|Narrative',
      'H3|Kept together',
      'H2|A long table',
      'TH|No.',
      'TH|Week beginning',
      'TH|Hours',
      'TH|Amount',
      'TD|1',
      'TD|2019-01-06',
      `TD|${SIZE.rows}`,
      'TD|Total',
      'H2|Signature',
      'P|Nguyễn Thị Ánh',
      'P|Declarant',
    ];
    expect(findInOrder(seq, expected)).toEqual({ missing: [], outOfOrder: [] });
    // Every table cell of every row is there once: 40 body rows, header cells once only (the
    // header row repeated on later pages is a pagination artifact, not content again).
    const pagesWithHeader = [1, 2, 3, 4].filter((p) => run('pdftotext', ['-f', String(p), '-l', String(p), file(), '-']).includes('Week beginning'));
    expect(pagesWithHeader.length, 'the table crosses a page and repeats its header row').toBeGreaterThanOrEqual(2);
    expect(items.filter((i) => i.role === 'TH' && i.text === 'No.')).toHaveLength(1);
    const firstCells = items.filter((i) => i.role === 'TD' && /^\d{1,3}$/.test(i.text) && Number(i.text) <= SIZE.rows);
    expect(firstCells.length).toBeGreaterThanOrEqual(SIZE.rows);
  });

  it('tables: header cells have column scope; lists have Lbl and LBody', () => {
    expect(tree).toMatch(/TH:\s*\n\s*\/Scope \/Column/);
    expect(tree).toMatch(/LI \(block\)\s*\n\s*Lbl \(block\)[\s\S]*?LBody \(block\)/);
    expect(tree).toMatch(/Table \(block\)\s*\n\s*THead\s*\n\s*TR/);
    expect(tree).toContain('TBody');
  });

  it('running banner, header and footer are artifacts: not in the structure, still on the page', () => {
    const text = structText()
      .map((i) => i.text)
      .join('\n');
    expect(text).not.toContain('CONFIDENTIAL');
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(text).not.toContain('Specimen · SPEC-0001');
    expect(run('pdftotext', ['-f', '2', '-l', '2', file(), '-'])).toContain('CONFIDENTIAL');
  });

  it('every text box is either tagged with an element of the structure or an artifact', () => {
    const layout = layoutDocument(specimenModel());
    const ids = new Set<string>();
    const walk = (n: typeof layout.structure) => {
      ids.add(n.id);
      n.children.forEach(walk);
    };
    walk(layout.structure);
    let tagged = 0;
    for (const page of layout.pages) {
      for (const b of page.boxes) {
        if (b.type !== 'text') continue;
        expect(b.tag === undefined ? b.artifact : ids.has(b.tag) ? 'ok' : b.tag, b.text).toBeDefined();
        if (b.tag !== undefined) {
          expect(ids.has(b.tag), b.tag).toBe(true);
          tagged++;
        }
      }
    }
    expect(tagged).toBeGreaterThan(1000);
  });

  it('names in other scripts are marked with their language; the document is en-US', () => {
    const qdf = join(dir, 'qdf.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file(), qdf]);
    const raw = execFileSync('cat', [qdf], { ...childBound() }).toString('latin1');
    expect(raw).toMatch(/\/Lang \(en-US\)/);
    expect(raw).toMatch(/\/P <<\/MCID \d+ \/Lang \(el\)>> BDC/);
    expect(raw).toMatch(/\/P <<\/MCID \d+ \/Lang \(ru\)>> BDC/);
    expect(raw).toMatch(/\/P <<\/MCID \d+ \/Lang \(zh\)>> BDC/);
    expect(raw).toMatch(/\/MarkInfo <<\s*\/Marked true\s*>>/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Artifact <<\/Type \/Pagination \/Subtype \/Header>> BDC/);
  });
});

describe('archival PDF (PDF/A-2u)', () => {
  it('qpdf --check finds no errors', () => {
    expect(run('qpdf', ['--check', file()])).toContain('No syntax or stream encoding errors found');
  });

  it('has a well-formed XMP packet with pdfaid 2/U, pdfuaid 1, the Info title and the fingerprint', () => {
    const text = Buffer.from(pdf).toString('utf8');
    const packet = /<\?xpacket begin=[\s\S]*?<\?xpacket end="w"\?>/.exec(text)?.[0];
    expect(packet).toBeDefined();
    expect(XMLValidator.validate(packet!)).toBe(true);
    const xmp = new XMLParser({ ignoreAttributes: false }).parse(packet!);
    const d = xmp['x:xmpmeta']['rdf:RDF']['rdf:Description'];
    expect(String(d['pdfaid:part'])).toBe('2');
    expect(d['pdfaid:conformance']).toBe('U');
    expect(String(d['pdfuaid:part'])).toBe('1');
    expect(d['dc:title']['rdf:Alt']['rdf:li']['#text']).toBe('Specimen of Harbor markup <b> & "friends"');
    expect(d['harbor:Fingerprint']).toBe(specimenModel().meta.fingerprint);
    expect(d['pdf:Keywords']).toContain(`fingerprint=${specimenModel().meta.fingerprint}`);
    expect(d['xmp:CreateDate']).toBe('2026-03-07T00:00:00Z');
    // The extension schema describes the non-predefined pdfuaid and harbor properties.
    expect(packet).toContain('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>');
    expect(packet).toContain('<pdfaSchema:prefix>harbor</pdfaSchema:prefix>');
    // And the Info dictionary says the same (ISO 19005-2 §6.6.3).
    const info = run('pdfinfo', [file()]);
    expect(info).toMatch(/^Keywords:\s+kind=specimen template=1\.0\.0 harbor=0\.1\.0 fingerprint=0123456789abcdef$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    expect(run('pdfinfo', ['-meta', file()])).toContain('<pdfaid:conformance>U</pdfaid:conformance>');
  });

  it('has an sRGB output intent from the shipped profile and a trailer /ID derived from the fingerprint', () => {
    const qdf = join(dir, 'qdf2.pdf');
    run('qpdf', ['--qdf', '--object-streams=disable', file(), qdf]);
    const raw = execFileSync('cat', [qdf], { ...childBound() }).toString('latin1');
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toMatch(/\/OutputConditionIdentifier \(sRGB IEC61966-2\.1\)/);
    expect(raw).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(raw).toContain('acsp'); // the ICC profile's signature, decompressed by qpdf
    const id = createHash('sha256').update('harbor-pdf-id\u00000123456789abcdef\u00000.1.0').digest('hex').slice(0, 32);
    expect(Buffer.from(pdf).toString('latin1')).toContain(`/ID [ <${id}> <${id}> ]`);
  });

  it('embeds every font with a ToUnicode map and no forbidden feature (encryption, JavaScript, embedded files)', () => {
    const fonts = run('pdffonts', [file()]).trim().split('\n').slice(2);
    for (const r of fonts) expect(r).toMatch(/\s+yes yes yes\s+\d+\s+0$/);
    const raw = Buffer.from(pdf).toString('latin1');
    for (const forbidden of ['/Encrypt', '/JavaScript', '/JS ', '/EmbeddedFiles', '/LZWDecode', '/Launch']) expect(raw).not.toContain(forbidden);
  });
});
