// The appendix of daily logs (daily-log.ts; docs/domain/restitution-worksheet.md, "The
// worksheet"), read as opposing counsel checking a day of a log from the filing.
import { describe, expect, it } from 'vitest';
import { view } from '../../../src/kinds/restitution-worksheet/view.js';
import { generate } from '../../../src/pipeline.js';
import { docxText, pdfText } from '../../support/extract.js';
import { baseCase, parse, run, WEEKDAYS_ONLY } from './cases.js';

const flat = (s: string) => s.replace(/\s+/g, ' ');

// A daily log's hours were printed only as each workweek's total: opposing counsel could check no
// day from the filing, nor which days made a week's overtime (daily-log.ts).
describe('the appendix of daily logs lists each dated entry with its hours and workweek', () => {
  const logged = baseCase({
    settings: { liquidatedDamages: false },
    laborPeriods: [
      { label: 'Nail salon', startDate: '2024-03-03', endDate: '2024-03-16', weeklySchedule: WEEKDAYS_ONLY(8) },
      {
        label: 'Warehouse',
        startDate: '2024-03-03',
        endDate: '2024-03-16',
        // Given out of date order, one day of 0 hours, one of a quarter hour.
        days: [
          { date: '2024-03-11', hours: 6.25 },
          { date: '2024-03-05', hours: 4 },
          { date: '2024-03-09', hours: 0 },
        ],
      },
    ],
  });

  it('in date order, with weekday, hours as given and the workweek, only for the period with a log; its line points to it', async () => {
    const r = run(logged);
    const v = view(parse(logged), r.computed, r.warnings) as { dailyLogs: unknown; periods: { dailyLog: string | null }[] };
    expect(v.dailyLogs).toEqual([
      {
        heading: 'Period 2: Warehouse',
        rows: [
          { day: 'Tuesday, March 5, 2024', hours: '4', week: 'March 3, 2024' },
          { day: 'Saturday, March 9, 2024', hours: '0', week: 'March 3, 2024' },
          { day: 'Monday, March 11, 2024', hours: '6.25', week: 'March 10, 2024' },
        ],
      },
    ]);
    expect(v.periods.map((p) => p.dailyLog)).toEqual([null, '3 dated entries, 10.25 hours in all: the hours of each day worked in the period (no weekly schedule), listed day by day in the appendix']);
    for (const format of ['pdf', 'docx'] as const) {
      const out = await generate({ kind: 'restitution-worksheet', input: logged, format });
      const t = flat(format === 'pdf' ? pdfText(out.bytes) : docxText(out.bytes));
      const appendix = t.slice(t.indexOf('Appendix: daily logs'));
      expect(appendix).toMatch(/^Appendix: daily logs Each dated entry/);
      expect(appendix).toMatch(/Period 2: Warehouse Date Hours Workweek of Tuesday, March 5, 2024 4 March 3, 2024 Saturday, March 9, 2024 0 March 3, 2024 Monday, March 11, 2024 6\.25 March 10, 2024/);
      expect(appendix).not.toContain('Nail salon');
    }
  });

  it('no appendix without a daily log', async () => {
    const scheduled = { ...logged, laborPeriods: [(logged.laborPeriods as unknown[])[0]] };
    const r = run(scheduled);
    expect((view(parse(scheduled), r.computed, r.warnings) as { dailyLogs: unknown }).dailyLogs).toBeNull();
    const out = await generate({ kind: 'restitution-worksheet', input: scheduled, format: 'pdf' });
    expect(pdfText(out.bytes)).not.toContain('Appendix');
  });
});
