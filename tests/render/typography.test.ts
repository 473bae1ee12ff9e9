// Issue 15 points 14–15: no line break inside a unit a reader holds together, by one rule in the
// text layer (src/model/typography.ts) that both renderers apply; table columns wide enough for
// amounts and short headers. Checked on the rule itself, on the PDF's layout boxes (at every
// width the unit could break at) and on the DOCX XML.
import { describe, expect, it } from 'vitest';
import type { Block, HarborDocument, Inline, Table } from '../../src/model/types.js';
import { clearRenderMemos, renderMemoEntries } from '../../src/model/scratch.js';
import { keepUnitsTogether, languageSpans, UNIT_RULES, unitRulesFor } from '../../src/model/typography.js';
import { KINDS } from '../../src/kinds/index.js';
import { validFixtures } from '../../src/kinds/fixtures.js';
import { buildDocument } from '../../src/pipeline.js';
import { fitColumns, CELL_PAD_X } from '../../src/render/columns.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { harborFonts } from '../../src/render/pdf/fonts.js';
import { layoutDocument } from '../../src/render/pdf/layout.js';
import type { TextBox } from '../../src/render/pdf/boxes.js';
import { breakLines, styledGroups } from '../../src/render/pdf/text.js';
import { docxParts } from '../support/extract.js';

const NB = '\u00a0';
const WJ = '\u2060';

