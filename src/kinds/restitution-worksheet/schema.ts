// The case data of a restitution worksheet (the public contract in the domain file
// docs/domain/restitution.md, "Case data"). Field-level rules live on the fields;
// cross-field rules (periods that overlap, the state setting, the rate table's first date) are in
// rules.ts and run on the whole case. Messages speak to a paralegal and never quote case data.
import { z } from 'zod';
import { WEEKDAYS, isIsoDate } from './dates.js';
import { STATE_CODES } from './wage-table.js';
import { caseRules, periodRules } from './rules.js';

const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: `must not be empty` });

export const IsoDate = z
  .string({ error: 'must be a date written yyyy-mm-dd' })
  .refine(isIsoDate, { error: 'must be a real calendar date written yyyy-mm-dd', params: { code: 'invalid-date' } })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date, yyyy-mm-dd' });

/** Largest amount accepted anywhere: $100,000,000,000.00 (keeps every sum a safe integer). */
const MAX_CENTS = 10_000_000_000_000;

/** Money: integer cents, never negative (the domain file's "negative money" rule). */
export const Cents = z
  .number({ error: 'must be an amount in whole cents (e.g. 12345 for $123.45)' })
  .int({ error: 'must be a whole number of cents (e.g. 12345 for $123.45)' })
  .refine((n) => n >= 0, { error: 'must not be negative', params: { code: 'negative-money' } })
  .refine((n) => n <= MAX_CENTS, { error: 'is larger than Harbor accepts ($100 billion)', params: { code: 'too-large' } })
  .meta({ description: 'An amount in whole cents (12345 = $123.45)', minimum: 0 });

/** Hours worked on one day: 0 to 24 (a day has 24 hours). */
export const DayHours = z
  .number({ error: 'must be a number of hours' })
  .refine((h) => Number.isFinite(h) && h >= 0 && h <= 24, {
    error: 'must be between 0 and 24 hours (a day has 24 hours)',
    params: { code: 'hours-out-of-range' },
  })
  .meta({ description: 'Hours worked on one day (0 to 24)', minimum: 0, maximum: 24 });

export const WeeklySchedule = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, DayHours.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof DayHours>>,
);
export type WeeklySchedule = z.infer<typeof WeeklySchedule>;

export const LaborPeriod = z
  .object({
    label: text('a short label').optional(),
    startDate: IsoDate,
    endDate: IsoDate,
    state: z
      .string({ error: 'must be a two-letter USPS state code' })
      .trim()
      .toUpperCase()
      .refine((s) => STATE_CODES.has(s), {
        error: 'must be the two-letter USPS code of a state, DC or PR (e.g. TX)',
        params: { code: 'unknown-state' },
      })
      .optional(),
    weeklySchedule: WeeklySchedule.optional(),
    days: z.array(z.object({ date: IsoDate, hours: DayHours })).optional(),
    exemption: z.enum(['none', 'live-in-domestic', 'agriculture'], { error: 'must be none, live-in-domestic or agriculture' }).default('none'),
    wagesPaid: z
      .object({
        perWeekCents: Cents.optional(),
        payments: z.array(z.object({ date: IsoDate, amountCents: Cents })).optional(),
      })
      .optional(),
    description: text('text').optional(),
    evidence: text('text').optional(),
  })
  .superRefine(periodRules);
export type LaborPeriod = z.infer<typeof LaborPeriod>;

export const GrossIncomeLine = z.object({
  label: text('a short label'),
  days: z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0, { error: 'must not be negative' }).optional(),
  actsPerDay: z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' }).optional(),
  pricePerActCents: Cents.optional(),
  dailyEarningsCents: Cents.optional(),
  amountCents: Cents.optional(),
  // Clayton (E.D. Pa. 2022): the defendant's share of the gross, a fraction 0..1.
  defendantShare: z
    .number({ error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)' })
    .refine((x) => Number.isFinite(x) && x >= 0 && x <= 1, {
      error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)',
      params: { code: 'share-out-of-range' },
    })
    .default(1),
  evidence: text('text').optional(),
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
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
});
export type Loss = z.infer<typeof Loss>;

export const Settings = z.object({
  workweekStart: z.enum(WEEKDAYS, { error: 'must be a weekday name in lower case (sunday … saturday)' }).default('sunday'),
  minimumWage: z.enum(['federal', 'higher-of-federal-and-state'], { error: 'must be federal or higher-of-federal-and-state' }).default('federal'),
  liquidatedDamages: z.boolean({ error: 'must be true or false' }).default(true),
  customRates: z
    .array(
      z.object({
        effectiveDate: IsoDate,
        hourlyRateCents: Cents.refine((n) => n > 0, { error: 'must be more than zero' }).refine((n) => n <= 100_000, {
          error: 'is above $1,000.00 an hour; give the rate in cents (e.g. 1550 for $15.50)',
          params: { code: 'too-large' },
        }),
        label: text('a short label').optional(),
      }),
    )
    .optional(),
});
export type Settings = z.infer<typeof Settings>;

export const RestitutionCase = z
  .object({
    preparedOn: IsoDate,
    court: z.object({ name: text('the court name'), docket: text('the docket number').optional() }).optional(),
    defendants: z.array(text('a name'), { error: 'must be a list of names' }).min(1, { error: 'must name at least one defendant' }),
    convictions: z.array(text('a statute')).optional(),
    victim: z.object({
      identifier: text('initials or a pseudonym'),
      minor: z.boolean({ error: 'must be true or false' }),
    }),
    preparer: z.object({
      name: text('a name'),
      organization: text('a name').optional(),
      email: z.email({ error: 'must be an email address' }).optional(),
    }),
    settings: Settings.default(() => Settings.parse({})),
    laborPeriods: z.array(LaborPeriod, { error: 'must be a list (it may be empty)' }),
    grossIncome: z.array(GrossIncomeLine).default([]),
    losses: z.array(Loss).default([]),
  })
  .superRefine(caseRules);
export type RestitutionCase = z.infer<typeof RestitutionCase>;
