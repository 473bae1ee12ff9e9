// The fields of the RFA draft in one table (docs/domain/rfa-draft.md, "What OTIP needs now, and what can
// follow"): each field's row label, whether OTIP needs it within 24 hours (Part A of its request,
// `now`) or it can follow (Part B, `later`), and when it applies. From this table come the labels
// of the page (with * when needed now) and `computed.stillToFindOut`, the fields not yet known in
// page order; the view prints one NOT_YET_KNOWN for each entry and nowhere else
// (tests/kinds/rfa/view.test.ts holds the two together).
import { attorneyKnown, caseManagerKnown, lawEnforcementAgency, NAME_TO_FOLLOW, parentWhereabouts, reportedToLawEnforcement, requesterRelationship, suspectsElsewhere, traffickerHasAccess } from './implied.js';
import { parseIsoDateTime } from '../kit/index.js';
import { DAY_MS } from './deadline.js';
import { RELATIONSHIP_LABELS } from './labels.js';
import { careProviderNotCurrent, NOT_CURRENT, sponsorNotCurrent } from './placement.js';
import { usStatesApply } from './states.js';
import type { RfaCase } from './schema.js';

export type Need = 'now' | 'later';

/** A field not yet known: its path in the case and how the page names it. */
export interface Missing {
  path: string;
  label: string;
}

export interface StillToFindOut {
  now: Missing[];
  later: Missing[];
}

interface Field {
  path: string;
  /** The row label on the page. */
  label: string;
  /** The name in the "still to find out" lists when the row label needs context (default: label). */
  item?: string;
  need: Need;
  /** A field that can follow in general but is needed now in this case (its label then carries NOW_MARK: `labelsIn`). */
  nowWhen?: (c: RfaCase) => boolean;
  /** The value; a field is not yet known when it is null or an empty list. Absent: required by the schema. */
  value?: (c: RfaCase) => unknown;
  /** When the field applies to this case (default: always). */
  applies?: (c: RfaCase) => boolean;
  /** Entries of a list that are themselves not yet known (a trafficker's name...). */
  each?: (c: RfaCase) => Array<Missing & { need: Need }>;
}

const labor = (c: RfaCase) => c.concern.types.includes('labor');
const sex = (c: RfaCase) => c.concern.types.includes('sex');
const ORR_CUSTODY = new Set(['orr-shelter', 'orr-foster-care', 'released-to-sponsor']);
/** In ORR care now or before (a child released to a sponsor was in ORR care). */
export const orrCare = (c: RfaCase) => (c.location.custody !== null && ORR_CUSTODY.has(c.location.custody)) || c.location.formerlyInOrrCare === true || c.location.orrCaseNumber !== null;
export const sponsorApplies = (c: RfaCase) => c.location.custody === 'released-to-sponsor' || c.location.sponsor !== null;

/**
 * Whether other children may be victims: the answer given, or yes when children are listed without
 * it (the list answers it), or null when not yet known.
 */
/** The question asked of each other child listed, as a row and as an item still to find out. */
export const OTHER_MINOR_WITH_TRAFFICKER = 'Still with the suspected trafficker or where the exploitation happens';
const OTHER_MINOR_WITH_TRAFFICKER_ITEM = 'whether still with the suspected trafficker';

export const otherMinorsAnswer = (c: RfaCase): boolean | null => c.concern.otherMinorsKnown ?? (c.concern.otherMinors.length > 0 ? true : null);

/**
 * A child in "other" custody (a relative, a family friend) has no care provider to find out: the
 * address where the child lives is asked instead, printed in the confidential section as the
 * care provider's and the sponsor's are (domain file, "Sensitive locations"). A child held by DHS
 * (CBP or ICE) has none either: where the child is held is that address. A child released to a
 * sponsor lives with the sponsor, whose address is asked instead.
 */
/** Custodies in which the child lives with no care provider (a shelter or foster-care provider) to find out. */
const NO_CARE_PROVIDER: ReadonlySet<string> = new Set(['released-to-sponsor', 'dhs-custody', 'other']);
export const careProviderApplies = (c: RfaCase) => c.location.custody === null || !NO_CARE_PROVIDER.has(c.location.custody) || c.location.careProvider !== null;
export const childAddressApplies = (c: RfaCase) => c.location.custody === 'other' || c.location.custody === 'dhs-custody' || c.location.address !== null;
/** The reason an address of the confidential section is withheld for the child's safety, or null (it is then known, not missing). */
const withheld = (c: RfaCase): string | null => c.location.addressWithheld;


