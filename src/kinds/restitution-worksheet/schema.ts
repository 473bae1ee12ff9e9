// The case data of a restitution worksheet, contract version 2 (the public contract in the domain file
// docs/domain/restitution-worksheet-contract.md). Field-level rules live on the fields;
// cross-field rules (periods that overlap, the state setting, the rate table's first date) are in
// rules.ts and run on the whole case. Messages speak to a paralegal and never quote case data.
// Every field carries a title and a description (JSON Schema: the web app's labels). Money is
// dollars as written (kit `Dollars`); the version-1 `…Cents` names are refused (legacy.ts).
import { z } from 'zod';
import { CAPS, Cents, choice, Dollars, Email, IsoDate, itemTitle, labelled as m, lazySchemas, list, MULTILINE, optional, optList, personNameText, Phone, RecordId, text, withDefault } from '../kit/index.js';
import { removedCents } from './legacy.js';
import { COMMERCIAL_SEX_INCOME_LABELS, MINIMUM_WAGE_LABELS, PAYEE_ROLE_LABELS, WEEKDAY_LABELS } from './labels.js';
import { WEEKDAYS } from './dates.js';
import { laborBounds } from './bounds.js';
import { knownDates } from './known-dates.js';
import { caseRules } from './rules.js';
import { PAYEE_ROLES } from './schema-values.js';
import { laborSchemas } from './schema-labor.js';
import { incomeAndLossSchemas } from './schema-income.js';

// The concepts of the case have modules of their own: schema-values (the choices' values),
// schema-figures (money, exact decimals, a figure in another currency), schema-labor (a labor
// period), schema-income (G lines, losses). This one builds the case from them with its parties,
// settings and exhibits. The values are re-exported here, where compute and the view read them.
export { EXEMPTIONS, INCOME_FROM, LOSS_CATEGORIES, LODGING_OR_MEALS, PAYEE_ROLES } from './schema-values.js';
export { IsoDate, Cents };

/**
 * The kind's schemas, built by `restitutionSchemas()` on the kind's first use, not when the
 * registry is imported (src/kinds/kit/lazy.ts; issue 18): a thread that checks another kind never
 * builds them.
 */
function build() {
  const { DayHours, WeeklySchedule, Payment, LaborPeriod } = laborSchemas();
  const { GrossIncomeLine, LossBasis, Loss, PendingLoss } = incomeAndLossSchemas();

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
          // The age on each day worked (age.ts; worksheet 2.22.0): never printed, and used for
          // nothing else. Optional, so every earlier case reads as before.
          dateOfBirth: m(
            optional(IsoDate),
            'Date of birth',
            'Optional, never printed: when given, what the worksheet says of a child’s labor (the victim’s age, and the rules of a child’s farm work, 29 U.S.C. § 213(c)) rests on the age on each day worked, not on the whole case. Give it when the victim turned 18 during the labor, or was a child during the offense and is 18 now.',
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
