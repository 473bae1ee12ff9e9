// A person known by one name, or whose family name is not yet known (docs/fields.md, "One name
// only"): the family name is given, or a choice beside it says why there is none. Shared by the
// RFA's child (docs/domain/rfa-draft.md "A child known by one name"), the T-visa applicant and the
// memo's child.
//
// Why: a required family name made a caseworker or attorney type "Unknown", "FNU" or "N/A", which
// the document printed as the surname (the kit's nameFiller now refuses them); a person whose name
// is one name only (Burmese names have no family name, many Javanese names are one name) then had
// no honest answer at all.
import type { z } from 'zod';
import { given } from './optional.js';

/** Why no family name is given: not yet known (a first name only so far), or none (one name only). */
export const NO_FAMILY_NAME = ['not-yet-known', 'none'] as const;
export type NoFamilyName = (typeof NO_FAMILY_NAME)[number];

/** The choice's words where both answers are open (the memo's child). */
export const NO_FAMILY_NAME_CHOICE_LABELS = { 'not-yet-known': 'Not yet known (only a first name is known)', none: 'None: one name only' } as const;

/**
 * The `family-name-or-why-none` rule on raw values (zod 4 runs a refinement even when a field
 * failed, so values are read by the kit's "given" convention): one of the family name and why none
 * is given, not both. `whose` words the message ("the applicant’s"); `answer` is the label of the
 * choice field ("No family name"); `when` says who answers it; `field` names the family name's field
 * where a form labels it ("“Family name(s)”"; "the family name" by default) and `where` ends the
 * first message with where the field is (" (section 2)"; nothing by default).
 */
export function familyNameOrWhyNone(
  p: { familyName?: unknown; noFamilyName?: unknown },
  ctx: z.RefinementCtx,
  words: { whose: string; answer: string; when: string; field?: string; where?: string },
): void {
  const family = given(p.familyName);
  const why = given(p.noFamilyName);
  if (!family && !why) {
    ctx.addIssue({ code: 'custom', path: ['familyName'], message: `is required: give ${words.whose} family name(s) or, ${words.when}, answer “${words.answer}”${words.where ?? ''}`, params: { code: 'family-name-or-why-none' } });
  } else if (family && why) {
    ctx.addIssue({ code: 'custom', path: ['noFamilyName'], message: `must be left empty when ${words.field ?? 'the family name'} is given: give the family name or say why there is none, not both`, params: { code: 'family-name-or-why-none' } });
  }
}

