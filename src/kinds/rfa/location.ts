// Where the child is and in whose care: the Location part of an RFA's case data (docs/domain/rfa.md,
// "Sensitive locations"; docs/domain/rfa-draft.md, "What OTIP needs now"), with the sponsor a child
// was released to. Built with the kind's schemas (schema.ts), as the child's part is (child.ts).
import { z } from 'zod';
import { choice, Email, isUsState, labelled, optional, OptProse, OptText, optPersonNameText, personNameText, phone, Phone } from '../kit/index.js';
import { CUSTODY_LABELS } from './labels.js';

/**
 * Where the child is held or placed. `dhs-custody`: held by DHS (CBP or ICE), as a child is after
 * apprehension until DHS transfers an unaccompanied child to ORR, within 72 hours
 * (8 U.S.C. § 1232(b)(3); TVPRA 2008 § 235(b)); a child held with a parent in ICE custody too.
 */
export const CUSTODY = ['orr-shelter', 'orr-foster-care', 'released-to-sponsor', 'state-child-welfare', 'dhs-custody', 'other'] as const;

/**
 * The kind's optional yes/no field (here, where its first users are; schema.ts and child.ts import
 * it too); `description` ends with a colon ("Whether …:"). Called while the schemas are built.
 */
export const yesNo = (title: string, description: string) => labelled(optional(z.boolean()), title, `${description} true or false; absent when not yet known.`);

/**
 * The requester's phone: the kit's rule (a number of one digit repeated, "000-000-0000", is
 * refused in every kind: rfa-draft.md, "Phones"), and required, as OTIP's form asks (OTIP calls the requester about the
 * request); a requester with no direct line is told to give the organization's main number, where
 * "is required" alone left a caseworker with no phone of their own nothing to do but a filler.
 */
export const requesterPhone = () =>
  phone({
    refuseFiller: true,
    required: 'OTIP calls the requester about the request; with no direct line, give the organization’s main number',
    hint: 'with no direct line, give the organization’s main number',
  });

