// Warnings are data (Issue objects) for the preparer: returned by `check` and `render` and shown by
// the web app at their field, never printed in the worksheet, which is filed (README, "Warnings").
// What the court should read is said in the worksheet itself (assumptions, open choices).
import { andList, money as formatCents } from '../kit/index.js';
import type { RestitutionIssue } from './codes.js';
import { exemptionFactsAuthority } from './authorities.js';
import type { ExemptionEffect, RestitutionComputed } from './compute.js';
import { citedExhibits, citingTexts, exhibitKey, listedExhibits, MAX_RANGE } from './exhibits.js';
import type { FlsaTotals } from './flsa.js';
import { customRateStates, stateRatesChangeF, withoutStateRates } from './rates.js';
import { EXEMPTION_LAW, exemptionAlternative } from './exemption-text.js';
import type { RestitutionCase } from './schema.js';
import { childStatus } from './filing.js';
import { payAboveMinimumWageWarnings } from './pay-above-minimum-wage.js';
import { payWithoutHoursWarnings } from './credits.js';
import { paydayAfterWeekWarnings } from './paydays.js';
import { lumpSumWarnings } from './lump-sums.js';
import { periodWeeks } from './period-weeks.js';
import { overlapWarnings } from './overlaps.js';
import { territoryTableWarnings } from './territories.js';
import { toDay } from './dates.js';
import { rateDateWarnings } from './conversion.js';
import { workweeksNamed } from './week-names.js';
import { lossCents } from './losses.js';

// Words that mark a pseudonym rather than a real name ("Jane Doe", "Minor Victim One", "Menor A").
const PSEUDONYM_WORDS = new Set(['doe', 'roe', 'minor', 'victim', 'child', 'juvenile', 'person', 'individual', 'mv', 'menor', 'victima', 'nina', 'nino']);

// A word of a name: letters (with their combining marks), apostrophes and hyphens, at least two
// letters, in any script and any case: "Ana", "morales", "Иванова", "حسن", "O'Neill".
const NAME_WORD = /^[\p{L}\p{M}'’-]+$/u;
// Initials typed without periods ("KM", "K M"): capitals only, at most two letters (three capitals,
// "ANA", are as likely a name written in capitals).
const BARE_INITIALS = /^\p{Lu}{1,2}$/u;
// Scripts that write a full name without a space between surname and given name: two to four of
// their characters ("王芳", "王小梅", "김민지", "山田花子").
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,4}$/u;

/** Letters of a word, marks and punctuation left out (so "José" has four, whatever its form). */
const letterCount = (w: string): number => w.replace(/[^\p{L}]/gu, '').length;

/**
 * A minor's identifier must be initials or a pseudonym (Fed. R. Crim. P. 49.1(a)(3); 18 U.S.C.
 * § 3509(d)). Heuristic: none of its words is a pseudonym word, and either two or more words
 * of two letters or more ("Ana Morales", "ana morales", "Мария Иванова", "ماريا حسن"; bare
 * initials such as "KM" are not such words) or a word of two to four Han, Hangul or kana characters
 * (those scripts write a full name without a space). Initials ("A.M.", "A. M.") do not match.
 * It warns only, so it leans towards warning: a child's name in a public filing cannot be
 * taken back, a pseudonym read as a name costs a second look. Capitalised words alone used to
 * count, so a name typed in lower case or written in a script without case (Arabic, Hebrew,
 * Devanagari, Chinese) was never flagged.
 */
export function looksLikeFullName(identifier: string): boolean {
  return nameShape(identifier) !== null;
}

/**
 * Why an identifier looks like a name (looksLikeFullName): `words`, two or more words of a name;
 * `unspaced`, two to four Han, Hangul or kana characters, which are a full name written without a
 * space ("王芳") or a given name alone ("小明"), and cannot be told apart without the family's
 * name. Both are flagged: Fed. R. Crim. P. 49.1(a)(3) allows a minor's initials only, and a given
 * name identifies a child as a full name does. The warning says which was seen, since "a full
 * name" said of a given name alone reads as a mistake (README, "Minor's name heuristic").
 */
export function nameShape(identifier: string): 'words' | 'unspaced' | null {
  const words = identifier.normalize('NFC').split(/[\s,]+/u).filter((w) => w.length > 0);
  if (words.some((w) => PSEUDONYM_WORDS.has(w.toLowerCase().normalize('NFD').replace(/[^\p{L}]/gu, '')))) return null;
  if (words.some((w) => UNSPACED_NAME.test(w))) return 'unspaced';
  const nameWords = words.filter((w) => NAME_WORD.test(w) && letterCount(w) >= 2 && !BARE_INITIALS.test(w));
  return nameWords.length >= 2 ? 'words' : null;
}

