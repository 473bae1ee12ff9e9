// Exhibits of a T-visa declaration (docs/domain/t-visa-declaration.md, "Exhibits"): the letter or
// number that names one, the citations a paragraph makes, and the case's list of exhibits.
import { z } from 'zod';
import { CAPS, labelled, optList, Text } from '../kit/index.js';

/**
 * The exhibits' schemas, built by schema.ts's `build` on the kind's first use: importing this
 * module builds nothing (src/kinds/kit/lazy.ts; issue 18).
 */
export function exhibitSchemas() {
  /** An exhibit letter or number ("A", "B", "AA", "12"), written in any case; stored in capitals. */
  const ExhibitId = z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{1,4}$/, { message: 'must be an exhibit letter or number of 1 to 4 characters, like A or 12' });

  /** Exhibits a paragraph cites (docs/domain/t-visa-declaration.md, "Exhibits"). */
  const Cites = labelled(
    optList(ExhibitId, CAPS.short),
    'Exhibits cited',
    'Letters of the exhibits this paragraph cites (listed in `exhibits`); printed as "(See Exhibit A.)" at its end.',
  );

  const Exhibit = z.strictObject({
    id: labelled(ExhibitId, 'Exhibit', 'The exhibit’s letter or number, e.g. A.'),
    description: labelled(Text, 'Description', 'What the exhibit is, e.g. "Letter of Detective …, dated …".'),
  });

  /** The case's exhibits, each letter listed once (`duplicate-exhibit`). */
  const Exhibits = optList(Exhibit, CAPS.items).superRefine((xs, ctx) => {
    const seen = new Set<string>();
    xs.forEach((x, i) => {
      const id = typeof x?.id === 'string' ? x.id : '';
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'this exhibit letter is already listed', params: { code: 'duplicate-exhibit' } });
      seen.add(id);
    });
  });

  return { ExhibitId, Cites, Exhibit, Exhibits };
}
