// Age is never a figure (docs/domain/restitution-worksheet-age.md): a child's labor is
// valued like an adult's. What the worksheet says of it for a victim who was a child during the
// labor, so that the court is told why no lower rate the defense may raise for a minor was
// applied, and that the child labor penalties are not claimed (they go to the United States,
// 29 U.S.C. § 216(e)), rather than leave either to be inferred.
import { childStatus } from './filing.js';
import type { RestitutionCase } from './schema.js';

/**
 * For a child's farm work (a period with the § 213(b)(12) exemption, the only way the case says a
 * period was agriculture): the child labor rules of agriculture are § 213(c)'s, and like § 212's
 * they govern whether a child may be employed, not the pay; the farm exemptions from the minimum
 * wage and overtime are another set (29 C.F.R. § 570.123(a) keeps the two apart). Opposing counsel
 * reading "§ 212" beside a 13-year-old's farm work could argue the work was lawful under § 213(c)
 * and so paid by other rules; and § 213(a)(6)(D), a minimum wage exemption for some hand-harvest
 * workers of 16 or under, is the one rule of wages that turns on a child's age.
 */
const FARM_CHILD =
  ' Farm work does not change this: the child labor rules of agriculture are those of 29 U.S.C. § 213(c) (work outside school hours; at 12 or 13 only with a parent’s consent or where a parent works on the same farm), which, like § 212, govern whether a child may be employed, not the pay for the hours worked (29 C.F.R. § 570.123(a)). The farm exemption from overtime (29 U.S.C. § 213(b)(12)) is applied as each period states, and the minimum wage is owed for every hour. The exemption from the minimum wage of 29 U.S.C. § 213(a)(6), including that of a hand-harvest laborer of 16 or under paid by the piece on the same farm as a parent (§ 213(a)(6)(D)), is not applied: the employer that claims an exemption must prove it.';

/** The assumption for a victim under 18 during the labor (minor, or minorDuringOffense), else null. */
export function minorLaborAssumption(c: RestitutionCase): string | null {
  if (childStatus(c) === 'adult') return null;
  const farm = c.laborPeriods.some((p) => p.exemption === 'agriculture-213b12') ? FARM_CHILD : '';
  return 'The victim was under 18 during the labor; the full minimum wage and overtime are valued for every hour, as for an adult. The youth opportunity wage (29 U.S.C. § 206(g)) is an option of an employer, only for an employee under 20 and only in the first 90 consecutive calendar days of the employment, and the subminimum wages of 29 U.S.C. § 214 need a certificate issued by the Secretary of Labor before the work: neither is applied. The child labor rules (29 U.S.C. § 212) limit the work a minor may be employed to do, not the pay for work done, so hours worked in breach of them are valued like any others; the civil money penalties for the breach (29 U.S.C. § 216(e)) are not restitution to the victim and are not claimed.' + farm;
}