/**
 * The name warning, for a victim who is a minor, or who was one during the offense (18 U.S.C.
 * § 3509(d) protects information concerning a child victim; Fed. R. Crim. P. 49.1(a)(3), which
 * allows only a minor's initials, concerns a victim who is a minor on filing).
 */
function nameWarning(shape: 'words' | 'unspaced', status: 'minor' | 'child-then'): string {
  const who = status === 'minor' ? 'the victim is a minor' : 'the victim was a minor during the offense';
  const rule = status === 'minor' ? 'Fed. R. Crim. P. 49.1(a)(3); 18 U.S.C. § 3509(d)' : '18 U.S.C. § 3509(d)';
  return shape === 'words'
    ? `${who} and this looks like a full name; use initials or a pseudonym (${rule})`
    : `${who} and this looks like a name: two to four Han, Hangul or kana characters can be a full name written without a space or a given name alone, and either identifies the child; use initials, or a pseudonym that is not the child’s name (${status === 'minor' ? 'Fed. R. Crim. P. 49.1(a)(3) allows only a minor’s initials; 18 U.S.C. § 3509(d)' : rule})`;
}

export function caseWarnings(c: RestitutionCase, computed: RestitutionComputed, federalOnly: FlsaTotals | null): RestitutionIssue[] {
  const w: RestitutionIssue[] = [];
  const flsa = computed.flsa;
  // An exemption is "used" only where it removed overtime: a workweek over 40 hours worked wholly
  // in exempt periods (29 C.F.R. § 780.11). One that removed none is said to have changed nothing.
  for (const e of computed.exemptions) w.push(exemptionWarning(computed, e));
  // Each period's own weeks, pay and lump sums, worked out once for the two warnings that read them.
  const periods = periodWeeks(c, computed);
  w.push(...payAboveMinimumWageWarnings(c, computed, periods));
  w.push(...payWithoutHoursWarnings(c, computed));
  w.push(...paydayAfterWeekWarnings(c, computed));
  w.push(...lumpSumWarnings(c, computed, periods));
  w.push(...overlapWarnings(c.laborPeriods));
  w.push(...territoryTableWarnings(c));
  w.push(...rateDateWarnings(c));
  // Only when a state rate was the rate applied on a day worked: otherwise nothing was used.
  if (federalOnly && computed.ratesUsed.state) {
    w.push({
      path: 'settings.minimumWage',
      code: 'state-rates-used',
      // F the same both ways (agreed rates or wages paid decided every week): "the same", not the
      // figure twice, which read as a choice for the court (stateRatesChangeF).
      message: stateRatesChangeF(computed)
        ? `state minimum wages are used where higher (29 U.S.C. § 218(a)); whether § 1593 uses them is unsettled. FLSA value with state rates: ${formatCents(flsa.totalCents)}; ${withoutStateRates(c.settings)}: ${formatCents(federalOnly.totalCents)}`
        : `state minimum wages are used where higher (29 U.S.C. § 218(a)), but the FLSA value is the same, ${formatCents(flsa.totalCents)}, ${withoutStateRates(c.settings)}: the agreed rates or the wages paid decided every workweek, so the worksheet shows no alternative for it`,
    });
  }
  // A custom rate has no place attached (schema: effective date, rate, label), so it applies to
  // every period it reaches; across states, a city's or a state's rate is applied to work done
  // elsewhere, which overstates F.
  const states = customRateStates(c);
  if (states.length > 1) {
    w.push({
      path: 'settings.customRates',
      code: 'custom-rates-several-states',
      message: `the case’s custom rates apply to every labor period, wherever the work was done, and the periods they reach were worked in ${states.length} states (${states.join(', ')}); a city’s or a state’s minimum wage is owed only for work done there. Confirm that each custom rate applies to all of these periods; a custom rate cannot be limited to one place, so leave out one that does not (it would overstate F)`,
    });
  }
  c.grossIncome.forEach((g, i) => {
    // 18 U.S.C. § 3664(h): with more than one defendant the court may hold each liable for the
    // full amount; apportioning here lowers what the child recovers.
    if (g.defendantShare < 1 && computed.alternatives.jointAndSeveral) {
      w.push({
        path: `grossIncome.${i}.defendantShare`,
        code: 'share-apportioned',
        message: `counts only part of this line's gross income, which lowers mandatory restitution: where others shared in it, the court may make each defendant liable for the full amount (joint and several, 18 U.S.C. § 3664(h)). Total with every line in full: ${formatCents(computed.alternatives.jointAndSeveral.totalCents)}`,
      });
    }
    if (g.evidence === null) {
      w.push({
        path: `grossIncome.${i}.evidence`,
        code: 'no-evidence',
        message: 'this gross-income line cites no evidence; add the exhibit, testimony or record that supports it',
      });
    }
  });
  c.losses.forEach((l, i) => {
    if (l.category !== 'lost-income' || c.laborPeriods.length === 0) return;
    const dated = l.startDate !== null && l.endDate !== null;
    const overlaps = c.laborPeriods.some((p) => !dated || (l.startDate! <= p.endDate && p.startDate <= l.endDate!));
    if (overlaps) {
      w.push({
        path: `losses.${i}`,
        code: 'lost-income-overlap',
        // Tips a defendant took are lost income that F leaves out (F is the minimum wage and
        // overtime alone: 18 U.S.C. § 1593(b)(3)), so the overlap is no double count of F; only a
        // gross-income line holding the same tips would count them twice (README-pay.md, "Tips").
        message: `${
          dated
            ? 'this lost income overlaps a labor period whose value is already counted: risk of double counting'
            : 'this lost income has no dates and the case has labor periods whose value is already counted: check it does not cover the same time (risk of double counting)'
        }, unless it is income that value leaves out, such as tips the victim received and a defendant took (the FLSA value counts the minimum wage and overtime alone); such tips must not also be in a gross-income line`,
      });
    }
  });
  // Only with labor periods: without them there is no F to compare with, and pooling changes nothing.
  if (computed.settings.commercialSexIncome === 'pooled' && computed.alternatives.separate && c.laborPeriods.length > 0) {
    w.push({
      path: 'settings.commercialSexIncome',
      code: 'pooled-reading-used',
      message: `gross income from commercial sex acts is pooled with labor income and compared with the FLSA value, which does not value commercial sex acts; added instead (18 U.S.C. § 1593(b)(3)), the total is ${computed.alternatives.separate.totalCents === computed.totalCents ? 'the same, ' : ''}${formatCents(computed.alternatives.separate.totalCents)}`,
    });
  }
  c.losses.forEach((l, i) => {
    // A loss of $0.00 prints as a line claiming nothing (a forgotten amount, a basis of 0 units):
    // read by the court as no loss of that kind, where a cost not yet known is a loss not yet known
    // (18 U.S.C. § 3664(d)(5): the court sets a date to determine it). Printed all the same, never
    // dropped: the preparer decides (round r60).
    if (lossCents(l) === 0) {
      w.push({
        path: l.amount !== null ? `losses.${i}.amount` : `losses.${i}.basis`,
        code: 'loss-zero',
        message: `this loss is $0.00, and the worksheet prints it as a line claiming nothing; give its amount, or, if it is not yet known, list it under losses not yet known (18 U.S.C. § 3664(d)(5)), or remove it`,
      });
    }
    if (l.projected && l.basis === null) {
      w.push({
        path: `losses.${i}.basis`,
        code: 'projected-without-basis',
        message: 'this projected loss gives no basis; a court awards future costs that are reasonably projected, so give units a year × rate × years (e.g. 26 sessions × $180.00 × 2 years)',
      });
    }
  });
  w.push(...exhibitWarnings(c));
  if (c.victim.minor && c.victim.payee === null) {
    w.push({
      path: 'victim.payee',
      code: 'payee-needed',
      message: 'the victim is a minor and no payee is named; name the legal guardian or other person to receive restitution (18 U.S.C. § 1593(c); § 2259(c)(4)), or the worksheet asks the court to name one',
    });
  }
  if (c.preparer.barNumber === null) {
    w.push({
      path: 'preparer.barNumber',
      code: 'no-bar-number',
      message: 'a filing is signed by counsel with a bar number; add it, or have counsel sign the worksheet',
    });
  }
  // Restitution is mandatory (18 U.S.C. § 1593(b)(1)): a worksheet that asks for $0.00 because
  // nothing was entered reads, once filed, as the victim claiming nothing.
  if (c.laborPeriods.length === 0 && c.grossIncome.length === 0 && c.losses.length === 0) {
    w.push({
      path: 'laborPeriods',
      code: 'nothing-claimed',
      message: `the case has no labor period, gross-income line or loss, so the worksheet requests $0.00 in restitution, which is mandatory (18 U.S.C. § 1593(b)(1)); add what the case claims${c.pendingLosses.length > 0 ? ', or the losses not yet known once they are' : ''} before filing`,
    });
  }
  const status = childStatus(c);
  // age.ts: without the date of birth the age assumption of such a victim speaks of "the labor
  // done before the victim turned 18" without saying which that was.
  if (status === 'child-then' && c.laborPeriods.length > 0 && c.victim.dateOfBirth == null) {
    w.push({
      path: 'victim.dateOfBirth',
      code: 'age-during-labor-unknown',
      message: 'the victim was under 18 during the offense and is 18 or older now, and the case does not say on which days of the labor the victim was under 18: the worksheet speaks of the labor done before the eighteenth birthday without saying which it was, and of farm work likewise (29 U.S.C. § 213(c)); give the date of birth (it is not printed) so that it names the periods worked as a child',
    });
  }
  const shape = status === 'adult' ? null : nameShape(c.victim.identifier);
  if (shape && status !== 'adult') w.push({ path: 'victim.identifier', code: 'minor-full-name', message: nameWarning(shape, status) });
  return w;
}

