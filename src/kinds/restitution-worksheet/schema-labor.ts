// A labor period of the case (schema.ts): its dates, place, hours (a weekly schedule and a daily
// log), exemption, agreed hourly rate or day rate, wages paid, deductions from pay and lodging. Its cross-field rules
// are rules.ts's periodRules. Built by laborSchemas() when the kind's schemas are built.
import { z } from 'zod';
import { CAPS, choice, Dollars, IsoDate, itemTitle, labelled as m, MULTILINE, optional, optList, shownWith, text, withDefault } from '../kit/index.js';
import { removedCents } from './legacy.js';
import { EXEMPTION_LABELS, LODGING_OR_MEALS_LABELS } from './labels.js';
import { WEEKDAYS } from './dates.js';
import { STATE_CODES } from './wage-table.js';
import { unknownStateMessage } from './territories.js';
import { periodRules } from './rules.js';
import { EXEMPTIONS, LODGING_OR_MEALS } from './schema-values.js';
import { money, originalOf } from './schema-figures.js';

export function laborSchemas() {
  /** Hours worked on one day: 0 to 24 (a day has 24 hours). */
  const DayHours = z
    .number({ error: 'must be a number of hours' })
    .refine((h) => Number.isFinite(h) && h >= 0 && h <= 24, {
      error: 'must be between 0 and 24 hours (a day has 24 hours)',
      params: { code: 'hours-out-of-range' },
    })
    // Hours are recorded to a fraction of a minute at most (issue 16: 1e-300 hours printed as a
    // 300-digit decimal): 4 decimal places (0.0001 h = 0.36 s) covers 7.3333 for 7 h 20 min.
    .refine((h) => !Number.isFinite(h) || Number(h.toFixed(4)) === h, {
      error: 'must have at most 4 decimal places (7.5, 7.3333)',
      params: { code: 'hours-precision' },
    })
    .meta({ title: 'Hours', description: 'Hours worked on one day (0 to 24).', minimum: 0, maximum: 24 });

  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const WeeklySchedule = z.strictObject(
    Object.fromEntries(
      WEEKDAYS.map((d) => [d, optional(DayHours).meta({ title: cap(d), description: `Hours usually worked on a ${cap(d)} (0 to 24).` })]),
    ) as Record<(typeof WEEKDAYS)[number], ReturnType<typeof optional<typeof DayHours>>>,
  );

  const Exemption = choice(EXEMPTIONS, EXEMPTION_LABELS, {
    retired: {
      agriculture:
        'agriculture is now two values: agriculture-213b12 (29 U.S.C. § 213(b)(12): no overtime, the minimum wage still due) or agriculture-213a6 (§ 213(a)(6): no minimum wage either, which Harbor does not compute)',
    },
  });

  const Payment = z.strictObject({
    date: m(IsoDate, 'Date paid', 'The date of the payment; it is credited to the workweek that contains it.'),
    amount: optional(money('Amount paid', 'The amount paid to the victim on that date (required), in US dollars, in cash or by check, less any part deducted from it or that the victim had to hand back (29 C.F.R. § 531.35); not the value of food or goods given instead of pay.')),
    amountCents: removedCents('amountCents', 'amount'),
    original: m(
      optional(originalOf('payment')),
      'Paid in another currency',
      'For a payment in pesos, quetzales or another currency: the amount in it, its code and the exchange rate used; the amount paid above is then that amount × the rate, in dollars.',
    ),
  });

  // An amount the employer kept from each week's pay (29 C.F.R. § 531.35; deductions.ts): recorded
  // so the page shows the pay before it, never credited as a wage paid.
  const Deduction = z.strictObject({
    perWeek: money(
      'Deducted each week',
      'The amount the employer kept from each week’s pay (e.g. 100.00 for $100.00 a week taken for a bunk). It is not credited as a wage paid (29 C.F.R. § 531.35); the amount paid each week, in wages paid, is what the victim received after it.',
    ).refine((n) => n > 0, { error: 'must be more than zero', params: { code: 'too-small' } }),
    what: m(text('what the amount was kept for'), 'What for', 'What the employer said the amount was for (“a bunk in the trailer”, “the debt for the trip”), printed as written.'),
    claimedAs: m(
      optional(choice(LODGING_OR_MEALS, LODGING_OR_MEALS_LABELS)),
      'Claimed as board or lodging',
      'Whether the employer calls it the cost of lodging or meals it provided; the worksheet then says why no credit is taken for it (29 U.S.C. § 203(m)(1); 29 C.F.R. §§ 531.3, 531.30). Leave it out otherwise (a “debt”, a fee, a fine).',
    ),
  });

  const LaborPeriod = z
    .strictObject({
      label: m(optional(text('a short label')), 'Label', 'A short name for the period ("Restaurant kitchen").'),
      startDate: m(IsoDate, 'First day', 'The first day worked in the period.'),
      endDate: m(IsoDate, 'Last day', 'The last day worked in the period (inclusive).'),
      state: m(
        optional(
          z
            .string({ error: 'must be a two-letter USPS state code' })
            .trim()
            .toUpperCase()
            .refine((s) => STATE_CODES.has(s), {
              // A territory gets why it is not computed and what to do (territories.ts).
              error: (iss) => unknownStateMessage(iss.input),
              params: { code: 'unknown-state' },
            }),
        ),
        'State',
        'USPS code of the state or territory where the work was done (TX, DC, PR, GU, VI, MP); needed for state minimum wages.',
      ),
      weeklySchedule: m(optional(WeeklySchedule), 'Weekly schedule', 'The hours usually worked on each weekday.'),
      days: m(
        optList(
          z.strictObject({
            date: m(IsoDate, 'Date', 'A day of the period.'),
            hours: DayHours,
          }),
          CAPS.days,
        ).meta(itemTitle('Day')),
        'Daily log',
        'Hours of particular dates; each entry replaces the weekly schedule on its date.',
      ),
      // The exemptions and why § 213(a)(6) is refused: docs/domain/restitution-worksheet-flsa.md,
      // Exemptions (not in the description, which the web form shows as the field's help).
      exemption: m(
        withDefault(Exemption, 'none'),
        'FLSA exemption',
        'none; live-in-domestic (29 U.S.C. § 213(b)(21), overtime only); agriculture-213b12 (§ 213(b)(12), overtime only); agriculture-213a6 (§ 213(a)(6), which removes the minimum wage too: refused, as it would value the labor at $0).',
      ),
      agreedRate: optional(
        Dollars.refine((n) => n > 0, { error: 'must be more than zero', params: { code: 'too-small' } })
          .refine((n) => n <= 100_000, { error: 'is above $1,000.00 an hour; give the hourly rate in dollars (e.g. 12.50)', params: { code: 'too-large' } })
          .meta({
            title: 'Agreed hourly rate',
            description:
              'The hourly rate the victim was hired at or paid for the period’s hours, when it was above the minimum wage (e.g. 12.00). Overtime is then valued at one and one-half times it (29 U.S.C. § 207(a)(1), (e); 29 C.F.R. § 778.109) instead of at the minimum wage; the hours up to 40 are still valued at the minimum wage. Leave it out when there was no agreed rate.',
          }),
      ),
      // A flat sum for each day worked, whatever its hours (29 C.F.R. § 778.112; overtime.ts,
      // periodStraights): the week's day-rate pay ÷ its hours is the regular rate.
      dayRate: optional(
        Dollars.refine((n) => n > 0, { error: 'must be more than zero', params: { code: 'too-small' } })
          .refine((n) => n <= 2_400_000, { error: 'is above $24,000.00 a day; give the pay for one day in dollars (e.g. 110.00)', params: { code: 'too-large' } })
          .meta({
            title: 'Day rate',
            description:
              'The flat sum the victim was hired at or paid for each day worked, whatever the day’s hours (e.g. 110.00 for $110 a day). In each workweek with overtime the regular rate is the day-rate pay for the days worked ÷ the hours worked, and overtime is owed at one-half of it for the hours over 40 on top of that pay (29 C.F.R. § 778.112); where that rate is below the minimum wage, the minimum wage is owed instead (29 C.F.R. § 778.107). Give this or an agreed hourly rate, not both; leave it out when the pay was not by the day.',
          }),
      ),
      wagesPaid: m(
        optional(
          z.strictObject({
            perWeek: optional(money('Paid each week', 'The amount paid for each week of the period, in cash or by check, less any part deducted from it or handed back (29 C.F.R. § 531.35): credited in full to each whole workweek, and to a partial first or last workweek in proportion to its days inside the period (days ÷ 7). What was paid in a partial week, if known and different, goes in payments, with that week given as a period of its own.')),
            perWeekCents: removedCents('perWeekCents', 'perWeek'),
            // Shown in the web form only with a weekly amount (`x-with`: kit/value-format.ts).
            perWeekOriginal: m(
              optional(originalOf('payment')),
              'Paid each week in another currency',
              'For a weekly payment in pesos, quetzales or another currency: the weekly amount in it, its code and the exchange rate used; the amount paid each week above is then that amount × the rate, in dollars.',
            ).meta(shownWith('perWeek')),
            payments: m(optList(Payment, CAPS.days), 'Payments', 'Dated payments to the victim.'),
          }),
        ),
        'Wages paid',
        'What the victim was actually paid in cash (or by check) and kept, credited week by week (pay by the piece, the day or the job included): leave out what was deducted from the pay or what the victim had to hand back to a defendant or for a defendant’s benefit (rent for a bed, a “debt”, fees, fines: 29 C.F.R. § 531.35), and give each such amount a week under “Deducted from pay” instead, which prints it beside the wages paid and says why it is not credited; tips from customers (not wages paid by the employer: no tip credit is taken, 29 U.S.C. § 203(m)(2)(A)) and any value of lodging, meals or goods given instead of pay (never credited: 29 C.F.R. § 531.27(a)). Tips the victim received that a defendant took are no part of the wages either: claim them as a loss of lost income (18 U.S.C. § 2259(c)(2)(D)), with their dates, and not also in a gross-income line.',
      ),
      deductions: m(
        optList(Deduction, CAPS.short).meta(itemTitle('Deduction')),
        'Deducted from pay',
        'Amounts the employer kept from each week’s pay (for a bunk, meals, a “debt”, fees): printed beside the wages paid so the pay before them can be rebuilt, never credited as wages paid (29 C.F.R. §§ 531.35, 531.27(a)).',
      ),
      lodgingOrMeals: m(
        optional(choice(LODGING_OR_MEALS, LODGING_OR_MEALS_LABELS)),
        'Lodging or meals provided',
        'Whether a defendant housed or fed the victim during the period. No credit is taken for them against the wages owed, and the worksheet says why beside the period (29 U.S.C. § 203(m)(1); 29 C.F.R. §§ 531.3, 531.30).',
      ),
      description: m(optional(text('text').meta(MULTILINE)), 'Description', 'What the work was, in a few sentences (printed as written).'), // a multi-line box in the form (kit/text.ts)
      evidence: m(optional(text('text')), 'Evidence', 'Exhibits or testimony that prove the hours ("Exhibit 14; Tr. 212–230").'),
    })
    .superRefine(periodRules);

  return { DayHours, WeeklySchedule, Payment, Deduction, LaborPeriod };
}
