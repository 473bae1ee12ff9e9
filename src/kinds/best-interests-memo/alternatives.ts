// The alternatives a memo weighs, and the rule for recommending more than one (kind README,
// "Alternatives"; docs/domain/best-interests-memo-alternatives.md). Pure.
//
// Every option but `other` is a placement of the child or the end of the child's stay (release,
// URM foster care, long-term or transitional foster care, the shelter, voluntary departure or
// repatriation): only one of them can happen. The best-interests process ends in the option that
// is in the child's best interests (2016 Framework; UNHCR Guidelines, 2008, and BIP, 2021), and an
// advocate may add what to do if that one cannot be carried out ("in the alternative": URM foster
// care if the home study of the aunt is unfavorable). So two recommended placements must say which
// is the first choice: each has a `preference` (1, 2, …), printed "Yes, first choice", "Yes, second
// choice". `other` (a service, a referral) may go alongside a placement and needs no rank.
import { countedAlike } from '../kit/index.js';
import type { MemoIssue } from './codes.js';
import { ALTERNATIVE_OPTIONS, type Alternative, type AlternativeOption, type BestInterestsMemoCase, type PendingRelief } from './schema.js';
import { proposedSponsorText, sponsorOf } from './sponsors.js';

/** The options only one of which can happen to the child (every option but `other`). */
export const EXCLUSIVE_OPTIONS: ReadonlySet<AlternativeOption> = new Set(ALTERNATIVE_OPTIONS.filter((o) => o !== 'other'));

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 1 → "first", …, 10 → "tenth", then "11th", "12th", "21st", "22nd", "23rd". */
export function ordinal(n: number): string {
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1]!;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * The "Recommended" cell of the alternatives table: "No", "Yes", or "Yes, second choice". The rank
 * is printed only when there is a ranking (`ranked`: a second choice exists): a lone option given
 * preference 1 is plainly "Yes", never a "first choice" that sends the reader looking for a second.
 */
export function recommendedText(a: Pick<Alternative, 'recommended' | 'preference'>, ranked = true): string {
  if (!a.recommended) return 'No';
  return a.preference === null || !ranked ? 'Yes' : `Yes, ${ordinal(a.preference)} choice`;
}

/** More than one recommended option is ranked (a preference of 2 or more is given): the ranks are printed. */
export function hasRanking(alternatives: readonly Pick<Alternative, 'recommended' | 'preference'>[]): boolean {
  return alternatives.some((x) => x.recommended && x.preference !== null && x.preference >= 2);
}

/**
 * The rule of recommending more than one option (code `placement-preference`, at the field):
 * - two or more exclusive options recommended: each of them needs a `preference`;
 * - the preferences given (on recommended options) are 1 to N, each once;
 * - a preference on an option that is not recommended means nothing, and is refused.
 */
export function preferenceIssues(alternatives: readonly Alternative[]): MemoIssue[] {
  const issues: MemoIssue[] = [];
  const at = (i: number) => `alternatives.${i}.preference`;
  const placements = alternatives.filter((a) => a.recommended && EXCLUSIVE_OPTIONS.has(a.option)).length;
  const ranked = alternatives.filter((a) => a.recommended && a.preference !== null).length;
  const seen = new Map<number, number>();
  alternatives.forEach((a, i) => {
    if (!a.recommended) {
      if (a.preference !== null) {
        issues.push({ path: at(i), code: 'placement-preference', message: 'is only for a recommended option: this one is not recommended, so give it no preference' });
      }
      return;
    }
    if (a.preference === null) {
      if (placements >= 2 && EXCLUSIVE_OPTIONS.has(a.option)) {
        issues.push({
          path: at(i),
          code: 'placement-preference',
          message: `must be given: ${countedAlike([placements, 1]).counted(placements, 'placement')} are recommended and only one can happen; rank each recommended placement, 1 for the first choice, 2 for the one recommended in the alternative, and so on`,
        });
      }
      return;
    }
    const other = seen.get(a.preference);
    if (other !== undefined) {
      issues.push({ path: at(i), code: 'placement-preference', message: `must differ from the preference of alternatives.${other}: each rank is given once` });
    } else if (a.preference > ranked) {
      issues.push({ path: at(i), code: 'placement-preference', message: `must be 1 to ${ranked}: the recommended options are ranked 1, 2, … without a gap` });
    }
    seen.set(a.preference, i);
  });
  return issues;
}