/**
 * The exemption of one labor period, for the preparer. Used (it removed the overtime of some
 * workweek): `exemption-used`, with the total without it when that is higher. Changed nothing
 * (each of the period's workweeks over 40 hours also had non-exempt hours, 29 C.F.R. § 780.11, or
 * none was over 40 hours): `exemption-no-effect`; the filing says so at the period, not among the
 * open legal choices, since no figure depends on it.
 */
function exemptionWarning(computed: RestitutionComputed, e: ExemptionEffect): RestitutionIssue {
  const path = `laborPeriods.${e.period}.exemption`;
  const cite = EXEMPTION_LAW[e.exemption];
  const n = e.overtimeRemovedWeeks.length;
  if (n > 0) {
    const a = exemptionAlternative(computed, e.exemption);
    const total = a
      ? ` Total without this exemption: ${formatCents(a.totalCents)} (as requested: ${formatCents(computed.totalCents)})`
      : ' Without it the total would be the same';
    return {
      path,
      code: 'exemption-used',
      message: `an overtime exemption (${cite}) removes the overtime of ${n === 1 ? 'one workweek' : `${n} workweeks`} of this period, ${workweeksNamed(e.overtimeRemovedWeeks.map(toDay))}; whether it applies turns on the facts (${exemptionFactsAuthority(e.exemption)}): counsel should confirm it.${total}.`,
    };
  }
  return {
    path,
    code: 'exemption-no-effect',
    message: e.mixedWeeks.length > 0
      ? `an overtime exemption (${cite}) is given for this period but removes no overtime: each workweek of it over 40 hours (${workweeksNamed(e.mixedWeeks.map(toDay))}) also has hours worked outside an exempt period, and a workweek is exempt only if every hour in it is (29 C.F.R. § 780.11), so overtime is owed as if no exemption were given`
      : `an overtime exemption (${cite}) is given for this period but removes no overtime: no workweek of it is over 40 hours`,
  };
}

