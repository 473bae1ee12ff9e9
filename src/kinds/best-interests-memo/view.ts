// Stage 3 context for templates/best-interests-memo.hbs: the validated case shaped for the memo.
//
// Handlebars runs in strict mode, so every optional value is an explicit null, and anything that
// needs logic (labels, sentences with computed numbers, the fixed factor order) is built here and
// unit-tested, leaving the template to lay things out.
import type { Issue } from '../../errors.js';
import type { BestInterestsComputed } from './compute.js';
import {
  FACTOR_KEYS,
  type BestInterestsMemoCase,
  type Contact,
  type FactorKey,
  type Person,
} from './schema.js';
import { count, longDate } from '../kit/index.js';

export { longDate };

/** Every page carries this line (design §4, 8 U.S.C. § 1367 protects the child's information). */
export const BANNER = 'CONFIDENTIAL — information protected by 8 U.S.C. § 1367';

/**
 * Headings of the seven factors, in the order of the 2016 interagency Framework for Considering
 * the Best Interests of Unaccompanied Children (domain file, "Factors").
 */
export const FACTOR_HEADINGS: Record<FactorKey, string> = {
  safety: 'Safety and Well-being',
  expressedInterests: 'Expressed Interests',
  health: 'Health',
  familyIntegrity: 'Family Integrity',
  liberty: 'Liberty',
  development: 'Development',
  identity: 'Identity',
};

const ROLE_LABELS: Record<Contact['role'], string> = {
  child: 'Child',
  parent: 'Parent',
  'legal-guardian': 'Legal guardian',
  sibling: 'Sibling',
  relative: 'Relative',
  sponsor: 'Sponsor',
  attorney: 'Attorney',
  'case-manager': 'Case manager',
  clinician: 'Clinician',
  caregiver: 'Caregiver',
  teacher: 'Teacher',
  'law-enforcement': 'Law enforcement',
  other: 'Other',
};

const MODE_LABELS: Record<NonNullable<Contact['mode']>, string> = {
  'in-person': 'In person',
  video: 'Video',
  phone: 'Phone',
};

const RELATED_LABELS: Record<BestInterestsMemoCase['background']['relatedDocuments'][number]['type'], string> = {
  rfa: 'Request for Assistance for a child to HHS OTIP',
  'otip-interim-assistance-letter': 'OTIP Interim Assistance Letter',
  'otip-eligibility-letter': 'OTIP Eligibility Letter',
  other: 'Related document',
};

const days = (n: number): string => count(n, 'day');

/** "Name, Title, Organization" without empty parts. */
export function personLine(p: Person): string {
  return [p.name, p.title, p.organization].filter((x): x is string => !!x).join(', ');
}

/** The key facts about the child, as label/value rows (computed values pre-formatted). */
export function childFacts(c: BestInterestsMemoCase, k: BestInterestsComputed): Array<{ label: string; value: string }> {
  const ch = c.child;
  const rows: Array<{ label: string; value: string }> = [];
  rows.push({ label: 'Name', value: `${ch.givenName} ${ch.familyName}` });
  if (ch.otherNames.length > 0) rows.push({ label: 'Also known as', value: ch.otherNames.join('; ') });
  rows.push({ label: 'Date of birth', value: longDate(ch.dateOfBirth) + (ch.dateOfBirthEstimated ? ' (estimated)' : '') });
  rows.push({ label: 'Age on the date of this memo', value: `${k.ageAtMemo}` });
  rows.push({
    label: '18th birthday',
    value: `${longDate(k.eighteenthBirthday)}, ${days(k.daysUntil18)} after the date of this memo`,
  });
  if (ch.aNumber) rows.push({ label: 'A-number', value: ch.aNumber });
  if (ch.countryOfBirth) rows.push({ label: 'Country of birth', value: ch.countryOfBirth });
  const langs = [ch.primaryLanguage, ...ch.otherLanguages].filter((x): x is string => !!x);
  if (langs.length > 0) {
    rows.push({ label: 'Languages', value: ch.primaryLanguage ? `${langs.join(', ')} (primary: ${ch.primaryLanguage})` : langs.join(', ') });
  }
  if (ch.currentPlacement) rows.push({ label: 'Current placement', value: ch.currentPlacement });
  if (ch.admittedToCustodyOn && k.daysInCustody !== null) {
    rows.push({
      label: 'In ORR custody since',
      value: `${longDate(ch.admittedToCustodyOn)} (${days(k.daysInCustody)} on the date of this memo)`,
    });
  }
  return rows;
}

