// Kind `t-visa-declaration`: who it is (id, title, description, template version), apart from its schema and
// rules so that `harbor kinds` lists it without building them (src/kinds/catalog.ts).
export const ABOUT = {
  id: 't-visa-declaration',
  title: 'T-visa declaration (Form I-914)',
  description:
    'The applicant’s personal statement in support of Form I-914, the own declaration of the parent or legal guardian of an applicant under 14, or a supporting declaration by a professional or lay witness (declarant.role): numbered paragraphs, exhibits, 28 U.S.C. § 1746 attestation, translator and interpreter certificates.',
  // What each version changed and why: VERSIONS.md, beside this file (newest first).
  version: '2.27.0',
} as const;
