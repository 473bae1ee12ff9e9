// The template context of the RFA draft. Handlebars runs in strict mode, so every optional value is
// an explicit `null`, printed by the template as `@root.unknown` (NOT_YET_KNOWN, the one spelling).
// Which values are still to find out is computed once, in fields.ts (computed.stillToFindOut); the
// view prints one NOT_YET_KNOWN for each of them and never counts anything itself. Times, dates,
// lists, labels and sentences are formatted here, in tested TypeScript, not in the template.
import type { Issue } from '../../errors.js';
import { andList, capitalize, countryLabel, orList, entriesLine, formatANumber, longDate, namesLine, onceEach } from '../kit/index.js';
import { distinctLanguages, isEnglish } from '../kit/language.js';
import type { RfaComputed } from './compute.js';
import { deadlineView } from './deadline-view.js';
import { careProviderApplies, childAddressApplies, narrativeNotInEnglish, orrCare, sponsorApplies } from './applies.js';
import { labelsIn } from './fields.js';
import { familyNameWhy, givenNameWhy, onlyAnAge } from './not-yet-known.js';
import { ACT_LABELS, CONTINUED_PRESENCE_LABELS, CUSTODY_LABELS, MEANS_LABELS, NO_FAMILY_NAME_LABELS, PRIOR_LETTER_LABELS, PURPOSE_LABELS, RELATIONSHIP_LABELS, SEX_LABELS, TYPE_LABELS, WHERE_LABELS, yesNo } from './labels.js';
import { warningSentence } from './page-words.js';
import { cityAndState, usStatesApply, usStatesText, whereText } from './states.js';
import { DO_NOT_CONTACT, otherMinorsView, suspectsText } from './others.js';
import { attorneyKnown, careProviderKnown, caseManagerKnown, lawEnforcementAgency, parentWhereabouts, reportedToLawEnforcement, requesterRelationship, suspectsElsewhere, traffickerHasAccess, type Answer } from './implied.js';
import type { Contact, RfaCase } from './schema.js';
import { eventAgeText, otherDateOfBirthText, usedDateNote } from './two-births.js';

export { andList, countryLabel, longDate };
// A warning as the page prints it (fields by their labels, not their paths), in page-words.ts.
export { warningSentence } from './page-words.js';
// The deadline box's pieces, split into deadline-view.ts, still importable from here.
export { clockChange, DUE_24, dueLines, dueWhy, zoneText, type DueLine } from './deadline-view.js';

/** What the draft prints for every value not yet known: one spelling, here only. */
export const NOT_YET_KNOWN = 'Not yet known';
/** The citizenship of a child known to be stateless (child.stateless). */
export const STATELESS = 'None: the child is stateless (a national of no country)';
/**
 * Section 2's "Citizenship" row (docs/domain/rfa-eligibility.md, "Citizenship: confirmed, claimed or
 * disputed"): the countries, or STATELESS, and how they are known (child.citizenshipStatus). Two
 * countries disputed are alternatives ("Guatemala (GT) or Mexico (MX)"), never a dual citizenship;
 * two confirmed or claimed are both the child's ("dual citizenship"). With no status, as before
 * template 2.20.0: the countries alone, separated by "; ". Null when not yet known.
 */
/**
 * What a citizenship (or statelessness) claimed or disputed says once in its row: the one mark of
 * its entry of "Can follow later" (field-table.ts, the confirmation), as NOT_YET_KNOWN is of a
 * field not known (tests/kinds/rfa/view.test.ts counts both). Until template 2.21.0 a disputed one
 * said "none confirmed" and no list named the confirmation as still to come.
 */
export const NOT_YET_CONFIRMED = 'not yet confirmed';

