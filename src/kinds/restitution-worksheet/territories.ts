// What the worksheet does with work in a U.S. territory (docs/domain/restitution-worksheet-
// territories.md). The FLSA applies in the territories (29 U.S.C. § 203(c): a "State" includes
// them), and `rates.ts` takes the higher of the federal rate and the place's rate, which is right
// only where the FLSA's minimum wage is 29 U.S.C. § 206(a)(1)'s $7.25:
// - Guam and the U.S. Virgin Islands (template 2.5.0): accepted; the wage table has their own
//   higher rates from the dates its README gives (`territoryTableWarnings` says so of work before
//   them). They were refused, the message saying to leave the state out, which left the place off
//   the worksheet and their own higher rates out of the state setting.
// - Northern Mariana Islands (template 2.7.0): the federal minimum wage rose there in steps from
//   2007 and reached $7.25 on September 30, 2018 (Fair Minimum Wage Act of 2007, Pub. L. No.
//   110-28, § 8103(b)(1), as amended by Pub. L. No. 111-117, div. D, § 520, Pub. L. No. 111-244,
//   § 2, and Pub. L. No. 113-34, § 2: no step in 2011, 2013 or 2015; $7.05 from September 30,
//   2017). Accepted for work from that date (`TERRITORY_FROM`, rule `territory-before-federal-
//   rate`); earlier work was owed the lower step in force, which Harbor has no table of, and
//   valuing it at the federal rate would claim more than the FLSA guaranteed there. The table has
//   no Commonwealth rate of its own, so the state setting applies the federal rate and says so.
// - American Samoa: refused. Its minimum wages are set by industry and are below $7.25 (29 U.S.C.
//   § 206(a)(3); industry wage orders, 29 C.F.R. part 697; Pub. L. No. 110-28, § 8103, as amended
//   by Pub. L. No. 114-61: $0.40 more every three years on September 30 until each reaches the
//   federal rate). The right rate turns on the employer's industry, which the case does not give
//   (a contract change), and the dated table of every industry since 1997 is not in the shipped
//   data. Valuing the hours at $7.25 (the state left out, or a custom rate, which never goes below
//   the federal rate) would claim more than the FLSA guarantees there, so the message says not to.
// The messages name the territory from its code only: a code that is not one of these gets the
// generic message, and no message quotes what the case wrote.

import type { RestitutionIssue } from './codes.js';
import type { RestitutionCase } from './schema.js';

export const TERRITORY_MESSAGES: Readonly<Record<string, string>> = {
  AS:
    'American Samoa is not computed: the FLSA minimum wage there is not the federal $7.25 but the rate of the employer’s industry (29 U.S.C. § 206(a)(3)), set by industry wage orders (29 C.F.R. part 697) and raised in steps since 2007 (Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended by Pub. L. No. 114-61), most of them still below $7.25; the case does not give the industry and Harbor has no dated table of the industry rates. Compute the FLSA value of this work by hand at the rate of the employer’s industry in force on each day (U.S. Department of Labor, Wage and Hour Division, “Minimum Wage in American Samoa”), present it with the worksheet, and leave this period out of laborPeriods; the value of the same work to the defendant can still be claimed in grossIncome. Do not leave the state out or give a custom rate: either values the hours at $7.25 or more, more than the FLSA guarantees there',
};

/**
 * The first day a territory's work is computed, where the federal minimum wage applied there
 * only from a date: the Northern Mariana Islands from September 30, 2018 (file header). The
 * message of rule `territory-before-federal-rate` (rules.ts) says why and what to do.
 */
export const TERRITORY_FROM: Readonly<Record<string, { from: string; message: string }>> = {
  MP: {
    from: '2018-09-30',
    message:
      'is before September 30, 2018, the day the FLSA minimum wage in the Northern Mariana Islands reached the federal $7.25 (Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103(b)(1), as amended by Pub. L. No. 111-117, div. D, § 520, Pub. L. No. 111-244, § 2, and Pub. L. No. 113-34, § 2). Before it the minimum wage there rose in steps from $3.55 in 2007 to $7.05 from September 30, 2017, and Harbor has no table of them: start this period on September 30, 2018 or later, and compute the earlier work by hand at the step in force on each day and present it with the worksheet; the value of that work to the defendant can still be claimed in grossIncome',
  },
};

