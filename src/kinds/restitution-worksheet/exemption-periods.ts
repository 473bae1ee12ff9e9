// What the worksheet says of the hours and the rates of periods with an overtime exemption, beyond
// whether the exemption removed overtime (exemption-text.ts, exemptionAssumptions): the points the
// defense raises on a live-in domestic worker's hours and on a farm worker's rate, and the
// position the figures take on each. Said once per exemption the case uses, naming its periods;
// no figure changes (docs/domain/restitution-worksheet-flsa.md, "Exemptions").
import type { RestitutionComputed } from './compute.js';
import type { RestitutionCase } from './schema.js';
import { andList } from '../kit/index.js';

/** Labor periods by their numbers (1-based) as the worksheet names them: "period 2", "periods 1 and 3". */
export function periodsText(numbers: number[]): string {
  return `${numbers.length === 1 ? 'period' : 'periods'} ${andList(numbers.map(String))}`;
}

function periodsWith(c: RestitutionCase, exemption: RestitutionCase['laborPeriods'][number]['exemption']): string | null {
  const n: number[] = [];
  c.laborPeriods.forEach((p, i) => {
    if (p.exemption === exemption) n.push(i + 1);
  });
  return n.length === 0 ? null : periodsText(n);
}

/**
 * Live-in domestic service (29 U.S.C. § 213(b)(21)). The hours: a live-in worker's sleep, meal
 * and free time may be left out of hours worked only by agreement and only when the worker was
 * completely free of duty, and a call to duty in them counts (29 C.F.R. § 552.102(a)); the case's
 * hours are the hours worked on the evidence and the worksheet leaves nothing out of them. Who may
 * claim the exemption: the household, not a third-party employer such as an agency or a recruiter,
 * even one that employs the worker jointly (29 C.F.R. § 552.109(c)).
 */
function liveInAssumption(c: RestitutionCase, computed: RestitutionComputed): string | null {
  const which = periodsWith(c, 'live-in-domestic');
  if (!which) return null;
  const hours = `Live-in domestic service (${which}): the hours are the hours worked as the evidence gives them, and the worksheet leaves none out. Sleep time, meal time and other periods of complete freedom from all duties, when the worker may leave the premises or stay for purely personal pursuits, may be left out of a live-in worker’s hours only by agreement between the worker and the employer, and a call to duty during them is hours worked (29 C.F.R. § 552.102(a)).`;
  // Who may claim the exemption matters only where it removed overtime (an exemption that removed
  // none is not said to be applied anywhere in the filing: README, "Mixed weeks").
  const used = computed.exemptions.some((e) => e.exemption === 'live-in-domestic' && e.overtimeRemovedWeeks.length > 0);
  return used
    ? `${hours} The overtime exemption (29 U.S.C. § 213(b)(21)) may be claimed by the individual, family or household using the services, not by a third-party employer, even one that employed the worker jointly (29 C.F.R. § 552.109(c)).`
    : hours;
}

/**
 * Agriculture under § 213(b)(12). The rate: F is the FLSA's minimum wage; the H-2A program's
 * adverse effect wage rate and job-order rate are terms of that program (20 C.F.R. § 655.120), not
 * a minimum wage under the FLSA, so they are not F's rate and are no custom rate; what they would
 * add is the victim's claim under the H-2A contract, and the labor's value to the defendant can be
 * claimed as G.
 */
function agricultureAssumption(c: RestitutionCase): string | null {
  const which = periodsWith(c, 'agriculture-213b12');
  if (!which) return null;
  return `Agricultural work (${which}): every hour is valued at the minimum wage. The adverse effect wage rate and the other rates an H-2A employer must offer (20 C.F.R. § 655.120) are terms of the H-2A program, not minimum wages under the FLSA, so they are not used for F; what they would add is a claim under the H-2A contract, and the value of the labor to the defendant may be claimed as gross income (G).`;
}

/** The assumptions on the exemption periods of the case, in the order of the exemptions' list. */
export function exemptionPeriodAssumptions(c: RestitutionCase, computed: RestitutionComputed): string[] {
  const out: string[] = [];
  for (const a of [liveInAssumption(c, computed), agricultureAssumption(c)]) if (a) out.push(a);
  return out;
}
