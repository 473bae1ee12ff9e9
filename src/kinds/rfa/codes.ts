// The issue codes of the RFA draft (beyond the kit's common codes), documented in docs/domain/rfa.md.
import { defineCodes, type KindIssue } from '../kit/codes.js';

export const CODES = defineCodes({
  'child-not-a-minor': { level: 'error or warning', rule: '18 or older on the date the draft is prepared, or Part A was submitted (submittedAt) for a Part B draft (a warning when the date of birth is estimated or only an age is given, when an age range reaches 18, and when the other date of a disputed date of birth makes the child a minor)' },
  'supervisor-is-requester': { level: 'error', rule: 'the supervisor named is the requester: the supervisor’s line says the draft was reviewed with the requester' },
  'other-date-of-birth': { level: 'error', rule: 'another date of birth is given without a date of birth, equal to it, or without its source or the source of the date used; or its source without it' },
  'date-of-birth-or-age': { level: 'error', rule: 'neither the date of birth nor the age is given, or both are, or an age alone is marked not estimated, or an age range’s top is without an age or below it' },
  'given-name-or-not-yet-known': { level: 'error', rule: 'neither the child’s given name nor that it is not yet known is given, or both are (a given name typed as “FNU” or “Unknown” is not-a-name)' },
  'family-name-or-why-none': { level: 'error', rule: 'neither the child’s family name nor why none is given (not yet known, or the child has one name only), or both are, or the family name is a word for none or not known (“Unknown”, “LNU”, “N/A”)' },
  'not-a-foreign-national': { level: 'error or warning', rule: 'a U.S. citizen, national or lawful permanent resident does not need an OTIP letter (a warning when the status only mentions it or what gives it, naturalization, a U.S. passport, a birth in a U.S. state named, or the child was born in the U.S. or a U.S. territory)' },
  'stateless-with-citizenship': { level: 'error', rule: 'the child is marked stateless while the citizenship lists a country' },
  'citizenship-status': { level: 'error', rule: 'how the citizenship is known is given while no citizenship is (no country listed, not stateless), or is disputed for a child marked stateless' },
  'child-not-in-us': { level: 'error', rule: 'the child must be in the United States now' },
  'date-after-document-date': { level: 'error', rule: 'discoveredAt, the date of birth or an event’s date is later than preparedAt; submittedAt is later than preparedAt or earlier than discoveredAt' },
  'date-before-birth': { level: 'error', rule: 'an event’s date, or the time the concern was learned, is before the child’s documented date of birth' },
  'end-before-start': { level: 'error', rule: 'an event ends before it starts' },
  'other-minors-listed': { level: 'error', rule: 'otherMinorsKnown is false while otherMinors lists children' },
  'act-requires-sex-type': { level: 'error', rule: 'patronize and solicit are acts of sex trafficking only' },
  'purpose-requires-labor-type': { level: 'error', rule: 'involuntary servitude, peonage, debt bondage and slavery are ends of labor trafficking only' },
  'debt-bondage-is-a-purpose': { level: 'error', rule: 'debt bondage is a purpose of labor trafficking, not a means' },
  'answer-contradicted': { level: 'error', rule: 'a yes/no answered false while another field implies yes (reported to law enforcement; the suspected trafficker’s access to the child, when the child lives with a suspected sponsor, parent or trafficker; a case manager or attorney said to be none while one is named, or the requester is the child’s attorney; where it happened leaving out the United States while a U.S. state is listed)' },
  'child-in-danger': { level: 'warning', rule: 'the child is in current danger: the request is no emergency report; report the danger as for any child (child welfare, law enforcement, 911 if immediate), never a condition of the letter' },
  'other-minor-with-trafficker': { level: 'warning', rule: 'another child who may be a victim is still with the suspected trafficker or where the exploitation happens: in danger now, their own request is urgent' },
  'letter-to-suspect': { level: 'warning', rule: 'the eligibility letter recipient has the name, phone number, mailing address or an email made of the name of a suspected sponsor, parent or guardian, or of a listed suspected trafficker, or a role that names one' },
  'own-name-repeated': { level: 'warning', rule: 'the child’s own name is listed under “Other names used”, or another child listed has it: the page would read it as an alias, or as a second child' },
  'placement-not-current': { level: 'warning', rule: 'a sponsor is named while the custody is other than released to a sponsor, or a care provider, or the requester as the child’s foster parent, while it is released to a sponsor or DHS custody: the page marks them as not the child’s placement now' },
  'same-person-listed-twice': { level: 'warning', rule: 'two suspected traffickers have one name, or a suspected trafficker has the sponsor’s or a parent’s or guardian’s name (case, accents and word order aside): OTIP would read two people' },
  'one-role-two-people': { level: 'warning', rule: 'the letter recipient’s role, the requester’s relationship to the child or a suspected trafficker’s names the child’s case manager, attorney, sponsor, mother, father or legal guardian while another field names a different person in that role' },
  'prior-otip-letter': { level: 'warning', rule: 'the child already has an OTIP letter (interim assistance, eligibility, or an adult’s certification): the request says so, with its date and number' },
  'rfa-past-24-hours': { level: 'warning', rule: 'prepared (or Part A submitted, submittedAt) more than 24 hours after the concern was learned' },
  'turned-18-in-eastern-time': { level: 'warning', rule: 'prepared (or Part A submitted) after midnight Eastern time began the 18th birthday, while the child is still 17 where it is prepared (submitted)' },
  'dates-of-birth-disagree': { level: 'warning', rule: 'the two dates of birth of a disputed date put the child on two sides of 18 when OTIP receives the request, or the other date’s 18th birthday comes within 14 days' },
  'turns-18-soon': { level: 'warning', rule: 'the child turns 18 within 14 days, or is about 17 (or an age range’s top is 17) with no date of birth known (and may any day)' },
  'labor-without-means': { level: 'warning', rule: 'labor trafficking with no means recorded (Harbor does not treat a child’s age as the means)' },
  'labor-without-purpose': { level: 'warning', rule: 'labor trafficking with no purpose recorded' },
});
export type RfaCode = keyof typeof CODES;
export type RfaIssue = KindIssue<RfaCode>;