export function citizenshipText(ch: Pick<RfaCase['child'], 'citizenship' | 'stateless' | 'citizenshipStatus'>): string | null {
  const status = ch.citizenshipStatus;
  if (ch.stateless === true) {
    if (status === 'confirmed') return `${STATELESS}; confirmed`;
    if (status === 'claimed') return `None claimed: the child is said to be stateless (a national of no country); ${NOT_YET_CONFIRMED}`;
    return STATELESS;
  }
  const names = ch.citizenship.map(countryLabel);
  if (names.length === 0) return null;
  const many = names.length === 2 ? 'dual citizenship' : 'citizen of each';
  switch (status) {
    case 'confirmed':
      return names.length === 1 ? `${names[0]}; confirmed` : `${andList(names)}: ${many}, confirmed`;
    case 'claimed':
      return names.length === 1 ? `${names[0]}; claimed, ${NOT_YET_CONFIRMED}` : `${andList(names)}: ${many} claimed, ${NOT_YET_CONFIRMED}`;
    case 'disputed':
      return names.length === 1
        ? `Disputed: ${names[0]} is claimed and contested; ${NOT_YET_CONFIRMED}`
        : `Disputed: ${orList(names)}, each claimed and ${NOT_YET_CONFIRMED} (one of them may be the child’s: not a dual citizenship)`;
    case null:
      return names.join('; ');
  }
}

/** An address of the confidential section that the requester knows and withholds for the child's safety (location.addressWithheld). */
export const WITHHELD = 'Withheld for the child’s safety: known to the requester, who gives it to OTIP directly';
export const BANNER = 'Draft for entry in OTIP Shepherd — confidential';

/** An answer as printed: "Yes", "No", or "Yes (why)" when other fields imply it (implied.ts). */
export const answerText = (a: Answer): string | null => (a.value === null ? null : a.implied === null ? yesNo(a.value) : `Yes (${a.implied})`);
const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

/** A label inside a sentence: its first letter in lower case ("Coercion" → "coercion"; "In the United States" → "in the United States"). */
const inSentence = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * "A, b and c" from the labels of a list's codes (labels.ts, the one table the web form shows
 * too), or null for an empty list.
 */
function labelList<K extends string>(xs: readonly K[], labels: Readonly<Record<K, string>>): string | null {
  return xs.length > 0 ? capitalize(andList(xs.map((x) => inSentence(labels[x])))) : null;
}

/** One line for a contact: "Name, Organization · phone · email". */
export function contactLine(c: (Pick<Contact, 'name'> & Partial<Omit<Contact, 'name'>>) | null | undefined): string | null {
  if (!c) return null;
  const who = c.organization ? `${c.name}, ${c.organization}` : c.name;
  return [who, c.phone, c.email].filter((x): x is string => !!x).join(' · ');
}

/**
 * Dates of an event as printed: "March 1, 2026 – April 2, 2026 (approximate)", or null (printed
 * NOT_YET_KNOWN). An event marked approximate without dates keeps the mark the caseworker entered,
 * "Not yet known (marked approximate)": the one NOT_YET_KNOWN of its stillToFindOut entry.
 */
export function eventDates(e: { date?: string | null | undefined; endDate?: string | null | undefined; dateApproximate?: boolean | null | undefined }): string | null {
  let s: string | null = null;
  if (e.date && e.endDate && e.endDate !== e.date) s = `${longDate(e.date)} – ${longDate(e.endDate)}`;
  else if (e.date) s = longDate(e.date);
  else if (e.endDate) s = `until ${longDate(e.endDate)}`;
  if (!e.dateApproximate) return s;
  return s === null ? `${NOT_YET_KNOWN} (marked approximate)` : `${s} (approximate)`;
}


/**
 * The child's family name as the page prints it: as given, or why none is (child.noFamilyName):
 * "Not yet known (only a first name is known)", the one NOT_YET_KNOWN of its "Can follow later"
 * entry (field-table.ts), or "None: the child has one name only", which is known.
 */
export function familyNameText(c: RfaCase): string {
  if (c.child.familyName !== null) return c.child.familyName;
  return c.child.noFamilyName === 'none' ? NO_FAMILY_NAME_LABELS.none : `${NOT_YET_KNOWN} (${familyNameWhy(c)})`;
}

/**
 * The child's date of birth and age as the page prints them (domain file, "Date of birth or
 * age"): every age and date resting on an estimate says so, "(estimated)" after a date or an age
 * from an estimated date of birth, "about" before an age given without one. Without a date of
 * birth, the date is one NOT_YET_KNOWN (one entry of the "Can follow later" list).
 */
