// The worksheet's assumptions and open legal questions flagged for counsel: which minimum wage F
// uses, custom rates, workweeks shared by two periods, a week's pay pooled, exemptions, a child's
// labor, compensation already received (view.ts assembles the worksheet).
import type { RestitutionComputed } from './compute.js';
import { EDWARDS, EDWARDS_DISTRICT, JURISDICTION_NAMES } from './authorities.js';
import { andList, counted, longDate, money } from '../kit/index.js';
import { fromDay } from './dates.js';
import { sharedWorkweeks } from './workweeks.js';
import { overlapText } from './overlaps.js';
import { customRatesText, customRateStates, noStateRateHigher, stateRateNoEffect, stateRatesChangeF, withoutStateRates } from './rates.js';
import type { RestitutionCase } from './schema.js';
import { minorLaborAssumption } from './age.js';
import { exemptionPeriodAssumptions } from './exemption-periods.js';
import { exemptionAssumptions } from './exemption-text.js';
import { CIVIL_RECOVERY_ASSUMPTION, COMPENSATION_ASSUMPTION } from './losses.js';
import { minimumWageOvertimeAssumption } from './regular-rate.js';
import { payKinds } from './job-lines.js';
import { stateTipCreditText, tipFloorFigures } from './tips.js';

/** Which minimum wage F uses, said exactly: "federal alone" only when nothing else was applied. */
function minimumWageAssumption(c: RestitutionCase, computed: RestitutionComputed): string {
  const s = c.settings;
  if (s.minimumWage === 'higher-of-federal-and-state') {
    if (!computed.ratesUsed.state) return noStateRateHigher(s);
    if (!stateRatesChangeF(computed)) return stateRateNoEffect(s, money(computed.flsa.totalCents));
    return `State minimum wages were used where higher. Whether § 1593 adopts state minimum wages is unsettled; the FLSA value ${withoutStateRates(s)} is also shown so that the court can choose.`;
  }
  // With the state setting off, a state rate higher on days worked lowers what the child
  // recovers: the total with state rates is then shown among the open legal choices.
  const withState = computed.alternatives.withStateRates;
  const ask = withState
    ? `With the minimum wage of each period’s state where higher, the total would be ${money(withState.totalCents)} (shown with the open legal choices); counsel may ask the court to use it (29 U.S.C. § 218(a)).`
    : null;
  if (s.customRates.length > 0) {
    return `The federal minimum wage was used, and the additional minimum wage${s.customRates.length === 1 ? '' : 's'} listed in the next point where higher; no state minimum wage was used. ${ask ?? 'Where a state rate was higher, counsel may ask the court to use it (29 U.S.C. § 218(a)), and F would then be computed with each state’s rate on the days it was higher.'}`;
  }
  return `Only the federal minimum wage was used. ${ask ?? 'Where the state (or a city) rate was higher, counsel may ask the court to use it (29 U.S.C. § 218(a)), and F would then be computed with that rate on the days it was higher.'}`;
}

/**
 * The case's custom rates, with their dates and labels, and the plain statement that they apply
 * to every labor period: a custom rate has no place attached (README, "Custom rates").
 */
function customRatesAssumption(c: RestitutionCase, computed: RestitutionComputed): string {
  const s = c.settings;
  const others = s.minimumWage === 'higher-of-federal-and-state' ? 'both the federal and the state minimum wage' : 'the federal minimum wage';
  const states = customRateStates(c);
  const where = states.length > 1 ? ` (here in ${andList(states.map((x) => JURISDICTION_NAMES[x] ?? x))})` : '';
  const one = s.customRates.length === 1;
  const unused = computed.ratesUsed.custom ? '' : one ? ' It was not higher on any day worked, so it changed nothing in F.' : ' None of them was higher on any day worked, so none changed F.';
  // Said as a filing states what it applied, with each rate's source: it read "The case’s own
  // minimum wage rate applies …", the software's word for a setting, which a court cannot cite.
  return `${one ? 'An additional minimum wage is applied, from its effective date, on the days where it is' : 'Additional minimum wages are applied, each from its effective date, on the days where they are'} higher than ${others}: ${customRatesText(s)}. ${one ? 'It is' : 'They are'} applied to the work of every labor period, wherever it was done${where}.${unused}`;
}

