// The words the web form shows for each code of the memo's choices (`x-enum-labels`,
// kit/choice.ts): the codes stay the contract; a child advocate reads these. They follow the
// field descriptions in schema.ts (docs/domain/best-interests-memo.md). The memo itself prints
// other words for some codes (caption-view.ts says why: a form's choice stands alone in a list, the
// document's word is combined with the case's detail in a cell or a sentence).
import type { EnumLabels } from '../kit/choice.js';
import type { ALTERNATIVE_OPTIONS, CHILDS_CHOICES, CONTACT_MODES, CONTACT_ROLES, DECISION_MAKERS, DECISION_TYPES, PROCEEDING_TYPES, RELATED_DOCUMENT_TYPES, RELIEF_TYPES, SPONSOR_RELATIONSHIPS } from './choices.js';

type Labels<T extends readonly string[]> = EnumLabels<T[number]>;

export const DECISION_TYPE_LABELS: Labels<typeof DECISION_TYPES> = {
  'placement-or-transfer': 'Placement or transfer',
  'release-to-sponsor': 'Release to a sponsor',
  'legal-relief': 'Legal relief (immigration)',
  'voluntary-departure-or-repatriation': 'Voluntary departure or repatriation',
  'planning-for-18': 'Planning for turning 18',
  other: 'Other decision',
};

export const DECISION_MAKER_LABELS: Labels<typeof DECISION_MAKERS> = {
  orr: 'Office of Refugee Resettlement (ORR)',
  'immigration-judge': 'Immigration judge',
  uscis: 'U.S. Citizenship and Immigration Services (USCIS)',
  'asylum-office': 'USCIS asylum office',
  other: 'Other',
};

export const CONTACT_ROLE_LABELS: Labels<typeof CONTACT_ROLES> = {
  child: 'The child',
  parent: 'Parent',
  'legal-guardian': 'Legal guardian',
  sibling: 'Sibling',
  relative: 'Other relative',
  sponsor: 'Sponsor',
  attorney: 'Attorney',
  'case-manager': 'Case manager',
  clinician: 'Clinician',
  caregiver: 'Caregiver',
  teacher: 'Teacher',
  'law-enforcement': 'Law enforcement',
  other: 'Other',
};

export const CONTACT_MODE_LABELS: Labels<typeof CONTACT_MODES> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' };

export const SPONSOR_RELATIONSHIP_LABELS: Labels<typeof SPONSOR_RELATIONSHIPS> = {
  'parent-or-legal-guardian': 'Parent or legal guardian',
  relative: 'Relative (sibling, grandparent, aunt, uncle, cousin…)',
  'non-relative': 'Not related to the child (a family friend, another adult)',
};

export const RELATED_DOCUMENT_TYPE_LABELS: Labels<typeof RELATED_DOCUMENT_TYPES> = {
  rfa: 'Request for Assistance (RFA) to OTIP',
  'otip-interim-assistance-letter': 'OTIP Interim Assistance Letter',
  'otip-eligibility-letter': 'OTIP Eligibility Letter',
  other: 'Other document',
};

export const ALTERNATIVE_OPTION_LABELS: Labels<typeof ALTERNATIVE_OPTIONS> = {
  'release-to-sponsor': 'Release to a sponsor',
  'unaccompanied-refugee-minors': 'Unaccompanied Refugee Minors (URM) program',
  'long-term-foster-care': 'Long-term foster care',
  'transitional-foster-care': 'Transitional foster care',
  shelter: 'Shelter',
  'restrictive-placement': 'Restrictive placement (secure, residential treatment or heightened supervision)',
  'voluntary-departure-or-repatriation': 'Voluntary departure or repatriation',
  other: 'Other',
};

export const RELIEF_TYPE_LABELS: Labels<typeof RELIEF_TYPES> = {
  asylum: 'Asylum (Form I-589)',
  'special-immigrant-juvenile': 'Special Immigrant Juvenile status (SIJ, Form I-360)',
  't-visa': 'T visa (Form I-914)',
  'u-visa': 'U visa (Form I-918)',
  other: 'Other',
};

export const CHILDS_CHOICE_LABELS: Labels<typeof CHILDS_CHOICES> = {
  first: 'The child’s first choice',
  other: 'Another outcome the child named, not the first choice',
};

export const PROCEEDING_TYPE_LABELS: Labels<typeof PROCEEDING_TYPES> = {
  'immigration-court': 'Removal proceedings (immigration court)',
  dependency: 'Dependency case (state court)',
  'custody-or-guardianship': 'Custody or guardianship case (state court)',
  delinquency: 'Juvenile delinquency case',
  criminal: 'Criminal case (the child as victim or witness)',
  other: 'Other proceeding',
};
