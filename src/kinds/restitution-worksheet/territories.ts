// What the worksheet tells a preparer who gives a U.S. territory as the place of work
// (`laborPeriods[].state`, refused as `unknown-state`): why Harbor does not compute it and what to
// do (docs/domain/restitution-worksheet-territories.md). The wage table holds the states, DC
// and Puerto Rico; `rates.ts` takes the higher of the federal rate and the place's rate, which
// is right only where the FLSA's minimum wage is
// 29 U.S.C. § 206(a)(1)'s $7.25. The FLSA applies in the territories (29 U.S.C. § 203(c): a
// "State" includes them), but:
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
// - Guam and the U.S. Virgin Islands: the federal minimum wage of § 206(a)(1) applies there as in a
//   state; their own minimum wages are not in the table.
// The messages name the territory from its code only: a code that is not one of these gets the
// generic message, and no message quotes what the case wrote.

const NOT_COMPUTED_FEDERAL_SETTING =
  'leave the state out and keep the federal minimum wage setting: the federal minimum wage applies there as in a state (29 U.S.C. §§ 203(c), 206(a)(1)); to count the territory’s own higher minimum wage, give it as a custom rate with its law in the label';

export const TERRITORY_MESSAGES: Readonly<Record<string, string>> = {
  AS:
    'American Samoa is not computed: its minimum wages under the FLSA are set by industry and are below $7.25 (29 U.S.C. § 206(a)(3); Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended by Pub. L. No. 114-61; 29 C.F.R. part 697), and Harbor has no table of them. Compute the FLSA value of work there by hand at the rate of the employer’s industry in force each day and leave this period out of the case; do not leave the state out, which would value the hours at $7.25',
  MP:
    'the Northern Mariana Islands are not computed: the minimum wage under the FLSA there rose in steps from 2007 and reached $7.25 only on September 30, 2018 (Fair Minimum Wage Act of 2007, Pub. L. No. 110-28, § 8103, as amended), and Harbor has no table of the earlier steps. For work from September 30, 2018, leave the state out and keep the federal minimum wage setting; compute earlier work by hand at the step in force and leave it out of the case',
  GU: `Guam is not in the table of state minimum wages: ${NOT_COMPUTED_FEDERAL_SETTING}`,
  VI: `the U.S. Virgin Islands are not in the table of state minimum wages: ${NOT_COMPUTED_FEDERAL_SETTING}`,
};

/** The message for a place of work that is not a state, DC or PR. */
export function unknownStateMessage(code: unknown): string {
  return (typeof code === 'string' && TERRITORY_MESSAGES[code]) || 'must be the two-letter USPS code of a state, DC or PR (e.g. TX)';
}
