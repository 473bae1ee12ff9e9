// The element checklist of a T-visa declaration: which of the four elements of eligibility
// (8 CFR 214.202(a)–(d)) the declaration addresses, and how (docs/domain/t-visa-declaration.md).
import { escapeEpisodes } from './chronology.js';
import type { TVisaCase } from './schema.js';

/** The four elements of eligibility, 8 CFR 214.202(a)–(d), the personal statement covers. */
export const ELEMENTS = ['victimization', 'presence', 'law-enforcement', 'hardship'] as const;
export type Element = (typeof ELEMENTS)[number];

export interface ElementCheck {
  element: Element;
  addressed: boolean;
  /** How it is addressed, e.g. "contacts", "minor-exemption", "trauma-exception", "factors 2, 3, 7". */
  basis: string | null;
}


/** Where an element not yet addressed is reported. */
export const ELEMENT_PATH: Record<Element, string> = {
  victimization: 'escapes',
  presence: 'presence',
  'law-enforcement': 'lawEnforcement',
  hardship: 'hardship.factors',
};
/** What the warning `element-not-addressed` says of each element. */
export const ELEMENT_MISSING: Record<Element, string> = {
  victimization: 'the statement does not yet say how the applicant escaped or was separated from the traffickers',
  presence: 'the statement does not yet explain physical presence on account of the trafficking (8 CFR 214.207)',
  'law-enforcement': 'the statement does not yet show law-enforcement compliance or an exemption (8 CFR 214.202(c), 214.208)',
  hardship: 'the statement does not yet argue extreme hardship (8 CFR 214.209)',
};

/**
 * The element checklist. For the personal statement: what its sections cover. For a parent's or
 * supporting declaration: the elements it names (a lay or parent declaration's `elements`, a
 * professional's opinion; trauma supports the trauma exception).
 */
export function elementChecklist(c: TVisaCase, leaBasis: string | null, factors: number[]): ElementCheck[] {
  if (c.declarant.role !== 'applicant') {
    const tied = new Set([...(c.supporting?.elements ?? []), ...(c.supporting?.opinion?.elements ?? [])]);
    const basis = c.supporting?.opinion ? 'opinion' : 'declaration';
    const map: Record<Element, boolean> = {
      victimization: tied.has('victimization'),
      presence: tied.has('presence'),
      'law-enforcement': tied.has('law-enforcement') || tied.has('trauma'),
      hardship: tied.has('hardship'),
    };
    return ELEMENTS.map((element) => ({ element, addressed: map[element], basis: map[element] ? basis : null }));
  }
  // Element 1 asks how the applicant escaped or was separated, unless the trafficking is ongoing
  // (presence ground 214.207(a)(1)).
  const ongoing = c.presence?.ground === 'currently-subjected';
  const escaped = escapeEpisodes(c).length > 0;
  const victimization = (c.trafficking?.acts.length ?? 0) > 0 && (escaped || ongoing);
  return [
    { element: 'victimization', addressed: victimization, basis: victimization ? (escaped ? 'acts-and-escape' : 'acts-ongoing') : null },
    { element: 'presence', addressed: c.presence !== null, basis: c.presence?.ground ?? null },
    { element: 'law-enforcement', addressed: leaBasis !== null, basis: leaBasis },
    { element: 'hardship', addressed: factors.length > 0, basis: factors.length > 0 ? `factors ${factors.join(', ')}` : null },
  ];
}
