// The attestation under 28 U.S.C. § 1746, chosen by where the declaration is signed.
import { longDate } from '../kit/index.js';

export type AttestationVariant = 'inside-us' | 'outside-us';

/**
 * 28 U.S.C. § 1746(2): "within the United States, its territories, possessions, or
 * commonwealths" — so Puerto Rico, Guam, the U.S. Virgin Islands, American Samoa, the Northern
 * Mariana Islands and the U.S. Minor Outlying Islands count as inside (ISO alpha-2 codes).
 */
const INSIDE_US = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM']);

export function attestationVariant(country: string): AttestationVariant {
  return INSIDE_US.has(country.toUpperCase()) ? 'inside-us' : 'outside-us';
}

/** The attestation sentence, word for word as 28 U.S.C. § 1746(1)/(2) and the domain file give it. */
export function attestationText(variant: AttestationVariant, signedOn: string): string {
  const executed = `Executed on ${longDate(signedOn)}.`;
  // § 1746(1), outside the United States.
  if (variant === 'outside-us') {
    return `I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. ${executed}`;
  }
  // § 1746(2), inside the United States.
  return `I declare under penalty of perjury that the foregoing is true and correct. ${executed}`;
}