/**
 * The workweeks whose overtime comes from totaling the hours of two labor periods (two
 * establishments, or the work of two defendants), or null. 29 C.F.R. § 778.103: the hours worked
 * for one employer in a workweek are totaled even for unrelated jobs, and so are those worked for
 * joint employers; periods worked for separate employers would each count their own hours, with
 * less overtime. The case does not say who employed the victim in each period, so the worksheet
 * totals them, as it does every hour of a workweek, and says so where it matters (overtime owed).
 */
export function sharedWorkweeksText(c: RestitutionCase, computed: RestitutionComputed): string | null {
  if (c.laborPeriods.length < 2) return null;
  const shared = new Set(sharedWorkweeks(c.laborPeriods, c.settings.workweekStart).map(fromDay));
  const rows = computed.weeks.filter((w) => shared.has(w.weekStart) && w.overtimeHours > 0);
  if (rows.length === 0) return null;
  const weeks = rows.map((w) => longDate(w.weekStart));
  const n = weeks.length === 1 ? 'the workweek of' : `${counted(weeks.length, 'workweek')}, those of`;
  const those = weeks.length === 1 ? 'that workweek' : 'those workweeks';
  // What the separate-employers reading changes, said only as far as the case shows it: fewer
  // overtime hours always (each employer's hours over 40, never more than the total's); and where
  // wages were credited in those weeks, one job's pay no longer set against the other's shortfall
  // (29 C.F.R. § 778.104), which can raise F as well as lower it. "Which lowers F" was said of
  // every such week, wrongly where one job overpaid its own hours (worked example 20).
  // With no pay and every hour's overtime on the week's weighted minimum wage, each employer's
  // premium is at most its share of the total's ((h − 40) ÷ h grows with h), so F is lower; a week
  // valued on an agreed rate is valued by job (job-lines.ts), and only "may" is said of it.
  const paid = rows.some((w) => w.paidCents > 0);
  const pay = paid
    ? `, and only its own pay is credited against its own hours, so that one job’s pay no longer covers the other’s shortfall: F may then be lower (less overtime) or higher (a job that paid more than its own hours were owed covering nothing of the other’s)`
    : rows.some((w) => w.agreedRate)
      ? ': F may then be lower'
      : `: F is then lower, as no wages were credited in ${those}`;
  return `In ${n} ${andList(weeks)}, the victim worked in more than one labor period and more than 40 hours in all. The hours of those periods are totaled and overtime is owed on the total, as it is for the hours worked for one employer, even in unrelated jobs, or for joint employers (29 C.F.R. § 778.103). If the court finds that the periods were worked for separate employers that did not employ the victim jointly, each employer owes overtime in ${those} only on its own hours over 40, fewer overtime hours than on the total (none where no employer’s own hours pass 40)${pay}. That reading is not computed here, as the worksheet does not state who employed the victim in each period.`;
}

/**
 * The workweeks of two jobs valued on an agreed rate whose pay Harbor credits job by job, when the
 * pooled reading gives another F (computed.alternatives.weekPayPooled), or null. Each job's pay goes
 * to its own agreed straight time (29 C.F.R. §§ 778.115, 778.419; overtime.ts, agreedWeek); read as
 * one employer's pay, § 778.315 has all the straight time agreed for the week paid first from either
 * job's pay. The court decides which; the figure is the same calculation rerun with the pay pooled.
 */
