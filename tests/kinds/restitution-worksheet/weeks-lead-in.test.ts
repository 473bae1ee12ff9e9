// The workweek table's lead-in (templates/partials/restitution-worksheet-weeks.hbs). A paragraph
// directly before a table is held with the table (docs/pagination.md, `introducesTable`), and
// LibreOffice moves such a paragraph (keepNext) whole rather than split it: the notes on marked
// and exempt weeks, one paragraph with the table's legend, took "F: the FLSA value" and its 12
// lines to the next page in the DOCX through LibreOffice, leaving a quarter of page 3 empty where
// the PDF split the paragraph. The notes are now a paragraph of their own, before the legend. The
// DOCX writer holds a lead-in with its table only when the PDF could not split it either (three
// lines or fewer: src/render/table-fit.ts splits, docs/pagination.md), so the four-line legend is
// not held either: Word's widow control keeps its last two lines together, as the PDF does.
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { docxParts, pdfText, wordXmlText } from '../../support/extract.js';
import { baseCase } from './cases.js';

const WEEKDAYS_9 = { monday: 9, tuesday: 9, wednesday: 9, thursday: 9, friday: 9 };
// A day-rate roofing job beside a restaurant at an agreed hourly rate, the same week (both notes).
const twoJobs = baseCase({
  settings: { liquidatedDamages: false },
  laborPeriods: [
    { label: 'Roofing', startDate: '2023-06-04', endDate: '2023-06-10', state: 'TX', dayRate: '150', weeklySchedule: WEEKDAYS_9, wagesPaid: { payments: [{ date: '2023-06-09', amount: '300' }] } },
    { label: 'Restaurant', startDate: '2023-06-04', endDate: '2023-06-10', state: 'TX', agreedRate: '12', weeklySchedule: { saturday: 10, sunday: 10 }, wagesPaid: { payments: [{ date: '2023-06-10', amount: '400' }] } },
  ],
});

/** The DOCX body's paragraphs (top level) between the F heading and the workweek table, with whether each is kept with the next. */
async function beforeTable(raw: Record<string, unknown>): Promise<Array<{ text: string; keepNext: boolean }>> {
  const { bytes } = await generate({ kind: 'restitution-worksheet', input: raw, format: 'docx' });
  const xml = docxParts(bytes)['word/document.xml']!;
  const from = xml.indexOf('F: the FLSA value');
  const body = xml.slice(xml.lastIndexOf('<w:p>', from), xml.indexOf('<w:tbl>', from));
  return [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => ({ text: wordXmlText(m[0]).trim(), keepNext: /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*<w:keepNext\/>/.test(m[0]) }));
}

describe('the workweek table’s lead-in', () => {
  it('the notes on marked weeks are a paragraph of their own before the legend, neither held whole with the table', async () => {
    const paras = await beforeTable(twoJobs);
    expect(paras.map((p) => p.text.slice(0, 40))).toEqual(['F: the FLSA value, workweek by workweek', 'In the workweek table below, a rate mark', 'One workweek, beginning on a Sunday (“We']);
    expect(paras.map((p) => p.keepNext)).toEqual([false, false, false]);
    // The paragraph just before the table is the legend alone, a few lines (it was the whole 1,500 characters).
    expect(paras[2]!.text.length).toBeLessThan(400);
    expect(paras[1]!.text).toContain('29 C.F.R. § 778.315');
    // The PDF prints the same two paragraphs in that order.
    const { bytes } = await generate({ kind: 'restitution-worksheet', input: twoJobs, format: 'pdf' });
    const t = pdfText(bytes).replace(/\s+/g, ' ');
    expect(t.indexOf('In the workweek table below, a rate marked “*”')).toBeLessThan(t.indexOf('One workweek, beginning on a Sunday'));
  });

  it('an exempt week’s note stands alone before the legend too, and a case with neither has the legend alone', async () => {
    const live = baseCase({ laborPeriods: [{ startDate: '2024-01-07', endDate: '2024-01-13', state: 'TX', exemption: 'live-in-domestic', weeklySchedule: { ...WEEKDAYS_9, saturday: 9 } }] });
    expect((await beforeTable(live)).map((p) => p.text.slice(0, 60).trim())).toEqual([
      'F: the FLSA value, workweek by workweek',
      'In the workweek table below, “Exempt” means that every hour',
      'One workweek, beginning on a Sunday (“Week of” gives that fi',
    ]);
    const plain = baseCase({ laborPeriods: [{ startDate: '2024-01-07', endDate: '2024-01-13', state: 'TX', weeklySchedule: WEEKDAYS_9 }] });
    expect((await beforeTable(plain)).map((p) => p.text.slice(0, 40))).toEqual(['F: the FLSA value, workweek by workweek', 'One workweek, beginning on a Sunday (“We']);
  });
});
