// Cross-field validation rules (domain file, "Bad input the schema rejects with a path").
// zod 4 may run these refinements even when a field of the object already failed, so every rule
// checks that the values it reads are valid before using them, and reports nothing otherwise
// (the field's own error is already there).
import type { z } from 'zod';
import { Dec } from './money.js';
import { anniversary, calendarDate, formatIsoDate, given, isIsoDate } from '../kit/index.js';
import { nameKey } from '../kit/names.js';
import { FIRST_RATE_DATE } from './wage-table.js';
import { TERRITORY_FROM } from './territories.js';
import { convertedCents, CURRENCIES, rateInverted } from './conversion.js';

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

function add(ctx: Ctx, path: Path, code: string, message: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { code } });
}

const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Rules inside one labor period; paths are relative to the period. */
export function periodRules(raw: unknown, ctx: Ctx): void {
  const p = rec(raw);
  const start = isIsoDate(p.startDate) ? p.startDate : null;
  const end = isIsoDate(p.endDate) ? p.endDate : null;
  if (start && end && end < start) {
    add(ctx, ['endDate'], 'end-before-start', 'must be on or after the start date (the end date is inclusive)');
  }
  if (!given(p.weeklySchedule) && arr(p.days).length === 0) {
    add(ctx, ['weeklySchedule'], 'no-hours', 'give a weekly schedule or a daily log of hours for this period');
  }
  const seen = new Set<string>();
  arr(p.days).forEach((d, j) => {
    const date = rec(d).date;
    if (!isIsoDate(date)) return;
    if (start && end && (date < start || date > end)) {
      add(ctx, ['days', j, 'date'], 'date-outside-period', "must fall within the period's start and end dates");
    }
    if (seen.has(date)) add(ctx, ['days', j, 'date'], 'duplicate-date', 'appears twice in the daily log; give one entry per date');
    seen.add(date);
  });
  // 29 U.S.C. § 213(a)(6) would value the labor at $0; Harbor refuses it (docs/domain/restitution-worksheet-flsa.md, "Exemptions").
  if (p.exemption === 'agriculture-213a6') {
    add(
      ctx,
      ['exemption'],
      'exemption-not-computed',
      'is not computed: 29 U.S.C. § 213(a)(6) removes the minimum wage as well as overtime, which values the labor at $0 and turns on facts for the court. Leave these hours out of laborPeriods and claim their value to the defendant as grossIncome; or, if counsel contests the exemption, use agriculture-213b12 (§ 213(b)(12), overtime only) or none',
    );
  }
  // One rate a period: a day rate is the straight time of every hour of its days (29 C.F.R. §
  // 778.112), an agreed hourly rate that of each hour (§ 778.110); both would count the hours twice.
  if (given(p.agreedRate) && given(p.dayRate)) {
    add(ctx, ['dayRate'], 'agreed-and-day-rate', 'is given with an agreed hourly rate: give one of them (a day rate when the victim was paid a flat sum a day whatever the hours, an agreed hourly rate when paid by the hour), or give the two pay arrangements as two periods');
  }
  const paid = rec(p.wagesPaid);
  conversionRules(paid.perWeek, paid.perWeekOriginal, ['wagesPaid', 'perWeek'], ['wagesPaid', 'perWeekOriginal'], ctx);
  arr(paid.payments).forEach((pay, j) => {
    conversionRules(rec(pay).amount, rec(pay).original, ['wagesPaid', 'payments', j, 'amount'], ['wagesPaid', 'payments', j, 'original'], ctx);
    const date = rec(pay).date;
    if (!given(rec(pay).amount) && !given(rec(pay).amountCents)) {
      add(ctx, ['wagesPaid', 'payments', j, 'amount'], 'invalid-type', 'is required: the amount paid, in dollars (e.g. 100.00)');
    }
    if (isIsoDate(date) && start && end && (date < start || date > end)) {
      add(
        ctx,
        ['wagesPaid', 'payments', j, 'date'],
        'date-outside-period',
        "must fall within the period's dates (a payment is credited to the workweek that contains it)",
      );
    }
  });
}

