// Kind `restitution-worksheet`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'restitution-worksheet',
  title: 'Restitution worksheet (18 U.S.C. § 1593)',
  description:
    'The § 1593 restitution calculation for a trafficking victim: FLSA minimum wage and overtime per workweek, the gross income to the defendant from the labor, the greater of the two, plus the gross income from commercial sex acts and the § 2259 losses; the total under each open legal choice, every rule cited, ready to file under seal.',
  // What each version changed and why: VERSIONS.md, beside this file (newest first).
  version: '2.25.0',
} as const;
