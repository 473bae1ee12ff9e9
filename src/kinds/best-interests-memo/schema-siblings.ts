// The child's siblings who live elsewhere (docs/domain/best-interests-memo.md, "Siblings in other
// placements"): 45 CFR 410.1001 counts "the intimacy of relationships with family (parents,
// siblings …)" among the best-interest factors, and a sibling in another ORR placement, in the
// home country or with a relative is the contact a placement or release keeps or breaks. Split
// from schema.ts (choices.ts says which module holds which concept).
import { z } from 'zod';
import { IsoDate, labelled, optional, OptText, personNameText, Text } from '../kit/index.js';

/** The schema of a sibling. Called by schema.ts's build(), on the kind's first use (src/kinds/kit/lazy.ts). */
export function buildSiblings(OptDate: ReturnType<typeof optional<typeof IsoDate>>) {
  const Sibling = z
    .strictObject({
      name: labelled(personNameText('the sibling’s', 'give the name the child uses for the sibling'), 'Name', 'The sibling’s name.'),
      relationship: labelled(OptText, 'Relationship', 'For example “brother”, “older half-sister”; left empty, the memo calls them the child’s sibling.'),
      dateOfBirth: labelled(OptDate, 'Date of birth', 'On or before the memo date; the memo prints the sibling’s age on the memo date.'),
      placement: labelled(Text, 'Where the sibling lives', 'Where and with whom, for example “in ORR custody at another shelter in Houston” or “in Guatemala with the grandmother”.'),
      contact: labelled(OptText, 'Contact with the child', 'How and how often the child and the sibling are in touch, for example “weekly video calls arranged by the case managers”, or “no contact yet” if they are not in touch.'),
    })
    .meta({ title: 'Sibling in another placement', description: 'A sibling of the child who does not live with the child.' });
  return { Sibling };
}
