// Where and when a T-visa declaration is signed: the country chooses the 28 U.S.C. § 1746
// attestation (attestation.ts); a parent signer of the child's statement is kept only to be refused.
import { z } from 'zod';
import { CountryCode, IsoDate, labelled, optional, Text } from '../kit/index.js';

/**
 * The signing's schema, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18).
 */
export function signingSchemas() {
  const Signing = z.strictObject({
    date: labelled(IsoDate, 'Signing date', 'The date the declaration is signed, yyyy-mm-dd.'),
    city: labelled(Text, 'City', 'Where it is signed.'),
    region: labelled(optional(Text), 'State or province', 'Where it is signed, optional.'),
    country: labelled(CountryCode, 'Country', 'Where it is signed (ISO alpha-2): chooses the 28 U.S.C. § 1746 attestation.'),
    /**
     * The contract before issue 14, where a parent signed the child's first-person narrative: kept
     * only to be refused with a clear error (`parent-signature-not-allowed`), never to be dropped.
     */
    parentSigner: labelled(
      // deprecated: as the worksheet's removed fields, so it is never offered for a misspelled field.
      z.unknown().optional().meta({ deprecated: true }),
      'Parent signer (no longer accepted)',
      'Refused: a parent no longer signs the child’s statement; give the parent’s own declaration (declarant.role "parent").',
    ),
  });

  return { Signing };
}
