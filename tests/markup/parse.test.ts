import { beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../../src/errors.js';
import { loadMarkupLibrary, parseMarkup } from '../../src/markup/parse.js';
import type { DocumentMeta, HarborDocument } from '../../src/model/types.js';
import { harborError } from '../support/errors.js';

const META: DocumentMeta = { kind: 't', templateVersion: '1', harborVersion: '0', fingerprint: 'f', date: '2026-01-01' };
const parse = (m: string): HarborDocument => parseMarkup(m, 'test.hbs (output)', META);
const doc = (body: string): HarborDocument => parse(`<document title="T">${body}</document>`);

function markupError(m: string): HarborError {
  return harborError('markup-error', () => parse(m));
}


// Markup the scanner hands over goes to htmlparser2, loaded on demand (./library-on-demand.test.ts).
beforeAll(loadMarkupLibrary);

describe('parsing every element', () => {
  it('document: title, banner, header, footer with page fields', () => {
    const d = parse(`<document title=" A  title " banner="CONFIDENTIAL">
      <header><p align="right">Case 1</p></header>
      <footer><p align="center">Page <page-number/> of <page-count/></p></footer>
      <p>Body</p>
    </document>`);
    expect(d.title).toBe('A title');
    expect(d.banner).toBe('CONFIDENTIAL');
    expect(d.header).toEqual([{ type: 'paragraph', align: 'right', children: [{ type: 'text', text: 'Case 1' }] }]);
    expect(d.footer).toEqual([
      {
        type: 'paragraph',
        align: 'center',
        children: [{ type: 'text', text: 'Page ' }, { type: 'page-number' }, { type: 'text', text: ' of ' }, { type: 'page-count' }],
      },
    ]);
    expect(d.body).toHaveLength(1);
    expect(d.meta).toEqual(META);
  });

  it('headings h1–h3 and paragraphs with every alignment', () => {
    const d = doc('<h1>One</h1><h2>Two</h2><h3>Three</h3><p>l</p><p align="center">c</p><p align="right">r</p><p align="justify">j</p>');
    expect(d.body.map((b) => (b.type === 'heading' ? `h${b.level}` : b.type === 'paragraph' ? b.align : b.type))).toEqual([
      'h1', 'h2', 'h3', 'left', 'center', 'right', 'justify',
    ]);
  });

  it('strong, em, u nest into marks; br breaks; whitespace collapses like HTML', () => {
    const d = doc(`<p>
        a  <strong>b <em>c</em></strong>
        <u>d</u><br/>  e\u00A0 f
      </p>`);
    expect(d.body[0]).toEqual({
      type: 'paragraph',
      align: 'left',
      children: [
        { type: 'text', text: 'a ' },
        { type: 'text', text: 'b ', bold: true },
        { type: 'text', text: 'c', bold: true, italic: true },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'd', underline: true },
        { type: 'br' },
        { type: 'text', text: 'e\u00A0 f' },
      ],
    });
  });

  it('ol with a series numbers continuously across headings; start and plain ol restart; ul has no numbers', () => {
    const d = doc(`<ol series="s"><li>a</li><li>b</li></ol><h2>x</h2><ol series="s"><li>c</li></ol>
      <ol><li>d</li></ol><ol start="7"><li>e</li><li>f</li></ol><ul><li>g</li></ul><ol series="s"><li>h</li></ol>`);
    const nums = d.body.filter((b) => b.type === 'list').map((l) => (l.type === 'list' ? l.items.map((i) => i.number ?? null) : []));
    expect(nums).toEqual([[1, 2], [3], [1], [7, 8], [null], [4]]);
    expect(d.body[0]).toMatchObject({ type: 'list', ordered: true, series: 's' });
  });

  it('ol type: letters and roman numerals as HTML names them, decimal by default', () => {
    const d = doc('<ol type="a" start="3"><li>c</li></ol><ol type="I"><li>I</li></ol><ol type="1"><li>1</li></ol><ol><li>1</li></ol>');
    expect(d.body.map((b) => (b.type === 'list' ? (b.numbering ?? null) : b.type))).toEqual(['lower-letter', 'upper-roman', null, null]);
    expect(d.body[0]).toMatchObject({ items: [{ number: 3 }] });
    expect(markupError('<document title="T"><ol type="x"><li>a</li></ol></document>').message).toContain('type="x" on <ol> must be one of 1, a, A, i, I');
    expect(markupError('<document title="T"><ul type="a"><li>a</li></ul></document>').message).toContain('unknown attribute "type" on <ul>');
  });

  it('ol delimiter: "1)" and "(a)" as pasted, a period by default', () => {
    const d = doc('<ol type="a" delimiter="parens"><li>a</li></ol><ol delimiter="paren"><li>1</li></ol><ol delimiter="period"><li>1</li></ol>');
    expect(d.body.map((b) => (b.type === 'list' ? (b.delimiter ?? null) : b.type))).toEqual(['parens', 'paren', null]);
    expect(markupError('<document title="T"><ol delimiter="]"><li>a</li></ol></document>').message).toContain('delimiter on <ol> must be one of period, paren, parens');
    expect(markupError('<document title="T"><ul delimiter="paren"><li>a</li></ul></document>').message).toContain('unknown attribute "delimiter" on <ul>');
  });

  it('li with mixed text and a nested list keeps both, in order', () => {
    const d = doc('<ol><li>Item: <ul><li>nested</li></ul> after</li></ol>');
    const item = d.body[0]!.type === 'list' ? d.body[0]!.items[0]! : undefined;
    expect(item?.children.map((c) => c.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('table: widths, header rows from leading th rows, align and colspan', () => {
    const d = doc(`<table widths="2 1 1">
      <tr><th>A</th><th>B</th><th align="right">C</th></tr>
      <tr><td>1</td><td>2</td><td align="right">3</td></tr>
      <tr><td colspan="2">total</td><td>9</td></tr></table>`);
    const t = d.body[0]!;
    expect(t.type).toBe('table');
    if (t.type !== 'table') return;
    expect(t.columns).toEqual([2, 1, 1]);
    expect(t.headerRows).toHaveLength(1);
    expect(t.rows).toHaveLength(2);
    expect(t.headerRows[0]!.cells[2]).toEqual({ align: 'right', colspan: 1, children: [{ type: 'text', text: 'C' }] });
    expect(t.rows[1]!.cells[0]!.colspan).toBe(2);
  });

  it('table without widths has equal columns', () => {
    const t = doc('<table><tr><td>a</td><td>b</td></tr></table>').body[0]!;
    expect(t.type === 'table' && t.columns).toEqual([1, 1]);
  });

  it('signature, page-break and keep', () => {
    const d = doc('<keep><p>a</p><signature signer="Ana &amp; Jo" capacity="Declarant" date="May 1, 2026" place="Austin"/></keep><page-break/>');
    expect(d.body).toEqual([
      {
        type: 'keep',
        children: [
          { type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'a' }] },
          { type: 'signature', signer: 'Ana & Jo', capacity: 'Declarant', date: 'May 1, 2026', place: 'Austin' },
        ],
      },
      { type: 'page-break' },
    ]);
  });

  it('a signature\'s electronic signature, and a capacity or place of several lines kept as lines', () => {
    const d = doc('<signature signer="  Ana   Ruiz " signed="/s/  Ana Ruiz" capacity="Bar No. 12\n\n  Clinic   of Miami \n200 Main St" place="Miami,\n FL"/>');
    expect(d.body).toEqual([{ type: 'signature', signer: 'Ana Ruiz', signed: '/s/ Ana Ruiz', capacity: 'Bar No. 12\nClinic of Miami\n200 Main St', place: 'Miami,\nFL' }]);
  });

  it('decodes the entities Handlebars escaping produces, so hostile values stay literal text', () => {
    const d = doc('<p>&lt;b&gt; &amp;amp; {{x}} * # | &quot;q&quot; O&#x27;Brien &#x60;t&#x60; a&#x3D;b</p>');
    expect(d.body[0]).toEqual({ type: 'paragraph', align: 'left', children: [{ type: 'text', text: '<b> &amp; {{x}} * # | "q" O\'Brien `t` a=b' }] });
  });

  it('the model is plain JSON (round-trips unchanged)', () => {
    const d = doc('<h1>x</h1><ol series="a"><li>y</li></ol><table><tr><th>h</th></tr><tr><td>c</td></tr></table>');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('markup errors name the template, line and column', () => {
  it.each([
    ['<document title="T">\n  <p>ok</p>\n  <tabel></tabel>\n</document>', 3, 3, 'unknown element <tabel>'],
    ['<document title="T">\n<p colour="red">x</p></document>', 2, 1, 'unknown attribute "colour" on <p>'],
    ['<document title="T"><p>a <b>b</b></p></document>', 1, 26, 'unknown element <b>'],
    ['<document title="T">\n\nloose text</document>', 1, 21, 'text directly inside <document>'],
    ['<document title="T"><p><h1>x</h1></p></document>', 1, 24, '<h1> cannot appear inside a paragraph'],
    ['<document title="T"><ol><p>x</p></ol></document>', 1, 25, '<ol> may contain only <li>'],
    ['<document title="T"><table><tr><td>a</td></tr>\n<tr><td>a</td><td>b</td></tr></table></document>', 2, 1, 'row has 2 columns but the table has 1'],
    ['<document title="T"><p align="middle">x</p></document>', 1, 21, 'align="middle"'],
    ['<document title="T"><p>x</document>', 1, 21, 'element <p> is not closed'],
    ['<document title="T"><p>x</p></em></document>', 1, 29, 'closing tag </em> has no matching open tag'],
    ['<document><p>x</p></document>', 1, 1, 'needs a title'],
    ['<p>x</p>', 1, 1, 'exactly one <document>'],
    ['<document title="T"><signature/></document>', 1, 21, 'needs a signer'],
    ['<document title="T"><table widths="1 x"><tr><td>a</td><td>b</td></tr></table></document>', 1, 21, 'widths="1 x"'],
    ['<document title="T"><!-- c --></document>', 1, 21, 'comments are not part'],
    // Names of Object.prototype members are unknown elements, not a crash.
    ['<document title="T"><constructor/></document>', 1, 21, 'unknown element <constructor>'],
    ['<document title="T"><p>a <toString>b</toString></p></document>', 1, 26, 'unknown element <toString>'],
    ['<document title="T"><li>x</li></document>', 1, 21, '<li> is not allowed here (expected a block: h1, h2, h3, p, ol, ul, table, signature, page-break, keep)'],
  ])('%#: %s', (markup, line, column, message) => {
    const e = markupError(markup);
    expect(e.message).toContain(`test.hbs (output):${line}:${column}: `);
    expect(e.message).toContain(message);
    expect(e.issues[0]).toMatchObject({ path: `test.hbs (output):${line}:${column}`, code: 'markup-error' });
  });
});

describe('a paragraph or heading with nothing in it takes no room, as in HTML', () => {
  it('is left out of the model: empty, whitespace only, or empty marks', () => {
    const d = doc(`<p>Before.</p><p></p><p>   \n  </p><h2> </h2><p><strong> </strong></p><p>After.</p>`);
    expect(d.body).toEqual([
      { type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'Before.' }] },
      { type: 'paragraph', align: 'left', children: [{ type: 'text', text: 'After.' }] },
    ]);
  });

  it('a blank line asked for with <br/> stays, and an empty list item keeps its marker', () => {
    const d = doc(`<p><br/></p><ul><li></li></ul>`);
    expect(d.body[0]).toEqual({ type: 'paragraph', align: 'left', children: [{ type: 'br' }] });
    expect(d.body[1]).toMatchObject({ type: 'list', items: [{}] });
  });
});
