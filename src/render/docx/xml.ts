// The descriptions of out.ts → WordprocessingML, written directly as strings: the body, header and
// footer paragraphs, runs and tables of one document, and its list numbering.
//
// Speed: building docx's object tree and serialising it (objects → xml-js style objects → text)
// was ~85% of a DOCX render (bench/kinds.ts; 60 ms of the 85 ms restitution worksheet, most of
// it allocation and garbage collection). The descriptions hold everything the XML needs, so they
// are written here in one pass. The XML is exactly docx's, byte for byte (element order, attribute
// order, escaping, numbering ids): tests/render/docx/writer.test.ts renders models through both
// (index.ts renderDocxVia) and compares every part. docx still writes the parts that do not
// depend on the document's content (styles, settings, theme, ...: package.ts skeleton).
import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { NO_BREAK_HYPHEN, SOFT_HYPHEN, WORD_HYPHENS, type Out, type ParaOpts, type RunOut, type RunProps, type TableOut } from './out.js';
import { TEXT_WIDTH } from './geometry.js';

// docx's escaping (its util/xml stringify, the `xml` package's): the five XML specials as entities
// in text and attributes alike; C0 controls other than tab, LF and CR are dropped (runs.ts refuses
// them before they get here).
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

export function escapeXml(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ENTITY[c] ?? '') : s;
}

/** ` name="value"` when the value is given. */
function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${typeof value === 'string' ? escapeXml(value) : value}"`;
}

/** An on/off property: `<w:x/>` when on, `w:val="false"` when explicitly off, nothing when unset. */
function onOff(name: string, value: boolean | undefined): string {
  return value === undefined ? '' : value ? `<${name}/>` : `<${name} w:val="false"/>`;
}

/** w:rPr in CT_RPr order (docx's RunProperties); empty properties are left out. */
function runProperties(p: RunProps): string {
  let s = '';
  if (p.font !== undefined) s += `<w:rFonts${attr('w:ascii', p.font.ascii)}${attr('w:cs', p.font.cs)}${attr('w:eastAsia', p.font.eastAsia)}${attr('w:hAnsi', p.font.hAnsi)}/>`;
  if (p.bold) s += '<w:b/><w:bCs/>';
  if (p.italics) s += '<w:i/><w:iCs/>';
  if (p.size !== undefined) s += `<w:sz w:val="${p.size}"/>${p.size ? `<w:szCs w:val="${p.size}"/>` : ''}`;
  if (p.underline) s += '<w:u w:val="single"/>';
  if (p.rightToLeft) s += '<w:rtl/>';
  if (p.language) s += `<w:lang${attr('w:val', p.language.value)}${attr('w:eastAsia', p.language.eastAsia)}${attr('w:bidi', p.language.bidirectional)}/>`;
  return s === '' ? '' : `<w:rPr>${s}</w:rPr>`;
}

const FIELD = { page: 'PAGE', pages: 'NUMPAGES' } as const;

/** docx's bidi alignment: in a right-to-left paragraph "left" and "right" name the other side. */
const RTL_ALIGN: Record<string, string> = { left: 'right', right: 'left' };

/** A table's width, the text width (out.ts buildTable). */
const TABLE_WIDTH = '<w:tblW w:type="dxa" w:w="9360"/>';
// Constant table properties (out.ts buildTable): fixed layout over the text width, the PDF's rules
// and cell margins.
const TABLE_PROPERTIES =
  '<w:tblPr><w:tblW w:type="dxa" w:w="9360"/><w:tblBorders><w:top w:val="single" w:color="000000" w:sz="5"/><w:left w:val="single" w:color="000000" w:sz="5"/>' +
  '<w:bottom w:val="single" w:color="000000" w:sz="5"/><w:right w:val="single" w:color="000000" w:sz="5"/><w:insideH w:val="single" w:color="000000" w:sz="5"/>' +
  '<w:insideV w:val="single" w:color="000000" w:sz="5"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="45"/>' +
  '<w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="80"/></w:tblCellMar></w:tblPr>';
