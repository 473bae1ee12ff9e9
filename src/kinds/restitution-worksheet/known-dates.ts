// Dates the preparer could not have known on the worksheet's date (`preparedOn`, the document
// date): a worksheet states what was done, paid, lost and converted by the day it is signed.
// - an exchange rate dated after it (a payment's, a weekly payment's, a G line's or a loss's
//   `original.rateDate`): no such rate was published yet, so the dollar figure rests on a rate
//   nobody could have read (conversion.ts);
// - a past loss (`projected: false`) that starts or ends after it: a cost not yet incurred is a
//   projected one (18 U.S.C. § 2259(c)(2)(F): "reasonably projected"), given with `projected: true`.
// A labor period ending after it is refused by bounds.ts (`period-after-document`), and its log
// entries and payments must fall inside it (rules.ts, `date-outside-period`), so none of them can
// pass either. A projected loss's own dates, a custom rate's effective date (an ordinance is
// enacted before it takes effect) and the sentencing date may be later: each can be known.
// The code is the one every kind uses for the idea (kit/codes.ts): `date-after-document-date`.
import type { z } from 'zod';
import { isIsoDate } from '../kit/index.js';

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function knownDates(raw: unknown, ctx: Ctx): void {
  const c = rec(raw);
  if (!isIsoDate(c.preparedOn)) return;
  const prepared = c.preparedOn;
  const after = (v: unknown): boolean => isIsoDate(v) && v > prepared;
  const rate = (original: unknown, path: Path) => {
    if (after(rec(original).rateDate)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'rateDate'], message: 'is after the worksheet date (preparedOn): give the date of the exchange rate actually used, on or before the worksheet’s date', params: { code: 'date-after-document-date' } });
    }
  };
  arr(c.laborPeriods).forEach((p, i) => {
    const paid = rec(rec(p).wagesPaid);
    rate(paid.perWeekOriginal, ['laborPeriods', i, 'wagesPaid', 'perWeekOriginal']);
    arr(paid.payments).forEach((pay, j) => rate(rec(pay).original, ['laborPeriods', i, 'wagesPaid', 'payments', j, 'original']));
  });
  arr(c.grossIncome).forEach((g, i) => rate(rec(g).original, ['grossIncome', i, 'original']));
  arr(c.losses).forEach((raw, i) => {
    const l = rec(raw);
    rate(l.original, ['losses', i, 'original']);
    if (l.projected !== false) return;
    const field = after(l.startDate) ? 'startDate' : after(l.endDate) ? 'endDate' : null;
    if (field) {
      ctx.addIssue({
        code: 'custom',
        path: ['losses', i, field],
        message: 'is after the worksheet date (preparedOn), and the loss is a past cost (projected: false): give what was incurred by the worksheet’s date here, and what is still to come as a projected loss (projected: true)',
        params: { code: 'date-after-document-date' },
      });
    }
  });
}