export function ageTexts(c: RfaCase, computed: RfaComputed): { dateOfBirth: string; age: string } {
  if (c.child.dateOfBirth === null) {
    // For a Part B the age given is the age when Part A was submitted (child.ts), and said so.
    const when = computed.submittedAt === null ? '' : ' when Part A was submitted';
    return {
      dateOfBirth: `${NOT_YET_KNOWN} (${onlyAnAge(c)})`,
      age:
        computed.ageUpTo === null
          ? `About ${computed.ageAtSubmission}${when} (the age given: without a date of birth, the 18th birthday is not known)`
          : `About ${computed.ageAtSubmission} to ${computed.ageUpTo}${when} (the age range given: without a date of birth, the 18th birthday is not known)`,
    };
  }
  const est = computed.dateOfBirthEstimated ? ' (estimated)' : '';
  return {
    // With another date of birth (a disputed one), which date the request uses and its source (two-births.ts).
    dateOfBirth: `${longDate(c.child.dateOfBirth)}${est}${usedDateNote(c)}`,
    age: `${computed.ageAtPreparation}${est}; last day under 18: ${longDate(computed.lastDayUnder18!)}${est}`,
  };
}

/**
 * Where the verification's missing items are listed: by the lists' headings (before section 1),
 * so the sentence stays true however the pages break.
 */
export function missingWhere(nowCount: number, laterCount: number): string {
  const lists = [nowCount > 0 ? '“Needed now and not yet known”' : null, laterCount > 0 ? '“Can follow later”' : null].filter((x): x is string => x !== null);
  return `listed under ${andList(lists)} before section 1`;
}

/**
 * "Interpreter needed" as printed (docs/domain/rfa-draft.md, "The child’s languages"): with a yes, the
 * language to interpret in is the first given (the schema asks for them best first), named, so a
 * child who speaks Mam best and some Spanish is not given a Spanish interpreter by default.
 */
export function interpreterText(needed: boolean | null, languages: readonly string[]): string | null {
  const distinct = distinctLanguages(languages);
  const best = distinct[0];
  if (needed !== true || best === undefined || isEnglish(best)) return yesNo(needed);
  // "the language the child speaks best" only tells which of several: beside the one language the
  // case gives, it compared the language with none ("Yes, in K'iche' (the language the child speaks best)").
  return distinct.length > 1 ? `Yes, in ${best} (the language the child speaks best)` : `Yes, in ${best}`;
}