/** A bare table's (out.ts TableOut.bare): no rules, no cell padding. */
const BARE_TABLE_PROPERTIES =
  '<w:tblPr><w:tblW w:type="dxa" w:w="9360"/><w:tblBorders><w:top w:val="none" w:color="auto" w:sz="0"/><w:left w:val="none" w:color="auto" w:sz="0"/>' +
  '<w:bottom w:val="none" w:color="auto" w:sz="0"/><w:right w:val="none" w:color="auto" w:sz="0"/><w:insideH w:val="none" w:color="auto" w:sz="0"/>' +
  '<w:insideV w:val="none" w:color="auto" w:sz="0"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/>' +
  '<w:left w:type="dxa" w:w="0"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tblCellMar></w:tblPr>';
const HEADER_SHADING = '<w:shd w:fill="E6E6E6" w:color="auto" w:val="clear"/>';

/**
 * Writes the parts of one document. Numbering ids are given as docx gives them: w:numId 1 is
 * docx's default bullet list, then each list reference gets the next id where it is first written
 * (body, then header, then footer: the order docx serialises them).
 */
export class XmlWriter {
  private readonly numIds = new Map<string, number>();

  private numId(reference: string): number {
    let id = this.numIds.get(reference);
    if (id === undefined) {
      id = this.numIds.size + 2;
      this.numIds.set(reference, id);
    }
    return id;
  }

  /** Body, header or footer content. */
  blocks(outs: Out[]): string {
    let s = '';
    for (const o of outs) s += o.kind === 'p' ? this.paragraph(o.opts) : this.table(o);
    return s;
  }

  paragraph(o: ParaOpts): string {
    let p = '';
    if (o.heading !== undefined) p += `<w:pStyle w:val="${o.heading}"/>`;
    else if (o.numbering !== undefined) p += '<w:pStyle w:val="ListParagraph"/>';
    p += onOff('w:keepNext', o.keepNext);
    p += onOff('w:keepLines', o.keepLines);
    if (o.pageBreakBefore) p += '<w:pageBreakBefore/>';
    if (o.numbering !== undefined) p += `<w:numPr><w:ilvl w:val="${o.numbering.level}"/><w:numId w:val="${this.numId(o.numbering.reference)}"/></w:numPr>`;
    if (o.border !== undefined) {
      const b = o.border.bottom;
      p += `<w:pBdr><w:bottom w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>`;
    }
    p += onOff('w:bidi', o.bidirectional);
    if (o.spacing !== undefined) {
      const sp = o.spacing;
      p += `<w:spacing${attr('w:after', sp.after)}${attr('w:before', sp.before)}${attr('w:line', sp.line)}${attr('w:lineRule', sp.lineRule)}/>`;
    }
    if (o.indent !== undefined) p += `<w:ind${attr('w:left', o.indent.left)}${attr('w:right', o.indent.right)}${attr('w:hanging', o.indent.hanging)}/>`;
    if (o.alignment) p += `<w:jc w:val="${(o.bidirectional && RTL_ALIGN[o.alignment]) || o.alignment}"/>`;
    let runs = '';
    for (const r of o.children) runs += run(r);
    if (p === '' && runs === '') return '<w:p/>';
    return p === '' ? `<w:p>${runs}</w:p>` : `<w:p><w:pPr>${p}</w:pPr>${runs}</w:p>`;
  }