/** Rules across the whole case; paths are from the case root. */
export function caseRules(raw: unknown, ctx: Ctx): void {
  const c = rec(raw);
  const settings = rec(c.settings);
  const periods = arr(c.laborPeriods).map(rec);
  const customDates = arr(settings.customRates)
    .map((r) => rec(r).effectiveDate)
    .filter(isIsoDate)
    .sort();

  // Periods that share days are separate jobs whose hours are added (overlaps.ts): a warning, and
  // an error only where a day's hours in all of them pass 24 (compute.ts, dayOverflows).

  periods.forEach((p, i) => {
    // FLSA § 218(a) setting: the state rate needs the state where the work was done.
    if (settings.minimumWage === 'higher-of-federal-and-state' && !given(p.state)) {
      add(ctx, ['laborPeriods', i, 'state'], 'state-required', 'is required when the minimum wage setting is higher-of-federal-and-state');
    }
    // A territory where the federal minimum wage applied only from a date (territories.ts): the
    // Northern Mariana Islands before September 30, 2018. A custom rate cannot help: the federal
    // rate, above the Commonwealth's steps, is always the floor (rates.ts).
    const territory = typeof p.state === 'string' ? TERRITORY_FROM[p.state.trim().toUpperCase()] : undefined;
    if (territory && isIsoDate(p.startDate) && p.startDate < territory.from) {
      add(ctx, ['laborPeriods', i, 'startDate'], 'territory-before-federal-rate', territory.message);
    }
    // The built-in federal table starts 1997-09-01; earlier work needs a case custom rate.
    if (isIsoDate(p.startDate) && p.startDate < FIRST_RATE_DATE && !(customDates[0] && customDates[0] <= p.startDate)) {
      add(
        ctx,
        ['laborPeriods', i, 'startDate'],
        'no-rate-table',
        `is before ${FIRST_RATE_DATE}, where Harbor's minimum wage table starts; add a custom rate (settings.customRates) effective on or before this date`,
      );
    }
  });

  customDates.forEach((d, k) => {
    if (k > 0 && customDates[k - 1] === d) {
      const idx = arr(settings.customRates).findLastIndex((r) => rec(r).effectiveDate === d);
      add(ctx, ['settings', 'customRates', idx, 'effectiveDate'], 'duplicate-date', 'two custom rates take effect on the same date; keep one');
    }
  });

  // A G line is one of four forms (domain file, "G"): days × acts × price, days × daily
  // earnings, monthly earnings over their dates (template 2.18.0), or an amount. A line that still sends a version-1 field is already refused.
  arr(c.grossIncome).forEach((raw, i) => {
    const g = rec(raw);
    const has = (k: string) => given(g[k]);
    if (['pricePerActCents', 'dailyEarningsCents', 'amountCents'].some(has)) return;
    const forms = [has('actsPerDay') || has('pricePerAct'), has('dailyEarnings'), has('monthlyEarnings'), has('amount')].filter(Boolean).length;
    const acts = has('actsPerDay') || has('pricePerAct');
    const monthly = has('monthlyEarnings');
    const complete = acts ? has('days') && has('actsPerDay') && has('pricePerAct') : has('dailyEarnings') ? has('days') : monthly ? has('startDate') && has('endDate') && !has('days') : has('amount');
    const datesAlone = !monthly && (has('startDate') || has('endDate'));
    if (forms !== 1 || !complete || datesAlone || (has('days') && has('amount'))) {
      add(ctx, ['grossIncome', i], 'incomplete-line', 'give exactly one of: days with actsPerDay and pricePerAct; days with dailyEarnings; monthlyEarnings with startDate and endDate; or amount');
    } else if (monthly && typeof g.startDate === 'string' && typeof g.endDate === 'string' && g.endDate < g.startDate) {
      add(ctx, ['grossIncome', i, 'endDate'], 'end-before-start', 'must be on or after startDate (the end date is inclusive)');
    }
  });

  arr(settings.customRates).forEach((raw, i) => {
    const r = rec(raw);
    if (!given(r.hourlyRate) && !given(r.hourlyRateCents)) {
      add(ctx, ['settings', 'customRates', i, 'hourlyRate'], 'invalid-type', 'is required: the hourly rate in dollars (e.g. 15.50)');
    }
  });

  // A victim under 18 on the worksheet's date was under 18 during the offense, which came before.
  if (rec(c.victim).minor === true && rec(c.victim).minorDuringOffense === false) {
    add(ctx, ['victim', 'minorDuringOffense'], 'invalid-value', 'cannot be false when minor is true: a victim under 18 on the date of the worksheet was under 18 during the offense; leave it out or give true');
  }
  birthRules(c, ctx);
  // The payee of a minor is never a defendant (18 U.S.C. § 1593(c); § 2259(c)(4)).
  const payee = rec(rec(c.victim).payee).name;
  if (typeof payee === 'string' && arr(c.defendants).some((d) => typeof d === 'string' && sameName(d, payee))) {
    add(ctx, ['victim', 'payee', 'name'], 'payee-is-defendant', 'is a defendant: a defendant may never be named to receive restitution for the victim (18 U.S.C. § 1593(c); § 2259(c)(4))');
  }
  // A G line's money figure in another currency (conversion.ts, grossFigure): the figure its form uses.
  arr(c.grossIncome).forEach((raw, i) => {
    const g = rec(raw);
    const field = given(g.pricePerAct) ? 'pricePerAct' : given(g.dailyEarnings) ? 'dailyEarnings' : given(g.monthlyEarnings) ? 'monthlyEarnings' : 'amount';
    conversionRules(g[field], g.original, ['grossIncome', i, field], ['grossIncome', i, 'original'], ctx);
  });
  arr(c.losses).forEach((raw, i) => {
    const l = rec(raw);
    if (!given(l.amountCents)) lossAmountRules(l, i, ctx);
    // A loss in another currency: its amount, or the amount its basis gives when none is given.
    const basis = rec(l.basis);
    const fromBasis = !given(l.amount) && readCents(basis.rate) !== null && typeof basis.units === 'number' && typeof basis.years === 'number';
    const dollars = given(l.amount) ? l.amount : fromBasis ? safeCents(basisCents(basis.units as number, readCents(basis.rate)!, basis.years as number)) : null;
    conversionRules(dollars, l.original, given(l.amount) ? ['losses', i, 'amount'] : ['losses', i, 'basis'], ['losses', i, 'original'], ctx);
    if (isIsoDate(l.startDate) && isIsoDate(l.endDate) && l.endDate < l.startDate) {
      add(ctx, ['losses', i, 'endDate'], 'end-before-start', 'must be on or after the start date');
    }
  });
}