export function weekPayPooledText(computed: RestitutionComputed): string | null {
  const a = computed.alternatives.weekPayPooled;
  if (!a) return null;
  const weeks = computed.weeks.filter((w) => w.jobs !== null).map((w) => longDate(w.weekStart));
  const n = weeks.length === 1 ? 'the workweek of' : `${counted(weeks.length, 'workweek')}, those of`;
  const direction = a.flsaCents > computed.flsa.totalCents ? 'higher' : 'lower';
  const kinds = payKinds(computed.weeks.filter((w) => w.jobs !== null));
  const rate = kinds.hourly && kinds.daily ? 'an agreed hourly rate or a day rate' : kinds.daily ? 'a day rate' : 'an agreed hourly rate';
  return `In ${n} ${andList(weeks)}, two jobs or more were worked, at least one at ${rate}, and wages were paid: each job’s pay is credited to the straight time agreed for its own hours, since each job’s straight time is earned at its own rate and paid by its own wages (29 C.F.R. §§ 778.115, 778.419). If the court reads the week’s pay as one employer’s, all the straight time agreed for the week is paid first from either job’s pay (29 C.F.R. § 778.315), and F would be ${money(a.flsaCents)}, ${direction} than ${money(computed.flsa.totalCents)}; the total would be ${money(a.totalCents)} (shown with the open legal choices).`;
}

