// The workweek table through the whole pipeline, moved down the page line by line by a longer
// description of the labor before it: in the PDF as printed, a table breaks only with two rows or
// more on each side, and a short one (two weeks and the total) is never split (src/model/keeps.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../../../src/pipeline.js';
import { pdfText } from '../../support/extract.js';
import { baseCase } from './cases.js';

const minimal = JSON.parse(readFileSync(new URL('../../../fixtures/restitution-worksheet/minimal.json', import.meta.url), 'utf8'));
const SENTENCE = 'She cleaned the rooms and the kitchen of the house from six in the morning until late at night.';

/** The worksheet of `minimal` with its period ending on `endDate` and described in `lines` of about one line each. */
async function worksheet(endDate: string, lines: number): Promise<string[]> {
  const period = { ...minimal.laborPeriods[0], endDate, description: Array.from({ length: lines }, () => SENTENCE).join(' ') };
  const { bytes } = await generate({ kind: 'restitution-worksheet', input: { ...minimal, laborPeriods: [period] }, format: 'pdf' });
  return pdfText(bytes, { layout: true }).split('\f');
}

/** Rows of the workweek table (each week, then the total) on each page: [page index, rows]. */
function weekRows(pages: string[]): Array<[number, number]> {
  const row = /^\s*(?:\d\d\/\d\d\/\d{4}|Total)\s+[\d,]+\s+[\d,]+\s+(?:\$|\s)/gm;
  return pages.flatMap((p, i): Array<[number, number]> => {
    const n = p.match(row)?.length ?? 0;
    return n > 0 ? [[i, n]] : [];
  });
}

// Description lengths that move the table from the foot of page 3 to the top of page 4 (in 15.6 pt
// steps, less than a row's 17 pt: each placement of the header and one or two rows is met). The
// tests check that the sweep does cross the page foot, so a change of the template above the table
// cannot make them pass by missing it.
const SWEEP = [28, 29, 30, 31, 32, 33, 34, 35];

describe('the workweek table near a page foot, in the PDF as printed', () => {
  it('two weeks and the total (a short table): always on one page, moved whole', async () => {
    const pagesSeen = new Set<number>();
    for (const lines of SWEEP) {
      const rows = weekRows(await worksheet('2012-03-13', lines));
      expect(rows.map(([, n]) => n), `lines=${lines}`).toEqual([3]);
      pagesSeen.add(rows[0]![0]);
    }
    expect(pagesSeen.size).toBe(2); // the table did go from the foot of one page to the next
  });

  it('six weeks and the total: split only with two rows or more on each side', async () => {
    const splits = new Set<string>();
    for (const lines of SWEEP) {
      const rows = weekRows(await worksheet('2012-04-10', lines)).map(([, n]) => n);
      expect(rows.reduce((a, n) => a + n, 0), `lines=${lines}`).toBe(7);
      for (const n of rows) expect(n, `lines=${lines}: ${rows.join(' | ')}`).toBeGreaterThanOrEqual(2);
      if (rows.length > 1) splits.add(rows.join(' | '));
    }
    expect([...splits]).toContain('2 | 5'); // it did split, as late as the rule allows
  });
});

// Worked example 16 with only the restaurant paid (docs/domain/restitution-worksheet-examples.md):
// the paragraph that introduces the open legal choices' table ("Each row changes one choice …; the
// court decides.", no colon) ended page 4 while the table moved whole to page 5. A paragraph
// before a table now moves with its first rows (src/model/keeps.ts introducesTable).
describe('the open legal choices’ table and the paragraph that introduces it', () => {
  it('worked example 16, the restaurant alone paid: on one page', async () => {
    const restaurant = { label: 'Restaurant', startDate: '2023-01-01', endDate: '2023-01-07', weeklySchedule: { monday: 12, tuesday: 12, wednesday: 12, thursday: 12, friday: 12 }, wagesPaid: { payments: [{ date: '2023-01-02', amount: '1050.00' }] } };
    const cleaning = { label: 'Cleaning', startDate: '2023-01-01', endDate: '2023-01-07', agreedRate: '15.00', weeklySchedule: { sunday: 14, monday: 4, tuesday: 4, wednesday: 4, thursday: 4, friday: 4, saturday: 4 } };
    const input = baseCase({ settings: { liquidatedDamages: false }, laborPeriods: [restaurant, cleaning] });
    const { bytes } = await generate({ kind: 'restitution-worksheet', input, format: 'pdf' });
    const pages = pdfText(bytes, { layout: true }).split('\f');
    const intro = pages.findIndex((p) => p.includes('Each row changes one choice'));
    const table = pages.findIndex((p) => /^\s*Reading\s+Total\s*$/m.test(p));
    expect(intro).toBeGreaterThan(0);
    expect(table).toBe(intro);
  });
});