/** Submitted (Part A, submittedAt) or, when not yet, prepared more than 24 hours after the concern was learned (compute's rfa-past-24-hours; 22 U.S.C. § 7105(b)(1)). */
export const past24Hours = (c: RfaCase): boolean => parseIsoDateTime(c.submittedAt ?? c.preparedAt)!.ms - parseIsoDateTime(c.discoveredAt)!.ms > DAY_MS;

/** A narrative written in another language than English (concern.narrativeLanguage), or one given a translation. */
export const narrativeNotInEnglish = (c: RfaCase): boolean =>
  (c.concern.narrativeLanguage !== null && !/^\s*english\s*$/i.test(c.concern.narrativeLanguage)) || c.concern.narrativeTranslation !== null;

/**
 * Why the date of birth is not yet known, after NOT_YET_KNOWN and in the "Can follow later" list:
 * an age is given instead, or an age range (age-rules.ts rangeTop: a top above the age), which
 * "only an age is given" misnamed.
 */
export const onlyAnAge = (c: RfaCase): string => (c.child.age !== null && c.child.ageUpTo !== null && c.child.ageUpTo > c.child.age ? 'only an age range is given' : 'only an age is given');

/** Why the family name is not yet known, after NOT_YET_KNOWN and in the "Can follow later" list (child.noFamilyName not-yet-known). */
export const ONLY_A_FIRST_NAME = 'only a first name is known';

/** The name of a case manager or attorney the child has, answered but not named: one entry of "Can follow later" (the row prints NAME_TO_FOLLOW for it). */
function nameToFollow(c: RfaCase, known: (c: RfaCase) => string | null, path: string, label: string): Array<Missing & { need: Need }> {
  return known(c) === NAME_TO_FOLLOW ? [{ path, label, need: 'later' }] : [];
}

