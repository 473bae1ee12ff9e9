// The case data of a restitution worksheet (the public contract in the domain file
// docs/domain/restitution-worksheet.md, "Case data"). Field-level rules live on the fields;
// cross-field rules (periods that overlap, the state setting, the rate table's first date) are in
// rules.ts and run on the whole case. Messages speak to a paralegal and never quote case data.
import { z } from 'zod';
import { CAPS, Cents, Email, IsoDate, list, optional, optList, text, withDefault } from '../kit/index.js';
import { WEEKDAYS } from './dates.js';
import { STATE_CODES } from './wage-table.js';
import { caseRules, periodRules } from './rules.js';

export { IsoDate, Cents };

/** Hours worked on one day: 0 to 24 (a day has 24 hours). */
export const DayHours = z
  .number({ error: 'must be a number of hours' })
  .refine((h) => Number.isFinite(h) && h >= 0 && h <= 24, {
    error: 'must be between 0 and 24 hours (a day has 24 hours)',
    params: { code: 'hours-out-of-range' },
  })
  .meta({ description: 'Hours worked on one day (0 to 24)', minimum: 0, maximum: 24 });

export const WeeklySchedule = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, optional(DayHours)])) as Record<(typeof WEEKDAYS)[number], ReturnType<typeof optional<typeof DayHours>>>,
);
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;

export const LaborPeriod = z
  .object({
    label: optional(text('a short label')),
    startDate: IsoDate,
    endDate: IsoDate,
    state: optional(
      z
        .string({ error: 'must be a two-letter USPS state code' })
        .trim()
        .toUpperCase()
        .refine((s) => STATE_CODES.has(s), {
          error: 'must be the two-letter USPS code of a state, DC or PR (e.g. TX)',
          params: { code: 'unknown-state' },
        }),
    ),
    weeklySchedule: optional(WeeklySchedule),
    days: optList(z.object({ date: IsoDate, hours: DayHours }), CAPS.days),
    exemption: withDefault(z.enum(['none', 'live-in-domestic', 'agriculture'], { error: 'must be none, live-in-domestic or agriculture' }), 'none'),
    wagesPaid: optional(
      z.object({
        perWeekCents: optional(Cents),
        payments: optList(z.object({ date: IsoDate, amountCents: Cents }), CAPS.days),
      }),
    ),
    description: optional(text('text')),
    evidence: optional(text('text')),
  })
  .superRefine(periodRules);
export type LaborPeriod = z.infer<typeof LaborPeriod>;

export const GrossIncomeLine = z.object({
  label: text('a short label'),
  days: optional(z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0, { error: 'must not be negative' })),
  actsPerDay: optional(z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' })),
  pricePerActCents: optional(Cents),
  dailyEarningsCents: optional(Cents),
  amountCents: optional(Cents),
  // Clayton (E.D. Pa. 2022): the defendant's share of the gross, a fraction 0..1.
  defendantShare: withDefault(
    z
      .number({ error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)' })
      .refine((x) => Number.isFinite(x) && x >= 0 && x <= 1, {
        error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)',
        params: { code: 'share-out-of-range' },
      }),
    1,
  ),
  evidence: optional(text('text')),
});
export type GrossIncomeLine = z.infer<typeof GrossIncomeLine>;

// 18 U.S.C. § 2259(c)(2)(A)–(F).
export const LOSS_CATEGORIES = ['medical', 'therapy', 'transportation-housing-childcare', 'lost-income', 'attorney-fees', 'other'] as const;

export const Loss = z.object({
  category: z.enum(LOSS_CATEGORIES, { error: `must be one of: ${LOSS_CATEGORIES.join(', ')}` }),
  description: text('a description'),
  amountCents: Cents,
  projected: z.boolean({ error: 'must be true (a projected future cost) or false (a past cost)' }),
  // Optional dates of the loss (an extension of the contract): used to tell whether lost income
  // overlaps a labor period (double counting with the labor value).
  startDate: optional(IsoDate),
  endDate: optional(IsoDate),
});
export type Loss = z.infer<typeof Loss>;

export const Settings = z.object({
  workweekStart: withDefault(z.enum(WEEKDAYS, { error: 'must be a weekday name in lower case (sunday … saturday)' }), 'sunday'),
  minimumWage: withDefault(z.enum(['federal', 'higher-of-federal-and-state'], { error: 'must be federal or higher-of-federal-and-state' }), 'federal'),
  liquidatedDamages: withDefault(z.boolean({ error: 'must be true or false' }), true),
  customRates: optList(
      z.object({
        effectiveDate: IsoDate,
        hourlyRateCents: Cents.refine((n) => n > 0, { error: 'must be more than zero', params: { code: 'too-small' } }).refine((n) => n <= 100_000, {
          error: 'is above $1,000.00 an hour; give the rate in cents (e.g. 1550 for $15.50)',
          params: { code: 'too-large' },
        }),
        label: optional(text('a short label')),
      }),
    CAPS.items,
  ),
});
export type Settings = z.infer<typeof Settings>;

export const RestitutionCase = z
  .object({
    preparedOn: IsoDate,
    court: optional(z.object({ name: text('the court name'), docket: optional(text('the docket number')) })),
    defendants: list(text('a name'), CAPS.items, 'must be a list of names').min(1, { error: 'must name at least one defendant' }),
    convictions: optList(text('a statute'), CAPS.items),
    victim: z.object({
      identifier: text('initials or a pseudonym'),
      minor: z.boolean({ error: 'must be true or false' }),
    }),
    preparer: z.object({
      name: text('a name'),
      organization: optional(text('a name')),
      email: optional(Email),
    }),
    settings: withDefault(Settings, {}),
    laborPeriods: list(LaborPeriod, CAPS.periods, 'must be a list (it may be empty)'),
    grossIncome: optList(GrossIncomeLine, CAPS.items),
    losses: optList(Loss, CAPS.items),
  })
  .superRefine(caseRules);
export type RestitutionCase = z.infer<typeof RestitutionCase>;