/**
 * A figure in another currency (conversion.ts: a payment, a G line's figure, a loss): its rate has a date or a source, and its dollar
 * amount is the amount in that currency × the rate, half-up to the cent. Harbor does not choose
 * which figure is right (the preparer knows what was paid and at what rate), so a difference is an
 * error at the dollar amount, the figure credited; a rate given the other way round (pesos for one
 * dollar) is named as such.
 */
function conversionRules(dollars: unknown, original: unknown, amountPath: Path, originalPath: Path, ctx: Ctx): void {
  if (!given(original)) return;
  const o = rec(original);
  if (!given(o.rateDate) && !given(o.rateSource)) {
    add(ctx, [...originalPath, 'rateDate'], 'rate-not-sourced', 'give the date of the exchange rate used, or where it comes from (rateSource), so that the dollar amount can be checked');
  }
  const cents = readCents(dollars);
  // Each figure valid first (its own error is already there otherwise).
  if (cents === null || typeof o.amount !== 'string' || typeof o.rate !== 'string' || typeof o.currency !== 'string' || !CURRENCIES.has(o.currency)) return;
  if (convertedCents({ amount: o.amount, rate: o.rate }) === cents) return;
  const inverted = rateInverted({ amount: o.amount, rate: o.rate }, cents);
  add(
    ctx,
    amountPath,
    'conversion-mismatch',
    inverted
      ? 'does not equal the amount in the other currency × its rate; it equals that amount ÷ the rate: give the rate as US dollars for one unit of the currency (1 ÷ the rate given), not units for one dollar'
      : 'does not equal the amount in the other currency × its rate (US dollars for one unit), rounded to the cent; correct one of them',
  );
}