/** The fields in page order. */
const FIELDS: readonly Field[] = [
  // In the deadline box on page 1, once the 24 hours are past (or when given): a late request says why it comes now.
  { path: 'lateReason', label: 'Why after 24 hours', item: 'Why the request comes after 24 hours', need: 'now', value: (c) => c.lateReason, applies: (c) => past24Hours(c) || c.lateReason !== null },
  { path: 'requester.name', label: 'Name', need: 'now' },
  { path: 'requester.title', label: 'Title', item: 'Requester’s title', need: 'later', value: (c) => c.requester.title },
  { path: 'requester.organization', label: 'Organization', need: 'now' },
  // Printed only when true (the requester knows it: never "not yet known", and a "No" says
  // nothing OTIP asks): the fact section 7's implied "Reported: Yes" rests on, stated where the requester is.
  { path: 'requester.lawEnforcement', label: 'Requester is law enforcement', need: 'later', value: (c) => c.requester.lawEnforcement, applies: (c) => c.requester.lawEnforcement === true },
  { path: 'requester.email', label: 'Email', need: 'now' },
  { path: 'requester.phone', label: 'Phone', need: 'now' },
  // Known when the requester is the child's attorney (printed "The child’s attorney": implied.ts).
  { path: 'requester.relationshipToChild', label: 'Relationship to the child', item: 'Requester’s relationship to the child', need: 'later', value: requesterRelationship },
  { path: 'discoveredAt', label: 'Concern learned', need: 'now' },
  { path: 'requester.howLearned', label: 'How the concern was learned', need: 'later', value: (c) => c.requester.howLearned },

  // Not yet known (child.givenNameNotYetKnown): needed now, OTIP's request names the child.
  { path: 'child.givenName', label: 'Given name(s)', need: 'now', value: (c) => c.child.givenName },
  {
    // Needed now is the family name or why there is none (child.ts): a child who gave a first name
    // only has it "not yet known", and it can follow; one with one name only has none, which is known.
    path: 'child.familyName',
    label: 'Family name(s)',
    need: 'now',
    value: (c) => c.child.familyName ?? c.child.noFamilyName,
    each: (c) => (c.child.familyName === null && c.child.noFamilyName === 'not-yet-known' ? [{ path: 'child.familyName', label: `Family name(s) (${ONLY_A_FIRST_NAME})`, need: 'later' as const }] : []),
  },
  { path: 'child.otherNames', label: 'Other names used', need: 'later', value: (c) => c.child.otherNames },
  {
    // Needed now is the child's age (is the child a minor?): a date of birth, or an age alone,
    // whose exact date can follow (domain file, "Date of birth or age").
    path: 'child.dateOfBirth',
    label: 'Date of birth',
    need: 'now',
    value: (c) => c.child.dateOfBirth ?? c.child.age,
    each: (c) => (c.child.dateOfBirth === null ? [{ path: 'child.dateOfBirth', label: `Date of birth (${onlyAnAge(c)})`, need: 'later' as const }] : []),
  },
  // Printed only when the date of birth is disputed (two-births.ts); never an item to find out.
  { path: 'child.otherDateOfBirth', label: 'Other date of birth', need: 'later' },
  { path: 'child.sex', label: 'Sex', item: 'Child’s sex', need: 'later', value: (c) => c.child.sex },
  { path: 'child.countryOfBirth', label: 'Country of birth', need: 'later', value: (c) => c.child.countryOfBirth },
  // Known when a country is listed or the child is known to be stateless (an empty list alone is not yet known).
  { path: 'child.citizenship', label: 'Citizenship', need: 'now', value: (c) => (c.child.stateless === true ? true : c.child.citizenship) },
  { path: 'child.immigrationStatus', label: 'Immigration status', need: 'now' },
  { path: 'child.inUnitedStates', label: 'In the United States now', need: 'now' },
  { path: 'child.aNumber', label: 'A-number', need: 'later', value: (c) => c.child.aNumber },
  { path: 'child.languages', label: 'Languages', need: 'later', value: (c) => c.child.languages },
  { path: 'child.interpreterNeeded', label: 'Interpreter needed', need: 'later', value: (c) => c.child.interpreterNeeded },
  // Printed only when given, as the earlier letter below: most children are neither pregnant nor parents.
  { path: 'child.pregnantOrParenting', label: 'Pregnant or parenting', need: 'later', value: (c) => c.child.pregnantOrParenting, applies: (c) => c.child.pregnantOrParenting !== null },
  // Printed only when given: most children have none, and a caseworker who knows of one says so.
  { path: 'child.priorOtipLetter', label: 'Earlier OTIP letter', need: 'later', value: (c) => c.child.priorOtipLetter, applies: (c) => c.child.priorOtipLetter !== null },

  {
    path: 'parentsOrGuardians',
    label: 'Parents or legal guardian',
    need: 'now',
    value: (c) => c.parentsOrGuardians,
    each: (c) =>
      c.parentsOrGuardians.flatMap((p, i) => {
        const who = RELATIONSHIP_LABELS[p.relationship];
        const out: Array<Missing & { need: Need }> = [];
        if (p.name === null) out.push({ path: `parentsOrGuardians.${i}.name`, label: `${who}: name`, need: 'later' });
        // A parent the child lives with is where the child is (section 4: implied.ts).
        if (parentWhereabouts(p) === null) out.push({ path: `parentsOrGuardians.${i}.whereabouts`, label: `${who}: where they are`, need: 'later' });
        if (p.suspectedInTrafficking === null) out.push({ path: `parentsOrGuardians.${i}.suspectedInTrafficking`, label: `${who}: whether suspected in the trafficking`, need: 'now' });
        return out;
      }),
  },

  { path: 'location.city', label: 'City and state', need: 'now', value: (c) => c.location.city ?? c.location.state },
  { path: 'location.custody', label: 'Custody or placement', need: 'now', value: (c) => c.location.custody },
  { path: 'location.orrCaseNumber', label: 'ORR case number', need: 'now', value: (c) => c.location.orrCaseNumber, applies: orrCare },
  { path: 'location.sponsor', label: 'Sponsor', need: 'now', value: (c) => c.location.sponsor, applies: sponsorApplies },
  {
    path: 'location.sponsor.suspectedInTrafficking',
    label: 'Sponsor suspected in the trafficking',
    item: 'Whether the sponsor is suspected in the trafficking',
    need: 'now',
    value: (c) => c.location.sponsor?.suspectedInTrafficking ?? null,
    applies: (c) => c.location.sponsor !== null,
  },
  // Known when named, or when the child has none (hasCaseManager false, printed "None": implied.ts);
  // one the child has but not named (true, printed NAME_TO_FOLLOW) leaves the name to follow.
  { path: 'location.caseManager', label: 'Case manager', need: 'later', value: caseManagerKnown, each: (c) => nameToFollow(c, caseManagerKnown, 'location.caseManager', 'Case manager’s name') },
  // Known when the requester is the child's attorney (printed as the requester, not again), or when the child has none.
  { path: 'location.attorney', label: 'Attorney', need: 'later', value: attorneyKnown, each: (c) => nameToFollow(c, attorneyKnown, 'location.attorney', 'Attorney’s name') },
  {
    // Custody "Other" says only that the child is in none of the listed placements: in whose care
    // (a relative, the trafficker, no one) is then told only here, and OTIP needs it now
    // (docs/domain/rfa-draft.md, "What OTIP needs now"). Custody "DHS" likewise: which agency (CBP or ICE),
    // which facility, since when (DHS transfers an unaccompanied child to ORR within 72 hours,
    // 8 U.S.C. § 1232(b)(3)), told only here. And a sponsor or care provider marked "not the
    // child’s placement now: see the custody details" (placement.ts): the mark sends the reader
    // here, where "Not yet known" left the reader with a sponsor's address and no word of who
    // they are to the child now (rfa-draft.md, "A sponsor or care provider who is not the placement now").
    path: 'location.custodyDetails',
    label: 'Custody details',
    need: 'later',
    nowWhen: (c) => c.location.custody === 'other' || c.location.custody === 'dhs-custody' || sponsorNotCurrent(c) || careProviderNotCurrent(c),
    value: (c) => c.location.custodyDetails,
  },
  { path: 'location.careProvider.name', label: 'Care provider', need: 'later', value: (c) => c.location.careProvider?.name ?? null, applies: careProviderApplies },
  // An address withheld for the child's safety is known to the requester: not still to find out (withheld).
  { path: 'location.careProvider.address', label: 'Care provider’s address', need: 'later', value: (c) => c.location.careProvider?.address ?? withheld(c), applies: careProviderApplies },
  { path: 'location.address', label: 'Where the child lives', item: 'Child’s address', need: 'later', value: (c) => c.location.address ?? withheld(c), applies: childAddressApplies },
  { path: 'location.sponsor.address', label: 'Sponsor’s address', need: 'later', value: (c) => c.location.sponsor?.address ?? withheld(c), applies: (c) => c.location.sponsor !== null },
  // Printed only when given (the requester knows why): the reason the rows above say "Withheld".
  { path: 'location.addressWithheld', label: 'Why the address is withheld', need: 'later', value: withheld, applies: (c) => withheld(c) !== null },

  { path: 'concern.types', label: 'Type', need: 'now' },
  { path: 'concern.acts', label: 'Acts (the child was…)', item: 'Acts', need: 'later', value: (c) => c.concern.acts },
  { path: 'concern.means', label: 'Means', need: 'later', value: (c) => c.concern.means, applies: labor },
  { path: 'concern.purposes', label: 'Purposes (the end)', need: 'later', value: (c) => c.concern.purposes, applies: labor },
  { path: 'concern.whereExploited', label: 'Where it happened', need: 'later', value: (c) => c.concern.whereExploited },
  // Printed when given or when it happened in the United States (states.ts): each state OTIP needs.
  { path: 'concern.usStates', label: 'States where it happened', need: 'later', value: (c) => c.concern.usStates, applies: usStatesApply },
  { path: 'concern.industry', label: 'Industry or kind of work', need: 'later', value: (c) => c.concern.industry, applies: labor },
  { path: 'concern.employer', label: 'Employer', need: 'later', value: (c) => c.concern.employer, applies: labor },
  { path: 'concern.commercialSex', label: 'Commercial sex', need: 'later', value: (c) => c.concern.commercialSex, applies: sex },
  {
    path: 'concern.events',
    label: 'Dates and places',
    need: 'later',
    value: (c) => c.concern.events,
    each: (c) =>
      c.concern.events.flatMap((e, i) => {
        const out: Array<Missing & { need: Need }> = [];
        if (e.date === null && e.endDate === null) out.push({ path: `concern.events.${i}.date`, label: `Event ${i + 1}: dates`, need: 'later' });
        if (e.place === null) out.push({ path: `concern.events.${i}.place`, label: `Event ${i + 1}: place`, need: 'later' });
        return out;
      }),
  },
  {
    path: 'concern.traffickers',
    label: 'Suspected traffickers',
    need: 'later',
    // A parent, guardian or sponsor suspected in the trafficking is a suspected trafficker known.
    value: (c) => [...c.concern.traffickers, ...suspectsElsewhere(c)],
    each: (c) =>
      c.concern.traffickers.flatMap((t, i) => {
        const who = `Suspected trafficker ${i + 1}`;
        const out: Array<Missing & { need: Need }> = [];
        if (t.name === null) out.push({ path: `concern.traffickers.${i}.name`, label: `${who}: name`, need: 'later' });
        if (t.relationship === null) out.push({ path: `concern.traffickers.${i}.relationship`, label: `${who}: relationship to the child`, need: 'later' });
        if (t.description === null) out.push({ path: `concern.traffickers.${i}.description`, label: `${who}: description`, need: 'later' });
        return out;
      }),
  },
  {
    // Later, as the traffickers are: each other child is the subject of their own request
    // (domain file, "Other children").
    path: 'concern.otherMinorsKnown',
    label: 'Other children who may be victims',
    need: 'later',
    value: otherMinorsAnswer,
    each: (c) => {
      if (otherMinorsAnswer(c) !== true) return [];
      if (c.concern.otherMinors.length === 0) return [{ path: 'concern.otherMinors', label: 'Other children: who they are', need: 'later' }];
      return c.concern.otherMinors.flatMap((m, i) => {
        const who = `Other child ${i + 1}`;
        const out: Array<Missing & { need: Need }> = [];
        if (m.name === null) out.push({ path: `concern.otherMinors.${i}.name`, label: `${who}: name`, need: 'later' });
        if (m.relationshipToChild === null) out.push({ path: `concern.otherMinors.${i}.relationshipToChild`, label: `${who}: relationship to the child`, need: 'later' });
        if (m.whereabouts === null) out.push({ path: `concern.otherMinors.${i}.whereabouts`, label: `${who}: where they are`, need: 'later' });
        // Later, as where they are: either answer is acted on (their own request, or law enforcement).
        if (m.inUnitedStates === null) out.push({ path: `concern.otherMinors.${i}.inUnitedStates`, label: `${who}: whether in the United States`, need: 'later' });
        // Asked of every child listed, and needed now: a child still with the trafficker is in
        // danger now (compute.ts, other-minor-with-trafficker). A yes/no, never read from the
        // free-text whereabouts ("with the employer" is said many ways; rfa-draft.md).
        if (m.withTrafficker === null) out.push({ path: `concern.otherMinors.${i}.withTrafficker`, label: `${who}: ${OTHER_MINOR_WITH_TRAFFICKER_ITEM}`, need: 'now' });
        return out;
      });
    },
  },
  { path: 'concern.narrative', label: 'What is known (in the requester’s words)', need: 'now' },
  // A narrative OTIP cannot read is no narrative: its translation is needed now (schema.ts).
  { path: 'concern.narrativeTranslation', label: 'English translation', item: 'English translation of the narrative', need: 'now', value: (c) => c.concern.narrativeTranslation, applies: narrativeNotInEnglish },

  { path: 'safety.inCurrentDanger', label: 'Child in current danger', need: 'now', value: (c) => c.safety.inCurrentDanger },
  { path: 'safety.traffickerHasAccess', label: 'Suspected trafficker has access to the child', need: 'now', value: (c) => traffickerHasAccess(c).value },
  { path: 'safety.threatsToFamily', label: 'Threats to the child’s family', need: 'later', value: (c) => c.safety.threatsToFamily },
  { path: 'safety.runawayRisk', label: 'Risk that the child runs away', need: 'later', value: (c) => c.safety.runawayRisk },
  { path: 'safety.details', label: 'Safety details', need: 'later', value: (c) => c.safety.details },

  { path: 'lawEnforcement.reported', label: 'Reported', item: 'Reported to law enforcement', need: 'later', value: (c) => reportedToLawEnforcement(c).value },
  { path: 'lawEnforcement.agency', label: 'Agency', item: 'Law-enforcement agency', need: 'later', value: lawEnforcementAgency },
  { path: 'lawEnforcement.contactName', label: 'Contact', item: 'Law-enforcement contact', need: 'later', value: (c) => c.lawEnforcement.contactName },
  { path: 'lawEnforcement.contactPhone', label: 'Contact phone', item: 'Law-enforcement contact’s phone', need: 'later', value: (c) => c.lawEnforcement.contactPhone },
  { path: 'lawEnforcement.contactEmail', label: 'Contact email', item: 'Law-enforcement contact’s email', need: 'later', value: (c) => c.lawEnforcement.contactEmail },
  { path: 'lawEnforcement.caseNumber', label: 'Case number', item: 'Law-enforcement case number', need: 'later', value: (c) => c.lawEnforcement.caseNumber },
  { path: 'lawEnforcement.continuedPresence', label: 'Continued Presence', need: 'later', value: (c) => c.lawEnforcement.continuedPresence },

  { path: 'strengthsAndNeeds.strengths', label: 'Strengths', item: 'Child’s strengths', need: 'later', value: (c) => c.strengthsAndNeeds.strengths },
  { path: 'strengthsAndNeeds.needs', label: 'Needs', item: 'Child’s needs', need: 'later', value: (c) => c.strengthsAndNeeds.needs },
  { path: 'strengthsAndNeeds.servicesRequested', label: 'Services requested', need: 'later', value: (c) => c.strengthsAndNeeds.servicesRequested },

  { path: 'letterRecipient', label: 'Send the eligibility letter to', item: 'Eligibility letter recipient', need: 'now', value: (c) => c.letterRecipient },
];

