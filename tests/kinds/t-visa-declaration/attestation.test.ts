// The 28 U.S.C. § 1746 attestation follows the signing country, word for word as in the domain
// file (docs/domain/t-visa-declaration-form.md, "Form of a declaration"). The expected strings are typed from the domain file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attestationText, attestationVariant } from '../../../src/kinds/t-visa-declaration/attestation.js';
import { checkCase } from '../../../src/pipeline.js';

const INSIDE = 'I declare under penalty of perjury that the foregoing is true and correct. Executed on March 2, 2026.';
const OUTSIDE =
  'I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct. Executed on March 2, 2026.';

const minimal = JSON.parse(readFileSync(new URL('../../../fixtures/t-visa-declaration/minimal.json', import.meta.url), 'utf8'));
function withCountry(country: string) {
  return { ...minimal, signing: { ...minimal.signing, country, region: null } };
}

describe('attestation', () => {
  it('inside the United States', () => {
    expect(attestationText('inside-us', '2026-03-02')).toBe(INSIDE);
  });
  it('outside the United States', () => {
    expect(attestationText('outside-us', '2026-03-02')).toBe(OUTSIDE);
  });
  it('counts U.S. territories and commonwealths as inside (§ 1746(2)) and other countries as outside', () => {
    for (const c of ['US', 'PR', 'GU', 'VI', 'AS', 'MP']) expect(attestationVariant(c)).toBe('inside-us');
    for (const c of ['MX', 'CA', 'GT', 'PH']) expect(attestationVariant(c)).toBe('outside-us');
  });
  it('is chosen from signing.country in the computed values', () => {
    for (const [country, variant, text] of [
      ['US', 'inside-us', INSIDE],
      ['PR', 'inside-us', INSIDE],
      ['MX', 'outside-us', OUTSIDE],
      ['ca', 'outside-us', OUTSIDE], // lower case is accepted and normalised
    ] as const) {
      const r = checkCase('t-visa-declaration', withCountry(country));
      expect(r.ok, country).toBe(true);
      if (r.ok) expect(r.computed).toMatchObject({ attestation: variant, attestationText: text });
    }
  });
});