export function view(c: RfaCase, computed: RfaComputed, warnings: Issue[]): Record<string, unknown> {
  const ch = c.child;
  const ages = ageTexts(c, computed);
  const loc = c.location;
  const le = c.lawEnforcement;
  const s = c.safety;
  const sn = c.strengthsAndNeeds;
  const cityState = cityAndState(loc.city, loc.state);
  const labor = c.concern.types.includes('labor');
  const sex = c.concern.types.includes('sex');
  const sponsor = loc.sponsor;
  // An address not given is printed WITHHELD, not NOT_YET_KNOWN, when the requester withholds it (field-table.ts agrees).
  const withheld = loc.addressWithheld === null ? null : WITHHELD;
  const missing = computed.stillToFindOut;
  const missingCount = missing.now.length + missing.later.length;
  const letter = c.letterRecipient;

  return {
    title: 'Draft Request for Assistance for a Child (OTIP)',
    banner: BANNER,
    unknown: NOT_YET_KNOWN,
    label: labelsIn(c),
    // The deadline box, the reason and the verification's cell (deadline-view.ts).
    deadline: deadlineView(c, computed, warnings),
    warnings: warnings.map((w) => warningSentence(w.message)),
    hasWarnings: warnings.length > 0,
    stillToFindOut: {
      nothing: missingCount === 0,
      nowCount: missing.now.length,
      nowText: missing.now.map((m) => m.label).join('; '),
      laterCount: missing.later.length,
      laterText: missing.later.map((m) => m.label).join('; '),
    },
    requester: {
      name: c.requester.name,
      title: c.requester.title,
      organization: c.requester.organization,
      // A row only when the requester is law enforcement (field-table.ts).
      lawEnforcement: c.requester.lawEnforcement === true,
      email: c.requester.email,
      phone: c.requester.phone,
      // The requester's words, or, for the child's attorney who gave none, that (implied.ts).
      relationshipToChild: requesterRelationship(c),
      howLearned: c.requester.howLearned,
    },
    child: {
      // Not yet known (child.givenNameNotYetKnown): the one NOT_YET_KNOWN of its "Needed now" entry.
      // With another name only (an alias), it says so: OTIP reads the name to ask for under "Other names used".
      givenName: ch.givenName ?? (givenNameWhy(c) === null ? NOT_YET_KNOWN : `${NOT_YET_KNOWN} (${givenNameWhy(c)})`),
      familyName: familyNameText(c),
      otherNames: namesLine(ch.otherNames),
      dateOfBirth: ages.dateOfBirth,
      otherDateOfBirth: otherDateOfBirthText(c, computed),
      age: ages.age,
      sex: ch.sex ? SEX_LABELS[ch.sex] : null,
      countryOfBirth: ch.countryOfBirth ? countryLabel(ch.countryOfBirth) : null,
      citizenship: citizenshipText(ch),
      immigrationStatus: ch.immigrationStatus,
      inUnitedStates: yesNo(ch.inUnitedStates),
      aNumber: computed.aNumber === null ? null : formatANumber(computed.aNumber),
      languages: entriesLine(distinctLanguages(ch.languages)),
      interpreterNeeded: interpreterText(ch.interpreterNeeded, ch.languages),
      // Printed only when given (field-table.ts).
      pregnantOrParenting: ch.pregnantOrParenting,
      // Printed only when given: "Eligibility Letter; March 2, 2025, no. 1234".
      priorOtipLetter: ch.priorOtipLetter === null ? null : [PRIOR_LETTER_LABELS[ch.priorOtipLetter], ch.priorOtipLetterDetails].filter((x): x is string => !!x).join('; '),
    },
    parents:
      c.parentsOrGuardians.length === 0
        ? null
        : c.parentsOrGuardians.map((p) => ({
            relationship: RELATIONSHIP_LABELS[p.relationship],
            name: p.name,
            whereabouts: parentWhereabouts(p),
            phone: p.phone,
            suspected: yesNo(p.suspectedInTrafficking),
            doNotContact: p.suspectedInTrafficking === true ? DO_NOT_CONTACT : null,
            // Said once: in "Where" when nothing else is said of where the parent is.
            livesWithChild: p.whereabouts === null && p.livesWithChild === true ? null : yesNo(p.livesWithChild),
          })),
    location: {
      cityState: cityState === '' ? null : cityState,
      custody: loc.custody ? CUSTODY_LABELS[loc.custody] : null,
      showOrrCaseNumber: orrCare(c),
      orrCaseNumber: loc.orrCaseNumber,
      formerlyInOrrCare: loc.formerlyInOrrCare === true,
      showSponsor: sponsorApplies(c),
      sponsorGiven: sponsor !== null,
      sponsor: sponsor === null ? null : [sponsor.relationshipToChild ? `${sponsor.name} (${sponsor.relationshipToChild})` : sponsor.name, sponsor.phone].filter((x): x is string => !!x).join(' · '),
      sponsorSuspected: yesNo(sponsor?.suspectedInTrafficking),
      sponsorDoNotContact: sponsor?.suspectedInTrafficking === true ? DO_NOT_CONTACT : null,
      sponsorAddress: orNull(sponsor?.address) ?? withheld,
      custodyDetails: loc.custodyDetails,
      showCareProvider: careProviderApplies(c),
      showAddress: childAddressApplies(c),
      address: loc.address ?? withheld,
      // Why the addresses not given are withheld (printed once, after them).
      addressWithheld: loc.addressWithheld,
      // The one named, or the requester who is the child's foster parent (implied.ts).
      careProviderName: careProviderKnown(c),
      careProviderAddress: orNull(loc.careProvider?.address) ?? withheld,
      // "None" when the child has none (hasCaseManager, hasAttorney false), "Yes; name to follow" when
      // the child has one not named (true): "Not yet known" only when not answered (implied.ts).
      caseManager: loc.caseManager !== null ? contactLine(loc.caseManager) : caseManagerKnown(c),
      // The requester, when the requester is the child's attorney and no other attorney is given (implied.ts).
      attorney: loc.attorney !== null ? contactLine(loc.attorney) : attorneyKnown(c),
    },
    concern: {
      types: labelList(c.concern.types, TYPE_LABELS)!,
      labor,
      sex,
      acts: labelList(c.concern.acts, ACT_LABELS),
      means: labelList(c.concern.means, MEANS_LABELS),
      // Labor trafficking needs a means, a child's too; sex trafficking of a child needs none
      // (22 U.S.C. § 7102(11); 8 CFR 214.206(a)(1)).
      meansNeeded: labor,
      laborPurposes: labelList(c.concern.purposes, PURPOSE_LABELS),
      // With none given, states listed where it happened say "In the United States"; only outside
      // the United States, that it need not have happened there (states.ts).
      whereExploited: whereText(c, labelList(c.concern.whereExploited, WHERE_LABELS)),
      // The row is printed when it applies (states.ts, field-table.ts); null there is "Not yet known".
      usStatesApply: usStatesApply(c),
      usStates: usStatesText(c),
      industry: c.concern.industry,
      employer: c.concern.employer,
      commercialSex: c.concern.commercialSex,
      // null (printed as unknown) when the list is empty.
      events:
        c.concern.events.length === 0
          ? null
          : c.concern.events.map((e, i) => ({ number: i + 1, dates: eventDates(e), age: eventAgeText(c, e), place: e.place, description: e.description })),
      traffickers:
        c.concern.traffickers.length === 0
          ? null
          : c.concern.traffickers.map((t, i) => ({ number: i + 1, name: t.name, relationship: t.relationship, livesWithChild: yesNo(t.livesWithChild), description: t.description })),
      // The parent, guardian or sponsor the page calls a suspect elsewhere, named here too (implied.ts).
      suspectsElsewhere: suspectsText(suspectsElsewhere(c), c.concern.traffickers.length > 0),
      otherMinors: otherMinorsView(c),
      narrative: c.concern.narrative,
      // "Written in Spanish" before it, and the English translation after it (field-table.ts).
      narrativeLanguage: c.concern.narrativeLanguage !== null && narrativeNotInEnglish(c) ? c.concern.narrativeLanguage : null,
      showTranslation: narrativeNotInEnglish(c),
      narrativeTranslation: c.concern.narrativeTranslation,
    },
    safety: {
      inCurrentDanger: yesNo(s.inCurrentDanger),
      traffickerHasAccess: answerText(traffickerHasAccess(c)),
      threatsToFamily: yesNo(s.threatsToFamily),
      runawayRisk: yesNo(s.runawayRisk),
      details: s.details,
    },
    lawEnforcement: {
      reported: answerText(reportedToLawEnforcement(c)),
      agency: lawEnforcementAgency(c),
      contactName: le.contactName,
      contactPhone: le.contactPhone,
      contactEmail: le.contactEmail,
      caseNumber: le.caseNumber,
      continuedPresence: le.continuedPresence ? CONTINUED_PRESENCE_LABELS[le.continuedPresence] : null,
    },
    strengthsAndNeeds: {
      strengths: sn.strengths,
      needs: sn.needs,
      // Each service once, as first written: "Case management" and "case management " were two
      // bullets (lists review, round r54); case and spacing aside, the words are the service.
      servicesRequested: sn.servicesRequested.length > 0 ? onceEach(sn.servicesRequested) : null,
    },
    letterRecipient:
      letter === null
        ? null
        : [[letter.role ? `${letter.name} (${letter.role})` : letter.name, letter.organization].filter((x): x is string => !!x).join(', '), letter.phone, letter.email, letter.address]
            .filter((x): x is string => !!x)
            .join(' · '),
    verification: { complete: missingCount === 0, missing: missingCount, where: missingWhere(missing.now.length, missing.later.length) },
    signature: {
      signer: c.requester.name,
      capacity: [c.requester.title, c.requester.organization].filter((x): x is string => !!x).join(', '),
    },
    // A line to sign even when the supervisor is not yet named (not a field OTIP receives).
    supervisor: {
      signer: c.supervisor?.name ?? 'Supervisor’s name: ______________________',
      capacity: c.supervisor === null ? 'Title: ______________________' : (c.supervisor.title ?? 'Supervisor'),
    },
  };
}
