// Document kind `t-visa-declaration` (design §4, domain file docs/domain/t-visa-declaration.md): the applicant's personal
// statement for Form I-914, the own declaration of the parent or guardian of an applicant under 14,
// or a supporting declaration, chosen by `declarant.role`.
import { defineKind } from '../kind.js';
import { CODES } from './codes.js';
import { compute } from './compute.js';
import { TVisaCase } from './schema.js';
import { view } from './view.js';

export const kind = defineKind({
  id: 't-visa-declaration',
  title: 'T-visa declaration (Form I-914)',
  description:
    'The applicant’s personal statement in support of Form I-914, the own declaration of the parent or legal guardian of an applicant under 14, or a supporting declaration by a professional or lay witness (declarant.role): numbered paragraphs, exhibits, 28 U.S.C. § 1746 attestation, translator and interpreter certificates.',
  // 2.0.0 (issue 14): role "parent"; signing.parentSigner refused; hardship factor 9 refused;
  // professional credentials; supporting contacts as sentences; exhibits; pronouns; readsEnglish.
  version: '2.0.0',
  schema: TVisaCase,
  codes: CODES,
  compute,
  view,
  // Two templates: the applicant's own statement, and the declaration of anyone else (parent or
  // supporting declarant), with shared partials.
  template: (c) => (c.declarant.role === 'applicant' ? 't-visa-declaration' : 't-visa-declaration-supporting'),
  documentDate: (c) => c.signing.date,
});
