// The fields of the RFA draft in page order, one row each (docs/domain/rfa-draft.md, "What OTIP
// needs now, and what can follow"): the table fields.ts reads for the page's labels and
// `computed.stillToFindOut`. Split from fields.ts, which held it beside them.
import { attorneyKnown, careProviderKnown, caseManagerKnown, lawEnforcementAgency, parentWhereabouts, reportedToLawEnforcement, requesterRelationship, suspectsElsewhere, traffickerHasAccess } from './implied.js';
import { careProviderApplies, childAddressApplies, labor, narrativeNotInEnglish, orrCare, otherMinorsAnswer, past24Hours, sex, sponsorApplies, usStatusAsked, withheld } from './applies.js';
import type { Field, Missing, Need } from './field-types.js';
import { RELATIONSHIP_LABELS } from './labels.js';
import { familyNameWhy, nameToFollow, onlyAnAge, OTHER_MINOR_US_STATUS, OTHER_MINOR_WITH_TRAFFICKER_ITEM } from './not-yet-known.js';
import { careProviderNotCurrent, sponsorNotCurrent } from './placement.js';
import { usStatesApply } from './states.js';

/** The fields in page order. */
export const FIELDS: readonly Field[] = [
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
    each: (c) => (c.child.familyName === null && c.child.noFamilyName === 'not-yet-known' ? [{ path: 'child.familyName', label: `Family name(s) (${familyNameWhy(c)})`, need: 'later' as const }] : []),
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
  // A citizenship (or statelessness) claimed or disputed is known enough for now (OTIP needs the
  // claim to see a foreign national), and its confirmation follows: an entry of "Can follow later"
  // (rfa-eligibility.md, "Citizenship: confirmed, claimed or disputed"), where until template
  // 2.21.0 the row said "not yet confirmed" and no list named what was still to come.
  {
    path: 'child.citizenship',
    label: 'Citizenship',
    need: 'now',
    value: (c) => (c.child.stateless === true ? true : c.child.citizenship),
    each: (c) => {
      const st = c.child.citizenshipStatus;
      if (st !== 'claimed' && st !== 'disputed') return [];
      const what = c.child.stateless === true ? 'statelessness claimed' : st === 'disputed' ? 'citizenship disputed: which country is the child’s' : 'citizenship claimed';
      return [{ path: 'child.citizenshipStatus', label: `Confirmation of the ${what}`, need: 'later' as const }];
    },
  },
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
  // Known when named, or when the requester is the child's foster parent (printed as the requester: implied.ts).
  { path: 'location.careProvider.name', label: 'Care provider', need: 'later', value: careProviderKnown, applies: careProviderApplies },
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
        // Later, as whether in the United States: either answer is acted on (their own request, or
        // child welfare and law enforcement alone); not asked of one abroad or 18 or older by the
        // age given, for whom no request is due either way (others.ts usStatusAsked).
        if (usStatusAsked(m)) out.push({ path: `concern.otherMinors.${i}.usCitizenOrResident`, label: `${who}: whether a ${OTHER_MINOR_US_STATUS}`, need: 'later' });
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
