// Age is never a figure (docs/domain/restitution-worksheet-age.md): a child's labor is
// valued like an adult's. What the worksheet says of it for a victim who was a child during the
// labor, so that the court is told why no lower rate the defense may raise for a minor was
// applied, and that the child labor penalties are not claimed (they go to the United States,
// 29 U.S.C. § 216(e)), rather than leave either to be inferred.
//
// Whose age, and when (worksheet 2.22.0): the age on the days worked. The child labor rules of
// agriculture turn on the age of the child on the days of farm work (29 U.S.C. § 213(c): "any
// employee employed in agriculture outside of school hours … while he is so employed", as
// 29 C.F.R. § 570.123(a) quotes it), as § 213(a)(6)(D) does ("sixteen years of age or under"); a
// victim who turned 18 during the labor was a child for its first days only.
// The sentence was said on the whole case (`minor` or `minorDuringOffense`), so a victim who was a
// child during the commercial sex acts and 19 on the farm had the page call the farm work a
// child's. With `victim.dateOfBirth` it is judged on each day worked; without it, `minor: true`
// (under 18 on the worksheet's date, so on every earlier day) is every day, and a victim who was
// a child during the offense but is 18 now is spoken of conditionally, with a warning asking for
// the date (warnings.ts, `age-during-labor-unknown`).
import { anniversary, calendarDate, dayNumber } from '../kit/index.js';
import { toDay } from './dates.js';
import { childStatus } from './filing.js';
import type { RestitutionCase } from './schema.js';
import { periodDays } from './workweeks.js';

/**
 * The age groups of the child labor rules of agriculture (29 U.S.C. § 213(c)), each with what it
 * allowed of farm work: `from` is the first age of the group, in whole years. Said in the past
 * tense, of work already done, to the court. Checked letter by letter against the statute's text in
 * worksheet 2.24.0 (docs/domain/restitution-worksheet-age.md, "§ 213(c), letter by letter"):
 * - (c)(1) frees from § 212 only work "outside of school hours for the school district where such
 *   employee is living", and only: (A) under twelve, employed by a parent "or by a person standing
 *   in the place of his parent, on a farm owned or operated by such parent or person", or with that
 *   one's consent on a farm none of whose employees must be paid the minimum wage "because of
 *   subsection (a)(6)(A)" (the small-farm exemption: not "any farm exempt from the minimum wage");
 *   (B) twelve or thirteen, with the consent of a parent or a person standing in a parent's place,
 *   or where that parent or person is employed on the same farm; (C) fourteen or older.
 * - (c)(2) closes the occupations the Secretary declares particularly hazardous for those under
 *   sixteen (29 C.F.R. § 570.71) "except where such employee is employed by his parent or by a
 *   person standing in the place of his parent on a farm owned or operated by such parent or
 *   person": the sentence said "none" at every age under 16, wrong for a child on the farm of the
 *   one who stands in a parent's place, the defence's ground in a familial or "guardian" case.
 * - (c)(4) the waiver for 10 and 11: (A) hand-harvest laborers, not more than eight weeks in a
 *   calendar year, in an operation customarily paid by the piece; (B) a waiver granted must require
 *   work outside school hours, a daily commute "from their permanent residence to the farm", and
 *   not more than eight weeks "between June 1 and October 15" (§ 213(c)(4)(B)(ii), (iii)(I)). The
 *   page said the eight weeks only (worksheet 2.24.0): a trafficked child housed by the employer
 *   commutes from no permanent residence, and work in May or after October 15 is outside any
 *   waiver, the two facts that answer a defence claiming one (worksheet 2.25.0, the Code's text
 *   read in round r60: docs/domain/restitution-worksheet-age.md).
 * - At 16 and 17 nothing is closed: oppressive child labor at those ages is only work in an
 *   occupation declared hazardous for them (29 U.S.C. § 203(l)), and those orders are of
 *   occupations other than agriculture (29 C.F.R. part 570, subpart E).
 */
