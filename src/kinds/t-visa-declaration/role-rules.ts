// The sections and fields each declarant role needs, and what a role may not give: the defensive
// refinement of the whole case (code `missing-section`, docs/domain/t-visa-declaration.md). One
// object schema serves all roles, so the JSON Schema of the kind stays a plain object; this rule,
// run on the case by schema.ts, requires per role what that schema leaves optional.
import type { z } from 'zod';
import type { TVisaCase } from './schema.js';

/**
 * Reports on `ctx` what the case's role lacks or may not give: applicant (8 CFR 214.204(c)),
 * parent (8 CFR 103.2(a)(2)) or supporting declarant (8 CFR 214.206(a)(3)(ii)(F)).
 */
export function roleRules(c: TVisaCase, ctx: z.core.$RefinementCtx<TVisaCase>): void {
  // zod 4 runs this even when fields failed: read defensively.
  const issue = (path: (string | number)[], message: string, code: string) => ctx.addIssue({ code: 'custom', path, message, params: { code } });
  const role = c?.declarant?.role;
  const d = c?.declarant;
  if (c?.signing?.parentSigner !== undefined && c?.signing?.parentSigner !== null) {
    issue(
      ['signing', 'parentSigner'],
      'a parent or legal guardian cannot sign the child’s own statement; give the parent’s own declaration instead, with declarant.role "parent" (8 CFR 103.2(a)(2))',
      'parent-signature-not-allowed',
    );
  }
  if (role === 'applicant') {
    for (const key of ['trafficking', 'lawEnforcement'] as const) {
      if (c[key] === null || c[key] === undefined) issue([key], 'the personal statement needs this section', 'missing-section');
    }
    // Each dated act in the applicant's words (8 CFR 214.204(c)); other roles give the date only.
    const acts = c?.trafficking?.acts;
    if (Array.isArray(acts)) {
      acts.forEach((a, i) => {
        if (a && (a.description === null || a.description === undefined)) issue(['trafficking', 'acts', i, 'description'], 'the personal statement needs what happened, in the applicant’s words', 'missing-section');
      });
    }
    return;
  }
  if (role !== 'supporting' && role !== 'parent' || !d) return;
  const who = role === 'parent' ? 'a parent’s declaration' : 'a supporting declaration';
  if (c.supporting === null || c.supporting === undefined) issue(['supporting'], `${who} needs this section`, 'missing-section');
  for (const key of ['givenName', 'familyName', 'relationship'] as const) {
    if (!d[key]) issue(['declarant', key], `${who} needs this field`, 'missing-section');
  }
  if (role === 'parent') {
    if (!d.capacity) issue(['declarant', 'capacity'], 'say whether the declarant is the parent or the legal guardian', 'missing-section');
    if (d.isSuspectedTrafficker === null || d.isSuspectedTrafficker === undefined) {
      issue(['declarant', 'isSuspectedTrafficker'], 'answer true or false: is this parent or guardian a suspected trafficker?', 'missing-section');
    }
  }
  // A professional proves who they are and how they assessed; a lay witness (and a parent) states facts.
  const s = c.supporting;
  if (role === 'supporting' && s && (!Array.isArray(s.contacts) || s.contacts.length === 0)) {
    issue(['supporting', 'contacts'], 'give at least one dated contact with the applicant', 'missing-section');
  }
  const p = role === 'supporting' ? d.professional : null;
  if (p) {
    // A licensed professional gives the license; one who holds none (`licensed: false`, a case
    // manager) gives no license and no diagnosis, which only a licensed clinician may make.
    const licensed = p.licensed !== false;
    for (const key of ['type', 'number', 'jurisdiction'] as const) {
      if (licensed && p.license && !p.license[key]) {
        issue(
          ['declarant', 'professional', 'license', key],
          'a professional declarant gives the license type, number and jurisdiction; for one who holds no license (a case manager), set declarant.professional.licensed to false',
          'professional-credentials-required',
        );
      }
      if (!licensed && p.license && p.license[key]) {
        issue(['declarant', 'professional', 'license', key], 'is given, yet declarant.professional.licensed is false: remove the license, or set licensed to true', 'professional-credentials-required');
      }
    }
    if (!licensed && s && Array.isArray(s.diagnoses) && s.diagnoses.length > 0) {
      issue(['supporting', 'diagnoses'], 'a diagnosis is made by a licensed professional, and declarant.professional.licensed is false: give the license, or move what was observed to findings', 'professional-credentials-required');
    }
    const ct = p.contact;
    if (!ct || !ct.address || (!ct.phone && !ct.email)) {
      issue(['declarant', 'professional', 'contact'], 'a professional declarant gives a work address and a phone or an email', 'professional-contact-required');
    }
    if (s && !s.method) issue(['supporting', 'method'], 'a professional declarant says how they assessed the applicant (interviews, instruments, records)', 'assessment-method-required');
    if (s && !s.opinion) issue(['supporting', 'opinion'], 'a professional’s declaration needs an opinion tied to the elements it supports', 'missing-section');
  } else if (s) {
    for (const key of ['findings', 'diagnoses', 'opinion'] as const) {
      const v = s[key];
      if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) {
        issue(['supporting', key], 'a lay declarant states facts, not professional findings or opinions; give declarant.professional, or move what they saw to observations', 'lay-declarant-opinion');
      }
    }
  }
}
