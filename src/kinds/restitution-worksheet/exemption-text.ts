// What the worksheet says of the overtime exemptions (29 U.S.C. § 213(b)(21), § 213(b)(12)): their
// law and names, the rule applied to a workweek with exempt hours (29 C.F.R. §§ 780.11, 780.12),
// and the open legal choice each one that removed overtime raises, with the total without it
// (docs/domain/restitution-worksheet-flsa.md, "Exemptions"). What is said of exempt periods'
// hours and rates is in exemption-periods.ts.
import type { Alternative, ExemptionEffect, OvertimeExemption, RestitutionComputed } from './compute.js';
import { exemptionFactsAuthority } from './authorities.js';
import { andList, counted, longDate, money } from '../kit/index.js';
import type { RestitutionCase } from './schema.js';
import { periodsText } from './exemption-periods.js';

/** The law of each overtime exemption the worksheet computes (overtime only; the minimum wage is still due). */
export const EXEMPTION_LAW: Record<OvertimeExemption, string> = {
  'live-in-domestic': '29 U.S.C. § 213(b)(21)',
  'agriculture-213b12': '29 U.S.C. § 213(b)(12)',
};

/** "the overtime exemption for live-in domestic service (29 U.S.C. § 213(b)(21))". */
export function exemptionName(e: OvertimeExemption): string {
  return `the overtime exemption for ${e === 'live-in-domestic' ? 'live-in domestic service' : 'agriculture'} (${EXEMPTION_LAW[e]})`;
}

/** The total without exemption `e` (every period with it read as none), when that is higher. */
export function exemptionAlternative(computed: RestitutionComputed, e: OvertimeExemption): Alternative | undefined {
  const a = computed.alternatives;
  return e === 'live-in-domestic' ? a.withoutLiveInDomesticExemption : a.withoutAgricultureExemption;
}

/** The rule on exemptions among the rules applied, when a period has one; null otherwise. */
// It names the exemptions the case's periods carry: it named both on every worksheet with one, so
// an orchard's worksheet stated a rule of live-in domestic service it never applied, and a live-in
// worker's said § 213(a)(6), a farm rule, was "not applied" (worksheet 2.21.0, review-r56.test.ts).
export function exemptionRule(c: RestitutionCase): string | null {
  const liveIn = c.laborPeriods.some((p) => p.exemption === 'live-in-domestic');
  const farm = c.laborPeriods.some((p) => p.exemption === 'agriculture-213b12');
  if (!liveIn && !farm) return null;
  const names = [liveIn ? 'live-in domestic service (29 U.S.C. § 213(b)(21))' : null, farm ? 'agriculture under 29 U.S.C. § 213(b)(12)' : null].filter((x): x is string => x !== null);
  const head = names.length === 2 ? `Exemptions: ${names.join(' and ')} remove overtime only` : `Exemption: ${names[0]} removes overtime only`;
  return (
    `${head}; the minimum wage is still due.${farm ? ' (29 U.S.C. § 213(a)(6), which removes the minimum wage as well for some farm work, is not applied on this worksheet.)' : ''} A workweek keeps an exemption only if every hour in it was worked in an exempt period (29 C.F.R. § 780.11)` +
    (combinesExemptions(c) ? '; hours exempt under the two exemptions in one workweek are combined, and the workweek is exempt from overtime (29 C.F.R. § 780.12).' : '.')
  );
}

/**
 * One sentence per exemption that removed the overtime of some workweek: which workweeks, the
 * authority that makes it a question of fact, and the total without it. An exemption that removed
 * no overtime is not an open choice (no figure depends on it): the period's line says so.
 */
export function exemptionAssumptions(computed: RestitutionComputed): string[] {
  const out: string[] = [];
  const combined = [...new Set(computed.exemptions.flatMap((x) => x.combinedWeeks))].sort();
  for (const e of Object.keys(EXEMPTION_LAW) as OvertimeExemption[]) {
    const used = computed.exemptions.filter((x: ExemptionEffect) => x.exemption === e && x.overtimeRemovedWeeks.length > 0);
    if (used.length === 0) continue;
    const weeks = new Set(used.flatMap((x) => x.overtimeRemovedWeeks)).size;
    const periods = used.map((x) => x.period + 1);
    const a = exemptionAlternative(computed, e);
    out.push(
      `${exemptionName(e).charAt(0).toUpperCase()}${exemptionName(e).slice(1)} removes the overtime of ${weeks === 1 ? 'one workweek' : `${weeks} workweeks`} (${periodsText(periods)}). Whether an exemption applies turns on the facts (${exemptionFactsAuthority(e)}); without it, overtime would be owed in ${weeks === 1 ? 'that workweek' : 'those workweeks'}${a ? ` and the total would be ${money(a.totalCents)} (shown with the open legal choices)` : ', and the total would be the same'}.`,
    );
  }
  if (combined.length > 0) out.push(combinedAssumption(combined));
  return out;
}

/** Whether the case has periods of both overtime exemptions (live-in domestic and § 213(b)(12)). */
function combinesExemptions(c: RestitutionCase): boolean {
  return c.laborPeriods.some((p) => p.exemption === 'live-in-domestic') && c.laborPeriods.some((p) => p.exemption === 'agriculture-213b12');
}

/**
 * The workweeks exempt only by combining the two exemptions (29 C.F.R. § 780.12): neither covers
 * the week's hours alone, so each is needed, and without either the week owes overtime. A week of
 * live-in domestic and farm work was read as exempt and nothing said so (README, "Mixed weeks").
 */
function combinedAssumption(weeks: string[]): string {
  const n = weeks.length;
  const which = n <= 3 ? `, ${n === 1 ? 'that' : 'those'} of ${andList(weeks.map(longDate))}` : '';
  return `In ${counted(n, 'workweek')}${which}, the hours over 40 were worked partly in live-in domestic service and partly in agriculture. Neither exemption covers such a workweek alone; it is read as exempt from overtime by combining them, which the Department of Labor allows where each kind of work would be exempt if it were the only work of the week (29 C.F.R. § 780.12). If either exemption does not apply, overtime is owed in ${n === 1 ? 'that workweek' : 'those workweeks'} (the total without each is shown with the open legal choices when it is higher).`;
}