const PARENT = 'a parent or a person standing in a parent’s place';
const HAZARD = `no work in an occupation declared particularly hazardous for those under 16, except for ${PARENT} on a farm that parent or person owned or operated (§ 213(c)(2))`;
const FARM_AGES: readonly { from: number; words: string; rule: string }[] = [
  { from: 0, words: 'under 12', rule: `§ 213(c) allowed farm work outside school hours only for ${PARENT} on a farm that parent or person owned or operated, or with the consent of that parent or person on a farm none of whose employees had to be paid the minimum wage because of the small-farm exemption of § 213(a)(6)(A) (§ 213(c)(1)(A)), or at 10 or 11 under a waiver granted by the Secretary of Labor, only as a hand-harvest laborer in an operation customarily paid by the piece, commuting daily from a permanent residence to the farm, for not more than eight weeks between June 1 and October 15 of a calendar year (§ 213(c)(4)(A), (B)); and ${HAZARD}` },
  { from: 12, words: '12 or 13', rule: `§ 213(c) allowed farm work outside school hours only with the consent of ${PARENT}, or where that parent or person was employed on the same farm (§ 213(c)(1)(B)); and ${HAZARD}` },
  { from: 14, words: '14 or 15', rule: `§ 213(c) allowed any farm work outside school hours (§ 213(c)(1)(C)); and ${HAZARD}` },
  { from: 16, words: '16 or 17', rule: 'the child labor rules set no limit on farm work: the occupations declared particularly hazardous in agriculture are closed only to those under 16 (§ 213(c)(2); 29 U.S.C. § 203(l))' },
];

/**
 * The sentence on the age group of § 213(c) on the days of farm work, by the date of birth
 * (`groups`: indexes into FARM_AGES, ascending; each in turn where the victim reached 12, 14 or 16
 * during the farm work). Without a date of birth the ages are not known, and the farm sentence
 * lists the groups in brief (farmChild).
 */
function farmAgesSentence(groups: readonly number[]): string {
  const g = groups.map((i) => FARM_AGES[i]!);
  if (g.length === 0) return '';
  if (g.length === 1) return ` On the days of farm work the victim was ${g[0]!.words}, an age at which ${g[0]!.rule}.`;
  const ages = `${g.slice(0, -1).map((x) => x.words).join(', ')} and then ${g[g.length - 1]!.words}`;
  // One sentence a group: each group's rule has semicolons of its own (worksheet 2.24.0).
  return ` On the days of farm work the victim was ${ages}.${g.map((x) => ` At ${x.words}, ${x.rule}.`).join('')}`;
}

/**
 * For a child's farm work (a period with the § 213(b)(12) exemption, the only way the case says a
 * period was agriculture): the child labor rules of agriculture are § 213(c)'s, and like § 212's
 * they govern whether a child may be employed, not the pay; the farm exemptions from the minimum
 * wage and overtime are another set (29 C.F.R. § 570.123(a) keeps the two apart). Opposing counsel
 * reading "§ 212" beside a 13-year-old's farm work could argue the work was lawful under § 213(c)
 * and so paid by other rules; and § 213(a)(6)(D), a minimum wage exemption for some hand-harvest
 * workers of 16 or under, is the one rule of wages that turns on a child's age. `lead` says whose
 * farm work: all of it, or that done before the eighteenth birthday. From worksheet 2.23.0, with a
 * date of birth the sentence names the age group of § 213(c) that applied on the days of farm work
 * (each, where the victim crossed 12, 14 or 16 during it): it listed the groups without saying
 * which, leaving the court to work out the age.
 */
const farmChild = (lead: string, groups: readonly number[] | null) =>
  ` ${lead} does not change this: the child labor rules of agriculture are those of 29 U.S.C. § 213(c)${groups === null ? ' (work outside school hours; at 12 or 13 only with the consent of a parent or a person standing in a parent’s place, or where that parent or person works on the same farm)' : ''}, which, like § 212, govern whether a child may be employed, not the pay for the hours worked (29 C.F.R. § 570.123(a)).${groups === null ? '' : farmAgesSentence(groups)} The farm exemption from overtime (29 U.S.C. § 213(b)(12)) is applied as each period states, and the minimum wage is owed for every hour. The exemption from the minimum wage of 29 U.S.C. § 213(a)(6), including that of a hand-harvest laborer of 16 or under paid by the piece, on the same farm as a parent or a person standing in a parent’s place, at the piece rate paid to those over 16 (§ 213(a)(6)(D)), is not applied: the employer that claims an exemption must prove it.`;

const FARM = 'agriculture-213b12';

/** The day number of the victim's eighteenth birthday (29 February reaches it on 1 March), or null without a date of birth. */
export function eighteenthBirthday(c: RestitutionCase): number | null {
  const dob = c.victim.dateOfBirth;
  return dob == null ? null : dayNumber(anniversary(calendarDate(dob), 18));
}

/** Each labor period's days worked (hours above 0) before and from the eighteenth birthday. */
export interface PeriodAges {
  period: number;
  child: boolean;
  adult: boolean;
}

/** Which periods had days worked under 18 and at 18 or over, by the date of birth (null without one). */
export function periodAges(c: RestitutionCase): PeriodAges[] | null {
  const eighteen = eighteenthBirthday(c);
  if (eighteen === null) return null;
  return c.laborPeriods.map((p, i) => {
    // A period wholly on one side needs no walk through its days.
    if (toDay(p.endDate) < eighteen) return { period: i, child: true, adult: false };
    if (toDay(p.startDate) >= eighteen) return { period: i, child: false, adult: true };
    const worked = periodDays(p, i).filter((d) => d.hours > 0);
    return { period: i, child: worked.some((d) => d.day < eighteen), adult: worked.some((d) => d.day >= eighteen) };
  });
}

