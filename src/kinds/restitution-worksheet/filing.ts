// What makes the worksheet a filing (issue 15 points 3 and 7): the confidentiality banner and the
// offer to file under seal, the payee line for a minor, who owes the total when there are several
// defendants, the 90-day note for losses not yet known, and the preparer's signature block.
// Sentences only; the authorities are in docs/domain/restitution-worksheet-filing.md.
import { DOLAN } from './authorities.js';
import { addDays, calendarDate, counted, formatIsoDate, longDate, weekdayIndex, dayNumber } from '../kit/index.js';
import type { RestitutionCase } from './schema.js';

/**
 * What the filing rests on: `minor`, under 18 on the worksheet's date (18 U.S.C. § 3509(d), and
 * Fed. R. Crim. P. 49.1(a)(3), which limits a public filing to a minor's initials); `child-then`,
 * 18 or older now but under 18 during the offense: the information the worksheet discloses
 * concerns a child victim (§ 3509(d)), though Rule 49.1(a)(3), about a person who is a minor, no
 * longer applies; `adult`, the Crime Victims' Rights Act's privacy right (18 U.S.C. § 3771(a)(8)).
 * A victim who was a child during the labor used to get the adult banner, "consider filing under
 * seal", because `minor` is judged on the worksheet's date.
 */
export type ChildStatus = 'minor' | 'child-then' | 'adult';

export function childStatus(c: RestitutionCase): ChildStatus {
  return c.victim.minor ? 'minor' : c.victim.minorDuringOffense === true ? 'child-then' : 'adult';
}

/** The banner on every page: the basis that fits a restitution filing (never 8 U.S.C. § 1367). */
export function banner(status: ChildStatus): string {
  return status === 'minor'
    ? 'CONFIDENTIAL — child victim (18 U.S.C. § 3509(d); Fed. R. Crim. P. 49.1): file under seal'
    : status === 'child-then'
      ? 'CONFIDENTIAL — child victim (18 U.S.C. § 3509(d)): file under seal'
      : "CONFIDENTIAL — victim's privacy (18 U.S.C. § 3771(a)(8)): consider filing under seal";
}

/** The offer to file under seal, with its reason. */
export function sealNote(status: ChildStatus): string {
  return status === 'minor'
    ? 'This worksheet discloses information concerning a child victim. Under 18 U.S.C. § 3509(d)(2) it is to be filed under seal, without need of a court order, together with a copy from which the child’s name and identifying information are redacted for the public record; Fed. R. Crim. P. 49.1(a)(3) allows only the minor’s initials in a public filing. Counsel offers to file it under seal and to serve the redacted copy.'
    : status === 'child-then'
      ? 'This worksheet discloses information concerning the victim as a child: the victim was under 18 during the offense. Under 18 U.S.C. § 3509(d)(2) papers that disclose the name of or any other information concerning a child are to be filed under seal, without need of a court order, together with a copy from which the name and identifying information are redacted for the public record. Counsel offers to file it under seal and to serve the redacted copy; should the court read § 3509(d) as no longer applying once the victim is 18, counsel asks that it be sealed or redacted on the court’s order, for the victim’s dignity and privacy (18 U.S.C. § 3771(a)(8); Fed. R. Crim. P. 49.1(d)–(e)).'
      : 'This worksheet discloses information about a crime victim, who has the right to be treated with respect for the victim’s dignity and privacy (18 U.S.C. § 3771(a)(8)). Counsel offers to file it under seal, or with the victim’s identifying information redacted, on the court’s order (Fed. R. Crim. P. 49.1(d)–(e)).';
}

/** The line under the victim's identifier, for a victim who is or was a child; null for an adult. */
export function identifierNote(status: ChildStatus): string | null {
  return status === 'minor'
    ? 'The victim is a minor and is identified by initials or a pseudonym only (Fed. R. Crim. P. 49.1(a)(3); 18 U.S.C. § 3509(d)).'
    : status === 'child-then'
      ? 'The victim was a minor during the offense and is identified by initials or a pseudonym only (18 U.S.C. § 3509(d)).'
      : null;
}

// Who the payee is to the victim, in 18 U.S.C. § 1593(c)'s words ("the legal guardian of the
// victim or a representative of the victim's estate, or another family member, or any other person
// appointed as suitable by the court").
const ROLES: Record<Exclude<NonNullable<RestitutionCase['victim']['payee']>['role'], 'court-appointed'>, string> = {
  'legal-guardian': 'legal guardian',
  'family-member': 'family member',
  'estate-representative': 'representative of the estate',
};