/** Each option as the table names it when the alternative has no description. */
export const OPTION_LABELS: Record<AlternativeOption, string> = {
  'release-to-sponsor': 'Release to a sponsor',
  'unaccompanied-refugee-minors': 'Unaccompanied Refugee Minors program',
  'long-term-foster-care': 'Long-term foster care',
  'transitional-foster-care': 'Transitional foster care',
  // Not "Remaining in the shelter": the option is weighed for a child in a secure facility or a
  // foster home too, for whom it is a move.
  shelter: 'Shelter care',
  'restrictive-placement': 'Restrictive placement (secure facility, residential treatment center or heightened supervision facility)',
  'voluntary-departure-or-repatriation': 'Voluntary departure or repatriation',
  other: 'Other',
};

/**
 * The "Option" cell of the alternatives table: the description, else the option's label; a
 * release that names its sponsor (`sponsor`, sponsors.ts) says who, as the Background does:
 * "Release to Rosa Oxlaj Pérez (maternal aunt)" (proposedSponsorText: the category left out when the detail says it), or under a description
 * that does not already name the sponsor, a line "Sponsor: Rosa Oxlaj Pérez".
 */
export function optionText(c: Pick<BestInterestsMemoCase, 'proposedSponsor' | 'proposedSponsors'>, a: Pick<Alternative, 'option' | 'description' | 'sponsor'>): string {
  const s = sponsorOf(c, a);
  if (a.description === null) return s === null ? OPTION_LABELS[a.option] : `Release to ${proposedSponsorText(s)}`;
  if (s === null || a.description.toLowerCase().includes(s.name.toLowerCase())) return a.description;
  return `${a.description}\nSponsor: ${s.name}`;
}

/**
 * `alternatives-alike` (warning, at the later one): two alternatives whose Option cells read the
 * same ("Release to a sponsor" twice, first and second choice). The decision-maker cannot tell
 * which is recommended first, nor which release the home study is before; a description, or for a
 * release the sponsor, tells them apart. Compared as printed, spaces and case aside.
 */
export function alikeIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const seen = new Map<string, number>();
  return c.alternatives.flatMap((a, i): MemoIssue[] => {
    const printed = optionText(c, a).replace(/\s+/gu, ' ').trim().toLowerCase();
    const first = seen.get(printed);
    if (first === undefined) {
      seen.set(printed, i);
      return [];
    }
    const how = a.option === 'release-to-sponsor' ? 'name the sponsor of each release (sponsor), or describe each (description)' : 'describe each (description)';
    return [
      {
        path: `alternatives.${i}`,
        code: 'alternatives-alike',
        message: `prints the same option as alternatives.${first}, so the table does not say which is which: ${how}`,
      },
    ];
  });
}

/** `return-against-sij-finding`: a return recommended while a Special Immigrant Juvenile petition is pending. */
export function returnAgainstSijIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const warnings: MemoIssue[] = [];
  // A Special Immigrant Juvenile petition rests on a finding, in administrative or judicial
  // proceedings, that it would not be in the child's best interest to be returned to the child's or
  // a parent's previous country of nationality or last habitual residence (8 U.S.C.
  // § 1101(a)(27)(J)(ii); 8 CFR 204.11(c)'s stored text stops before that paragraph: domain file,
  // "Immigration relief pending", sources). A memo that recommends voluntary departure or
  // repatriation while that petition is pending reads, to the judge or ORR, against the finding
  // the child's own petition stands on: the advocate must see it and say why (domain file,
  // "Immigration relief pending"). A warning: the advocate's view may differ from the court's.
  const sij = c.pendingRelief.findIndex((r) => r.type === 'special-immigrant-juvenile');
  if (sij >= 0) {
    c.alternatives.forEach((a, i) => {
      if (a.option !== 'voluntary-departure-or-repatriation' || !a.recommended) return;
      warnings.push({
        path: `alternatives.${i}.recommended`,
        code: 'return-against-sij-finding',
        message: `recommends voluntary departure or repatriation while a Special Immigrant Juvenile petition is pending (pendingRelief.${sij}), which rests on a finding that return to the child’s or a parent’s country is not in the child’s best interest (8 U.S.C. § 1101(a)(27)(J)(ii)): say in this alternative’s reason why the advocate’s view differs from that finding, or reconsider the recommendation`,
      });
    });
  }
  return warnings;
}