/** Whether a field is needed now in this case: one marked `now`, or one that can follow whose `nowWhen` holds here. */
function neededNow(f: Field, c: RfaCase): boolean {
  return f.need === 'now' || f.nowWhen?.(c) === true;
}

const isUnknown = (v: unknown): boolean => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

/** The fields of this case not yet known, needed now and later, in page order. */
export function stillToFindOut(c: RfaCase): StillToFindOut {
  const out: StillToFindOut = { now: [], later: [] };
  for (const f of FIELDS) {
    if (f.value === undefined || (f.applies && !f.applies(c))) continue;
    if (isUnknown(f.value(c))) out[neededNow(f, c) ? 'now' : 'later'].push({ path: f.path, label: f.item ?? f.label });
    else for (const m of f.each?.(c) ?? []) out[m.need].push({ path: m.path, label: m.label });
  }
  return out;
}

/** The mark after the label of a field needed within 24 hours. */
export const NOW_MARK = ' *';

/** Row labels by field path, with NOW_MARK when needed now in every case. */
export const LABELS: Readonly<Record<string, string>> = Object.fromEntries(FIELDS.map((f) => [f.path, f.need === 'now' ? f.label + NOW_MARK : f.label]));

/** The fields whose label depends on the case (`nowWhen`), found once. */
const NOW_WHEN = FIELDS.filter((f) => f.nowWhen !== undefined);

