// A declarant who speaks as the applicant's parent or legal guardian must not be the trafficker
// (error `signer-is-suspected-trafficker`; docs/domain/t-visa-declaration-others.md, "Who speaks").
// Two routes lead to a declaration signed "Mother of …": the parent's own declaration for a child
// under 14 (`declarant.role: "parent"`, 8 CFR 103.2(a)(2)) and the supporting declaration of a
// parent or legal guardian of an applicant 14 or older (`role: "supporting"` with
// `declarant.capacity`, 8 CFR 214.206(a)(3)(ii)(F)). One check serves both: the supporting route
// was not checked, so a parent named among the perpetrators signed as the child's mother unwarned.
import { nameKeys } from '../kit/index.js';
import type { TVisaIssue } from './codes.js';
import type { TVisaCase } from './schema.js';

/** Whether the case's declarant speaks as the applicant's parent or legal guardian, by either route. */
export function speaksAsParent(c: TVisaCase): boolean {
  const d = c.declarant;
  return d.role === 'parent' || (d.role === 'supporting' && d.capacity !== null && d.capacity !== undefined);
}

/**
 * The parent or guardian declarant who says they are a suspected trafficker, or whose name is one
 * of `trafficking.perpetrators`: compared whole, in either order, whatever the case, spacing,
 * accents, a "Family, Given" comma or a note in parentheses (kit `nameKeys`), by either of the
 * declarant's names (`nameOnForm`). A perpetrator who only shares the family name ("Julio
 * Ventura" for the declarant Rosa Elvira Ventura: families are often both victim and witness) is
 * another person, and is not flagged.
 */
export function parentDeclarantIssues(c: TVisaCase): TVisaIssue[] {
  if (!speaksAsParent(c)) return [];
  const d = c.declarant;
  const document = d.role === 'parent' ? 'the declaration for the applicant' : 'a declaration as the applicant’s parent or legal guardian';
  if (d.isSuspectedTrafficker) {
    return [{ path: 'declarant.isSuspectedTrafficker', code: 'signer-is-suspected-trafficker', message: `a suspected trafficker cannot give ${document}` }];
  }
  // Either of the declarant's names: a perpetrator written in Latin letters ("Lin Jianguo") is the
  // parent 林建国 whose name in Latin letters is LIN Jianguo.
  const keys = [...nameKeys(d.givenName ?? '', d.familyName ?? ''), ...(d.nameOnForm ? nameKeys(d.nameOnForm.givenName, d.nameOnForm.familyName) : [])];
  const named = (c.trafficking?.perpetrators ?? []).findIndex((p) => keys.includes(nameKeys(p.name, '')[0]!));
  if (named < 0) return [];
  return [
    {
      path: 'declarant',
      code: 'signer-is-suspected-trafficker',
      message: `this declarant is named among the perpetrators (trafficking.perpetrators.${named}) and cannot give ${document}`,
    },
  ];
}
