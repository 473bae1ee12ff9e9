// What the worksheet tells a preparer who gives American Samoa or the Northern Mariana Islands as
// the place of work (`laborPeriods[].state`, refused as `unknown-state`): why Harbor does not
// compute it and what to do (docs/domain/restitution-worksheet-territories.md). `rates.ts` takes
// the higher of the federal rate and the place's rate, which is right only where the FLSA's
// minimum wage is 29 U.S.C. § 206(a)(1)'s $7.25. The FLSA applies in the territories (29 U.S.C.
// § 203(c): a "State" includes them), but:
// - American Samoa: its minimum wages are set by industry and are below $7.25 (29 U.S.C.
//   § 206(a)(3); Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended by Pub. L.
//   No. 114-61: $0.40 more every three years on September 30 until each reaches the federal rate;
//   the industry definitions and earlier rates in 29 C.F.R. part 697). The right rate turns on the
//   employer's industry, which the case does not give (a contract change), and the dated table of
//   every industry since 1997 is not in the shipped data. Valuing the hours at $7.25 (the state
//   left out) would claim more than the FLSA guarantees there, so the message says not to.
// - Northern Mariana Islands: the federal minimum wage rose there in steps from 2007 and reached
//   $7.25 on September 30, 2018 (Pub. L. No. 110-28, § 8103, as amended); earlier work was owed the
//   lower step in force, which is not in the shipped data either.
// Guam and the U.S. Virgin Islands are accepted (template 2.5.0): the federal minimum wage of
// § 206(a)(1) applies there as in a state, and the wage table has their own higher rates from
// the dates its README gives (`territoryTableWarnings` says so of work before them). They were
// refused, the message saying to leave the state out, which left the place off the worksheet and
// their own higher rates out of the state setting.
// The messages name the territory from its code only: a code that is not one of these gets the
// generic message, and no message quotes what the case wrote.

import type { RestitutionIssue } from './codes.js';
import type { RestitutionCase } from './schema.js';

export const TERRITORY_MESSAGES: Readonly<Record<string, string>> = {
  AS:
    'American Samoa is not computed: its minimum wages under the FLSA are set by industry and are below $7.25 (29 U.S.C. § 206(a)(3); Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended by Pub. L. No. 114-61; 29 C.F.R. part 697), and Harbor has no table of them. Compute the FLSA value of work there by hand at the rate of the employer’s industry in force each day and leave this period out of the case; do not leave the state out, which would value the hours at $7.25',
  MP:
    'the Northern Mariana Islands are not computed: the minimum wage under the FLSA there rose in steps from 2007 and reached $7.25 only on September 30, 2018 (Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended), and Harbor has no table of the earlier steps. For work from September 30, 2018, leave the state out and keep the federal minimum wage setting; compute earlier work by hand at the step in force and leave it out of the case',
};

/** The message for a place of work that is not a state, DC, PR, GU or VI. */
export function unknownStateMessage(code: unknown): string {
  return (typeof code === 'string' && TERRITORY_MESSAGES[code]) || 'must be the two-letter USPS code of a state, DC, PR, GU or VI (e.g. TX)';
}

/**
 * Work in Guam or the U.S. Virgin Islands, under the state setting, on days when the territory's
 * own rate may have been above the federal rate but is not in the wage table (the coverage
 * section of the data folder's README): the worksheet would apply the federal rate there. Guam's rate followed the federal
 * rate until 2015 (22 GCA § 3121) except, as reported, $5.75 from July 2007 under a law of 2006,
 * above the federal $5.15 until July 24, 2007; the Virgin Islands' rate is reported as $6.15 from
 * January 1, 2007, above the federal rate until July 24, 2008, and its earlier history was not
 * found. Each date range is where a higher own rate is possible; a period that reaches into it
 * gets the warning `territory-rate-not-in-table`.
 */
const TABLE_GAPS: Readonly<Record<string, { before: string; from?: string; message: string }>> = {
  GU: {
    from: '2007-07-01',
    before: '2007-07-24',
    message:
      'Guam’s minimum wage followed the federal rate until 2015 (22 GCA § 3121), but a Guam law of 2006 is reported to have set $5.75 an hour from July 2007, above the federal $5.15 until July 24, 2007, and that rate is not in the table, so the federal rate is applied to those days. If it is claimed, check it and give it as a custom rate with its law in the label',
  },
  VI: {
    before: '2008-07-24',
    message:
      'the U.S. Virgin Islands’ own minimum wage is in the table from June 21, 2016 (V.I. Code Ann. tit. 24, § 4(a)); before July 24, 2008 the territory’s own rate may have been above the federal rate (reported as $6.15 an hour from January 1, 2007) and is not in the table, so the federal rate is applied to those days. If it is claimed, check it and give it as a custom rate with its law in the label',
  },
};

/** Warnings for Guam and Virgin Islands periods that reach days the table cannot value at the territory's own rate. */
export function territoryTableWarnings(c: RestitutionCase): RestitutionIssue[] {
  if (c.settings.minimumWage !== 'higher-of-federal-and-state') return [];
  const out: RestitutionIssue[] = [];
  c.laborPeriods.forEach((p, i) => {
    const gap = p.state ? TABLE_GAPS[p.state] : undefined;
    if (gap && p.startDate < gap.before && (!gap.from || p.endDate >= gap.from)) {
      out.push({ path: `laborPeriods.${i}.state`, code: 'territory-rate-not-in-table', message: gap.message });
    }
  });
  return out;
}