/** Names compared as a person would (the kit's loose form: case, spacing, accents, a note in parentheses and invisible characters aside). */
function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** Cents of units × rate × years, half-up once (the basis of a projected loss). */
export function basisCents(units: number, rateCents: number, years: number): number {
  return new Dec(units).times(rateCents).times(years).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** A loss has an amount or a basis (units × rate × years); when both, they agree to the cent. */
function lossAmountRules(l: Record<string, unknown>, i: number, ctx: Ctx): void {
  const basis = rec(l.basis);
  if (!given(l.amount) && !given(l.basis)) {
    add(ctx, ['losses', i, 'amount'], 'invalid-type', 'is required: the amount in dollars, or its basis (units × rate × years)');
    return;
  }
  if (!given(l.amount) || !given(l.basis)) return;
  // Raw values here (the schema's transforms may not have run): read them the same way it does.
  const amount = readCents(l.amount);
  const rate = readCents(basis.rate);
  const { units, years } = basis;
  if (amount === null || rate === null || typeof units !== 'number' || typeof years !== 'number') return;
  const expected = basisCents(units, rate, years);
  if (expected !== amount) {
    add(ctx, ['losses', i, 'amount'], 'basis-mismatch', 'does not equal its basis (units × rate × years); correct one of them, or leave the amount out and Harbor computes it');
  }
}

const safeCents = (n: number): number | null => (Number.isSafeInteger(n) ? n : null);

function readCents(v: unknown): number | null {
  // The refinement sees the parsed case: money is already integer cents.
  if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
  return null;
}

/**
 * The date of birth (age.ts) against what the case says of the victim's age: it is read for the
 * age on each day worked, so it may not contradict `minor` (under 18 on `preparedOn`) nor leave
 * `minorDuringOffense` unsaid where it puts a day worked before the eighteenth birthday (the banner
 * and the seal offer rest on those two, filing.ts; the age assumption would call the labor a
 * child's under an adult's banner). 29 February reaches 18 on 1 March (src/domain/calendar.ts).
 */
function birthRules(c: Record<string, unknown>, ctx: Ctx): void {
  const v = rec(c.victim);
  if (!isIsoDate(v.dateOfBirth)) return;
  const eighteen = formatIsoDate(anniversary(calendarDate(v.dateOfBirth), 18));
  const prepared = isIsoDate(c.preparedOn) ? c.preparedOn : null;
  if (prepared && v.dateOfBirth > prepared) {
    add(ctx, ['victim', 'dateOfBirth'], 'date-after-document-date', 'is after the date of the worksheet (preparedOn): a date of birth is on or before the day the worksheet is prepared; check the year');
    return;
  }
  if (prepared && v.minor === true && eighteen <= prepared) {
    add(ctx, ['victim', 'minor'], 'invalid-value', 'is true, but by the date of birth the victim is 18 or older on the date of the worksheet (preparedOn): give false, and minorDuringOffense true if the victim was under 18 during the offense');
  }
  if (prepared && v.minor === false && eighteen > prepared) {
    add(ctx, ['victim', 'minor'], 'invalid-value', 'is false, but by the date of birth the victim is under 18 on the date of the worksheet (preparedOn): give true');
  }
  const young = arr(c.laborPeriods).findIndex((p) => isIsoDate(rec(p).startDate) && (rec(p).startDate as string) < eighteen);
  if (young >= 0 && v.minor !== true && v.minorDuringOffense !== true) {
    add(ctx, ['victim', 'minorDuringOffense'], 'invalid-value', `must be true: by the date of birth the victim was under 18 on the first day of labor period ${young + 1}, so the worksheet is marked and filed as concerning a child victim (18 U.S.C. § 3509(d))`);
  }
}