/**
 * The exhibit list checked against the references (exhibits.ts): a range listed as written rather
 * than exhibit by exhibit, and, when the case lists its exhibits, a cited exhibit it does not list
 * (a typing slip, or a reference read where none was meant).
 */
function exhibitWarnings(c: RestitutionCase): RestitutionIssue[] {
  const w: RestitutionIssue[] = [];
  const listed = listedExhibits(c);
  for (const t of citingTexts(c)) {
    const cited = citedExhibits(t.text, listed);
    for (const k of cited.kept) {
      w.push({
        path: t.path,
        code: 'exhibit-range-kept',
        message:
          k.reason === 'too-long'
            ? `cites Exhibits ${k.text}, a range of more than ${MAX_RANGE} exhibits: the exhibit list gives it as written, not exhibit by exhibit; check the reference, or list the exhibits`
            : `cites Exhibits ${k.text}: which exhibits lie between its ends cannot be told from the range, so the exhibit list gives it as written; list both ends in the case’s exhibits, or write the exhibits out`,
      });
    }
    // One warning per text, naming every exhibit it cites that the case does not list.
    const missing = listed.size === 0 ? [] : cited.ids.filter((id) => !listed.has(exhibitKey(id)));
    if (missing.length > 0) {
      w.push({
        path: t.path,
        code: 'exhibit-not-listed',
        message:
          missing.length === 1
            ? `cites Exhibit ${missing[0]}, which is not among the case’s exhibits: add it with its description, or correct the reference`
            : `cites Exhibits ${andList(missing)}, which are not among the case’s exhibits: add them with their descriptions, or correct the references`,
      });
    }
  }
  return w;
}
