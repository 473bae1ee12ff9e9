// The worksheet rendered to PDF and DOCX through the whole pipeline and read back as text the way
// a prosecutor would: every workweek row of the `long` fixture, the table header on every page of
// the table, and totals identical to `harbor check`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCase, generate, type Format } from '../../../src/pipeline.js';
import type { RestitutionComputed } from '../../../src/kinds/restitution-worksheet/compute.js';
import { docxParts, docxText, pdfPages, pdfText } from '../../support/extract.js';
import { expectGolden } from '../../support/golden.js';
import { libreOfficePdf, loTimeout } from '../../render/docx/support.js';

const K = 'restitution-worksheet';
// `long` is an adult victim: the Crime Victims' Rights Act's privacy right (docs/domain/restitution-worksheet-filing.md).
const BANNER = "CONFIDENTIAL — victim's privacy (18 U.S.C. § 3771(a)(8)): consider filing under seal";
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../fixtures/${K}/${name}.json`, import.meta.url), 'utf8'));

const cache = new Map<string, Promise<Uint8Array>>();
function render(name: string, format: Format): Promise<Uint8Array> {
  const key = `${name}.${format}`;
  if (!cache.has(key)) cache.set(key, generate({ kind: K, input: fixture(name), format }).then((g) => g.bytes));
  return cache.get(key)!;
}
async function textOf(name: string, format: Format): Promise<string> {
  const bytes = await render(name, format);
  return format === 'pdf' ? pdfText(bytes) : docxText(bytes);
}
function computedOf(name: string): RestitutionComputed {
  const r = checkCase(K, fixture(name));
  if (!r.ok) throw new Error('fixture is invalid');
  return r.computed as RestitutionComputed;
}
const squash = (s: string) => s.replace(/\s+/g, ' ');
const compact = (s: string) => s.replace(/[\s-]+/g, '');
/** Cents → "$1,234.56", written independently of src/ (BigInt digits). */
const usd = (cents: number) => {
  const s = String(cents).padStart(3, '0');
  return `$${s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${s.slice(-2)}`;
};
const mdy = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const HEADER = 'Week of Hours Overtime Rate Owed Paid Unpaid';

/** Squashed text without the footer and the next page's banner and header where a page breaks. */
const withoutPageFurniture = (text: string): string => text.replace(/ ?Page \d+ of \d+ CONFIDENTIAL — .*? Restitution worksheet · prepared [A-Z][a-z]+ \d{1,2}, \d{4}/g, '');

describe.each(['pdf', 'docx'] as const)('restitution worksheet rendered to %s', (format) => {
  it('long: every one of the 260 workweek rows, and totals identical to check', async () => {
    const c = computedOf('long');
    expect(c.weeks).toHaveLength(260);
    const text = squash(await textOf('long', format));
    // Rows of the PDF read with -layout: pdftotext's plain reading order takes a page's cells
    // column by column where the table continues for only a row or two (its block heuristic), so
    // a row is only certain to read as one line in layout mode.
    const rows = format === 'pdf' ? squash(pdfText(await render('long', 'pdf'), { layout: true })) : text;
    for (const w of c.weeks) {
      // 110 h (16 h Monday–Saturday, 14 h Sunday): 40 × $7.25 + 70 × $10.875 = $1,051.25.
      expect(rows, w.weekStart).toContain(`${mdy(w.weekStart)} 110 70 $7.25 $1,051.25 $0.00 $1,051.25`);
    }
    // Totals row: 260 × 110 h, 260 × 70 h, 260 × $1,051.25 = $273,325.00 (checked by hand).
    expect(c.flsa.owedCents).toBe(27332500);
    expect(rows).toContain(`Total 28,600 18,200 ${usd(c.flsa.owedCents)} ${usd(c.flsa.paidCents)} ${usd(c.flsa.unpaidCents)}`);
    expect(text).toContain(`F used in the comparison ${usd(c.flsa.totalCents)}`);
    expect(text).toContain(`Total restitution (18 U.S.C. § 1593(b)(1), (b)(3)) ${usd(c.totalCents)}`);
    expect(usd(c.totalCents)).toBe('$546,650.00');
    expect(text).toContain(
      `No gross income or value to the defendant is claimed; restitution for labor is therefore the FLSA value, ${usd(c.laborValue.flsaCents)} (18 U.S.C. § 1593(b)(3)).`,
    );
  });

  it('full: both figures with the state setting on, the greater-of sentence and every section', async () => {
    const c = computedOf('full');
    const text = squash(await textOf('full', format));
    expect(text).toContain(`F used in the comparison ${usd(c.flsa.totalCents)}`);
    expect(text).toContain(`F at the federal rate (the alternative) ${usd(c.flsaFederalOnly!.totalCents)}`);
    // (compact: a line may break inside "(b)(3)" until the text layer keeps citations whole.)
    expect(compact(text)).toContain(
      compact(`The FLSA value, ${usd(c.flsa.totalCents)}, exceeds the gross income to the defendant from the labor, ${usd(c.grossIncome.laborCents)}; restitution for labor is therefore ${usd(c.flsa.totalCents)} (18 U.S.C. § 1593(b)(3)).`),
    );
    for (const h of [
      'Rules applied',
      'Labor periods',
      'F: the FLSA value, workweek by workweek',
      'Credits, liquidated damages and F',
      'G: gross income or value to the defendant',
      'The greater of G and F, for the labor',
      'The total under each open legal choice',
      'Filing',
      'Exhibit list',
      'Losses under 18 U.S.C. § 2259(c)(2)',
      'Total restitution requested',
      'Assumptions and open legal choices for counsel',
      'Preparer',
    ]) {
      expect(text).toContain(h);
    }
    // Clayton's line: 15 × 6 × $80.00 = $7,200.00, the defendant's half $3,600.00.
    expect(compact(text)).toContain(compact('15 days × 6 acts a day × $80.00 = $7,200.00 0.5 $3,600.00'));
    expect(text).toContain(`Total restitution (18 U.S.C. § 1593(b)(1), (b)(3)) ${usd(c.totalCents)}`);
    expect(text).toContain('Weekly schedule');
    expect(text).toContain('9 dated entries, 89.5 hours in all: the hours of each day worked in the period (no weekly schedule)');
    expect(text).toContain('exempt');
    // Period 2 gives perWeek: its crediting rule is disclosed (it read the removed perWeekCents).
    // The paragraph may run over a page: the page's foot and the next one's head are left out.
    expect(withoutPageFurniture(text)).toContain(
      'A weekly payment amount given for a period is credited in full to each whole workweek of the period, and to a partial first or last workweek in proportion to its days inside the period (days ÷ 7, rounded half-up to the cent): a weekly wage pays for a week, not for the days of it the period covers (compare 29 C.F.R. § 541.602(b)(6), a proportionate part of a weekly salary in the first and last week of employment).',
    );
  });

  it('hostile: markup characters and several scripts come back as text', async () => {
    const text = compact(await textOf('hostile', format));
    for (const s of [
      'U.S. DISTRICT COURT <FOR> THE "EASTERN" DISTRICT & ELSEWHERE {{COURT}}',
      '</p><page-break/>25-cr-1 & 2',
      'Άλκηστις Παπαδοπούλου-Βλάχου',
      'Ёлкин Святослав Вениаминович',
      '王小明',
      'Nguyễn Thị Minh Khai <b>',
      '{{{triple}}}',
      'Line with <markup> & {{mustache}}',
      'Second paragraph: ${total} `code` [link](http://x) </document>',
    ]) {
      expect(text, s).toContain(compact(s));
    }
    // The 40 repetitions of the narrative in the description and in the loss, nothing dropped.
    expect(text.split(compact('unless she worked.')).length - 1).toBe(80);
  });

  it('golden text of minimal and full', async () => {
    expectGolden(`${K}/minimal.${format}.txt`, await textOf('minimal', format));
    expectGolden(`${K}/full.${format}.txt`, await textOf('full', format));
  });
});

describe('pages', () => {
  it('PDF: the banner on every page and the table header on every page that has workweek rows', async () => {
    const c = computedOf('long');
    const pages = pdfText(await render('long', 'pdf'), { layout: true }).split('\f');
    expect(pdfPages(await render('long', 'pdf')).length).toBe(pages.length - 1); // -layout ends with a form feed
    expect(pages.length).toBeGreaterThan(5);
    let tablePages = 0;
    for (const [i, p] of pages.entries()) {
      if (i < pages.length - 1) expect(squash(p), `page ${i + 1}`).toContain(BANNER);
      if (c.weeks.some((w) => p.includes(mdy(w.weekStart)))) {
        tablePages++;
        expect(squash(p), `page ${i + 1}`).toContain(HEADER);
      }
    }
    expect(tablePages).toBeGreaterThan(4);
  });

  it('DOCX: the header row repeats (w:tblHeader) and LibreOffice shows it on every page of the table', async () => {
    const docx = await render('long', 'docx');
    const xml = docxParts(docx)['word/document.xml']!;
    const weeksTable = xml.split('<w:tbl>').find((t) => t.includes('Week of'))!;
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(weeksTable)![0];
    expect(firstRow).toContain('<w:tblHeader');
    const c = computedOf('long');
    // -layout: LibreOffice's PDF reads column by column in plain mode.
    const pages = pdfText(libreOfficePdf(docx), { layout: true }).split('\f');
    let tablePages = 0;
    for (const [i, p] of pages.entries()) {
      if (c.weeks.some((w) => p.includes(mdy(w.weekStart)))) {
        tablePages++;
        expect(squash(p), `page ${i + 1}`).toContain(HEADER);
      }
    }
    expect(tablePages).toBeGreaterThan(4);
  }, loTimeout());
});
