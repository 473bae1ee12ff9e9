// Kind `rfa`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'rfa',
  title: 'Draft OTIP Request for Assistance for a child',
  description:
    'The caseworker’s draft of a Request for Assistance to HHS’s Office on Trafficking in Persons, ready to enter in Shepherd: the deadline (24 hours, or before the 18th birthday), age checks and the ten sections, with what is needed now and what can follow marked.',
  // What each version changed and why: VERSIONS.md, beside this file (newest first).
  version: '2.25.0',
} as const;
