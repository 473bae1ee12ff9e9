// Bounds on the labor a worksheet computes (issue 16, defect 3). One period from 1900 to 2999
// cost 12 MB of /check output and 30 s of a render thread; forty of them held both threads for
// ten minutes. Labor is past work, proven by evidence, so:
// - no labor period ends after the worksheet's own date (`preparedOn`): FLSA back wages
//   (29 U.S.C. § 216(b)) are owed for work done; future losses are `projected` losses, not periods;
// - all labor periods of one case together cover at most MAX_LABOR_DAYS (25 years: a child
//   trafficked from age 5 to 30), so the weeks computed and printed per document are bounded.
// Periods before the federal table (1997-09-01) already need a custom rate (rules.ts).
import type { z } from 'zod';
import { daysBetween, parseIsoDate } from '../../domain/calendar.js';
import { figure } from '../../domain/format.js';

/** Most days all labor periods of one case may cover together (25 years). */
export const MAX_LABOR_DAYS = 9132;

type Ctx = z.core.$RefinementCtx;

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function laborBounds(raw: unknown, ctx: Ctx): void {
  const c = rec(raw);
  const prepared = typeof c.preparedOn === 'string' ? parseIsoDate(c.preparedOn) : null;
  const periods = Array.isArray(c.laborPeriods) ? c.laborPeriods.map(rec) : [];
  let days = 0;
  let reported = false;
  periods.forEach((p, i) => {
    const start = typeof p.startDate === 'string' ? parseIsoDate(p.startDate) : null;
    const end = typeof p.endDate === 'string' ? parseIsoDate(p.endDate) : null;
    if (end && prepared && daysBetween(prepared, end) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['laborPeriods', i, 'endDate'],
        message: 'is after the worksheet date (preparedOn); labor periods are work already done (future losses are projected losses)',
        params: { code: 'period-after-document' },
      });
    }
    if (start && end && daysBetween(start, end) >= 0) {
      days += daysBetween(start, end) + 1;
      if (days > MAX_LABOR_DAYS && !reported) {
        reported = true;
        ctx.addIssue({
          code: 'custom',
          path: ['laborPeriods', i],
          message: `brings the labor periods to more than ${figure(MAX_LABOR_DAYS)} days (25 years) in one worksheet; split the case`,
          params: { code: 'too-much-labor' },
        });
      }
    }
  });
}
