// Continued Presence (22 U.S.C. § 7105(c)(3); 28 CFR 1100.35) in the personal statement: the field
// an applicant granted it (or whose agency asked for it) had nowhere to say so, though it bears on
// cooperation with law enforcement (8 CFR 214.208). Worked example and rules:
// docs/domain/t-visa-declaration.md, "Continued Presence".
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const errors = (r: ReturnType<typeof checkCase>) => (r.ok ? [] : r.errors.map((e) => [e.path, e.code]));
const warnings = (r: ReturnType<typeof checkCase>) => (r.ok ? r.warnings.map((e) => [e.path, e.code]) : [['not ok', JSON.stringify(r.errors)]]);
const P = 'lawEnforcement.continuedPresence';

/** The worked example with its Continued Presence changed by `patch`. */
function withCp(patch: Record<string, unknown>) {
  const c = fixture('continued-presence');
  Object.assign(c.lawEnforcement.continuedPresence, patch);
  return c;
}

describe('Continued Presence is told in the Law Enforcement section, as facts', () => {
  it('the worked example: requested in March 2024, granted April 22, 2024, valid at the signing', () => {
    expect(errors(checkCase(K, fixture('continued-presence')))).toEqual([]);
    expect(body(fixture('continued-presence'))).toContain(
      'Continued Presence. In March 2024, the Federal Bureau of Investigation asked the Department of Homeland Security to grant me Continued Presence. It was granted on April 22, 2024, and is valid until April 21, 2026. (See Exhibit B.)',
    );
  });

  it('a pending request, a denied one, and a request whose date the applicant does not know', () => {
    expect(body(withCp({ status: 'requested', grantedOn: null, validUntil: null, requestedOn: '2024-03-04' }))).toContain(
      'On March 4, 2024, the Federal Bureau of Investigation asked the Department of Homeland Security to grant me Continued Presence. The request has not yet been decided.',
    );
    expect(body(withCp({ status: 'denied', grantedOn: null, validUntil: null, requestedOn: null, agency: 'Homeland Security Investigations' }))).toContain(
      'Continued Presence. Homeland Security Investigations requested Continued Presence for me. The request was denied.',
    );
  });

  // An agency that is part of DHS, the body that grants Continued Presence, "asked the Department
  // of Homeland Security" read as if it asked another body. A name holding a comma is closed by
  // one before the verb, as an apposition ("…, Houston Field Office asked" had the office ask).
  it('an agency of DHS requests it; any other agency asks DHS to grant it', () => {
    const asked = (agency: string) => {
      const t = body(withCp({ agency, requestedOn: '2024-03-04' }));
      return t.slice(t.indexOf('On March 4, 2024'), t.indexOf(' It was granted'));
    };
    for (const [agency, inProse] of [
      ['Homeland Security Investigations', 'Homeland Security Investigations'],
      ['U.S. Immigration and Customs Enforcement (ICE), Houston', 'U.S. Immigration and Customs Enforcement (ICE), Houston,'],
      // An agency typed by its acronym is spelled out, the acronym after it, as at a first mention (agency-acronym.test.ts).
      ['HSI Houston', 'Homeland Security Investigations (HSI) Houston'],
      ['U.S. Customs and Border Protection', 'U.S. Customs and Border Protection'],
      ['Department of Homeland Security', 'the Department of Homeland Security'],
    ] as Array<[string, string]>) {
      expect(asked(agency)).toBe(`On March 4, 2024, ${inProse} requested Continued Presence for me.`);
    }
    for (const [agency, inProse] of [
      ['Diplomatic Security Service, U.S. Department of State', 'the Diplomatic Security Service, U.S. Department of State,'],
      ['Department of Labor, Office of Inspector General', 'the Department of Labor, Office of Inspector General,'],
      ['Ice County Sheriff’s Office', 'the Ice County Sheriff’s Office'],
    ] as Array<[string, string]>) {
      expect(asked(agency)).toBe(`On March 4, 2024, ${inProse} asked the Department of Homeland Security to grant me Continued Presence.`);
    }
  });

  it('a request for Continued Presence tells of the agency as a contact does: no lea-compliance-not-shown', () => {
    const c = fixture('continued-presence');
    c.lawEnforcement.contacts = [];
    expect(errors(checkCase(K, c))).toEqual([]);
    delete c.lawEnforcement.continuedPresence;
    expect(errors(checkCase(K, c))).toEqual([['lawEnforcement.contacts', 'lea-compliance-not-shown']]);
  });

  it('its exhibit is counted as cited', () => {
    const c = fixture('continued-presence');
    c.lawEnforcement.continuedPresence.exhibits = [];
    expect(warnings(checkCase(K, c))).toContainEqual(['exhibits.1', 'exhibit-not-cited']);
    expect(warnings(checkCase(K, fixture('continued-presence')))).not.toContainEqual(['exhibits.1', 'exhibit-not-cited']);
  });
});

describe('Continued Presence dates that cannot be true are refused, each at its precision', () => {
  it('a grant before the request (granted-before-request); the same month at a month’s precision may be true', () => {
    expect(errors(checkCase(K, fixture('invalid-granted-before-request')))).toEqual([[`${P}.grantedOn`, 'granted-before-request']]);
    expect(errors(checkCase(K, withCp({ requestedOn: '2024-05' })))).toEqual([[`${P}.grantedOn`, 'granted-before-request']]);
    expect(errors(checkCase(K, withCp({ requestedOn: '2024-04' })))).toEqual([]);
    expect(errors(checkCase(K, withCp({ requestedOn: '2024-04-22' })))).toEqual([]);
  });

  it('a request or grant after the signing date, or before the birth', () => {
    // Signed March 2, 2026; born April 17, 1998.
    expect(errors(checkCase(K, withCp({ grantedOn: '2026-03-03', validUntil: null })))).toEqual([[`${P}.grantedOn`, 'date-after-document-date']]);
    expect(errors(checkCase(K, withCp({ requestedOn: '2026-03-02', grantedOn: '2026-03-02', validUntil: null })))).toEqual([]);
    expect(errors(checkCase(K, withCp({ requestedOn: '1998-04' })))).toEqual([]);
    expect(errors(checkCase(K, withCp({ requestedOn: '1998-03' })))).toEqual([[`${P}.requestedOn`, 'date-before-birth']]);
  });

  it('a grant with no date, or a grant date for a request not granted', () => {
    expect(errors(checkCase(K, withCp({ grantedOn: null, validUntil: null })))).toEqual([[`${P}.grantedOn`, 'continued-presence-status']]);
    expect(errors(checkCase(K, withCp({ status: 'requested' })))).toEqual([
      [`${P}.grantedOn`, 'continued-presence-status'],
      [`${P}.validUntil`, 'continued-presence-status'],
    ]);
    expect(errors(checkCase(K, withCp({ status: 'denied', validUntil: null })))).toEqual([[`${P}.grantedOn`, 'continued-presence-status']]);
  });

  it('a grant that ends before it began (end-before-start)', () => {
    expect(errors(checkCase(K, withCp({ validUntil: '2024-04-21' })))).toEqual([[`${P}.validUntil`, 'end-before-start']]);
    expect(errors(checkCase(K, withCp({ validUntil: '2024-04-22' })))).toEqual([]);
  });
});