/**
 * What a child's departure does to each kind of pending relief, by type (domain file, "Immigration
 * relief pending"), or null where it does neither: a Special Immigrant Juvenile petition has its
 * own warning (return-against-sij-finding), and a U petition may be pursued and approved with the
 * petitioner abroad, a U visa then issued by a consulate (the CIS Ombudsman's recap of its June 20,
 * 2011 teleconference with USCIS and the Department of State).
 */
const WHAT_DEPARTURE_DOES: Record<PendingRelief['type'], ((at: string) => string) | null> = {
  // 8 CFR 208.8(a): an applicant who leaves without advance parole is presumed to have abandoned the application.
  asylum: (at) => `the asylum application (${at}), which an applicant who leaves the United States without advance parole is presumed to have abandoned (8 CFR 208.8(a))`,
  // 8 CFR 214.202(b): T status needs physical presence in the United States (or a place it names) on account of the trafficking.
  't-visa': (at) => `the T visa application (${at}), which needs the child’s physical presence in the United States on account of the trafficking (8 CFR 214.202(b))`,
  'special-immigrant-juvenile': null,
  // No rule read: the text of 8 CFR 214.14 and INA § 101(a)(15)(U) is not in the sources Harbor
  // read (domain file, "Other relief a departure would end"). The U petition is named with only
  // what was read, attributed: USCIS officials' account that a petition may be approved for a
  // petitioner abroad, the visa then issued by a consulate (CIS Ombudsman's recap of its June 20,
  // 2011 teleconference). It was left out, as if a departure did nothing to it, on that account alone.
  'u-visa': (at) =>
    `the U visa petition (${at}), which USCIS officials have said may be approved for a petitioner abroad, the visa then issued by a consulate (CIS Ombudsman, recap of June 20, 2011)`,
  // Harbor cannot know what a departure does to relief it knows only by its description.
  other: (at) => `the relief described in ${at}.detail, whatever a departure does to it`,
};

/**
 * `departure-while-relief-pending`: voluntary departure or repatriation recommended while an
 * application a departure ends, puts at risk or otherwise bears on is pending (asylum, a T visa,
 * a U visa, other relief). The
 * decision-maker weighs a return beside the relief the child has sought: a memo that recommends
 * it and says nothing of what becomes of that relief leaves the judge or ORR to find it (domain
 * file, "Immigration relief pending"). A warning: the advocate may have weighed it, and the child
 * may want to go home; the reason should say so.
 */
export function departureWhileReliefPendingIssues(c: BestInterestsMemoCase): MemoIssue[] {
  const pending = c.pendingRelief.flatMap((r, i) => {
    const does = WHAT_DEPARTURE_DOES[r.type];
    return does === null ? [] : [does(`pendingRelief.${i}`)];
  });
  if (pending.length === 0) return [];
  return c.alternatives.flatMap((a, i): MemoIssue[] =>
    a.option !== 'voluntary-departure-or-repatriation' || !a.recommended
      ? []
      : [
          {
            path: `alternatives.${i}.recommended`,
            code: 'departure-while-relief-pending',
            message: `recommends voluntary departure or repatriation while relief is pending that the child’s departure bears on: ${pending.join('; ')}: say in this alternative’s reason what becomes of ${pending.length === 1 ? 'it' : 'each'} if the child leaves, or reconsider the recommendation`,
          },
        ],
  );
}
