// Age is never a figure (docs/domain/restitution-worksheet-age.md): a child's labor is
// valued like an adult's. What the worksheet says of it for a victim who was a child during the
// labor, so that the court is told why no lower rate the defense may raise for a minor was
// applied, and that the child labor penalties are not claimed (they go to the United States,
// 29 U.S.C. § 216(e)), rather than leave either to be inferred.
import { childStatus } from './filing.js';
import type { RestitutionCase } from './schema.js';

/** The assumption for a victim under 18 during the labor (minor, or minorDuringOffense), else null. */
export function minorLaborAssumption(c: RestitutionCase): string | null {
  if (childStatus(c) === 'adult') return null;
  return 'The victim was under 18 during the labor; the full minimum wage and overtime are valued for every hour, as for an adult. The youth opportunity wage (29 U.S.C. § 206(g)) is an option of an employer, only for an employee under 20 and only in the first 90 consecutive calendar days of the employment, and the subminimum wages of 29 U.S.C. § 214 need a certificate issued by the Secretary of Labor before the work: neither is applied. The child labor rules (29 U.S.C. § 212) limit the work a minor may be employed to do, not the pay for work done, so hours worked in breach of them are valued like any others; the civil money penalties for the breach (29 U.S.C. § 216(e)) are not restitution to the victim and are not claimed.';
}