/**
 * The age groups of FARM_AGES the victim was in on the days of farm work (periods with the
 * § 213(b)(12) exemption, hours above 0) before the eighteenth birthday, ascending; null without a
 * date of birth. The birthdays that open a group (12, 14, 16) are found as the eighteenth is,
 * 29 February reaching them on 1 March (src/domain/calendar.ts `anniversary`).
 */
export function farmAgeGroups(c: RestitutionCase): number[] | null {
  const dob = c.victim.dateOfBirth;
  if (dob == null) return null;
  const birth = calendarDate(dob);
  const starts = FARM_AGES.map((g) => (g.from === 0 ? -Infinity : dayNumber(anniversary(birth, g.from))));
  const eighteen = dayNumber(anniversary(birth, 18));
  const seen = new Set<number>();
  c.laborPeriods.forEach((p, i) => {
    if (p.exemption !== FARM || toDay(p.startDate) >= eighteen) return;
    for (const d of periodDays(p, i)) {
      if (d.hours <= 0 || d.day >= eighteen) continue;
      let g = starts.length - 1;
      while (d.day < starts[g]!) g--;
      seen.add(g);
    }
  });
  return [...seen].sort((a, b) => a - b);
}

/** "period 2", "periods 1 and 3", "periods 1, 2 and 4" (numbered from 1, as the page numbers them). */
function periodsNamed(ns: number[]): string {
  const p = ns.map((n) => String(n + 1));
  return p.length === 1 ? `period ${p[0]!}` : `periods ${p.slice(0, -1).join(', ')} and ${p[p.length - 1]!}`;
}

const VALUED =
  'the full minimum wage and overtime are valued for every hour, as for an adult. The youth opportunity wage (29 U.S.C. § 206(g)) is an option of an employer, only for an employee under 20 and only in the first 90 consecutive calendar days of the employment, and the subminimum wages of 29 U.S.C. § 214 need a certificate issued by the Secretary of Labor before the work: neither is applied. The child labor rules (29 U.S.C. § 212) limit the work a minor may be employed to do, not the pay for work done, so hours worked in breach of them are valued like any others; the civil money penalties for the breach (29 U.S.C. § 216(e)) are not restitution to the victim and are not claimed.';

/**
 * The assumption for a victim under 18 on a day worked, else null: by the date of birth where the
 * case gives it, else on the whole case (`minor`: every day; `minorDuringOffense` alone: said
 * conditionally, as the case does not say which days were worked under 18).
 */
export function minorLaborAssumption(c: RestitutionCase): string | null {
  const ages = periodAges(c);
  if (ages === null) {
    const status = childStatus(c);
    if (status === 'adult') return null;
    const farm = c.laborPeriods.some((p) => p.exemption === FARM);
    if (status === 'minor') return `The victim was under 18 during the labor; ${VALUED}${farm ? farmChild('Farm work', null) : ''}`;
    return `The victim was under 18 during at least part of the offense; for the labor done before the victim turned 18, ${VALUED}${farm ? farmChild('Farm work done before the victim turned 18', null) : ''}`;
  }
  const groups = farmAgeGroups(c);
  const child = ages.filter((a) => a.child);
  if (child.length === 0) return null;
  const farmAsChild = child.some((a) => c.laborPeriods[a.period]!.exemption === FARM);
  if (ages.every((a) => !a.adult)) return `The victim was under 18 during the labor; ${VALUED}${farmAsChild ? farmChild('Farm work', groups) : ''}`;
  // Turned 18 during the labor: the periods named, no date (the birthday identifies the victim;
  // Fed. R. Crim. P. 49.1(a)(2) allows a public filing the year of birth only).
  const whole = child.filter((a) => !a.adult).map((a) => a.period);
  const part = child.filter((a) => a.adult).map((a) => a.period);
  const which = [whole.length > 0 ? `the work of ${periodsNamed(whole)}` : null, part.length > 0 ? `that of ${periodsNamed(part)} up to the victim’s eighteenth birthday` : null]
    .filter((x) => x !== null)
    .join(', and ');
  const farmLead = part.some((i) => c.laborPeriods[i]!.exemption === FARM) ? 'Farm work done before the victim turned 18' : 'Farm work';
  return `The victim was under 18 during part of the labor (${which.replace(/^that of/, 'the work of')}) and 18 or older during the rest; at every age ${VALUED}${farmAsChild ? farmChild(farmLead, groups) : ''}`;
}
