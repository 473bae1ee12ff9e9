// The case data of a restitution worksheet, contract version 2 (the public contract in the domain file
// docs/domain/restitution-worksheet-contract.md). Field-level rules live on the fields;
// cross-field rules (periods that overlap, the state setting, the rate table's first date) are in
// rules.ts and run on the whole case. Messages speak to a paralegal and never quote case data.
// Every field carries a title and a description (JSON Schema: the web app's labels). Money is
// dollars as written (kit `Dollars`); the version-1 `…Cents` names are refused (legacy.ts).
import { z } from 'zod';
import { CAPS, itemTitle, Cents, choice, Dollars, Email, IsoDate, labelled as m, lazySchemas, list, MULTILINE, optional, optList, personNameText, Phone, RecordId, shownWith, text, withDefault } from '../kit/index.js';
import { removedCents } from './legacy.js';
import { COMMERCIAL_SEX_INCOME_LABELS, EXEMPTION_LABELS, INCOME_FROM_LABELS, LODGING_OR_MEALS_LABELS, LOSS_CATEGORY_LABELS, MINIMUM_WAGE_LABELS, PAYEE_ROLE_LABELS, WEEKDAY_LABELS } from './labels.js';
import { WEEKDAYS } from './dates.js';
import { STATE_CODES } from './wage-table.js';
import { unknownStateMessage } from './territories.js';
import { laborBounds } from './bounds.js';
import { knownDates } from './known-dates.js';
import { CURRENCIES, readDecimal } from './conversion.js';
import { caseRules, periodRules } from './rules.js';

export { IsoDate, Cents };

// The values the schemas choose from: plain constants, read by compute.ts and view.ts without
// building any schema.

/**
 * Exemptions from the FLSA (29 U.S.C. § 213), per period. `agriculture-213a6` is listed so that
 * it can be refused with its reason (rules.ts, `exemption-not-computed`); the old value
 * `agriculture` (version 1) is refused with a message naming the two that replaced it.
 */
export const EXEMPTIONS = ['none', 'live-in-domestic', 'agriculture-213b12', 'agriculture-213a6'] as const;

/** Where a G line's income came from (18 U.S.C. § 1593(b)(3); docs/domain/restitution-worksheet.md). */
export const INCOME_FROM = ['labor', 'commercial-sex-acts'] as const;

// 18 U.S.C. § 2259(c)(2)(A)–(F).
export const LOSS_CATEGORIES = ['medical', 'therapy', 'transportation-housing-childcare', 'lost-income', 'attorney-fees', 'other'] as const;

/** Lodging or meals a defendant provided in a period: never credited, the period's line says why (lodging.ts). */
export const LODGING_OR_MEALS = ['lodging', 'meals', 'lodging-and-meals'] as const;

export const PAYEE_ROLES = ['legal-guardian', 'family-member', 'estate-representative', 'court-appointed'] as const;

/**
 * How the help and messages of a figure in another currency name it, where it is used: a payment
 * is paid, a G line's figure charged or earned, a loss paid or billed.
 */
const ORIGINAL_WORDS = {
  payment: { amount: 'The amount in the currency it was paid in', currency: 'The currency the payment was made in', dollars: 'the payment’s amount' },
  gross: { amount: 'The line’s figure (the price per act, the daily earnings or the amount) in the currency it was charged or earned in', currency: 'The currency the figure was charged or earned in', dollars: 'the line’s figure' },
  loss: { amount: 'The loss in the currency it was paid or billed in', currency: 'The currency the loss was paid or billed in', dollars: 'the loss’s amount' },
} as const;

/**
 * The kind's schemas, built by `restitutionSchemas()` on the kind's first use, not when the
 * registry is imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never
 * builds them.
 */