  table(t: TableOut): string {
    let props = t.bare ? BARE_TABLE_PROPERTIES : TABLE_PROPERTIES;
    // A table in a list item (out.ts TableOut.indent): narrower, and indented (w:tblInd after w:tblW).
    if (t.indent !== undefined) props = props.replace(TABLE_WIDTH, `<w:tblW w:type="dxa" w:w="${TEXT_WIDTH - t.indent}"/><w:tblInd w:type="dxa" w:w="${t.indent}"/>`);
    // w:bidiVisual comes first in w:tblPr (ISO/IEC 29500-1 §17.4.60), as docx writes it.
    let s = `<w:tbl>${t.leftToRight ? `<w:tblPr><w:bidiVisual w:val="off"/>${props.slice('<w:tblPr>'.length)}` : props}<w:tblGrid>`;
    for (const c of t.columns) s += `<w:gridCol w:w="${c}"/>`;
    s += '</w:tblGrid>';
    for (const r of t.rows) {
      s += `<w:tr><w:trPr>${r.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${r.header && r.repeat !== false ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}</w:trPr>`;
      for (const c of r.cells) {
        s += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}${r.header ? HEADER_SHADING : ''}</w:tcPr>`;
        if (c.before !== undefined) s += this.blocks(c.before);
        s += `${this.paragraph(c.para.opts)}</w:tc>`;
      }
      s += '</w:tr>';
    }
    return `${s}</w:tbl>`;
  }

  /**
   * numbering.xml: docx's own part with no lists (`skeleton`: its default bullet list, abstract
   * and concrete id 1) plus the document's lists: one abstract numbering per `config` entry
   * (ids from 2, in order), one concrete numbering per reference written (ids as numbered above),
   * each overriding every level's start as docx does.
   */
  numbering(skeleton: string, config: readonly NumberingDefinition[]): string {
    const abstractEnd = skeleton.indexOf('</w:abstractNum>') + '</w:abstractNum>'.length;
    const end = skeleton.lastIndexOf('</w:numbering>');
    if (abstractEnd < '</w:abstractNum>'.length || end < abstractEnd) throw new Error('docx changed how it writes numbering.xml');
    const abstractIds = new Map<string, { id: number; levels: readonly ILevelsOptions[] }>();
    let abstracts = '';
    config.forEach((c, i) => {
      abstractIds.set(c.reference, { id: i + 2, levels: c.levels });
      abstracts += `<w:abstractNum w:abstractNumId="${i + 2}" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>`;
      for (const l of c.levels) abstracts += level(l);
      abstracts += '</w:abstractNum>';
    });
    let nums = '';
    for (const [reference, numId] of this.numIds) {
      const a = abstractIds.get(reference);
      if (a === undefined) continue; // docx writes no concrete numbering for an unknown reference
      nums += `<w:num w:numId="${numId}"><w:abstractNumId w:val="${a.id}"/>`;
      for (const l of a.levels) nums += `<w:lvlOverride w:ilvl="${l.level}"><w:startOverride w:val="${l.start ?? 1}"/></w:lvlOverride>`;
      nums += '</w:num>';
    }
    return skeleton.slice(0, abstractEnd) + abstracts + skeleton.slice(abstractEnd, end) + nums + skeleton.slice(end);
  }
}

function run(r: RunOut): string {
  switch (r.kind) {
    case 'text':
      return `<w:r>${runProperties(r.props)}${runText(r.text)}</w:r>`;
    case 'br':
      return '<w:r><w:br/></w:r>';
    case 'page-break':
      return '<w:r><w:br w:type="page"/></w:r>';
    case 'field': {
      // docx writes a field as four runs with the same properties: begin, instruction, separate,
      // end (wordfix.ts adds the cached result Word expects).
      const rPr = runProperties(r.props);
      return (
        `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve">${FIELD[r.field]}</w:instrText></w:r>` +
        `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`
      );
    }
  }
}

/**
 * A text run's content: its text in w:t, a non-breaking hyphen (U+2011, ./runs.ts
 * noBreakHyphens) as Word's own w:noBreakHyphen and a soft hyphen (U+00AD) as w:softHyphen between
 * the pieces, as docx writes a run whose children are the pieces and NoBreakHyphen or SoftHyphen
 * (out.ts docxRun; no w:t for an empty piece).
 */
function runText(text: string): string {
  if (!WORD_HYPHENS.test(text)) return `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
  let s = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== NO_BREAK_HYPHEN && c !== SOFT_HYPHEN) continue;
    if (i > from) s += `<w:t xml:space="preserve">${escapeXml(text.slice(from, i))}</w:t>`;
    s += c === NO_BREAK_HYPHEN ? '<w:noBreakHyphen/>' : '<w:softHyphen/>';
    from = i + 1;
  }
  if (from < text.length) s += `<w:t xml:space="preserve">${escapeXml(text.slice(from))}</w:t>`;
  return s;
}

/** One w:lvl of an abstract numbering (numbering.ts levels: format, text, alignment, indent). */
function level(l: ILevelsOptions): string {
  const ind = l.style?.paragraph?.indent;
  return (
    `<w:lvl w:ilvl="${l.level}" w:tentative="1"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${escapeXml(l.text ?? '')}"/>` +
    `<w:lvlJc w:val="${l.alignment}"/><w:pPr><w:ind${attr('w:left', ind?.left as number | undefined)}${attr('w:hanging', ind?.hanging as number | undefined)}/></w:pPr></w:lvl>`
  );
}
