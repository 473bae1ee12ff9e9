// Which regular rate a workweek's overtime is valued on, in the worksheet's rule on overtime and its
// assumption on overtime at the minimum wage: the minimum wage, or a period's agreed hourly rate or
// day rate above it (overtime.ts, agreedWeek; docs/domain/restitution-worksheet-flsa.md, "Agreed
// rate"). Its other parts are modules of their own from template 2.17.0 (one concept each, output
// unchanged): the periods' rate rows (period-rate-rows.ts), the lines under the workweek table
// (rate-lines.ts, day-rate-lines.ts, job-lines.ts) and the warning pay-above-minimum-wage
// (pay-above-minimum-wage.ts).
import type { RestitutionComputed } from './compute.js';
import type { RestitutionCase } from './schema.js';

/**
 * Which rate the overtime is valued on (the rule on overtime): the minimum wage, or a period's
 * agreed hourly rate above it (overtime.ts, agreedWeek). Said on every worksheet with labor,
 * since a reader checking an overtime figure must know which rate it is 1.5 times.
 */
export function overtimeRateSentence(c: RestitutionCase): string {
  const agreed = c.laborPeriods.some((p) => p.agreedRate !== null && p.agreedRate !== undefined);
  const byDay = c.laborPeriods.some((p) => p.dayRate !== null && p.dayRate !== undefined);
  if (!agreed && !byDay) {
    return ' The regular rate used is the minimum wage: no agreed hourly rate is stated for the labor.';
  }
  // A day rate's pay is the straight time of all its hours (29 C.F.R. § 778.112).
  const dayRate = ' a day rate counts as its pay for the workweek’s days worked, or the minimum wage for their hours where that is higher (29 C.F.R. §§ 778.112, 778.107)';
  if (!agreed) return ' The regular rate used is the minimum wage, except in a workweek with overtime and hours of a period paid by the day whose pay for the week is above the minimum wage for its hours, where it is that pay ÷ the hours (29 C.F.R. § 778.112), averaged with any other hours at their rates (29 C.F.R. § 778.115), as the workweek table shows.';
  return ` The regular rate used is the minimum wage, except in a workweek with hours of a period whose agreed hourly rate is above it${byDay ? ', or whose day-rate pay for the week is above the minimum wage for its hours' : ''}, where it is the pay agreed for the hours (29 U.S.C. § 207(e); 29 C.F.R. § 778.109): each hour at its agreed rate, or at the minimum wage where that is higher,${byDay ? `${dayRate},` : ''} averaged over the workweek’s hours (29 C.F.R. § 778.115), as the workweek table shows.`;
}

/**
 * The assumption on overtime valued at the minimum wage, or null: when some workweek has overtime
 * not valued on an agreed rate. A victim hired or paid above the minimum wage is owed overtime at
 * 1.5 times that rate; valued at the minimum wage, the overtime is lower and F with it.
 */
export function minimumWageOvertimeAssumption(c: RestitutionCase, computed: RestitutionComputed): string | null {
  if (!computed.weeks.some((w) => w.overtimeHours > 0 && !w.agreedRate)) return null;
  const byDay = c.laborPeriods.some((p) => p.dayRate !== null && p.dayRate !== undefined);
  const some = byDay || c.laborPeriods.some((p) => p.agreedRate !== null && p.agreedRate !== undefined);
  return `Overtime is valued on the minimum wage as the regular rate${some ? ' in the workweeks whose rate is not marked “*”' : ''}, since no agreed hourly rate above it is stated for ${some ? 'their hours' : 'any period'}${byDay ? ' (or, for hours paid by the day, their day-rate pay for the week was not above the minimum wage for them: 29 C.F.R. § 778.107)' : ''}. If the victim was hired at, or paid, more than the minimum wage an hour, the regular rate is that rate (29 U.S.C. § 207(e); 29 C.F.R. § 778.109) and the overtime is owed at one and one-half times it, more than F counts for those hours.`;
}
