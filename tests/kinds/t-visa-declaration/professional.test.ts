// A professional who holds no license (a case manager, an advocate: 8 CFR 214.206(a)(3)(ii)(F)
// names case managers among the declarants) gives a supporting declaration as a professional,
// saying so (`declarant.professional.licensed: false`), instead of a made-up license or the lay
// form (docs/domain/t-visa-declaration-others.md, "Supporting declarations").
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../src/pipeline.js';
import { body, fixture, K } from './support.js';

const errors = (c: unknown) => {
  const r = checkCase(K, c);
  return r.ok ? [] : r.errors.map((e) => [e.path, e.code]);
};

/** supporting.json's declarant as a case manager with no license, no diagnoses. */
function caseManager(patch: (c: any) => void = () => {}) {
  const c = fixture('supporting');
  c.declarant.professional = {
    title: 'Case Manager',
    organization: 'Example Refugee Services',
    licensed: false,
    contact: { address: '1 Example Way, Houston, Texas 77002', phone: '(713) 555-0100' },
  };
  c.declarant.qualifications = 'For six years I have helped young survivors of trafficking find housing, schooling and medical care.';
  c.supporting.diagnoses = [];
  c.supporting.findings = 'She has kept every appointment and follows her safety plan.';
  patch(c);
  return c;
}

describe('a professional who holds no license', () => {
  it('is valid with licensed: false and no license, and the declaration states no license', () => {
    expect(errors(caseManager())).toEqual([]);
    const t = body(caseManager());
    expect(t).toContain('I am a Case Manager at Example Refugee Services.');
    expect(t).toContain('I can be reached at 1 Example Way, Houston, Texas 77002 and by telephone at (713) 555-0100.');
    expect(t).not.toMatch(/license/i);
    expect(t).toContain('\nProfessional Findings\n');
  });

  it('without licensed: false, the missing license is refused, and the message says how to state there is none', () => {
    const r = checkCase(K, caseManager((c) => delete c.declarant.professional.licensed));
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toEqual([
      ['declarant.professional.license.type', 'professional-credentials-required'],
      ['declarant.professional.license.number', 'professional-credentials-required'],
      ['declarant.professional.license.jurisdiction', 'professional-credentials-required'],
    ]);
    expect(!r.ok && r.errors[0]!.message).toContain('declarant.professional.licensed to false');
  });

  it('licensed: false with a license given contradicts itself, and is refused on the license', () => {
    expect(errors(caseManager((c) => (c.declarant.professional.license = { type: 'LCSW', number: null, jurisdiction: null })))).toEqual([
      ['declarant.professional.license.type', 'professional-credentials-required'],
    ]);
  });

  it('makes no diagnosis: only a licensed professional diagnoses', () => {
    expect(errors(caseManager((c) => (c.supporting.diagnoses = [{ code: 'F43.10', name: 'Post-traumatic stress disorder, unspecified' }])))).toEqual([
      ['supporting.diagnoses', 'professional-credentials-required'],
    ]);
  });

  it('licensed: true, or absent, asks for the license as before', () => {
    expect(errors(fixture('supporting'))).toEqual([]);
    const c = fixture('supporting');
    c.declarant.professional.licensed = true;
    expect(body(c)).toContain('I hold the following license: Licensed Clinical Social Worker (LCSW), number LCSW-0000000, issued in Texas.');
  });
});

describe('the heading over a professional’s contact sentence', () => {
  // A detective or a case manager who gives no qualifications and holds no license has only "I can
  // be reached at …" there: under "My Qualifications" it read as having none.
  it('a professional with no qualifications and no license: "How to Reach Me", not "My Qualifications"', () => {
    const t = body(caseManager((c) => (c.declarant.qualifications = null)));
    expect(t).toContain('\nHow to Reach Me\nI can be reached at 1 Example Way, Houston, Texas 77002 and by telephone at (713) 555-0100.');
    expect(t).not.toContain('My Qualifications');
  });
  it('qualifications given, or a license held: "My Qualifications"', () => {
    expect(body(caseManager())).toContain('\nMy Qualifications\n');
    const licensed = fixture('supporting');
    licensed.declarant.qualifications = null;
    expect(body(licensed)).toContain('\nMy Qualifications\nI hold the following license:');
  });
});