/** Assumptions and open legal choices the worksheet flags for counsel. */
export function assumptions(c: RestitutionCase, computed: RestitutionComputed): string[] {
  const out: string[] = [];
  const s = c.settings;
  if (c.laborPeriods.length > 0) {
    out.push(minimumWageAssumption(c, computed));
    if (s.customRates.length > 0) out.push(customRatesAssumption(c, computed));
    out.push(
      s.liquidatedDamages
        ? // Why, and the other side, as the Fourth Circuit reports the ruling it vacated in part: the
          // district court ordered the unpaid minimum wages and overtime and held liquidated damages
          // "statutory punitive damages" available only in civil cases (docs/domain/restitution-worksheet-flsa.md).
          `Liquidated damages are included following ${EDWARDS}, which held that the value of the victim’s labor under the FLSA’s guarantees includes them: they compensate for the delay in payment and are not a penalty. The district court there (${EDWARDS_DISTRICT}) had ordered the unpaid minimum wages and overtime but left out liquidated damages as “statutory punitive damages” available only in civil cases, as the court of appeals reports its ruling, which it vacated in part; courts outside the Fourth Circuit may decide otherwise.`
        : `Liquidated damages are not requested, on the reading that they are damages available only in a civil action under the FLSA and not part of the value of the victim’s labor: the reading of the district court (${EDWARDS_DISTRICT}) whose ruling ${EDWARDS}, vacated in part, holding that the FLSA value includes them; courts outside the Fourth Circuit may decide either way.${computed.alternatives.withLiquidatedDamages ? ` With them the total would be ${money(computed.alternatives.withLiquidatedDamages.totalCents)} (shown with the open legal choices).` : ''}`,
    );
    const overtimeAtMinimum = minimumWageOvertimeAssumption(c, computed);
    if (overtimeAtMinimum) out.push(overtimeAtMinimum);
    out.push(...exemptionAssumptions(computed));
    out.push(...exemptionPeriodAssumptions(c, computed));
    const shared = overlapText(c.laborPeriods);
    if (shared) out.push(shared);
    const joint = sharedWorkweeksText(c, computed);
    if (joint) out.push(joint);
    const pooledPay = weekPayPooledText(computed);
    if (pooledPay) out.push(pooledPay);
    if (c.laborPeriods.some((p) => (p.wagesPaid?.perWeek ?? 0) > 0)) {
      // credits.ts, perWeekCreditCents: why a partial week is credited pro rata.
      out.push('A weekly payment amount given for a period is credited in full to each whole workweek of the period, and to a partial first or last workweek in proportion to its days inside the period (days ÷ 7, rounded half-up to the cent): a weekly wage pays for a week, not for the days of it the period covers (compare 29 C.F.R. § 541.602(b)(6), a proportionate part of a weekly salary in the first and last week of employment).');
    }
    if (c.laborPeriods.some((p) => p.weeklySchedule !== null)) {
      out.push('Hours from a weekly schedule are the usual hours the evidence describes; a daily log, where given, replaces the schedule on its dates.');
    }
    out.push(
      'State rates are the basic adult rate of each state’s law as cited; local minimum wages (city or county ordinances) and industry rates are not included unless listed as an additional minimum wage.',
    );
    // A tipped worker (a restaurant, a nail salon) or one paid by the piece: the defense may ask
    // for a tip credit (a cash wage of $2.13 an hour), which 29 U.S.C. § 203(m)(2)(A) allows only to
    // an employer that informed the employee of it and let the employee keep all tips. Said on
    // every worksheet with labor, since the case data has no field for either and a court should
    // not have to infer which position the figures take. From template 2.18.0 it gives the floor a
    // proved tip credit leaves, so that opposing counsel's figure can be checked against it: a cash
    // wage of $2.13 (§ 203(m)(2)(A)(i)), a credit of at most $5.12 (29 C.F.R. § 531.59), overtime on
    // the full minimum wage (§ 531.60). From 2.19.0 it says which floor governs the figure as
    // computed and what each state of the case does to a tip credit against its own rate (tips.ts).
    // From 2.20.0 the floor is given at each federal rate in force on the case's days (tips.ts,
    // tipFloorFigures), and the overtime of pay by the piece on its regular rate (29 C.F.R. § 778.111).
    const floor = tipFloorFigures(c);
    out.push(
      `The full minimum wage is owed for every hour worked. No tip credit is taken: an employer may count tips toward the minimum wage only if it informed the employee of the tip credit and the employee kept all tips (29 U.S.C. § 203(m)(2)(A)), and tips the victim received are not credited as wages paid. Even a tip credit proved would leave a cash wage of at least $2.13 an hour owed (29 U.S.C. § 203(m)(2)(A)(i)): the credit is at most the federal minimum wage less that cash wage (${floor.credit}), and only as far as tips the victim kept reach it (29 C.F.R. § 531.59); the regular rate for overtime is still the full minimum wage, so an overtime hour owes at least one and one-half times it less the same credit (${floor.overtime}: 29 C.F.R. § 531.60). ` +
        stateTipCreditText(c, computed) +
        ' Pay by the piece, the day or the job is credited as wages paid in the workweek it was paid; it does not lower the minimum wage owed for each hour. Its overtime is owed on the regular rate it gives: for pay by the piece, the week’s piece earnings divided by its hours, with half that rate for each hour over 40 besides the piece pay (29 C.F.R. § 778.111(a)); F values overtime on that rate where a period gives it as its agreed rate, and otherwise on the minimum wage, which is lower wherever the piece pay was higher.',
    );
  }
  if (c.laborPeriods.length > 0) {
    const minor = minorLaborAssumption(c);
    if (minor) out.push(minor);
  }
  if (computed.alternatives.jointAndSeveral) {
    out.push(
      // With several defendants "the defendant's share" did not say whose, and beside a total
      // asked of all of them jointly it hid that the rest of the line is asked of none.
      `At least one gross-income line counts only ${c.defendants.length > 1 ? 'a share of its gross income, the part one defendant kept: the rest of that line’s gross is claimed from none of the defendants, though the total above is asked of each of them' : 'the defendant’s share'}. Where others shared in that income, the court may make each defendant liable for the line’s whole gross instead (18 U.S.C. § 3664(h)); that total is shown with the open legal choices. Counting only a share lowers mandatory restitution.`,
    );
  }
  if (c.losses.length > 0) out.push(COMPENSATION_ASSUMPTION);
  if (c.laborPeriods.length > 0 || c.grossIncome.length > 0 || c.losses.length > 0) out.push(CIVIL_RECOVERY_ASSUMPTION);
  if (computed.grossIncome.lines.some((l) => !l.hasEvidence)) {
    out.push('At least one gross-income line cites no evidence; the court may not accept it without support.');
  }
  // 18 U.S.C. § 3612(f)(1): "The defendant shall pay interest on any fine or restitution of more
  // than $2,500, unless the fine is paid in full before the fifteenth day after the date of the
  // judgment" (United States v. Fromm, No. 98 CR 755 (N.D. Ill. June 18, 2014)). It runs on the
  // judgment's amount from the judgment, so it is no figure of a worksheet filed before it.
  out.push(
    'Interest is not included. Interest after judgment on restitution of more than $2,500 accrues under 18 U.S.C. § 3612(f) on the amount the judgment orders, for the court and the clerk to apply, and is not computed here; counsel may consider whether to request interest for the time before judgment.',
  );
  return out;
}
