// The worksheet's statements of the law applied: the rules (each with its citation, built from the
// case's settings so that every rule choice prints the citation behind it), the sentence on
// figures in another currency, and the rounding rule (view.ts assembles the worksheet).
import type { RestitutionComputed } from './compute.js';
import { CLAYTON, EDWARDS } from './authorities.js';
import { andList } from '../kit/index.js';
import { hasPartialWeekShare } from './credits.js';
import { convertedFigures } from './conversion.js';
import { territorySentence } from './territories.js';
import type { RestitutionCase } from './schema.js';
import { exemptionRule } from './exemption-text.js';
import { overtimeRateSentence } from './regular-rate.js';

/**
 * The sentence on figures given in another currency, naming the kinds the case has (a payment, a
 * gross-income figure, a loss), or null. Restitution and the FLSA's wages are in dollars (18
 * U.S.C. § 1593(b)(3); 29 U.S.C. § 206(a)(1)); no statute or rule fixes the exchange rate or its
 * date, so the rate is the preparer's, printed beside each figure
 * (docs/domain/restitution-worksheet-pay.md, "Paid in another currency").
 */
export function foreignCurrencyRule(c: RestitutionCase): string | null {
  const kinds = new Set(convertedFigures(c).map((x) => x.what));
  if (kinds.size === 0) return null;
  const names = [kinds.has('payment') ? 'a payment to the victim' : null, kinds.has('gross') ? 'a gross-income figure' : null, kinds.has('loss') ? 'a loss' : null].filter((x): x is string => x !== null);
  const one = { payment: 'A payment received in another currency is credited', gross: 'A gross-income figure given in another currency is counted', loss: 'A loss incurred in another currency is claimed' } as const;
  const what = kinds.size === 1 ? one[[...kinds][0]!] : `Each figure given in another currency (${andList(names)}) is stated`;
  return `${what} in US dollars at the exchange rate the preparer gives, printed beside it with the amount in that currency and the rate’s date or source, so that each dollar figure can be recomputed: no statute or rule fixes the rate or its date for restitution, and the court may apply another.`;
}

/**
 * The rounding rule as printed: each rounding the case's figures go through, and only those. It
 * used to name workweeks and gross-income lines on every worksheet (one with neither read of
 * roundings that never happened) and never the losses computed from a basis, which are rounded
 * too (losses.ts: units × rate × years, half-up once), so a basis with 2.5 years gave a rounded
 * amount under no stated rule.
 */
export function roundingPolicy(c: RestitutionCase): string {
  const rounded = [
    c.laborPeriods.length > 0 ? 'each workweek’s wages owed are rounded half-up to the cent once' : null,
    hasPartialWeekShare(c.laborPeriods, c.settings.workweekStart) ? 'a weekly payment’s share of a partial first or last workweek (the weekly amount × days ÷ 7) is rounded half-up to the cent once' : null,
    convertedFigures(c).length > 0 ? 'each figure given in another currency is its amount there × the exchange rate given (US dollars for one unit), rounded half-up to the cent once' : null,
    c.grossIncome.length > 0 ? 'each gross-income line is rounded half-up to the cent once' : null,
    c.losses.some((l) => l.basis !== null) ? 'each loss’s basis (units × rate × years) is rounded half-up to the cent once' : null,
  ].filter((x): x is string => x !== null);
  if (rounded.length === 0) return 'Rounding: every amount is exact to the cent, and every total is the exact sum of its rows.';
  const list = rounded.join('; ');
  return `Rounding: all arithmetic is exact decimal arithmetic on cents. ${list.charAt(0).toUpperCase()}${list.slice(1)}; every total is the exact sum of the rounded rows.${c.laborPeriods.length > 0 ? ' Rates with fractions of a cent (such as an overtime rate of $10.875) are never rounded before the weekly total.' : ''}`;
}

/**
 * The end of the rule on G: the share a line may count. With one defendant it is "the defendant's
 * share". With several, "the defendant" named none of them, and beside a total requested of each
 * jointly and severally (filing.ts, liabilityNote) read as if the share apportioned the total: a
 * line's share is the part of its gross that one defendant kept (Clayton, one defendant's half),
 * while who pays the total is the court's choice under 18 U.S.C. § 3664(h) ("may make each
 * defendant liable for payment of the full amount of restitution or may apportion liability among
 * the defendants to reflect the level of contribution to the victim's loss and economic
 * circumstances of each defendant"), a choice about the total, not about a line (worksheet 2.24.0;
 * docs/domain/restitution-worksheet-filing.md, "Several defendants").
 */