/** The Contact, Sponsor and Location schemas. */
export function buildLocation() {
  const Contact = z
    .strictObject({
      name: labelled(personNameText('the person’s', 'when the name is not yet known, leave this person out and answer “Has a case manager” or “Has an attorney” true: the draft prints “Yes; name to follow”'), 'Name', 'The person’s full name.'),
      organization: labelled(OptText, 'Organization', 'The organization the person works for.'),
      phone: labelled(optional(Phone), 'Phone', 'A phone number of 7 to 15 digits; an extension may follow "x".'),
      email: labelled(optional(Email), 'Email', 'An email address.'),
    })
    .meta({ title: 'Contact', description: 'A person to contact: name, organization, phone, email.' });
  /** The sponsor an ORR child was released to (issue 14 point 4). The address is printed only in the confidential section. */
  const Sponsor = z
    .strictObject({
      name: labelled(personNameText('the sponsor’s', 'the name is in the child’s ORR release papers; until you have it, leave the sponsor out, and the draft lists the sponsor as needed now'), 'Name', 'The sponsor’s full name.'),
      relationshipToChild: labelled(OptText, 'Relationship to the child', 'How the sponsor is related to the child, e.g. aunt, family friend.'),
      phone: labelled(optional(Phone), 'Phone', 'The sponsor’s phone number.'),
      address: labelled(OptText, 'Address', 'Where the sponsor (and so the child) lives; printed only in the confidential section.'),
      suspectedInTrafficking: yesNo('Suspected in the trafficking', 'Whether the sponsor is suspected of taking part in the trafficking:'),
    })
    .meta({ title: 'Sponsor', description: 'The person the child was released to from ORR care.' });

  const Location = z
    .strictObject({
      city: labelled(OptText, 'City', 'The city where the child is now.'),
      /** U.S. state or territory (two-letter postal code or name). */
      // A U.S. state or territory: the child is in the United States now (child.inUnitedStates), and
      // a country here ("Honduras") printed "Tegucigalpa, Honduras" as where the child is now.
      state: labelled(
        OptText.refine((s) => s === null || isUsState(s), {
          message: 'must be a U.S. state or territory, by its two-letter postal code or its name (TX, Texas, Puerto Rico): the child is in the United States now, where OTIP assists; a place abroad (where the child lived or was exploited) goes in the concern’s places and events',
          params: { code: 'invalid-value' },
        }),
        'State', 'The U.S. state or territory where the child is now (postal code or name).'),
      custody: labelled(optional(choice(CUSTODY, CUSTODY_LABELS)), 'Custody or placement', 'orr-shelter, orr-foster-care, released-to-sponsor, state-child-welfare, dhs-custody (held by CBP or ICE) or other.'),
      custodyDetails: labelled(OptProse, 'Custody details', 'The placement in the requester’s words: since when, through whom (no address: this is not the confidential section).'),
      orrCaseNumber: labelled(OptText, 'ORR case number', 'The child’s ORR case number, when the child is or was in ORR care.'),
      formerlyInOrrCare: yesNo('Formerly in ORR care', 'Whether the child was in ORR care before the current placement:'),
      sponsor: labelled(optional(Sponsor), 'Sponsor', 'The sponsor the child was released to, when released from ORR care to one.'),
      /** Sensitive: printed only in the confidential section of the draft. */
      careProvider: labelled(
        optional(
          z
            .strictObject({
              name: labelled(optPersonNameText('the care provider’s'), 'Name', 'The care provider’s name.'),
              address: labelled(OptText, 'Address', 'The care provider’s address; printed only in the confidential section.'),
            })
            .meta({ title: 'Care provider', description: 'The shelter or foster-care provider the child lives with.' }),
        ),
        'Care provider',
        'The shelter or foster-care provider the child lives with; printed only in the confidential section.',
      ),
      /** Sensitive: printed only in the confidential section (a child with a relative or a family friend has no care provider or sponsor). */
      address: labelled(OptText, 'Where the child lives', 'The address where the child lives now when it is neither a care provider’s nor a sponsor’s (a relative, a family friend), or the DHS facility where the child is held; printed only in the confidential section.'),
      /**
       * Why the addresses of this section are not given although the requester knows them (a
       * family friend who took the child in asked that it not be written down): a withheld address
       * is known, not "still to find out", and the page says so (domain file, "Sensitive locations").
       */
      addressWithheld: labelled(OptText, 'Address withheld for safety', 'Why the address where the child lives is known but not written in the draft, for the child’s safety (e.g. the family the child stays with asked that it not be shared); the requester gives it to OTIP directly. Printed only in the confidential section.'),
      /**
       * false: the child has no case manager (a child in no placement, living with a crew leader or
       * a relative, often has none), printed "None"; true with none named, "Yes; name to follow"
       * (the name can follow later); absent, with none named, is "Not yet known": OTIP cannot tell
       * whether there is one (domain file, "None or not yet known").
       */
      hasCaseManager: yesNo('Has a case manager', 'Whether the child has a case manager at all (when not, the draft says “None”; when so and none is named below, “Yes; name to follow”; left out, “Not yet known”):'),
      caseManager: labelled(optional(Contact), 'Case manager', 'The child’s case manager.'),
      /** false: the child has no attorney, printed "None"; true with none named, "Yes; name to follow" (as hasCaseManager). */
      hasAttorney: yesNo('Has an attorney', 'Whether the child has an attorney at all (when not, the draft says “None”; when so and none is named below, “Yes; name to follow”; left out, “Not yet known”):'),
      attorney: labelled(optional(Contact), 'Attorney', 'The child’s attorney.'),
    })
    .meta({ title: 'Location and custody', description: 'Where the child is and in whose care.' });
  return { Contact, Sponsor, Location };
}