/** The message for a place of work that is not a state, DC, PR, GU, VI or MP. */
export function unknownStateMessage(code: unknown): string {
  return (typeof code === 'string' && TERRITORY_MESSAGES[code]) || 'must be the two-letter USPS code of a state, DC, PR, GU, VI or MP (e.g. TX)';
}

/**
 * The law that makes the federal minimum wage the rate of a territory, where it is not 29 U.S.C.
 * § 206(a)(1) alone, added to the federal rate's own citation on the "Minimum wage applied" line
 * (`rateOn`, rates.ts). In the Northern Mariana Islands § 206(a)(1) applies through the Fair
 * Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, whose steps (§ 8103(b)(1), as amended)
 * reached $7.25 there on September 30, 2018; the federal row cites § 8102, which raised the
 * rate in the states, so a Saipan period's line cited only the law that had not applied there.
 * Guam, the Virgin Islands, Puerto Rico and DC need none: § 206(a)(1) applies there as in a state
 * (29 U.S.C. § 203(c)).
 */
const FEDERAL_RATE_THERE: Readonly<Record<string, string>> = {
  MP: 'in the Northern Mariana Islands by Pub. L. No. 110-28, § 8103 (its steps, § 8103(b)(1) as amended, reached $7.25 there on September 30, 2018)',
};

/** The federal rate's citation for work in `state`: the rate's own law, and the territory's where it has one. */
export function federalCitationIn(citation: string, state: string | null | undefined): string {
  const there = state ? FEDERAL_RATE_THERE[state] : undefined;
  return there ? `${citation}; applied ${there}` : citation;
}

/**
 * Work in Guam, the U.S. Virgin Islands or the Northern Mariana Islands (no rate of its own in
 * the table at all), under the state setting, on days when the territory's
 * own rate may have been above the federal rate but is not in the wage table (the coverage
 * section of the data folder's README): the worksheet would apply the federal rate there. Guam's rate followed the federal
 * rate until 2015 (22 GCA § 3121) except, as reported, $5.75 from July 2007 under a law of 2006,
 * above the federal $5.15 until July 24, 2007; the Virgin Islands' rate is reported as $6.15 from
 * January 1, 2007, above the federal rate until July 24, 2008, and its earlier history was not
 * found. Each date range is where a higher own rate is possible; a period that reaches into it
 * gets the warning `territory-rate-not-in-table`.
 */
const TABLE_GAPS: Readonly<Record<string, { before: string; from?: string; message: string }>> = {
  // No Commonwealth rate is in the table (data/README.md): the federal rate is applied to every day.
  MP: {
    before: '9999-12-31',
    message:
      'the wage table has no minimum wage of the Northern Mariana Islands’ own, so the federal minimum wage is applied to every day there, and the worksheet says no state rate was higher. If a higher Commonwealth minimum wage is claimed, check it and give it as a custom rate with its law in the label',
  },
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

/**
 * The territories of the case's periods are "States" of the FLSA (29 U.S.C. § 203(c)): said after
 * the rule on the minimum wage where a period is in one, in the order Guam, the U.S. Virgin
 * Islands, the Northern Mariana Islands; for the last with the date and the law that brought the
 * federal rate there, since a reader who knows of the Commonwealth's lower steps will ask.
 */
export function territorySentence(c: RestitutionCase): string {
  const at = new Set(c.laborPeriods.map((p) => p.state));
  const places = [at.has('GU') ? 'Guam' : null, at.has('VI') ? 'the U.S. Virgin Islands' : null, at.has('MP') ? 'the Northern Mariana Islands' : null].filter((x): x is string => x !== null);
  if (places.length === 0) return '';
  const list = places.length === 1 ? places[0]! : `${places.slice(0, -1).join(', ')} and ${places.at(-1)!}`;
  const mp = at.has('MP')
    ? ` In the Northern Mariana Islands the federal minimum wage applies from September 30, 2018, when the steps of the Fair Minimum Wage Act of 2007 reached $7.25 (Pub. L. No. 110-28, § 8103(b)(1), as amended by Pub. L. No. 111-117, div. D, § 520, Pub. L. No. 111-244, § 2, and Pub. L. No. 113-34, § 2); no work there before that date is computed.`
    : '';
  return ` A “State” of the Fair Labor Standards Act includes ${list}, where the federal minimum wage applies as in a state (29 U.S.C. § 203(c)).${mp}`;
}