function shareClause(c: RestitutionCase): string {
  const example = (whose: string) => `${CLAYTON}: 15 days × 6 acts × $80 = $7,200, of which ${whose} half, $3,600`;
  if (c.defendants.length < 2) return `times the defendant’s share where the defendant kept only part (${example('the defendant’s')}).`;
  return (
    `times a share where the evidence shows that one of the defendants kept only part of a line’s gross (${example('one defendant’s')}). ` +
    'A share measures that line’s gross income to one defendant; it does not divide the total among the defendants. With more than one defendant, the court may make each defendant liable for payment of the full amount of restitution, or may apportion liability among them to reflect the level of each one’s contribution to the victim’s loss and the economic circumstances of each (18 U.S.C. § 3664(h)).'
  );
}

export function rulesApplied(c: RestitutionCase, computed: RestitutionComputed): string[] {
  const s = c.settings;
  const day = s.workweekStart.charAt(0).toUpperCase() + s.workweekStart.slice(1);
  const rules = [
    'Restitution is mandatory for the full amount of the victim’s losses (18 U.S.C. § 1593(b)(1)).',
    'The full amount is the victim’s losses under 18 U.S.C. § 2259(c)(2) plus the greater of (G) the gross income or value to the defendant of the victim’s services or labor and (F) the value of the victim’s labor under the minimum wage and overtime guarantees of the Fair Labor Standards Act (18 U.S.C. § 1593(b)(3)). Losses are never part of the greater-of comparison.',
  ];
  if (c.laborPeriods.length > 0) {
    rules.push(
      `Workweeks are fixed, recurring 168-hour periods beginning each ${day} (29 C.F.R. § 778.105). Each workweek stands alone: hours are never averaged or pooled across workweeks, a period that starts mid-week produces a partial first week (29 C.F.R. § 778.104), and all hours worked in one workweek are totaled, even for unrelated jobs (29 C.F.R. § 778.103).`,
    );
    const rate =
      s.minimumWage === 'higher-of-federal-and-state'
        ? 'Minimum wage: for each day, the higher of the federal minimum wage (29 U.S.C. § 206(a)(1)) and the minimum wage of the state where the work was done, under that state’s own law as cited for each period below (29 U.S.C. § 218(a) preserves higher state minimum wages)'
        : 'Minimum wage: the federal minimum wage in force on each day (29 U.S.C. § 206(a)(1): $5.15 from September 1, 1997; $5.85 from July 24, 2007; $6.55 from July 24, 2008; $7.25 from July 24, 2009)';
    rules.push(`${rate}${s.customRates.length > 0 ? `, or ${s.customRates.length === 1 ? 'the additional minimum wage listed among the assumptions, from its effective date,' : 'an additional minimum wage listed among the assumptions, from its effective date,'} where that is higher` : ''}.${territorySentence(c)}`);
    rules.push(
      `Overtime: hours over 40 in a workweek are paid at one and one-half times the regular rate (29 U.S.C. § 207(a)(1)). In a workweek with more than one rate, the regular rate is the weighted average: straight time at each day’s rate, plus one-half of (straight-time total ÷ total hours) for each overtime hour (29 C.F.R. § 778.115).${overtimeRateSentence(c)}`,
    );
    const exemptions = exemptionRule(c);
    if (exemptions) rules.push(exemptions);
    // 29 C.F.R. § 531.35: a wage is paid only "finally and unconditionally" ("free and clear"); what
    // a trafficked child hands back (a "debt", a fee, a fine) was never paid. Said wherever the
    // case credits wages, so the court reads the credits as amounts the victim kept. From template
    // 2.17.0 it names what was deducted before the pay was handed over (rent for a bunk taken from
    // each week's pay: a lodging credit by deduction, which § 203(m) and 29 C.F.R. §§ 531.3, 531.30
    // govern and the sentence before refuses) and pay in kind (food instead of part of the cash:
    // 29 C.F.R. § 531.27(a), wages are paid in cash or its equivalent): it spoke of what was
    // handed back alone, and opposing counsel read a credit for the gross pay into the silence.
    // From 2.18.0 also where a period records deductions (deductions.ts), credited or not.
    const paid = c.laborPeriods.some((p) => (p.wagesPaid?.perWeek ?? 0) > 0 || (p.wagesPaid?.payments ?? []).length > 0 || (p.deductions ?? []).length > 0);
    rules.push(
      `Wages actually paid are credited to the workweek in which they were paid, with no carry-over: an overpaid week does not reduce another week’s shortfall (29 C.F.R. §§ 776.4, 778.104). No credit is taken for room or board, which requires proof of actual cost and of voluntary, uncoerced acceptance (29 C.F.R. §§ 531.3, 531.30).${paid ? ' The wages credited are the cash the victim received free and clear (29 C.F.R. §§ 531.27(a), 531.35): an amount deducted from the pay, or that the victim had to hand back, directly or indirectly, to a defendant or for a defendant’s benefit (for a bed or meals, as a “debt”, a fee or a fine), is not a wage paid and is not credited, nor are food, lodging or goods given instead of pay.' : ''}`,
    );
    rules.push(
      s.liquidatedDamages
        ? `Liquidated damages in an amount equal to the unpaid minimum wages and overtime are included (29 U.S.C. § 216(b); ${EDWARDS}: the FLSA value includes liquidated damages). F is shown with and without them.`
        : // What is chosen and on what basis, as a filing says it (worksheet 2.22.0): it read "not
          // included, by the case’s setting", the software's word, which gave the court no ground.
          // The ground is the district court's in Edwards (liquidated damages a civil remedy, not
          // the value of the labor), as the court of appeals reports it; the holding against it is
          // named beside it (docs/domain/restitution-worksheet-flsa.md, "Liquidated damages").
          `Liquidated damages (29 U.S.C. § 216(b)) are not requested: F is the unpaid minimum wages and overtime alone, on the reading that liquidated damages are damages available only in a civil action under the FLSA and not part of the value of the victim’s labor. ${EDWARDS}, holds that they are part of it; F is shown with and without them.`,
    );
    rules.push('Interest is not computed.');
  }
  if (computed.grossIncome.lines.length > 0) {
    rules.push(
      // The four forms a line may take (rules.ts, incomplete-line), every one named whatever the
      // case's lines use, as the rule states the method and not the case: the monthly form was
      // named only when a line used it, so a worksheet without one stated three forms of four.
      `Gross income or value to the defendant: each line is days × acts per day × price per act, days × daily earnings, monthly earnings × the months covered (a month partly covered counting its days covered ÷ its days), or an amount, ${c.grossIncome.some((g) => g.victims != null) ? 'divided by the number of victims where the evidence gives a figure only for several victims together (an equal part each, the amount being proved by a preponderance: 18 U.S.C. § 3664(e)), ' : ''}${shareClause(c)}`,
    );
  }
  if (c.grossIncome.some((g) => g.incomeFrom === 'commercial-sex-acts')) {
    // With no labor periods there is no F, and so no comparison for the setting to choose: both
    // readings give the same total, and "compared with F" would speak of a figure that is not there.
    rules.push(
      c.laborPeriods.length === 0
        ? `No labor periods were given, so there is no FLSA value (F) to compare: the gross income to the defendant from the victim’s commercial sex acts counts in full, whether it is added to the income from the labor or pooled with it (18 U.S.C. § 1593(b)(3)).`
        : c.settings.commercialSexIncome === 'pooled'
        ? // Said as a filing states its position (worksheet 2.22.0): it read "compared with F, by
          // the case’s setting". The ground is § 1593(b)(3)'s one "gross income or value to the
          // defendant of the victim's services or labor", read as a single figure set against F.
          'Gross income from commercial sex acts is pooled with the gross income from the labor, and the two together are compared with F: § 1593(b)(3) is read as comparing one figure, the gross income or value to the defendant of all the victim’s services or labor, with the value of the labor under the FLSA. The FLSA does not value commercial sex acts; the total with that income added instead is shown as the alternative.'
        : 'The FLSA values labor, not commercial sex acts. G and F are therefore compared for the labor alone, and the gross income to the defendant from the victim’s commercial sex acts, a value of the victim’s services that F does not measure, is added (18 U.S.C. § 1593(b)(3)). The total with that income pooled instead is shown as the alternative.',
    );
  }
  const currency = foreignCurrencyRule(c);
  if (currency) rules.push(currency);
  if (c.losses.length > 0) {
    // § 2259(c)(2): "any costs incurred, or that are reasonably projected to be incurred in the
    // future, by the victim, as a proximate result of the offenses involving the victim", the
    // categories (A)–(F) "including". The rule used to list the categories without the causal
    // requirement, which is what the defense contests and the court must find.
    rules.push(
      'Losses are the costs the victim incurred, or is reasonably projected to incur in the future, as a proximate result of the offense, including the categories of 18 U.S.C. § 2259(c)(2)(A)–(F); they are part of § 1593 restitution by § 1593(b)(3).',
    );
  }
  return rules;
}