function build() {
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

  /** Money in dollars as written ("2843", "2,843.00", "$2,843"); read exactly into cents. */
  const money = (title: string, description: string) => Dollars.meta({ title, description: `${description} Dollars as written: 2843, 2,843.00 or $2,843.00.` });

  const Exemption = choice(EXEMPTIONS, EXEMPTION_LABELS, {
    retired: {
      agriculture:
        'agriculture is now two values: agriculture-213b12 (29 U.S.C. § 213(b)(12): no overtime, the minimum wage still due) or agriculture-213a6 (§ 213(a)(6): no minimum wage either, which Harbor does not compute)',
    },
  });

  /**
   * A positive number with at most `places` decimals → its plain decimal text (exact from here on).
   * A number, not text: the web form reads a field of text or number as dollars ("Type the amount
   * in dollars"), which these are not.
   */
  const decimal = (places: number, what: string) =>
    z.number({ error: `must be ${what}` }).transform((v, ctx) => {
      const r = readDecimal(v, places);
      if (r.ok) return r.text;
      ctx.addIssue({ code: 'custom', message: r.message, params: { code: 'invalid-value' } });
      return z.NEVER;
    });

  // A figure in another currency (conversion.ts): what was paid, charged or billed, in what, at
  // what rate, so that the dollar figure can be rebuilt from the page. One shape for a payment, a
  // G line's figure and a loss, its help and messages worded for each (ORIGINAL_WORDS): "the
  // currency paid in" fitted a payment, not a bill for a loss or a price charged per act.
  const originalOf = (use: keyof typeof ORIGINAL_WORDS) => {
    const w = ORIGINAL_WORDS[use];
    return z.strictObject({
      amount: m(decimal(3, 'an amount, a number (e.g. 2000 or 2000.50)'), 'Amount in that currency', `${w.amount}: a number, e.g. 2000 for Q2,000.00.`),
      currency: m(
        z
          .string({ error: 'must be a three-letter ISO 4217 currency code, e.g. MXN or GTQ' })
          .trim()
          .toUpperCase()
          .refine((s) => s !== 'USD', { error: `is US dollars: give ${w.dollars} alone, without an original currency`, params: { code: 'invalid-value' } })
          .refine((s) => s === 'USD' || CURRENCIES.has(s), { error: 'must be a three-letter ISO 4217 currency code, e.g. MXN (Mexican peso) or GTQ (Guatemalan quetzal)', params: { code: 'invalid-value' } }),
        'Currency',
        `${w.currency}, by its three-letter code: MXN (Mexican peso), GTQ (Guatemalan quetzal), HNL (Honduran lempira).`,
      ),
      rate: m(
        decimal(10, 'a rate, a number of US dollars for one unit (e.g. 0.1288)'),
        'Exchange rate (US dollars for one unit)',
        'US dollars for one unit of that currency (e.g. 0.1288 for a quetzal), not units for one dollar. The dollar figure must equal the amount in that currency × this rate, to the cent.',
      ),
      rateDate: m(optional(IsoDate), 'Rate of (date)', 'The date of the exchange rate used, on or before the worksheet’s date (give it, or its source, or both).'),
      rateSource: m(optional(text('a source')), 'Rate source', 'Where the rate comes from ("Banco de Guatemala reference rate", "Treasury reporting rate").'),
    });
  };

  const Payment = z.strictObject({
    date: m(IsoDate, 'Date paid', 'The date of the payment; it is credited to the workweek that contains it.'),
    amount: optional(money('Amount paid', 'The amount paid to the victim on that date (required), in US dollars, less any part the victim had to hand back (29 C.F.R. § 531.35).')),
    amountCents: removedCents('amountCents', 'amount'),
    original: m(
      optional(originalOf('payment')),
      'Paid in another currency',
      'For a payment in pesos, quetzales or another currency: the amount in it, its code and the exchange rate used; the amount paid above is then that amount × the rate, in dollars.',
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
            perWeek: optional(money('Paid each week', 'The amount paid for each week of the period: credited in full to each whole workweek, and to a partial first or last workweek in proportion to its days inside the period (days ÷ 7). What was paid in a partial week, if known and different, goes in payments, with that week given as a period of its own.')),
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
        'What the victim was actually paid and kept, credited week by week (pay by the piece, the day or the job included): leave out what the victim had to hand back to a defendant or for a defendant’s benefit (a “debt”, fees, fines: 29 C.F.R. § 531.35), tips from customers (not wages paid by the employer: no tip credit is taken, 29 U.S.C. § 203(m)(2)(A)) and any value of lodging or meals (never credited).',
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

  const GrossIncomeLine = z.strictObject({
    label: m(text('a short label'), 'Label', 'What the income is ("Cleaning contracts billed for L.M.’s labor").'),
    incomeFrom: m(
      choice(INCOME_FROM, INCOME_FROM_LABELS, { note: 'the two are counted differently under 18 U.S.C. § 1593(b)(3)' }),
      'Income from',
      'labor (compared with the FLSA value) or commercial-sex-acts (added to it: the FLSA does not value commercial sex acts).',
    ),
    days: m(
      optional(z.number({ error: 'must be a number of days' }).int({ error: 'must be a whole number of days' }).min(0, { error: 'must not be negative' })),
      'Days',
      'Number of days (with acts per day and price per act, or with daily earnings).',
    ),
    actsPerDay: m(optional(z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' })), 'Acts per day', 'Acts sold each day.'),
    pricePerAct: optional(money('Price per act', 'The price of one act.')),
    pricePerActCents: removedCents('pricePerActCents', 'pricePerAct'),
    dailyEarnings: optional(money('Daily earnings', 'What the defendant earned from the victim each day.')),
    dailyEarningsCents: removedCents('dailyEarningsCents', 'dailyEarnings'),
    amount: optional(money('Amount', 'A total, e.g. what the defendant billed others for the victim’s labor.')),
    amountCents: removedCents('amountCents', 'amount'),
    // United States v. Clayton (E.D. Pa. 2022): the defendant's share of the gross, 0..1. A share
    // below 1 is warning `share-apportioned` (18 U.S.C. § 3664(h)).
    defendantShare: m(
      withDefault(
        z
          .number({ error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)' })
          .refine((x) => Number.isFinite(x) && x >= 0 && x <= 1, {
            error: 'must be a fraction between 0 and 1 (e.g. 0.5 for half)',
            params: { code: 'share-out-of-range' },
          }),
        1,
      ),
      'Defendant’s share',
      'The fraction of the gross the defendant kept (default 1). Below 1 lowers mandatory restitution: with co-defendants it is ordinarily joint and several (18 U.S.C. § 3664(h)).',
    ),
    // The line's money figure in another currency (conversion.ts): the same shape and checks as a payment's.
    original: m(
      optional(originalOf('gross')),
      'In another currency',
      'When the price per act, the daily earnings or the amount was in pesos, quetzales or another currency: that figure in it, its code and the exchange rate used; the dollar figure above is then that amount × the rate, to the cent.',
    ),
    evidence: m(optional(text('text')), 'Evidence', 'Exhibits or testimony that prove the line ("Invoices (Exhibit 31)").'),
  });

  const LossCategory = choice(LOSS_CATEGORIES, LOSS_CATEGORY_LABELS);

  /** The basis of a projected loss: units a year × rate × years (issue 15 point 7). */
  const LossBasis = z.strictObject({
    units: m(z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' }), 'Units a year', 'How many units a year (26 sessions).'),
    unit: m(text('a unit, e.g. session'), 'Unit', 'What one unit is ("session", "month of rent").'),
    rate: money('Rate', 'The cost of one unit.'),
    years: m(z.number({ error: 'must be a number of years' }).min(0, { error: 'must not be negative' }), 'Years', 'For how many years.'),
  });

  const Loss = z.strictObject({
    category: m(LossCategory, 'Category', 'The 18 U.S.C. § 2259(c)(2) category of the loss.'),
    description: m(text('a description').meta(MULTILINE), 'Description', 'What the loss is.'), // a sentence or two: a multi-line box in the form
    amount: optional(money('Amount', 'The full amount of the loss (or give its basis), including any part insurance or a victim compensation program has paid: the court may not reduce restitution for it, and orders that part paid to the payer after the victim (18 U.S.C. § 3664(f)(1)(B), (j)(1)).')),
    amountCents: removedCents('amountCents', 'amount'),
    basis: m(optional(LossBasis), 'Basis', 'For a projected loss: units a year × rate × years; gives the amount, or must agree with it.'),
    projected: m(z.boolean({ error: 'must be true (a projected future cost) or false (a past cost)' }), 'Projected', 'true for a reasonably projected future cost, false for a past cost.'),
    // Optional dates of the loss: used to tell whether lost income overlaps a labor period
    // (double counting with the labor value).
    startDate: m(optional(IsoDate), 'From', 'First day the loss covers (for lost income).'),
    endDate: m(optional(IsoDate), 'To', 'Last day the loss covers (for lost income).'),
    // The loss in another currency (conversion.ts): the same shape and checks as a payment's.
    original: m(
      optional(originalOf('loss')),
      'In another currency',
      'When the loss was paid or billed in pesos, quetzales or another currency: its amount in it, its code and the exchange rate used; the amount above (or its basis) is then that amount × the rate, in dollars, to the cent.',
    ),
    evidence: m(optional(text('text')), 'Evidence', 'Exhibits or testimony that prove the loss ("Hospital bill (Exhibit 40)").'),
  });

  const PendingLoss = z.strictObject({
    category: m(LossCategory, 'Category', 'The 18 U.S.C. § 2259(c)(2) category of the loss.'),
    description: m(text('a description').meta(MULTILINE), 'Description', 'What the loss is and why its amount is not yet known.'),
  });

  const Exhibit = z.strictObject({
    id: m(text('an exhibit number, e.g. 14 or 31A'), 'Exhibit', 'The exhibit number as cited ("14", "31A").'),
    description: m(text('a description').meta(MULTILINE), 'Description', 'What the exhibit is.'),
  });

  const CustomRate = z.strictObject({
    effectiveDate: m(IsoDate, 'Effective from', 'The first day the rate applies.'),
    hourlyRate: optional(
      Dollars.refine((n) => n > 0, { error: 'must be more than zero', params: { code: 'too-small' } })
        .refine((n) => n <= 100_000, { error: 'is above $1,000.00 an hour; give the hourly rate in dollars (e.g. 15.50)', params: { code: 'too-large' } })
        .meta({ title: 'Hourly rate', description: 'The hourly minimum wage in dollars (e.g. 15.50), required.' }),
    ),
    hourlyRateCents: removedCents('hourlyRateCents', 'hourlyRate'),
    label: m(optional(text('a short label')), 'Label', 'Where the rate comes from ("Denver minimum wage ordinance").'),
  });

  const Settings = z.strictObject({
    workweekStart: m(
      withDefault(choice(WEEKDAYS, WEEKDAY_LABELS), 'sunday'),
      'Workweek starts on',
      'The first day of the fixed 168-hour workweek (29 C.F.R. § 778.105); default sunday.',
    ),
    minimumWage: m(
      withDefault(choice(['federal', 'higher-of-federal-and-state'], MINIMUM_WAGE_LABELS), 'federal'),
      'Minimum wage',
      'federal, or higher-of-federal-and-state (29 U.S.C. § 218(a)); both figures are printed.',
    ),
    liquidatedDamages: m(
      withDefault(z.boolean({ error: 'must be true or false' }), true),
      'Liquidated damages',
      'Include an equal amount as liquidated damages (29 U.S.C. § 216(b); United States v. Edwards); default true.',
    ),
    commercialSexIncome: m(
      withDefault(choice(['added', 'pooled'], COMMERCIAL_SEX_INCOME_LABELS), 'added'),
      'Commercial sex income',
      'added to the greater of labor income and the FLSA value (default), or pooled with labor income; both totals are printed.',
    ),
    customRates: m(optList(CustomRate, CAPS.items), 'Custom rates', 'The case’s own minimum wage rates (e.g. a city ordinance), from their effective dates.'),
  });

  const RestitutionCase = z
    .strictObject({
      preparedOn: m(IsoDate, 'Prepared on', 'The date of the worksheet (also the document date).'),
      court: m(
        optional(
          z.strictObject({
            name: m(text('the court name'), 'Court', 'The court’s name.'),
            docket: m(optional(text('the docket number')), 'Docket number', 'The criminal docket number.'),
            sentencingDate: m(optional(IsoDate), 'Sentencing date', 'The date of sentencing, for the 90-day note (18 U.S.C. § 3664(d)(5)).'),
          }),
        ),
        'Court',
        'The court and docket.',
      ),
      defendants: m(
        list(text('a name'), CAPS.items, 'must be a list of names').min(1, { error: 'must name at least one defendant' }),
        'Defendants',
        'The defendants’ names.',
      ),
      convictions: m(optList(text('a statute'), CAPS.items), 'Statutes of conviction', 'E.g. “18 U.S.C. § 1589 (forced labor)”.'),
      victim: m(
        z.strictObject({
          identifier: m(text('initials or a pseudonym'), 'Victim identifier', 'Initials or a pseudonym; never a minor’s name (Fed. R. Crim. P. 49.1(a)(3)).'),
          minor: m(z.boolean({ error: 'must be true or false' }), 'Minor', 'true when the victim is under 18 on the date of the worksheet (preparedOn). It sets the payee line, and with minorDuringOffense the banner and the name check; no figure depends on age.'),
          // 18 U.S.C. § 3509(d) protects information concerning a child victim: what the
          // worksheet discloses concerns the victim as the offense found them, so the banner rests
          // on minority during the offense, not on the worksheet's date (filing.ts, childStatus).
          minorDuringOffense: m(
            optional(z.boolean({ error: 'must be true or false' })),
            'Minor during the offense',
            'true when the victim was under 18 at any time during the offense (the labor or the acts), even if 18 or older on the date of the worksheet: the worksheet is then marked and filed under seal as concerning a child victim (18 U.S.C. § 3509(d)). Implied by minor: true. No figure depends on it.',
          ),
          payee: m(
            optional(
              z.strictObject({
                name: m(text('a name'), 'Payee', 'Who receives restitution for the victim; never a defendant.'),
                role: m(
                  choice(PAYEE_ROLES, PAYEE_ROLE_LABELS),
                  'Capacity',
                  'legal-guardian, family-member, estate-representative or court-appointed (18 U.S.C. § 1593(c); § 2259(c)(4)).',
                ),
              }),
            ),
            'Payee',
            'For a minor: the guardian or other person who assumes the victim’s rights (18 U.S.C. § 1593(c)).',
          ),
        }),
        'Victim',
        'The victim, identified without a name.',
      ),
      preparer: m(
        z.strictObject({
          name: m(personNameText('the preparer’s', 'give your own name, as you sign'), 'Name', 'The preparer’s name, as signed.'),
          barNumber: m(optional(text('a bar number')), 'Bar number', 'The attorney’s bar number, for the signature block.'),
          barJurisdiction: m(optional(text('a state or court')), 'Bar', 'The state or court of the bar number ("Florida").'),
          organization: m(optional(text('a name')), 'Organization', 'Clinic or firm.'),
          address: m(optional(text('an address')), 'Address', 'Mailing address, one line.'),
          phone: m(optional(Phone), 'Phone', 'Telephone number.'),
          email: m(optional(Email), 'Email', 'Email address.'),
        }),
        'Preparer',
        'Who prepared and signs the worksheet.',
      ),
      settings: m(withDefault(Settings, {}), 'Settings', 'The open legal choices; each is printed with its alternative.'),
      laborPeriods: m(list(LaborPeriod, CAPS.periods, 'must be a list (it may be empty)'), 'Labor periods', 'The periods of work (may be empty).'),
      grossIncome: m(optList(GrossIncomeLine, CAPS.items).meta(itemTitle('Gross income line')), 'Gross income (G)', 'The gross income or value to the defendant, line by line.'),
      losses: m(optList(Loss, CAPS.items), 'Losses (L)', 'The victim’s losses under 18 U.S.C. § 2259(c)(2).'),
      pendingLosses: m(optList(PendingLoss, CAPS.items), 'Losses not yet known', 'Losses not ascertainable yet (18 U.S.C. § 3664(d)(5)).'),
      exhibits: m(optList(Exhibit, CAPS.items), 'Exhibits', 'Descriptions of the exhibits the lines cite.'),
      id: RecordId,
    })
    .superRefine(caseRules)
    .superRefine(laborBounds)
    .superRefine(knownDates);

  return { DayHours, WeeklySchedule, Payment, LaborPeriod, GrossIncomeLine, LossBasis, Loss, PendingLoss, Exhibit, CustomRate, Settings, RestitutionCase };
}

export const restitutionSchemas = lazySchemas('restitution-worksheet', build);

type Schemas = ReturnType<typeof build>;
export type WeeklySchedule = z.infer<Schemas['WeeklySchedule']>;
export type LaborPeriod = z.infer<Schemas['LaborPeriod']>;
export type GrossIncomeLine = z.infer<Schemas['GrossIncomeLine']>;
export type LossBasis = z.infer<Schemas['LossBasis']>;
export type Loss = z.infer<Schemas['Loss']>;
export type Settings = z.infer<Schemas['Settings']>;
export type RestitutionCase = z.infer<Schemas['RestitutionCase']>;