describe('the text layer rule: units held together', () => {
  it.each([
    ['see 18 U.S.C. § 1593(b)(3) and', `see 18${NB}U.S.C.${NB}§${NB}1593(b)${WJ}(3) and`],
    ['under §§ 1591–1594 the', `under §§${NB}1591–1594 the`],
    ['8 C.F.R. 214.11(a)(2)(iii) says', `8${NB}C.F.R.${NB}214.11(a)${WJ}(2)${WJ}(iii) says`],
    ['8 CFR 214.204(c) requires', `8${NB}CFR${NB}214.204(c) requires`],
    ['29 CFR 778.115, shown', `29${NB}CFR${NB}778.115, shown`],
    ['304 F. App\'x 922 (2d Cir.)', `304${NB}F.${NB}App'x${NB}922 (2d Cir.)`],
    ['995 F.3d 342', `995${NB}F.3d${NB}342`],
    ['Fed. R. Crim. P. 49.1 and', `Fed.${NB}R.${NB}Crim.${NB}P.${NB}49.1 and`],
    ['by 11:00 PM EDT on', `by 11:00${NB}PM${NB}EDT on`],
    ['at 8:05 a.m. sharp', `at 8:05${NB}a.m. sharp`],
    ['Sunday, March 8, 2026, at', `Sunday, March${NB}8, 2026, at`],
    ['on 8 March 2026', `on 8${NB}March 2026`],
    ['owed $2,100.00 in', 'owed $2,100.00 in'],
    // "No." with its number (a case number: its hyphens are held too, tests/render/number-hyphens.test.ts); not "No" alone.
    ['(No. 4:17-cr-00907-RBH (D.S.C.))', `(No.${NB}4:17-cr-00907-RBH (D.S.C.))`],
    ['Nos. 2 and 3', `Nos.${NB}2 and 3`],
    ['No. She said no. 3 of them', 'No. She said no. 3 of them'],
    // A sentence's "No." before a number is the word, not the abbreviation: decided by what precedes it
    // (src/model/typography.ts numberSign; tests/render/number-sign.test.ts lays both out).
    ['she said No. 3 people came', 'she said No. 3 people came'],
    ['she answered, “No. 3 stayed”', 'she answered, “No. 3 stayed”'],
    ['“No. 3 of them stayed,” she said', '“No. 3 of them stayed,” she said'],
    ['Asked again: No. 2 had left.', 'Asked again: No. 2 had left.'],
    ['at the hearing. No. 3 people came', 'at the hearing. No. 3 people came'],
    ['Case No. 3 and Dkt. No. 45, with No. 17-1234', `Case No.${NB}3 and Dkt. No.${NB}45, with No.${NB}17-1234`],
    ['Receipt No. 3; she said No. 4 people', `Receipt No.${NB}3; she said No. 4 people`],
    // A citation's docket number after the parties' names, and a list of them.
    ['United States v. Clayton, No. 2:18-cr-00524-RBS (E.D. Pa.)', `United States v. Clayton, No.${NB}2:18-cr-00524-RBS (E.D. Pa.)`],
    ['Clayton, No. 2; Smith, No. 3', `Clayton, No.${NB}2; Smith, No.${NB}3`],
    // A caption in capitals (was not held).
    ['CASE NO. 4:17-cr-00907-RBH', `CASE NO.${NB}4:17-cr-00907-RBH`],
    ['CONSOLIDATED NOS. 2 AND 3', `CONSOLIDATED NOS.${NB}2 AND 3`],
  ])('%s', (input, want) => {
    expect(keepUnitsTogether(input)).toBe(want);
    expect(keepUnitsTogether(want)).toBe(want); // idempotent
  });

  it('leaves ordinary text alone (the same string back)', () => {
    const s = 'The child (then 14) spoke with the caseworker (twice) in May.';
    expect(keepUnitsTogether(s)).toBe(s);
  });

  // Issue 18: most table cells are one word (an amount, a date, hours); every unit rule's match
  // holds a space and a chain holds ")(", so such a cell is passed over without running the rules
  // or keeping it in the render's memo.
  it('passes over a run with neither a space nor ")(" without running the rules or remembering it', () => {
    clearRenderMemos();
    for (const cell of ['$2,100.00', '40.00', '2026-01-05', '§1593', '11:00', '(c)', 'March']) expect(keepUnitsTogether(cell)).toBe(cell);
    expect(renderMemoEntries()).toBe(0);
    // A run with a space or a chain and a trigger is still looked at (and remembered, being short).
    expect(keepUnitsTogether('§ 1593')).toBe(`§${NB}1593`);
    expect(keepUnitsTogether('(c)(2)')).toBe(`(c)${WJ}(2)`);
    expect(renderMemoEntries()).toBe(2);
    clearRenderMemos();
  });

  // Issue 18: each rule is run only on a text that holds what every match of it holds (a number,
  // a space and a code's first letter; a month's stem; "§"; ":"; "Fed. R. "), where the code and
  // date rules scanned every text that reached them.
  it('runs a unit rule only on a text that holds what its matches hold', () => {
    expect(unitRulesFor('The workweek had 52 weeks and 2,184 hours at $7.25 an hour.')).toEqual([]);
    expect(unitRulesFor('see 18 U.S.C. § 1593(b)(3) and')).toEqual([0, 2]);
    expect(unitRulesFor('995 F.3d 342')).toEqual([0]);
    expect(unitRulesFor('Fed. R. Crim. P. 49.1 and')).toEqual([1]);
    expect(unitRulesFor('by 11:00 PM EDT on')).toEqual([3]);
    expect(unitRulesFor('Sunday, March 8, 2026, at')).toEqual([4]);
    expect(unitRulesFor('paid Sept. 5, 2025')).toEqual([4]);
    expect(unitRulesFor('§1593')).toEqual([]); // no space: no rule can match
    expect(unitRulesFor('Case No. 4:17-cr-00907-RBH')).toEqual([3, 5]);
  });

  // The first tests only skip work: a rule they pass over matches nothing in the text, checked on
  // every text of every valid fixture's document of every kind.
  it('passes over no rule that matches, in any fixture of any kind', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) for (const x of v) walk(x);
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'text' && typeof o.text === 'string') texts.push(o.text);
        for (const x of Object.values(o)) walk(x);
      }
    };
    for (const k of KINDS) for (const f of validFixtures(k.id)) walk(buildDocument(k.id, f.data).model);
    expect(texts.length).toBeGreaterThan(1000);
    let skipped = 0;
    for (const t of texts) {
      const run = unitRulesFor(t);
      for (let i = 0; i < UNIT_RULES.length; i++) {
        if (run.includes(i)) continue;
        skipped++;
        expect(t.search(UNIT_RULES[i]!), `rule ${i} on ${JSON.stringify(t)}`).toBe(-1);
      }
    }
    expect(skipped).toBeGreaterThan(texts.length); // the tests do pass over rules
  });

  it('names the language of spans in other scripts', () => {
    expect(languageSpans('Greek: Ελένη Παπαδοπούλου, Cyrillic: Олена')).toEqual([
      { text: 'Greek: ' },
      { text: 'Ελένη Παπαδοπούλου', lang: 'el' },
      { text: ', Cyrillic: ' },
      { text: 'Олена', lang: 'ru' },
    ]);
    expect(languageSpans('CJK: 王秀英')).toEqual([{ text: 'CJK: ' }, { text: '王秀英', lang: 'zh' }]);
    expect(languageSpans('Nguyễn Thị Ánh')).toEqual([{ text: 'Nguyễn Thị Ánh' }]);
  });

  // Cherokee's syllabary writes one language; Ethiopic writes Tigrinya and Amharic alike, so a
  // span in it is not given either (src/model/typography.ts SCRIPT_LANG).
  it('tags Cherokee as chr, and leaves Ethiopic (Tigrinya or Amharic: the script does not say) untagged', () => {
    expect(languageSpans('Cherokee name: ᎠᏂᏴᏫᏯ ᎠᏍᎦᏯ, born 2010')).toEqual([{ text: 'Cherokee name: ' }, { text: 'ᎠᏂᏴᏫᏯ ᎠᏍᎦᏯ', lang: 'chr' }, { text: ', born 2010' }]);
    expect(languageSpans('Other name: ኣብርሃ ተስፋይ')).toEqual([{ text: 'Other name: ኣብርሃ ተስፋይ' }]);
  });
});

