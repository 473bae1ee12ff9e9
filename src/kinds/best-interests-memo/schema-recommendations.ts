// The options the advocate weighed and the numbered recommendations (docs/domain/
// best-interests-memo-alternatives.md; docs/domain/best-interests-memo.md, "Sections" 8). Their
// rules across fields are in alternatives.ts and sponsors.ts. Split from schema.ts (choices.ts says
// which module holds which concept).
import { z } from 'zod';
import { CAPS, labelled, optional, optList, OptProse, OptText, Prose, Text } from '../kit/index.js';
import { ALTERNATIVE_OPTIONS, pick } from './choices.js';
import * as L from './labels.js';

/** The schemas of an alternative weighed and a recommendation. Called by schema.ts's build(), on the kind's first use (src/kinds/kit/lazy.ts). */
export function buildRecommendations() {
  const WHOLE = 'must be a whole number: 1, 2, …';
  const Alternative = z
    .strictObject({
      option: labelled(
        pick(ALTERNATIVE_OPTIONS, L.ALTERNATIVE_OPTION_LABELS),
        'Option',
        'The placement or option weighed; unaccompanied-refugee-minors is the URM program, open to a child with an OTIP Eligibility Letter; restrictive-placement is a secure facility, a residential treatment center or a heightened supervision (staff-secure) facility.',
      ),
      description: labelled(OptProse, 'Description', 'The option in this case, for example “release to her maternal aunt in Houston”.'),
      // Rules in sponsors.ts: one of the proposed sponsors, by name, on a release only.
      sponsor: labelled(
        OptText,
        'Sponsor',
        'For a release to a sponsor: the name of the proposed sponsor it is to, as given in Proposed sponsors. The table and the home-study paragraph then say which release is to whom.',
      ),
      recommended: labelled(z.boolean({ error: 'must be true or false' }), 'Recommended', 'Check for the option the advocate recommends.'),
      // Rules in alternatives.ts: two placements cannot both happen.
      preference: labelled(
        optional(z.number({ error: WHOLE }).int({ error: WHOLE }).min(1, { error: WHOLE })),
        'Order of preference',
        'Recommended options only: 1 for the first choice, 2 for the one in the alternative… Required when two placements are recommended.',
      ),
      reason: labelled(Prose, 'Why', 'Why the option was or was not recommended.'),
    })
    .meta({ title: 'Alternative considered', description: 'A placement or option the advocate weighed.' });

  const Recommendation = z
    .strictObject({
      text: labelled(Prose, 'Recommendation', 'One recommendation, tied to the decision.'),
      conditions: labelled(optList(Text, CAPS.items), 'Conditions', 'The advocate’s conditions on the recommendation (a home study the law requires is stated by the memo itself).'),
    })
    .meta({ title: 'Recommendation', description: 'A numbered recommendation.' });

  return { Alternative, Recommendation };
}
