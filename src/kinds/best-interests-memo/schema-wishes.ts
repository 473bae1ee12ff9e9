// The child's words, the parents' or guardians' wishes, and whether the recommendation departs
// from the child's wishes (docs/domain/best-interests-memo.md, "Sections" 5 and 7; 45 CFR
// 410.1001). Split from schema.ts (choices.ts says which module holds which concept).
import { z } from 'zod';
import { IsoDate, labelled, optional, OptProse, OptText, Prose, Text, withDefault } from '../kit/index.js';
import { CHILDS_CHOICES, pick } from './choices.js';
import * as L from './labels.js';

/** The schema of a quotation of the child. Called by schema.ts's build(), on the kind's first use (src/kinds/kit/lazy.ts). */
export function buildQuote() {
  /** The child's words, with the original when the child spoke another language. */
  const Quote = z
    .strictObject({
      text: labelled(Prose, 'In English', 'The child’s words (in English).'),
      original: labelled(OptProse, 'Original', 'The words as the child said them, when in another language.'),
      // When the child said it: a child's wishes change over time, and the decision-maker must see
      // which words are the latest (docs/domain/best-interests-memo.md, "Sections" 6).
      saidOn: labelled(optional(IsoDate), 'Said on', 'When the child said these words (yyyy-mm-dd), on or before the memo date; printed before the quotation, so wishes that changed over time read in their order.'),
      language: labelled(OptText, 'Language', 'The language the child spoke; without the original, the memo says the English is translated from it.'),
      through: labelled(
        OptText,
        'Through (relay interpreting)',
        'When a relay interpreter translated, the language in between, for example Spanish for Mam to Spanish to English; the memo says so.',
      ),
    })
    .meta({ title: 'The child’s words', description: 'A quotation of the child.' });

  return { Quote };
}

/** The schemas of a parent's or guardian's wishes and of the divergence from the child's wishes. Called by schema.ts's build(), after the factors, as before the split. */
export function buildWishes() {
  const ParentWishes = z
    .strictObject({
      person: labelled(Text, 'Name', 'The parent or legal guardian.'),
      relationship: labelled(Text, 'Relationship', 'mother, father, legal guardian…'),
      wishes: labelled(OptProse, 'Wishes', 'What the parent or guardian wants for the child; required unless the parent has died.'),
      parentImplicated: labelled(
        withDefault(z.boolean(), false),
        'Implicated in the trafficking',
        'Check when this parent is implicated in the trafficking: the wishes are recorded but not relied on.',
      ),
      // A parent who has died has no wishes to record, and the memo must not read as if the
      // advocate failed to ask ("not recorded"): the entry says "Deceased." under the name.
      deceased: labelled(withDefault(z.boolean(), false), 'Deceased', 'Check when this parent has died: the memo says so; wishes expressed before death may still be given.'),
    })
    .refine((p) => p.deceased || p.wishes !== null, {
      error: 'must say what the parent or guardian wants for the child, or mark the parent deceased',
      path: ['wishes'],
      params: { code: 'invalid-type' },
    })
    .meta({ title: 'Wishes of a parent or legal guardian', description: 'One parent’s or guardian’s wishes (45 CFR 410.1001).' });

  const Divergence = z
    .strictObject({
      diverges: labelled(z.boolean(), 'Recommendation departs from the child’s wishes', 'Check when the recommendation differs from what the child wants.'),
      explanation: labelled(OptProse, 'Explanation', 'Why the recommendation departs from, or agrees with, the child’s wishes; required when it departs.'),
      // Part 7 said "consistent with the child's expressed wishes" for every recommendation that
      // does not depart from them, the child's second choice too; it now says so only of the first.
      childsChoice: labelled(
        optional(pick(CHILDS_CHOICES, L.CHILDS_CHOICE_LABELS)),
        'Which of the child’s wishes it is',
        'first: the outcome recommended is what the child wants most; other: one the child named, not the first choice. Absent: Part 7 says only that the recommendation does not depart from the wishes.',
      ),
    })
    .refine((d) => !d.diverges || d.explanation !== null, {
      error: 'must explain why the recommendation departs from the child’s expressed wishes',
      path: ['explanation'],
      params: { code: 'divergence-unexplained' },
    })
    .refine((d) => !(d.diverges && d.childsChoice === 'first'), {
      error: 'says the recommendation is the child’s first choice, and divergence.diverges that it departs from the child’s wishes: one of the two is wrong',
      path: ['childsChoice'],
      params: { code: 'divergence-contradicts-choice' },
    })
    .meta({ title: 'Best interests and expressed wishes', description: 'Where the advocate’s view and the child’s wishes diverge, and why.' });

  return { ParentWishes, Divergence };
}