const UNITS = ['18 U.S.C. § 1593(c)(2)(A)', '8 C.F.R. 214.11(a)(2)', '§§ 1591', '$2,100.00', '11:00 PM', 'March 8,'];
const SENTENCE = `Under ${UNITS[0]} and ${UNITS[1]}, see also ${UNITS[2]}, the court awarded ${UNITS[3]} at ${UNITS[4]} on ${UNITS[5]} 2026.`;

const txt = (text: string): Inline => ({ type: 'text', text });
const lineTexts = (width: number) =>
  breakLines(styledGroups([txt(SENTENCE)], () => '#'), width, 12, harborFonts).map((l) => l.pieces.map((p) => p.text).join(''));

describe('PDF layout: no line breaks inside a unit', () => {
  it('at every width from 160 to 470 pt (the widest unit is ~150 pt), each unit is whole on one line', () => {
    let lines = 0;
    for (let w = 160; w <= 470; w += 3) {
      const got = lineTexts(w);
      lines += got.length;
      // Every word is still there, in order (the no-break spaces print as spaces).
      expect(got.join(' ')).toBe(SENTENCE);
      for (const unit of UNITS) expect(got.some((l) => l.includes(unit)), `${unit} at ${w} pt: ${JSON.stringify(got)}`).toBe(true);
    }
    expect(lines).toBeGreaterThan(300);
  });

  it('without the rule the same widths do break inside them (the test can fail)', () => {
    const plain = (w: number) => breakLines([[{ text: SENTENCE, face: 'regular', underline: false }]], w, 12, harborFonts).map((l) => l.pieces.map((p) => p.text).join(''));
    const broken = new Set<string>();
    for (let w = 160; w <= 470; w += 3) for (const unit of UNITS) if (!plain(w).some((l) => l.includes(unit))) broken.add(unit);
    expect([...broken].sort()).toEqual(['11:00 PM', '18 U.S.C. § 1593(c)(2)(A)', '8 C.F.R. 214.11(a)(2)', 'March 8,', '§§ 1591'].sort());
  });

  it('the layout boxes of a paragraph keep the units on one line', () => {
    const doc: HarborDocument = {
      type: 'document',
      title: 't',
      header: [],
      footer: [],
      body: Array.from({ length: 30 }, (_, i): Block => ({ type: 'paragraph', align: 'justify', children: [txt(`${'x'.repeat(i)} ${SENTENCE}`)] })),
      meta: { kind: 'test', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-03-07' },
    };
    const layout = layoutDocument(doc);
    // Text of each laid-out line (boxes of one block on one baseline).
    const lines = new Map<string, string>();
    for (const page of layout.pages) {
      for (const b of page.boxes.filter((x): x is TextBox => x.type === 'text')) {
        const key = `${page.number}/${b.src}/${b.y}`;
        lines.set(key, (lines.get(key) ?? '') + b.text);
      }
    }
    const all = [...lines.values()];
    for (let i = 0; i < 30; i++) for (const unit of UNITS) expect(all.filter((l) => l.includes(unit)).length).toBeGreaterThanOrEqual(1);
    expect(all.filter((l) => l.includes('U.S.C. § 1593(c)(2)(A)')).length).toBe(30);
  });
});

describe('DOCX: the same rule in the XML', () => {
  it('writes no-break spaces and word joiners inside the units, in body, header and table', async () => {
    const doc: HarborDocument = {
      type: 'document',
      title: 't',
      banner: 'Protected by 8 U.S.C. § 1367',
      header: [],
      footer: [],
      body: [
        { type: 'paragraph', align: 'left', children: [txt(SENTENCE)] },
        { type: 'table', columns: [1, 1], headerRows: [], rows: [{ cells: [{ align: 'left', colspan: 1, children: [txt('Due 11:00 PM')] }, { align: 'right', colspan: 1, children: [txt('$2,100.00')] }] }] },
      ],
      meta: { kind: 'test', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-03-07' },
    };
    const parts = docxParts(await renderDocx(doc));
    const body = parts['word/document.xml']!;
    expect(body).toContain(`Under 18${NB}U.S.C.${NB}§${NB}1593(c)${WJ}(2)${WJ}(A) and 8${NB}C.F.R.${NB}214.11(a)${WJ}(2), see also §§${NB}1591`);
    expect(body).toContain(`at 11:00${NB}PM on March${NB}8, 2026.`);
    expect(body).toContain(`>Due 11:00${NB}PM<`);
    expect(body).toContain('>$2,100.00<');
    expect(parts['word/header1.xml']).toContain(`Protected by 8${NB}U.S.C.${NB}§${NB}1367`);
  });
});

describe('table columns fit amounts and short headers (both formats use the same widths)', () => {
  // The restitution worksheet's weekly table: 7 columns, one template width each.
  const weeks: Table = {
    type: 'table',
    columns: [17, 11, 15, 10, 17, 13, 17],
    headerRows: [{ cells: ['Week of', 'Hours', 'Overtime', 'Rate', 'Owed', 'Paid', 'Unpaid'].map((h) => ({ align: 'left' as const, colspan: 1, children: [txt(h)] })) }],
    rows: [{ cells: ['12/13/2009', '3,600.5', '456.75', '$7.25', '$27,745.43', '$2,100.00', '$125,650.93'].map((v) => ({ align: 'right' as const, colspan: 1, children: [txt(v)] })) }],
  };

  it('every column is at least as wide as its longest word (bold header) plus padding', () => {
    const widths = fitColumns({ ...weeks, columns: [30, 5, 5, 5, 5, 5, 5] }, 468);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(468, 6);
    const bold = harborFonts.face('bold');
    const regular = harborFonts.face('regular');
    const w = (s: string, f: typeof bold) => [...s].reduce((a, ch) => a + f.advance(ch.codePointAt(0)!) * 10, 0);
    weeks.headerRows[0]!.cells.forEach((c, i) => {
      const head = w((c.children[0] as { text: string }).text, bold);
      const cell = w((weeks.rows[0]!.cells[i]!.children[0] as { text: string }).text, regular);
      expect(widths[i]!, `column ${i}`).toBeGreaterThanOrEqual(Math.max(head, cell) + 2 * CELL_PAD_X);
    });
    // The template's proportions are kept where they already fit.
    const roomy = fitColumns(weeks, 468);
    expect(roomy[0]! / roomy[3]!).toBeCloseTo(17 / 10, 1);
  });

  it('PDF: no cell line of the narrow table breaks inside a word', () => {
    const doc: HarborDocument = {
      type: 'document',
      title: 't',
      header: [],
      footer: [],
      body: [{ ...weeks, columns: [30, 5, 5, 5, 5, 5, 5] }],
      meta: { kind: 'test', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-03-07' },
    };
    const texts = layoutDocument(doc)
      .pages.flatMap((p) => p.boxes)
      .filter((b): b is TextBox => b.type === 'text')
      .map((b) => b.text);
    for (const word of ['Overtime', 'Unpaid', '$27,745.43', '$2,100.00', '$125,650.93', '12/13/2009']) expect(texts).toContain(word);
  });

  it('DOCX: the grid columns are the same widths, in twips', async () => {
    const narrow = { ...weeks, columns: [30, 5, 5, 5, 5, 5, 5] };
    const doc: HarborDocument = {
      type: 'document',
      title: 't',
      header: [],
      footer: [],
      body: [narrow],
      meta: { kind: 'test', templateVersion: '1', harborVersion: '0', fingerprint: '0', date: '2026-03-07' },
    };
    const xml = docxParts(await renderDocx(doc))['word/document.xml']!;
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const want = fitColumns(narrow, 468).map((w) => w * 20);
    grid.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(1));
    expect(xml).toContain('<w:sz w:val="20"/>'); // 10 pt, as in the PDF
  });
});