/** The warning sentence printed in the memo when the child turns 18 soon (null otherwise). */
export function turns18Notice(k: BestInterestsComputed, warnings: Issue[]): string | null {
  if (!warnings.some((w) => w.code === 'turns-18-soon')) return null;
  return (
    `The child turns 18 on ${longDate(k.eighteenthBirthday)}, ${days(k.daysUntil18)} after the date of this memo. ` +
    'ORR custody ends at 18, and the Unaccompanied Refugee Minors program must be entered before the 18th birthday.'
  );
}

export function contactRows(contacts: Contact[]): Array<Record<string, string>> {
  // Chronological; a stable sort keeps the given order for contacts on the same day.
  return [...contacts]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((k) => ({
      when: k.date, // not `date`: that is also a helper's name in the template
      person: k.person,
      role: k.roleDetail ? `${ROLE_LABELS[k.role]} (${k.roleDetail})` : ROLE_LABELS[k.role],
      language: (k.language ?? '—') + (k.interpreter ? ` (interpreter: ${k.interpreter})` : ''),
      mode: k.mode ? MODE_LABELS[k.mode] : '—',
    }));
}

export function relatedDocumentLines(c: BestInterestsMemoCase): string[] {
  return c.background.relatedDocuments.map((d) =>
    [RELATED_LABELS[d.type], d.date ? `dated ${longDate(d.date)}` : null, d.reference].filter((x): x is string => !!x).join(', '),
  );
}

export function buildView(c: BestInterestsMemoCase, k: BestInterestsComputed, warnings: Issue[]): Record<string, unknown> {
  const a = c.advocate;
  const appointment = [a.appointedBy ? `by ${a.appointedBy}` : null, a.appointedOn ? `on ${longDate(a.appointedOn)}` : null]
    .filter((x): x is string => !!x)
    .join(' ');
  return {
    title: 'Best-Interests Recommendation',
    banner: BANNER,
    preparedOn: c.preparedOn,
    childName: `${c.child.givenName} ${c.child.familyName}`,
    aNumber: c.child.aNumber,
    recipientLines: c.recipient.split('\n').map((s) => s.trim()).filter((s) => s !== ''),
    decision: c.decision,
    advocate: {
      name: a.name,
      line: personLine({ name: a.name, title: a.title, organization: a.organization }),
      appointment: appointment === '' ? null : appointment,
      capacity: ['Child Advocate', a.organization].filter((x): x is string => !!x).join(', '),
    },
    supervisingAttorney: c.supervisingAttorney
      ? { name: c.supervisingAttorney.name, capacity: ['Supervising Attorney', c.supervisingAttorney.organization].filter((x): x is string => !!x).join(', ') }
      : null,
    childAttorney: c.childAttorney ? personLine(c.childAttorney) : null,
    summary: c.summary,
    contacts: contactRows(c.contacts),
    contactCount: c.contacts.length,
    contactsWithChild: k.contactsWithChild,
    recordsReviewed: c.recordsReviewed.map((r) => ({ description: r.description, when: r.date })),
    facts: childFacts(c, k),
    turns18Notice: turns18Notice(k, warnings),
    background: {
      identity: c.background.identity,
      family: c.background.family,
      journey: c.background.journey,
      custody: c.background.custody,
      traffickingConcerns: c.background.traffickingConcerns,
    },
    relatedDocuments: relatedDocumentLines(c),
    expressedWishes: c.expressedWishes,
    childsWords: c.childsWords.map((q) => ({ text: q.text, original: q.original, language: q.language })),
    factors: FACTOR_KEYS.map((key) => {
      const f = c.factors[key];
      return {
        key,
        heading: FACTOR_HEADINGS[key],
        analysis: f.analysis,
        notApplicable: f.notApplicable,
        isFamilyIntegrity: key === 'familyIntegrity',
      };
    }),
    parentsWishes: c.parentsWishes.map((p) => ({ ...p })),
    divergence: c.divergence,
    recommendations: c.recommendations.map((r) => ({ text: r.text, conditions: r.conditions })),
    attachments: c.attachments,
  };
}
