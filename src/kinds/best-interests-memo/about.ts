// Kind `best-interests-memo`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 'best-interests-memo',
  title: 'Best-interests recommendation for an unaccompanied child',
  description:
    'Best-interests recommendation of a child advocate for an unaccompanied child: sources, background, the factors of 45 CFR 410.1001, divergence from the child’s expressed wishes, the alternatives weighed and numbered recommendations.',
  // What each version changed and why: VERSIONS.md, beside this file (newest first).
  version: '2.26.0',
} as const;