const PAYEE_LAW = '18 U.S.C. § 1593(c), read with § 2259(c)(4)';

/** The payee line: for a minor always; for an adult only when the case names a payee. */
export function payeeLine(c: RestitutionCase): string | null {
  const p = c.victim.payee;
  const who = c.victim.identifier;
  if (p) {
    // Not "person appointed as suitable by the court of R.T.", which reads as the court of R.T.
    if (p.role === 'court-appointed') {
      return `Payee: ${p.name}, appointed by the court as a suitable person to receive restitution for ${who} and to assume the victim’s rights to restitution (${PAYEE_LAW}); a defendant may never be named.`;
    }
    return `Payee: ${p.name}, ${ROLES[p.role]} of ${who}, who assumes the victim’s rights to restitution (${PAYEE_LAW}); a defendant may never be named.`;
  }
  if (!c.victim.minor) return null;
  return `Payee: to be named by the court. ${who} is a minor: the court is asked to direct payment to ${who}’s legal guardian, another family member or a person it appoints as suitable (${PAYEE_LAW}), never a defendant.`;
}

/**
 * Who owes the total when the case names more than one defendant: each of them, jointly and
 * severally, unless the court apportions (18 U.S.C. § 3664(h): "If the court finds that more than 1
 * defendant has contributed to the loss of a victim, the court may make each defendant liable for
 * payment of the full amount of restitution or may apportion liability among the defendants"); apportioned
 * or not, the order is for the full amount of the victim's losses (§ 3664(f)(1)(A)).
 * The worksheet asks for the reading that does not lower what the victim can collect and names the
 * other; with several defendants a total alone left the court to guess whether it was each
 * defendant's or to be divided. Null for one defendant.
 */
export function liabilityNote(c: RestitutionCase): string | null {
  if (c.defendants.length < 2) return null;
  const all = c.defendants.length === 2 ? 'both defendants' : `all ${counted(c.defendants.length, 'defendant')}`;
  return `The total is requested from ${all} jointly and severally: each is liable for payment of the full amount, and what any of them pays reduces what the others owe, so that the victim receives the total once (18 U.S.C. § 3664(h)). The court may instead apportion liability among the defendants to reflect the level of each one’s contribution to the victim’s loss and the economic circumstances of each (§ 3664(h)); the shares together are still the full amount of the victim’s losses (§ 3664(f)(1)(A)).`;
}

/** The 90-day note (18 U.S.C. § 3664(d)(5)), with the 90th day when the sentencing date is known. */
export function ninetyDayNote(c: RestitutionCase): string {
  const base =
    'If any of the victim’s losses are not ascertainable 10 days before sentencing, the government or the probation officer is to inform the court, which sets a date for their final determination not more than 90 days after sentencing; losses discovered later may be added by petition within 60 days of their discovery, on a showing of good cause (18 U.S.C. § 3664(d)(5)). ' +
    `A court that has made clear it will order restitution keeps the power to set the amount after the 90 days (${DOLAN}).`;
  const s = c.court?.sentencingDate;
  if (!s) return base;
  const d = addDays(calendarDate(s), 90);
  const iso = formatIsoDate(d);
  const wd = weekdayIndex(dayNumber(d)); // 0 = Sunday
  const weekend = wd === 0 || wd === 6 ? ` (a ${wd === 0 ? 'Sunday' : 'Saturday'}; under Fed. R. Crim. P. 45(a)(1)(C) the period may run to the next day that is not a weekend or legal holiday)` : '';
  return `${base} Sentencing is set for ${longDate(s)}: the 90th day after it is ${longDate(iso)}${weekend}.`;
}

export interface SignatureBlock {
  name: string;
  lines: string[];
}

export function signatureBlock(c: RestitutionCase): SignatureBlock {
  const p = c.preparer;
  const bar = p.barNumber ? `Bar No. ${p.barNumber}${p.barJurisdiction ? ` (${p.barJurisdiction})` : ''}` : null;
  const contact = [p.phone, p.email].filter((x): x is string => !!x).join(' · ');
  return { name: p.name, lines: [bar, p.organization, p.address, contact || null].filter((x): x is string => !!x) };
}