/**
 * Row labels of this case by field path (the templates print `label.[path]`): LABELS, with
 * NOW_MARK also on a field that can follow but is needed now here (`nowWhen`: "Custody details *"
 * when custody is "Other"). LABELS itself, not a copy, when no such field is needed now.
 */
export function labelsIn(c: RfaCase): Readonly<Record<string, string>> {
  const now = NOW_WHEN.filter((f) => neededNow(f, c));
  const sponsorPast = sponsorNotCurrent(c);
  const careProviderPast = careProviderNotCurrent(c);
  if (now.length === 0 && !sponsorPast && !careProviderPast) return LABELS;
  const out: Record<string, string> = { ...LABELS };
  for (const f of now) out[f.path] = f.label + NOW_MARK;
  // A sponsor or care provider the custody says the child is not with now (placement.ts): said at
  // each of its rows, so that no row reads as where the child is.
  const mark = (path: string, label: string) => (out[path] = `${label} (${NOT_CURRENT})${out[path]!.endsWith(NOW_MARK) ? NOW_MARK : ''}`);
  if (sponsorPast) for (const [path, label] of [['location.sponsor', 'Sponsor'], ['location.sponsor.address', 'Sponsor’s address']] as const) mark(path, label);
  if (careProviderPast) for (const [path, label] of [['location.careProvider.name', 'Care provider'], ['location.careProvider.address', 'Care provider’s address']] as const) mark(path, label);
  return out;
}
